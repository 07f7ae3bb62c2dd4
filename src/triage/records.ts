/**
 * Triage input: which form a file has, and each record read into a domain Ticket or a clear error.
 *
 * Two forms: JSON Lines (one Zendesk ticket per line; streamed, so a file of any size works) and a JSON
 * document (read whole, up to MAX_DOCUMENT_BYTES) holding the tickets in one of the shapes Zendesk's
 * endpoints return: an array, `{"tickets": [...]}` (a list or an incremental export page), `{"results":
 * [...]}` (search) or `{"ticket": {...}}` (one ticket). Documents of other endpoints are refused by name.
 * The form is told from the first non-blank line, so the JSON Lines path never has to hold the file.
 */
import { isObject } from '../json/isObject';
import { ticketFromZendesk, TicketFormatError } from '../ticket/fromZendesk';
import type { Ticket } from '../ticket/ticket';
import { parseJson } from './json';

export { parseJson } from './json';

export type InputForm = 'json-lines' | 'json-document';

/**
 * A first line that opens a JSON value and does not close it starts a multi-line document: `[`, a lone
 * `{`, or `{"tickets": [` (an API page). Everything else is JSON Lines, where a line may still hold a
 * whole one-line array or page. A broken ticket on the first line stays a JSON Lines error, not a
 * failed document, so one bad line never costs the run.
 */
export function inputFormOf(firstLine: string): InputForm {
  const start = firstLine.replace(/^\uFEFF/, '').trim();
  const opensDocument =
    start.startsWith('[') || start === '{' || /^\{\s*"(?:tickets|results|ticket)"\s*:/.test(start);
  return opensDocument && !parseJson(start).ok ? 'json-document' : 'json-lines';
}

export type RecordResult = { ok: true; ticket: Ticket } | { ok: false; error: string };

const TICKET_KEYS = ['id', 'subject', 'raw_subject', 'description', 'comments'];

/** A parsed JSON value read as a ticket. An object with none of a ticket's keys is refused, not guessed. */
export function ticketRecord(value: unknown): RecordResult {
  if (!isObject(value))
    return { ok: false, error: `not a ticket: expected a JSON object, got ${kindOf(value)}` };
  if (typeof value.result_type === 'string' && value.result_type !== 'ticket') {
    return { ok: false, error: `not a ticket: a ${value.result_type} search result` };
  }
  if (!TICKET_KEYS.some((key) => key in value)) {
    return { ok: false, error: 'not a ticket: no "id", "subject", "description" or "comments"' };
  }
  try {
    return { ok: true, ticket: ticketFromZendesk(value) };
  } catch (error) {
    if (error instanceof TicketFormatError) return { ok: false, error: `not a ticket: ${error.message}` };
    throw error;
  }
}

/** The tickets a JSON document holds, or why it holds none (named by the endpoint it comes from). */
export type DocumentTickets = { tickets: unknown[] } | { refused: string };

/**
 * The tickets of a parsed JSON value, by the shape of the Zendesk endpoint it comes from; `null` when the
 * value is none of the known shapes.
 */
export function documentTickets(value: unknown): DocumentTickets | null {
  if (Array.isArray(value)) return { tickets: value };
  if (!isObject(value)) return null;
  if (Array.isArray(value.tickets)) return { tickets: value.tickets };
  if (Array.isArray(value.results)) return { tickets: value.results };
  if (isObject(value.ticket)) return { tickets: [value.ticket] };
  const refusal = refusedShape(value);
  return refusal === null ? null : { refused: refusal };
}

/** Documents of other Zendesk endpoints that people export by mistake, told apart by their keys. */
function refusedShape(value: Record<string, unknown>): string | null {
  if (Array.isArray(value.ticket_events)) {
    return 'an incremental ticket events export ({"ticket_events": [...]}) holds events, not tickets; triage --zendesk joins them to their tickets';
  }
  if (Array.isArray(value.audits))
    return 'ticket audits ({"audits": [...]}) hold one ticket\'s changes, not tickets';
  if (Array.isArray(value.comments) && !['id', 'subject', 'description'].some((key) => key in value)) {
    return 'a list of comments ({"comments": [...]}) without the ticket they belong to';
  }
  for (const key of ['users', 'organizations', 'groups', 'macros', 'views']) {
    if (Array.isArray(value[key])) return `a list of ${key} ({"${key}": [...]}), not tickets`;
  }
  if ('error' in value || 'errors' in value) {
    const detail = JSON.stringify(value.error ?? value.errors).slice(0, 120);
    return `a Zendesk error response (${detail}), not tickets`;
  }
  return null;
}

/**
 * The tickets of a JSON Lines record that is a whole one-line document; `null` for one ticket (an object
 * with a ticket's keys, or one that is no known document: ticketRecord then says why it is no ticket).
 */
export function ticketsOnOneLine(value: unknown): DocumentTickets | null {
  if (isObject(value) && TICKET_KEYS.some((key) => key in value) && !('ticket' in value)) {
    const refused = refusedShape(value);
    return refused !== null && !('id' in value) ? { refused } : null;
  }
  return documentTickets(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
