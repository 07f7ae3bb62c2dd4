/** The Support API client's manners, with a scripted fetch and a recorded sleep: no time passes. */
import { describe, expect, it } from 'vitest';
import { accountBaseUrl, authorizationFromEnv } from '../../src/triage/account';
import { retryAfterSeconds, ZendeskApi } from '../../src/triage/api';
import { TriageInputError } from '../../src/triage/errors';

type Answer = Response | Error;

function scripted(answers: Answer[]) {
  const urls: string[] = [];
  const sleeps: number[] = [];
  const fetch = (async (url: URL) => {
    urls.push(url.toString());
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  }) as unknown as typeof globalThis.fetch;
  const api = new ZendeskApi({
    baseUrl: 'https://acme.zendesk.com',
    authorization: 'Basic x',
    fetch,
    sleep: async (ms) => void sleeps.push(ms),
  });
  return { api, urls, sleeps };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const refused = (cause: string) => Object.assign(new TypeError('fetch failed'), { cause: { code: cause } });

describe('ZendeskApi', () => {
  it('waits as long as Retry-After says after a 429, then asks again', async () => {
    const { api, sleeps, urls } = scripted([
      json(429, {}, { 'Retry-After': '7' }),
      json(429, {}, { 'Retry-After': '2' }),
      json(200, { ok: 1 }),
    ]);
    expect(await api.get('/api/v2/x')).toEqual({ ok: 1 });
    expect(sleeps).toEqual([7000, 2000]);
    expect(urls).toEqual(Array(3).fill('https://acme.zendesk.com/api/v2/x'));
    expect(api.requests).toBe(3);
  });

  it('backs off exponentially on a 5xx and on a lost connection once the account has answered', async () => {
    const { api, sleeps } = scripted([
      json(200, {}),
      json(500, {}),
      json(502, {}),
      refused('ECONNRESET'),
      json(503, {}, { 'Retry-After': '5' }),
      json(200, { ok: 2 }),
    ]);
    await api.get('/api/v2/a');
    expect(await api.get('/api/v2/b')).toEqual({ ok: 2 });
    expect(sleeps).toEqual([1000, 2000, 4000, 5000]);
  });

  it('gives up after five retries with a message saying how to resume', async () => {
    const { api } = scripted([
      json(200, {}),
      ...Array.from({ length: 6 }, () => json(503, { error: 'Down' })),
    ]);
    await api.get('/api/v2/a');
    await expect(api.get('/api/v2/b')).rejects.toThrow(
      'Zendesk answered 503 at https://acme.zendesk.com/api/v2/b: Down; run the same command again to resume',
    );
  });

  it('turns 401, 403, 404, an HTML page and an unknown host into one clear message each', async () => {
    const cases: [Answer, RegExp][] = [
      [json(401, { error: "Couldn't authenticate you" }), /^Zendesk refused the credentials \(401/],
      [
        json(403, { error: { title: 'Forbidden', message: 'no' } }),
        /403 Forbidden: no\): the incremental exports need an admin/,
      ],
      [json(404, { error: 'InvalidEndpoint' }), /was not found \(404\): check the subdomain/],
      [
        new Response('<html>Help Center closed</html>', {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        }),
        /did not answer like the Zendesk API .* \(got text\/html\)/,
      ],
      [refused('ENOTFOUND'), /^cannot find acme\.zendesk\.com \(ENOTFOUND\): check the subdomain/],
      [
        json(422, { error: 'InvalidQuery', description: 'bad query' }),
        /Zendesk answered 422 .*: InvalidQuery: bad query$/,
      ],
    ];
    for (const [answer, message] of cases) {
      const { api } = scripted([answer]);
      const error = await api.get('/api/v2/x').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TriageInputError);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('sends the credentials to the account only', async () => {
    const { api, urls } = scripted([]);
    await expect(api.get('https://evil.example/api/v2/x')).rejects.toThrow(/another site than the account/);
    expect(urls).toEqual([]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('30')).toBe(30);
    expect(retryAfterSeconds(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(retryAfterSeconds('soon')).toBeNull();
    expect(retryAfterSeconds(null)).toBeNull();
  });
});

describe('the account', () => {
  it('is a subdomain of zendesk.com or a URL; plain http only for localhost', () => {
    expect(accountBaseUrl('acme')).toBe('https://acme.zendesk.com');
    expect(accountBaseUrl('https://acme.zendesk.com/agent/tickets/1')).toBe('https://acme.zendesk.com');
    expect(accountBaseUrl('support.example.com')).toBe('https://support.example.com');
    expect(accountBaseUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(() => accountBaseUrl('http://acme.zendesk.com')).toThrow(/use https/);
    expect(() => accountBaseUrl('ftp://acme')).toThrow(TriageInputError);
  });

  it('authenticates with an API token from ZENDESK_EMAIL and ZENDESK_API_TOKEN', () => {
    const header = authorizationFromEnv({ ZENDESK_EMAIL: 'a@b.c', ZENDESK_API_TOKEN: 'T0K' });
    expect(Buffer.from(header.replace('Basic ', ''), 'base64').toString()).toBe('a@b.c/token:T0K');
    expect(() => authorizationFromEnv({})).toThrow(/^set ZENDESK_EMAIL and ZENDESK_API_TOKEN:/);
  });
});
