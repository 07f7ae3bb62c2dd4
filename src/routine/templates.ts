/**
 * Replies as templates admins can edit in the app's settings. A template is text, one paragraph per
 * line, with placeholders in double braces for the facts kept elsewhere in the settings:
 *
 * - `{{baa_email}}`: the BAA address;
 * - `{{sales_contact}}`: the sales contact (a link in the HTML reply when it is a URL or an address);
 * - `{{endpoint_list}}`: the zero-retention endpoint list with its source, on a line of its own;
 * - `{{first_name}}`: the requester's first name, in the greeting only.
 *
 * The defaults are derived from the routine's lines (cases.ts), so with default settings every reply is
 * the routine word for word. Parsing never throws: a template that cannot be used is reported, and the
 * caller falls back to the default. The scan is linear (indexOf), whatever the text.
 */
import { ANYTHING_ELSE, type CaseId, ROUTINE } from './cases';

/** The replies admins can edit: one per replying case, and the closing question. */
export const TEMPLATE_IDS = ['api', 'enterprise', 'unclear', 'rejected', 'closing'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const REPLY_PLACEHOLDERS = ['baa_email', 'sales_contact', 'endpoint_list'] as const;
export const GREETING_PLACEHOLDERS = ['first_name'] as const;
export type Placeholder = (typeof REPLY_PLACEHOLDERS)[number] | (typeof GREETING_PLACEHOLDERS)[number];
/** Placeholders that stand in a line of text (the endpoint list is a block of its own). */
export type InlinePlaceholder = Exclude<Placeholder, 'endpoint_list'>;

export type Segment = { kind: 'text'; text: string } | { kind: 'placeholder'; name: InlinePlaceholder };

export type Paragraph = { kind: 'line'; segments: readonly Segment[] } | { kind: 'endpoint_list' };

/** A usable template: its paragraphs in order. */
export type Template = readonly Paragraph[];

export type TemplateProblemCode =
  | 'template_unknown_placeholder'
  | 'template_unclosed_placeholder'
  | 'template_endpoint_list_inline'
  | 'template_needs_endpoint_list'
  | 'template_needs_sales_contact';

export type TemplateResult =
  { ok: true; template: Template } | { ok: false; code: TemplateProblemCode; detail?: string };

/** What a template must hold so the routine still does its job (its `provide_…` function calls). */
const REQUIRED: Readonly<Partial<Record<TemplateId, Placeholder>>> = {
  api: 'endpoint_list',
  enterprise: 'sales_contact',
};

const ATTACHMENT_LINES = {
  zero_retention_endpoints: '{{endpoint_list}}',
  // The label was part of the sales-contact block before replies became templates: kept word for word.
  sales_contact: 'Sales team: {{sales_contact}}',
} as const;

/** The default template of a reply: the routine's lines with placeholders for the facts. */
export function defaultTemplateText(id: TemplateId): string {
  if (id === 'closing') return ANYTHING_ELSE;
  return ROUTINE[id satisfies CaseId].parts
    .map((part) =>
      part.kind === 'line'
        ? part.text.replace('{baaEmail}', '{{baa_email}}')
        : ATTACHMENT_LINES[part.attachment],
    )
    .join('\n');
}

export const DEFAULT_GREETING = 'Hi {{first_name}},';
/** For a requester whose name is not a person's (a company, a team, an email address). */
export const DEFAULT_NEUTRAL_GREETING = 'Hello,';

/** Parses a reply template; `id` decides which placeholder it must contain. */
export function parseReplyTemplate(id: TemplateId, text: string): TemplateResult {
  const result = parseTemplate(text, REPLY_PLACEHOLDERS);
  if (!result.ok) return result;
  const required = REQUIRED[id];
  if (required !== undefined && !uses(result.template, required)) {
    return {
      ok: false,
      code: required === 'endpoint_list' ? 'template_needs_endpoint_list' : 'template_needs_sales_contact',
    };
  }
  return result;
}

/** Parses the greeting: one line, `{{first_name}}` its only placeholder. */
export function parseGreetingTemplate(text: string): TemplateResult {
  return parseTemplate(text.replace(/\s+/g, ' '), GREETING_PLACEHOLDERS);
}

function parseTemplate(text: string, allowed: readonly Placeholder[]): TemplateResult {
  const paragraphs: Paragraph[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const segments = parseLine(line, allowed);
    if ('code' in segments) return { ok: false, ...segments };
    const only = segments.length === 1 ? segments[0] : undefined;
    if (only?.kind === 'placeholder' && (only.name as Placeholder) === 'endpoint_list') {
      paragraphs.push({ kind: 'endpoint_list' });
    } else if (
      segments.some((s) => s.kind === 'placeholder' && (s.name as Placeholder) === 'endpoint_list')
    ) {
      return { ok: false, code: 'template_endpoint_list_inline' };
    } else {
      paragraphs.push({ kind: 'line', segments });
    }
  }
  return { ok: true, template: paragraphs };
}

type LineSegment = { kind: 'text'; text: string } | { kind: 'placeholder'; name: InlinePlaceholder };

function parseLine(
  line: string,
  allowed: readonly Placeholder[],
): LineSegment[] | { code: TemplateProblemCode; detail?: string } {
  const segments: LineSegment[] = [];
  let at = 0;
  while (at < line.length) {
    const open = line.indexOf('{{', at);
    if (open === -1) break;
    const close = line.indexOf('}}', open + 2);
    if (close === -1) return { code: 'template_unclosed_placeholder', detail: clip(line.slice(open)) };
    const name = line.slice(open + 2, close).trim();
    if (!(allowed as readonly string[]).includes(name)) {
      return { code: 'template_unknown_placeholder', detail: `{{${clip(name)}}}` };
    }
    if (open > at) segments.push({ kind: 'text', text: line.slice(at, open) });
    segments.push({ kind: 'placeholder', name: name as InlinePlaceholder });
    at = close + 2;
  }
  if (at < line.length) segments.push({ kind: 'text', text: line.slice(at) });
  return segments;
}

function uses(template: Template, placeholder: Placeholder): boolean {
  return template.some((paragraph) =>
    placeholder === 'endpoint_list'
      ? paragraph.kind === 'endpoint_list'
      : paragraph.kind === 'line' &&
        paragraph.segments.some((s) => s.kind === 'placeholder' && s.name === placeholder),
  );
}

/** A short quote of what the admin wrote, for the problem message. */
function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}

/** The default templates, parsed (they always parse: a test proves it). */
export function defaultReplyTemplate(id: TemplateId): Template {
  const result = parseReplyTemplate(id, defaultTemplateText(id));
  if (!result.ok) throw new Error(`the default "${id}" template is broken: ${result.code}`);
  return result.template;
}
