/**
 * The file mode with the inputs admins really have: files that are not JSON, empty files, documents of
 * other endpoints, huge lines and documents, ids beyond 2^53, the agents' tags, and the report.
 */
import { gzipSync as gzipBytes, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { keepLargeIntegers, parseJson } from '../../src/triage/json';
import { inputLines, type InputLine, nonJsonLook } from '../../src/triage/lines';
import { renderReport, ReportTally, agentTicketLink, baseUrlOfTicketUrl } from '../../src/triage/report';
import { TriageInputError, triageLines } from '../../src/triage/triage';
import type { TriageResult } from '../../src/triage/output';

async function collect(chunks: (Buffer | string)[], maxLineBytes?: number): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const line of inputLines(source(), 'tickets.jsonl', maxLineBytes)) lines.push(line);
  return lines;
}

async function triage(lines: InputLine[], options: Parameters<typeof triageLines>[2] = {}) {
  const out: Record<string, unknown>[] = [];
  const err: string[] = [];
  const counts = await triageLines(
    lines,
    {
      line: (text) => void out.push(JSON.parse(text) as Record<string, unknown>),
      warn: (t) => void err.push(t),
    },
    options,
  );
  return { out, err: err.join(''), counts };
}

const gzipSync = (bytes: Uint8Array) => Buffer.from(gzipBytes(bytes));

