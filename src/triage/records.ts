/**
 * Triage input: which form a file has, and each record read into a domain Ticket or a clear error.
 *
 * Two forms: JSON Lines (one Zendesk ticket per line; streamed, so a file of any size works) and a JSON
 * document holding an array of tickets or `{"tickets": [...]}` (an API page; read whole). The form is told
 * from the first non-blank line, so the JSON Lines path never has to hold the file.
 */
import { ticketFromZendesk, TicketFormatError } from '../ticket/fromZendesk';
import type { Ticket } from '../ticket/ticket';

export type InputForm = 'json-lines' | 'json-document';

/**
 * A first line that opens a JSON value and does not close it starts a multi-line document: `[`, a lone
 * `{`, or `{"tickets": [` (an API page). Everything else is JSON Lines, where a line may still hold a
 * whole one-line array or page. A broken ticket on the first line stays a JSON Lines error, not a
 * failed document, so one bad line never costs the run.
 */
export function inputFormOf(firstLine: string): InputForm {
  const start = firstLine.replace(/^\uFEFF/, '').trim();
  const opensDocument = start.startsWith('[') || start === '{' || /^\{\s*"tickets"\s*:/.test(start);
  return opensDocument && !parseJson(start).ok ? 'json-document' : 'json-lines';
}

export type RecordResult = { ok: true; ticket: Ticket } | { ok: false; error: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TICKET_KEYS = ['id', 'subject', 'raw_subject', 'description', 'comments'];

/** A parsed JSON value read as a ticket. An object with none of a ticket's keys is refused, not guessed. */
export function ticketRecord(value: unknown): RecordResult {
  if (!isObject(value))
    return { ok: false, error: `not a ticket: expected a JSON object, got ${kindOf(value)}` };
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

/** JSON.parse with the error as a value. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: `bad JSON: ${(error as Error).message}` };
  }
}

/**
 * The tickets a JSON value holds: an array, or an object with a "tickets" array (a page of the Support
 * API's ticket list). `null` when the value is neither.
 */
export function ticketList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (isObject(value) && Array.isArray(value.tickets)) return value.tickets;
  return null;
}

/** The tickets of a JSON Lines record that is a whole one-line array or API page; `null` for one ticket. */
export function ticketsOnOneLine(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (isObject(value) && !TICKET_KEYS.some((key) => key in value)) return ticketList(value);
  return null;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
