/**
 * GET requests to the Support API, the way Zendesk asks clients to behave: a 429 waits as long as its
 * `Retry-After` says; a transient 5xx or network failure is retried with exponential backoff; a refusal
 * (401, 403, 404, another 4xx) is one clear TriageInputError, which the command turns into exit 2.
 *
 * Credentials go only to the account's own origin: a pagination URL pointing elsewhere is refused.
 */
import { TriageInputError } from './errors';
import { parseJson } from './json';

export type Json = Record<string, unknown>;

export interface ApiOptions {
  baseUrl: string;
  authorization: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** The first backoff after a 5xx; doubled each retry (capped at a minute). */
  backoffMs?: number;
  /** Retries of a 5xx or a network failure before giving up. */
  maxRetries?: number;
  /** Told when the client waits (for the progress on stderr). */
  onWait?: (message: string) => void;
}

/** 429s in a row before giving up: Zendesk's limits reset within a minute, so this is a stuck account. */
const MAX_RATE_LIMITED = 30;
const DEFAULT_RETRY_AFTER_S = 60;

export class ZendeskApi {
  /** HTTP requests sent, retries included. */
  requests = 0;
  /** Whether the account has answered once: before that, a failure to connect is a wrong address. */
  private reached = false;
  private readonly options: Required<Omit<ApiOptions, 'onWait'>> & Pick<ApiOptions, 'onWait'>;

  constructor(options: ApiOptions) {
    this.options = {
      fetch: globalThis.fetch,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      backoffMs: 1000,
      maxRetries: 5,
      ...options,
    };
  }

  /** The JSON object at a path (`/api/v2/…`) or at an absolute URL of the same account. */
  async get(pathOrUrl: string): Promise<Json> {
    const url = this.resolve(pathOrUrl);
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      let response: Response;
      try {
        this.requests += 1;
        response = await this.options.fetch(url, {
          headers: { Authorization: this.options.authorization, Accept: 'application/json' },
          redirect: 'error',
        });
      } catch (error) {
        if (!this.reached || ++failures > this.options.maxRetries)
          throw unreachable(url, error, this.reached);
        await this.wait(this.backoff(failures), `cannot reach ${url.host} (${causeOf(error)})`);
        continue;
      }
      this.reached = true;
      if (response.ok) return readJson(response, url);
      const status = response.status;
      if (status === 429) {
        await response.body?.cancel();
        if (++rateLimited > MAX_RATE_LIMITED)
          throw refusal(url, status, 'still rate limited after many waits');
        const seconds = retryAfterSeconds(response.headers.get('retry-after')) ?? DEFAULT_RETRY_AFTER_S;
        await this.wait(seconds * 1000, 'rate limited by Zendesk (429)');
        continue;
      }
      if (status >= 500) {
        const detail = await errorDetail(response);
        if (++failures > this.options.maxRetries) throw refusal(url, status, detail);
        const after = retryAfterSeconds(response.headers.get('retry-after'));
        await this.wait(after === null ? this.backoff(failures) : after * 1000, `Zendesk answered ${status}`);
        continue;
      }
      throw refusal(url, status, await errorDetail(response));
    }
  }

  private resolve(pathOrUrl: string): URL {
    const url = new URL(pathOrUrl, this.options.baseUrl);
    if (url.origin !== new URL(this.options.baseUrl).origin) {
      throw new TriageInputError(`Zendesk pointed to ${url.origin}, another site than the account; stopped`);
    }
    return url;
  }

  private backoff(failures: number): number {
    return Math.min(this.options.backoffMs * 2 ** (failures - 1), 60_000);
  }

  private async wait(ms: number, why: string): Promise<void> {
    this.options.onWait?.(`${why}: waiting ${formatSeconds(ms)}`);
    await this.options.sleep(ms);
  }
}

/** `Retry-After` as seconds: a number of seconds or an HTTP date; `null` when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

const formatSeconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

async function readJson(response: Response, url: URL): Promise<Json> {
  const text = await response.text();
  const parsed = parseJson(text);
  if (
    !parsed.ok ||
    typeof parsed.value !== 'object' ||
    parsed.value === null ||
    Array.isArray(parsed.value)
  ) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new TriageInputError(
      `${url.origin} did not answer like the Zendesk API at ${url.pathname} (got ${type}): check the subdomain or URL`,
    );
  }
  return parsed.value as Json;
}

/** Zendesk's error text: `{"error": "…"}`, `{"error": {"title", "message"}}` or `{"description": …}`. */
async function errorDetail(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  const parsed = parseJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null)
    return `HTTP ${response.status}`;
  const body = parsed.value as Json;
  const error = body.error;
  const parts: string[] = [];
  if (typeof error === 'string') parts.push(error);
  else if (typeof error === 'object' && error !== null) {
    const { title, message } = error as Json;
    for (const part of [title, message]) if (typeof part === 'string') parts.push(part);
  }
  if (typeof body.description === 'string') parts.push(body.description);
  return parts.length > 0 ? parts.join(': ').slice(0, 300) : `HTTP ${response.status}`;
}

function refusal(url: URL, status: number, detail: string): TriageInputError {
  const at = `${url.origin}${url.pathname}`;
  switch (status) {
    case 401:
      return new TriageInputError(
        `Zendesk refused the credentials (401 ${detail}): check ZENDESK_EMAIL (an agent's email on ${url.host}) and ZENDESK_API_TOKEN (an API token of that account, with token access on)`,
      );
    case 403:
      return new TriageInputError(
        `Zendesk forbids ZENDESK_EMAIL to read ${at} (403 ${detail}): the incremental exports need an admin`,
      );
    case 404:
      return new TriageInputError(`${at} was not found (404): check the subdomain or URL given to --zendesk`);
    default: {
      const resume = status >= 500 ? '; run the same command again to resume' : '';
      return new TriageInputError(`Zendesk answered ${status} at ${at}: ${detail}${resume}`);
    }
  }
}

function unreachable(url: URL, error: unknown, reached: boolean): TriageInputError {
  const cause = causeOf(error);
  if (/ENOTFOUND|EAI_AGAIN/.test(cause)) {
    return new TriageInputError(
      `cannot find ${url.host} (${cause}): check the subdomain or URL given to --zendesk`,
    );
  }
  const advice = reached
    ? 'run the same command again to resume'
    : 'check the subdomain or URL given to --zendesk';
  return new TriageInputError(`cannot reach ${url.origin} (${cause}): ${advice}`);
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
