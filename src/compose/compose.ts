/**
 * Composition: turns a routine case and the admin's settings into the reply the agent sends, as plain
 * text (messaging channels) and as HTML (email and web). The reply's words come from the templates in
 * the settings (src/routine/templates.ts); every value filled into them, and the templates' own text,
 * is escaped in the HTML.
 */
import { type CaseId, ROUTINE } from '../routine/cases';
import { isEmailAddress, isHttpUrl, type RoutineSettings } from '../routine/settings';
import type { InlinePlaceholder, Paragraph, Template } from '../routine/templates';
import { escapeHtml } from './escape';
import { greetingFor } from './greeting';

export interface ComposeContext {
  /** The requester's display name; the greeting uses their given name. */
  requesterName?: string;
  /** Start with the greeting (when the settings have it on). Default true. */
  greet?: boolean;
}

export interface Reply {
  caseId: CaseId;
  text: string;
  html: string;
  /** The reply's lines, in order, as sent (no greeting): used to spot a reply already in the draft or sent. */
  lines: readonly string[];
}

/** The block of text and HTML a paragraph contributes. */
interface Block {
  text: string;
  html: string;
}

/** How each placeholder is filled: the macros fill `first_name` with Zendesk's own placeholder. */
export type Filler = (name: InlinePlaceholder) => Block;

export function compose(caseId: CaseId, settings: RoutineSettings, context: ComposeContext = {}): Reply {
  const greeting = context.greet === false ? null : greetingFor(context.requesterName, settings.greeting);
  return composeWith(caseId, settings, factFiller(settings, greeting?.firstName ?? ''), greeting?.template);
}

/**
 * The reply of a case from its template and, when it asks "anything else?", the closing template,
 * with the greeting first. Shared by the sidebar (compose) and the macros (src/macros/macros.ts).
 */
export function composeWith(
  caseId: CaseId,
  settings: RoutineSettings,
  fill: Filler,
  greeting: Template | undefined,
): Reply {
  const routineCase = ROUTINE[caseId];
  if (caseId === 'other') return { caseId, text: '', html: '', lines: [] };
  const paragraphs: Paragraph[] = [...settings.replies[caseId]];
  if (routineCase.asksAnythingElse) paragraphs.push(...settings.replies.closing);

  const lines: string[] = [];
  const blocks: Block[] = greeting ? greeting.map((paragraph) => render(paragraph, settings, fill)) : [];
  for (const paragraph of paragraphs) {
    const block = render(paragraph, settings, fill);
    if (paragraph.kind === 'line') lines.push(block.text);
    blocks.push(block);
  }
  return {
    caseId,
    text: blocks.map((block) => block.text).join('\n\n'),
    html: blocks.map((block) => block.html).join(''),
    lines,
  };
}

/** Fills the placeholders with the facts in the settings and the requester's given name. */
export function factFiller(settings: RoutineSettings, firstName: string): Filler {
  return (name) => {
    switch (name) {
      case 'baa_email':
        return { text: settings.baaEmail, html: escapeHtml(settings.baaEmail) };
      case 'sales_contact':
        return { text: settings.salesContact, html: link(settings.salesContact) };
      case 'first_name':
        return { text: firstName, html: escapeHtml(firstName) };
    }
  };
}

function render(paragraph: Paragraph, settings: RoutineSettings, fill: Filler): Block {
  if (paragraph.kind === 'endpoint_list') return endpointListBlock(settings);
  let text = '';
  let html = '';
  for (const segment of paragraph.segments) {
    const part =
      segment.kind === 'text' ? { text: segment.text, html: escapeHtml(segment.text) } : fill(segment.name);
    text += part.text;
    html += part.html;
  }
  return { text, html: `<p>${html}</p>` };
}

function endpointListBlock(settings: RoutineSettings): Block {
  const { endpoints, sourceUrl, verifiedOn } = settings.endpointList;
  const heading = 'Endpoints eligible for zero data retention:';
  const item = (name: string, note?: string) => (note ? `${name} (${note})` : name);
  const source = `Source: ${sourceUrl} (checked ${verifiedOn})`;
  const text = [heading, ...endpoints.map((e) => `- ${item(e.name, e.note)}`), source].join('\n');
  const html =
    `<p>${escapeHtml(heading)}</p><ul>` +
    endpoints.map((e) => `<li>${escapeHtml(item(e.name, e.note))}</li>`).join('') +
    `</ul><p>Source: ${link(sourceUrl)} (checked ${escapeHtml(verifiedOn)})</p>`;
  return { text, html };
}

/** A link when the value is an http(s) URL or an email address; escaped text otherwise. */
function link(value: string): string {
  const href = isHttpUrl(value) ? value : isEmailAddress(value) ? `mailto:${value}` : null;
  if (href === null) return escapeHtml(value);
  return `<a href="${escapeHtml(href)}">${escapeHtml(value)}</a>`;
}
