/**
 * Composition: turns a routine case and the admin's settings into the reply the agent sends, as plain
 * text (messaging channels) and as HTML (email and web). Every value that does not come from the routine
 * itself (settings, the requester's name) is escaped in the HTML.
 */
import { ANYTHING_ELSE, type AttachmentId, type CaseId, ROUTINE } from '../routine/cases';
import { isEmailAddress, isHttpUrl, type RoutineSettings } from '../routine/settings';
import { escapeHtml } from './escape';

export interface ComposeContext {
  /** The requester's display name; the greeting uses its first word. */
  requesterName?: string;
  /** Start with "Hi <first name>," when a first name is known. Default true. */
  greet?: boolean;
}

export interface Reply {
  caseId: CaseId;
  text: string;
  html: string;
  /** The routine lines in the reply, in order, as sent: used to spot a reply already in the draft or sent. */
  lines: readonly string[];
}

/** The block of text and HTML an attachment or a line contributes. */
interface Block {
  text: string;
  html: string;
}

export function compose(caseId: CaseId, settings: RoutineSettings, context: ComposeContext = {}): Reply {
  const routineCase = ROUTINE[caseId];
  if (routineCase.parts.length === 0) return { caseId, text: '', html: '', lines: [] };

  const lines: string[] = [];
  const blocks: Block[] = [];
  const greeting = greetingFor(context);
  if (greeting) blocks.push(paragraph(greeting));
  for (const part of routineCase.parts) {
    if (part.kind === 'line') {
      const filled = fillLine(part.text, settings);
      lines.push(filled);
      blocks.push(paragraph(filled));
    } else {
      blocks.push(attachmentBlock(part.attachment, settings));
    }
  }
  if (routineCase.asksAnythingElse) {
    lines.push(ANYTHING_ELSE);
    blocks.push(paragraph(ANYTHING_ELSE));
  }
  return {
    caseId,
    text: blocks.map((block) => block.text).join('\n\n'),
    html: blocks.map((block) => block.html).join(''),
    lines,
  };
}

/**
 * Fills the routine's only slot, the BAA address. A replacer function, not a replacement string: in a
 * string, `$&`, `` $` `` and `$'` are patterns, and an address may contain `$`.
 */
export function fillLine(template: string, settings: RoutineSettings): string {
  return template.replace('{baaEmail}', () => settings.baaEmail);
}

/** The first word of a display name, unless the "name" is really an email address or empty. */
export function firstName(name: string | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0] ?? '';
  if (first === '' || first.includes('@')) return null;
  return first;
}

function greetingFor(context: ComposeContext): string | null {
  if (context.greet === false) return null;
  const first = firstName(context.requesterName);
  return first ? `Hi ${first},` : null;
}

function paragraph(text: string): Block {
  return { text, html: `<p>${escapeHtml(text)}</p>` };
}

function attachmentBlock(id: AttachmentId, settings: RoutineSettings): Block {
  return id === 'zero_retention_endpoints' ? endpointListBlock(settings) : salesContactBlock(settings);
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

function salesContactBlock(settings: RoutineSettings): Block {
  const contact = settings.salesContact;
  return {
    text: `Sales team: ${contact}`,
    html: `<p>Sales team: ${link(contact)}</p>`,
  };
}

/** A link when the value is an http(s) URL or an email address; escaped text otherwise. */
function link(value: string): string {
  const href = isHttpUrl(value) ? value : isEmailAddress(value) ? `mailto:${value}` : null;
  if (href === null) return escapeHtml(value);
  return `<a href="${escapeHtml(href)}">${escapeHtml(value)}</a>`;
}
