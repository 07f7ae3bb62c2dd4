/**
 * The default zero-data-retention endpoint list, from OpenAI's "Data controls in the OpenAI platform"
 * page, section "Storage requirements and retention controls per endpoint" (see
 * ../shared/notes/domain-facts.md §6). The list moves over time, so it ships with its source and the date
 * it was checked, and admins can replace it in the app settings.
 */

export interface Endpoint {
  /** The endpoint or tool, e.g. `/v1/chat/completions`. */
  name: string;
  /** A limitation worth telling the customer, if any. */
  note?: string;
}

export interface EndpointList {
  endpoints: readonly Endpoint[];
  sourceUrl: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM) when the list was last checked against the source. */
  verifiedOn: string;
}

/** The settings text form: one endpoint per line, an optional note after ` | ` (or a spaced dash). */
export const DEFAULT_ENDPOINT_LINES = [
  '/v1/chat/completions | store is always off; audio outputs are kept for 1 hour; extended prompt caching is not zero retention',
  '/v1/responses | store is always off; background mode and OpenAI-hosted containers are not zero retention',
  '/v1/images/generations | gpt-image-1, gpt-image-1.5 and gpt-image-1-mini only, not DALL·E',
  '/v1/images/edits | gpt-image-1, gpt-image-1.5 and gpt-image-1-mini only, not DALL·E',
  '/v1/images/variations | gpt-image-1, gpt-image-1.5 and gpt-image-1-mini only, not DALL·E',
  '/v1/embeddings',
  '/v1/audio/speech',
  '/v1/audio/transcriptions',
  '/v1/audio/translations',
  '/v1/completions',
  '/v1/moderations',
  '/v1/realtime',
  'Web search tool in the Responses API | only in offline, cache-only mode from a zero-retention project',
].join('\n');

export const DEFAULT_ENDPOINTS_SOURCE_URL = 'https://developers.openai.com/api/docs/guides/your-data';
export const DEFAULT_ENDPOINTS_VERIFIED_ON = '2026-11';

/** Characters that separate an endpoint from its note when whitespace stands on both sides. */
const NOTE_SEPARATORS = new Set(['|', '—', '–', '-']);
const BULLET = /^[-*•]\s+/;

/** Parses the settings text: blank lines and lines starting with `#` are skipped. */
export function parseEndpointLines(text: string): Endpoint[] {
  return text
    .split('\n')
    .map((raw) => raw.trim())
    .filter((raw) => raw !== '' && !raw.startsWith('#'))
    .map(parseEndpointLine)
    .filter((endpoint) => endpoint.name !== '');
}

function parseEndpointLine(line: string): Endpoint {
  const separator = noteSeparatorAt(line);
  if (separator === -1) return { name: line.replace(BULLET, '') };
  const name = line.slice(0, separator).trim().replace(BULLET, '');
  const note = line.slice(separator + 1).trim();
  return note ? { name, note } : { name };
}

/**
 * The first separator with whitespace on both sides (`a | b`, `a - b`), found in one pass. A regex
 * such as `\s+-\s+` tried at every start of a long whitespace run is quadratic; this is linear. A
 * leading bullet (`- /v1/embeddings`) is no separator: nothing stands before it.
 */
function noteSeparatorAt(line: string): number {
  for (let i = 1; i < line.length - 1; i++) {
    if (NOTE_SEPARATORS.has(line.charAt(i)) && isSpace(line.charAt(i - 1)) && isSpace(line.charAt(i + 1))) {
      return i;
    }
  }
  return -1;
}

function isSpace(char: string): boolean {
  return char.trim() === '';
}

/**
 * Whether the list was verified more than `maxMonths` months before `today`. A month-only date
 * (`2026-11`) counts from the first of that month. An unreadable date is not called stale: the settings
 * parser already reports it.
 */
export function isEndpointListStale(verifiedOn: string, maxMonths: number, today: Date): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(verifiedOn);
  if (!match) return false;
  const [, year, month, day] = match;
  const due = new Date(Date.UTC(Number(year), Number(month) - 1 + maxMonths, Number(day ?? '1')));
  return today.getTime() >= due.getTime();
}
