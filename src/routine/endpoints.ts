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

/** A bar or dash with whitespace on both sides; the whitespace is trimmed off name and note afterwards. */
const NOTE_SEPARATOR = /(?<=\s)[|—–-](?=\s)/;

/** Parses the settings text: blank lines and lines starting with `#` are skipped. */
export function parseEndpointLines(text: string): Endpoint[] {
  return text
    .split(/\r?\n/)
    .map((raw) => raw.trim())
    .filter((raw) => raw !== '' && !raw.startsWith('#'))
    .map((raw) => {
      const match = NOTE_SEPARATOR.exec(raw);
      if (!match) return { name: raw.replace(/^[-*•]\s+/, '') };
      const name = raw
        .slice(0, match.index)
        .replace(/^[-*•]\s+/, '')
        .trim();
      const note = raw.slice(match.index + 1).trim();
      return note ? { name, note } : { name };
    })
    .filter((endpoint) => endpoint.name !== '');
}