describe('what a file that is not JSON looks like', () => {
  const utf16 = Buffer.from('{"id": 1}\n', 'utf16le');
  it.each([
    ['gzip', gzipSync(Buffer.from('{"id": 1}\n')), /gzip-compressed/],
    ['zip', Buffer.from(zipSync({ 'tickets.json': Buffer.from('[]') })), /ZIP archive/],
    ['UTF-16 with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]), /UTF-16/],
    ['UTF-16 without one', utf16, /UTF-16/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary data/],
    ['PDF', Buffer.from('%PDF-1.7\n'), /PDF/],
    ['CSV', Buffer.from('id,subject,description\n1,BAA,"need a BAA"\n'), /looks like CSV/],
    ['HTML', Buffer.from('<!doctype html><title>Sign in</title>'), /HTML or XML/],
    ['prose', Buffer.from('Hello there\n'), /starts with "Hello there"/],
  ])('%s', (_name, bytes, message) => {
    expect(nonJsonLook(bytes)).toMatch(message);
  });

  it.each([
    ['JSON Lines', '{"id": 1}\n'],
    ['a document', '\uFEFF[\n{"id": 1}]'],
    ['a number on the first line', '42\n{"id": 1}'],
    ['a broken first ticket', '{"id": 1, "subj\n'],
  ])('not for %s', (_name, text) => {
    expect(nonJsonLook(Buffer.from(text))).toBeNull();
  });

  it('refuses the whole input in one message, and says when it is empty', async () => {
    await expect(collect([gzipSync(Buffer.from('x'))])).rejects.toThrow(
      new TriageInputError(
        'tickets.jsonl is not JSON: it looks like a gzip-compressed file; decompress it first (gunzip FILE)',
      ),
    );
    await expect(collect([])).rejects.toThrow('tickets.jsonl is empty: there are no tickets to classify');
  });
});

describe('lines', () => {
  it('splits bytes across chunks, drops CR and the byte-order mark, and keeps UTF-8 split mid-character', async () => {
    const text = Buffer.from('\uFEFF{"a": "é"}\r\n{"b": 2}\n\n{"c": 3}');
    const chunks = [text.subarray(0, 9), text.subarray(9, 10), text.subarray(10)];
    expect(await collect(chunks)).toEqual(['{"a": "é"}', '{"b": 2}', '', '{"c": 3}']);
  });

  it('gives a line over the cap as its size, never as text, and goes on', async () => {
    const long = '{"id": 2, "description": "' + 'x'.repeat(5000) + '"}';
    const lines = await collect(
      ['{"id": 1}\n', long.slice(0, 3000), long.slice(3000) + '\n{"id": 3}\n'],
      1024,
    );
    expect(lines).toEqual(['{"id": 1}', { tooLongBytes: long.length, maxBytes: 1024 }, '{"id": 3}']);
    const { out, counts } = await triage(lines);
    expect(out[1]).toEqual({
      line: 2,
      error: `line too long: ${long.length} bytes, over the 1 KB a line may hold`,
    });
    expect(out.map((record) => record.id)).toEqual([1, undefined, 3]);
    expect(counts.failed).toBe(1);
  });
});

describe('ids', () => {
  it('keep their exact digits beyond 2^53, as a string', async () => {
    expect(parseJson('{"id": 9007199254740993, "n": 12.5, "s": "9007199254740993"}')).toEqual({
      ok: true,
      value: { id: '9007199254740993', n: 12.5, s: '9007199254740993' },
    });
    expect(
      keepLargeIntegers(
        '[9007199254740991, -99999999999999999, 1.00000000000000001, "a\\"12345678901234567"]',
      ),
    ).toBe('[9007199254740991, "-99999999999999999", 1.00000000000000001, "a\\"12345678901234567"]');
    const { out } = await triage([
      '{"id": 9007199254740993, "subject": "BAA for the API", "requester_id": 12345678901234567890}',
    ]);
    expect(out[0]?.id).toBe('9007199254740993');
  });
});

describe('documents', () => {
  const ticket = { id: 5, subject: 'BAA for ChatGPT Enterprise', tags: ['baa_enterprise'] };
  const pretty = (value: unknown) => JSON.stringify(value, null, 2).split('\n');

  it('reads search results and a single-ticket document; a user among search results is an item error', async () => {
    const search = await triage(
      pretty({
        results: [
          { ...ticket, result_type: 'ticket' },
          { id: 9, result_type: 'user' },
        ],
        count: 2,
      }),
    );
    expect(search.out).toEqual([
      expect.objectContaining({ id: 5, case: 'enterprise', applied: 'enterprise' }),
      { item: 2, error: 'not a ticket: a user search result' },
    ]);
    const single = await triage(pretty({ ticket }));
    expect(single.out).toEqual([expect.objectContaining({ id: 5 })]);
  });

  it('refuses the documents of other endpoints by name', async () => {
    await expect(triage(pretty({ ticket_events: [], end_time: 0 }))).rejects.toThrow(
      /^the JSON document is an incremental ticket events export/,
    );
    await expect(triage(pretty({ users: [] }))).rejects.toThrow(/a list of users/);
    const line = await triage([JSON.stringify({ ticket_events: [] })]);
    expect(line.out).toEqual([
      { line: 1, error: expect.stringMatching(/^not tickets: an incremental ticket events export/) },
    ]);
  });

  it('refuses a document over the stated size in one message', async () => {
    const lines = ['[', ...Array.from({ length: 5000 }, () => JSON.stringify(ticket) + ',')];
    await expect(triage(lines, { maxDocumentChars: 10_000 })).rejects.toThrow(
      /^the JSON document is over 10 KB, the most triage reads as one document; convert it to JSON Lines/,
    );
  });
});

describe('applied cases', () => {
  it("reads the agent's case and override from the tags, with the configured prefix", async () => {
    const { out } = await triage(
      [
        JSON.stringify({ id: 1, subject: 'BAA for the API', tags: ['hipaa_enterprise', 'hipaa_override'] }),
        JSON.stringify({ id: 2, subject: 'BAA for the API', tags: ['hipaa_api', 'hipaa_enterprise'] }),
        JSON.stringify({ id: 3, subject: 'BAA for the API', tags: ['baa_api'] }),
      ],
      { tagPrefix: 'hipaa' },
    );
    expect(out.map(({ id, applied, override }) => ({ id, applied, override }))).toEqual([
      { id: 1, applied: 'enterprise', override: true },
      { id: 2, applied: undefined, override: undefined },
      { id: 3, applied: undefined, override: undefined },
    ]);
  });
});

describe('the report', () => {
  const result = (
    id: number,
    detected: TriageResult['case'],
    applied?: TriageResult['case'],
    override?: true,
  ): TriageResult => ({
    id,
    case: detected,
    confidence: 0.8,
    level: id % 2 === 0 ? 'high' : 'low',
    evidence: [{ text: '<b>ChatGPT</b> & API', field: 'comment', comment_id: 77 }],
    ...(applied === undefined ? {} : { applied }),
    ...(override === undefined ? {} : { override }),
  });

  it('counts cases, agreement, the confusion table and precision per level; lists disagreements with links', () => {
    const tally = new ReportTally();
    const base = 'https://acme.zendesk.com';
    for (const r of [
      result(2, 'api', 'api'),
      result(4, 'api', 'enterprise', true),
      result(1, 'unclear', 'unclear'),
      result(3, 'other'),
    ])
      tally.add(r, agentTicketLink(base, r.id));
    expect(tally).toMatchObject({ tickets: 4, tagged: 3, agreed: 2, overrides: 1 });
    expect(tally.confusion.enterprise.api).toBe(1);
    expect(tally.levels.high).toEqual({ tagged: 2, agreed: 1 });
    expect(tally.levels.low).toEqual({ tagged: 1, agreed: 1 });

    const html = renderReport(tally, { source: base, tagPrefix: 'baa', generatedAt: new Date(0) });
    expect(html).toContain('agreement (2 of 3)');
    expect(html).toContain('66.7%');
    expect(html).toContain(
      '<a href="https://acme.zendesk.com/agent/tickets/4">#4</a> <span class="badge">override</span>',
    );
    expect(html).toContain('<q>&lt;b&gt;ChatGPT&lt;/b&gt; &amp; API</q>');
    expect(html).not.toContain('<b>ChatGPT');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
  });

  it("shows the customer's latest own words, escaped, beside each disagreement and only there", () => {
    const tally = new ReportTally();
    let asked = 0;
    const latest = (words: string) => () => {
      asked += 1;
      return words;
    };
    tally.add(result(2, 'api', 'api'), null, latest('agreed: never read'));
    tally.add(result(4, 'api', 'enterprise'), null, latest('The <i>second</i> one, please'));
    const html = renderReport(tally, { source: 'file', tagPrefix: 'baa', generatedAt: new Date(0) });
    expect(html).toContain('<span class="latest">The &lt;i&gt;second&lt;/i&gt; one, please</span>');
    expect(html).not.toContain('agreed: never read');
    expect(asked).toBe(1);
  });

  it("finds the account from a ticket's API url in the file mode", () => {
    expect(baseUrlOfTicketUrl('https://acme.zendesk.com/api/v2/tickets/7.json')).toBe(
      'https://acme.zendesk.com',
    );
    expect(baseUrlOfTicketUrl('javascript:alert(1)')).toBeNull();
    expect(baseUrlOfTicketUrl('https://acme.zendesk.com/agent/tickets/7')).toBeNull();
    expect(baseUrlOfTicketUrl(7)).toBeNull();
  });
});
