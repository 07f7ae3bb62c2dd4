import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/detect';
import type { Detection } from '../../src/detect/types';
import { CASE_IDS, type CaseId } from '../../src/routine/cases';
import { ticketFromZendesk } from '../../src/ticket/fromZendesk';
import type { Ticket } from '../../src/ticket/ticket';
import { emptyCounts, formatSummary, triageResult } from '../../src/triage/output';
import { inputFormOf, ticketRecord, ticketsOnOneLine } from '../../src/triage/records';
import { TriageInputError, triageLines } from '../../src/triage/triage';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'triage-test-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const TICKETS = [
  {
    id: 101,
    subject: 'BAA for the API',
    description: 'We need a BAA to use your API with patient data.',
    requester_id: 7,
    comments: [{ id: 9001, author_id: 7, public: true, body: 'We need a BAA to use your API.' }],
  },
  {
    id: 102,
    subject: 'HIPAA and ChatGPT Enterprise',
    description: '<p>BAA for <b>ChatGPT Enterprise</b>?</p>',
  },
  {
    id: 'abc-103',
    subject: 'Invoice question',
    description: 'Where is my VAT invoice?',
    via: { channel: 'email' },
  },
];

/** A detection stand-in that reads the subject, so the tests see which ticket reached which result. */
function fakeDetect(ticket: Ticket): Detection {
  const caseId: CaseId = /API/.test(ticket.subject)
    ? 'api'
    : /Enterprise/.test(ticket.subject)
      ? 'enterprise'
      : 'other';
  return {
    caseId,
    confidence: 2 / 3,
    level: 'medium',
    evidence:
      caseId === 'api'
        ? [
            { text: 'API', field: 'comment', commentId: 9001 },
            { text: 'BAA', field: 'subject' },
          ]
        : [],
  };
}

async function runPure(lines: string[], classify = fakeDetect) {
  const out: string[] = [];
  const err: string[] = [];
  const counts = await triageLines(
    lines,
    { line: (text) => void out.push(text), warn: (text) => void err.push(text) },
    classify,
  );
  return {
    out: out.map((text) => JSON.parse(text) as Record<string, unknown>),
    raw: out,
    err: err.join(''),
    counts,
  };
}

/** What the command must print for a ticket: the real detection of the real ticket reader. */
const expectedLine = (raw: unknown) => {
  const ticket = ticketFromZendesk(raw);
  return triageResult(ticket, detect(ticket));
};

function runCli(args: string[], input?: string | Buffer) {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/triage.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const lines = result.stdout.split('\n').filter((line) => line !== '');
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines,
    /** Standard output read as JSON Lines (a getter: `--help` prints prose). */
    get records() {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
  };
}

function file(name: string, content: string): string {
  const path = join(workDir, name);
  writeFileSync(path, content);
  return path;
}

const jsonl = (values: unknown[]) => values.map((value) => JSON.stringify(value)).join('\n') + '\n';

describe('input form', () => {
  it('is JSON Lines unless the first line opens a multi-line document', () => {
    expect(inputFormOf('{"id": 1, "subject": "x"}')).toBe('json-lines');
    expect(inputFormOf('{"id": 1, "subj')).toBe('json-lines');
    expect(inputFormOf('{"tickets": [{"id": 1}]}')).toBe('json-lines');
    expect(inputFormOf('[{"id": 1}]')).toBe('json-lines');
    expect(inputFormOf('[')).toBe('json-document');
    expect(inputFormOf('  [{"id": 1},')).toBe('json-document');
    expect(inputFormOf('{')).toBe('json-document');
    expect(inputFormOf('\uFEFF{ "tickets" : [')).toBe('json-document');
  });
});

describe('records', () => {
  it('reads a Zendesk ticket', () => {
    const record = ticketRecord(TICKETS[0]);
    expect(record.ok && record.ticket.id).toBe(101);
  });

  it('refuses what is not a ticket, saying why', () => {
    expect(ticketRecord(5)).toEqual({
      ok: false,
      error: 'not a ticket: expected a JSON object, got a number',
    });
    expect(ticketRecord(null)).toEqual({
      ok: false,
      error: 'not a ticket: expected a JSON object, got null',
    });
    expect(ticketRecord(['x'])).toEqual({
      ok: false,
      error: 'not a ticket: expected a JSON object, got an array',
    });
    expect(ticketRecord({ name: 'x' })).toMatchObject({ ok: false, error: expect.stringMatching(/no "id"/) });
    expect(ticketRecord({ id: 1, subject: 7 })).toEqual({
      ok: false,
      error: 'not a ticket: "subject" must be a string',
    });
    expect(ticketRecord({ id: 1, comments: 'hi' })).toMatchObject({ ok: false });
  });

  it('expands a one-line array, API page, search result page or single-ticket document into its tickets', () => {
    expect(ticketsOnOneLine([{ id: 1 }])).toEqual({ tickets: [{ id: 1 }] });
    expect(ticketsOnOneLine({ tickets: [{ id: 1 }], count: 1 })).toEqual({ tickets: [{ id: 1 }] });
    expect(ticketsOnOneLine({ results: [{ id: 1 }], count: 1 })).toEqual({ tickets: [{ id: 1 }] });
    expect(ticketsOnOneLine({ ticket: { id: 1 } })).toEqual({ tickets: [{ id: 1 }] });
    expect(ticketsOnOneLine({ id: 1, tickets: [] })).toBeNull();
  });

  it('refuses the documents of other endpoints by name', () => {
    expect(ticketsOnOneLine({ ticket_events: [], end_time: 1 })).toEqual({
      refused: expect.stringMatching(/^an incremental ticket events export/),
    });
    expect(ticketsOnOneLine({ comments: [{ id: 1 }], next_page: null, count: 1 })).toEqual({
      refused: expect.stringMatching(/^a list of comments/),
    });
    expect(ticketsOnOneLine({ users: [] })).toEqual({ refused: expect.stringMatching(/^a list of users/) });
    expect(ticketsOnOneLine({ error: "Couldn't authenticate you" })).toEqual({
      refused: expect.stringMatching(/^a Zendesk error response/),
    });
  });
});

describe('output', () => {
  it('rounds the confidence, names the evidence field and comment id', () => {
    const ticket = ticketFromZendesk(TICKETS[0]);
    expect(triageResult(ticket, fakeDetect(ticket))).toEqual({
      id: 101,
      case: 'api',
      confidence: 0.667,
      level: 'medium',
      evidence: [
        { text: 'API', field: 'comment', comment_id: 9001 },
        { text: 'BAA', field: 'subject' },
      ],
    });
  });

  it('gives a ticket without id the id null', () => {
    const ticket = ticketFromZendesk({ subject: 'x' });
    expect(triageResult(ticket, fakeDetect(ticket)).id).toBeNull();
  });

  it('summarises the counts of every case', () => {
    const counts = emptyCounts();
    counts.tickets = 3;
    counts.failed = 1;
    counts.cases.api = 2;
    counts.cases.other = 1;
    const summary = formatSummary(counts);
    expect(summary).toMatch(/^Summary: 3 tickets classified, 1 records failed\n/);
    for (const id of CASE_IDS) expect(summary).toMatch(new RegExp(`^  ${id} +${counts.cases[id]}$`, 'm'));
  });
});

describe('triageLines', () => {
  it('classifies every ticket with the detection it is given, in input order', async () => {
    const { out, err, counts } = await runPure(jsonl(TICKETS).split('\n'));
    expect(out.map((record) => [record.id, record.case])).toEqual([
      [101, 'api'],
      [102, 'enterprise'],
      ['abc-103', 'other'],
    ]);
    expect(err).toBe('');
    expect(counts).toMatchObject({ tickets: 3, failed: 0, cases: { api: 1, enterprise: 1, other: 1 } });
  });

  it('reports each bad line by number and goes on', async () => {
    const lines = [
      JSON.stringify(TICKETS[0]),
      '',
      '{"id": 1, "subject":',
      '42',
      '{"id": 2, "subject": ["x"]}',
      JSON.stringify(TICKETS[1]),
    ];
    const { out, err, counts } = await runPure(lines);
    expect(out).toEqual([
      expect.objectContaining({ id: 101 }),
      { line: 3, error: expect.stringMatching(/^bad JSON: /) },
      { line: 4, error: 'not a ticket: expected a JSON object, got a number' },
      { line: 5, error: 'not a ticket: "subject" must be a string' },
      expect.objectContaining({ id: 102 }),
    ]);
    expect(err).toMatch(/^triage: line 3: bad JSON/m);
    expect(err).toMatch(/^triage: line 4: not a ticket/m);
    expect(counts.failed).toBe(3);
    expect(counts.tickets).toBe(2);
  });

  it('reads a pretty-printed JSON document as a whole and numbers its items', async () => {
    const text = JSON.stringify({ tickets: [TICKETS[0], 'oops', TICKETS[2]] }, null, 2);
    const { out } = await runPure(text.split('\n'));
    expect(out).toEqual([
      expect.objectContaining({ id: 101, case: 'api' }),
      { item: 2, error: 'not a ticket: expected a JSON object, got a string' },
      expect.objectContaining({ id: 'abc-103' }),
    ]);
  });

  it('refuses a document that does not parse or holds no tickets', async () => {
    await expect(runPure(['[', '{"id": 1}'])).rejects.toThrow(TriageInputError);
    await expect(runPure(['{', '"count": 0', '}'])).rejects.toThrow(/holds no tickets/);
  });

  it('turns a detection failure on one ticket into an error line and goes on', async () => {
    const explode = (ticket: Ticket) => {
      if (ticket.id === 102) throw new Error('boom');
      return fakeDetect(ticket);
    };
    const { out, counts } = await runPure(jsonl(TICKETS).split('\n'), explode);
    expect(out[1]).toEqual({ line: 2, error: 'detection failed: boom' });
    expect(out).toHaveLength(3);
    expect(counts.failed).toBe(1);
  });

  it('waits for the writer before reading on (backpressure)', async () => {
    const order: string[] = [];
    async function* lines() {
      for (const ticket of TICKETS) {
        order.push(`read ${ticket.id}`);
        yield JSON.stringify(ticket);
      }
    }
    await triageLines(
      lines(),
      {
        line: async (text) => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          order.push(`wrote ${String((JSON.parse(text) as { id: unknown }).id)}`);
        },
        warn: () => undefined,
      },
      fakeDetect,
    );
    expect(order).toEqual([
      'read 101',
      'wrote 101',
      'read 102',
      'wrote 102',
      'read abc-103',
      'wrote abc-103',
    ]);
  });
});

describe('the triage command', { timeout: 120_000 }, () => {
  it('classifies a JSON Lines file, one line per ticket, exit 0', () => {
    const run = runCli([file('tickets.jsonl', jsonl(TICKETS))]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.records).toEqual(TICKETS.map(expectedLine));
  });

  it('reads standard input with -, CRLF line ends and a byte-order mark included', () => {
    const run = runCli(['-'], '\uFEFF' + jsonl(TICKETS).replace(/\n/g, '\r\n'));
    expect(run.status).toBe(0);
    expect(run.records).toEqual(TICKETS.map(expectedLine));
  });

  it('reads a JSON array file', () => {
    const run = runCli([file('tickets.json', JSON.stringify(TICKETS, null, 2))]);
    expect(run.status).toBe(0);
    expect(run.records).toEqual(TICKETS.map(expectedLine));
  });

  it('reads a {"tickets": [...]} file, pretty or on one line', () => {
    for (const space of [2, 0]) {
      const run = runCli([
        file(`page-${space}.json`, JSON.stringify({ tickets: TICKETS, count: 3 }, null, space)),
      ]);
      expect(run.status).toBe(0);
      expect(run.records).toEqual(TICKETS.map(expectedLine));
    }
  });

  it('reports malformed lines on stdout and stderr, classifies the rest, and exits 1', () => {
    const content = [
      JSON.stringify(TICKETS[0]),
      '{"id": 5, "subject": "unfinished',
      '',
      '12345',
      '{"id": 6, "description": {"html": "x"}}',
      '{"id": 7, "comments": [42]}',
      JSON.stringify(TICKETS[1]),
    ].join('\n');
    const run = runCli([file('broken.jsonl', content)]);
    expect(run.status).toBe(1);
    expect(run.records).toEqual([
      expectedLine(TICKETS[0]),
      { line: 2, error: expect.stringMatching(/^bad JSON: /) },
      { line: 4, error: 'not a ticket: expected a JSON object, got a number' },
      { line: 5, error: 'not a ticket: "description" must be a string' },
      { line: 6, error: 'not a ticket: comment 1 must be a JSON object' },
      expectedLine(TICKETS[1]),
    ]);
    for (const line of [2, 4, 5, 6]) expect(run.stderr).toContain(`triage: line ${line}: `);
    expect(run.stderr).not.toContain('triage: line 1:');
  });

  it('prints the counts per case on stderr with --summary, stdout staying JSON Lines', () => {
    const run = runCli(['--summary', file('summary.jsonl', jsonl([...TICKETS, 7]))]);
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(4);
    expect(run.stderr).toContain('Summary: 3 tickets classified, 1 records failed');
    const printed = run.records.filter((record) => 'case' in record);
    for (const id of CASE_IDS) {
      const count = printed.filter((record) => record.case === id).length;
      expect(run.stderr).toMatch(new RegExp(`^  ${id} +${count}$`, 'm'));
    }
  });

  it('says when the file does not exist or is a directory, and exits 2', () => {
    const missing = runCli([join(workDir, 'nope.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(`triage: ${join(workDir, 'nope.jsonl')}: no such file\n`);
    const directory = runCli([workDir]);
    expect(directory.status).toBe(2);
    expect(directory.stderr).toContain('is a directory');
  });

  it('exits 2 for a JSON document that does not parse', () => {
    const run = runCli(['-'], '[\n{"id": 1},\n');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^triage: the input is a JSON document but not valid JSON/);
  });

  it('prints help, and refuses a missing FILE or an unknown option with exit 2', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(
      /^Usage: npm run --silent triage -- \[--summary\] .* FILE\n.*--zendesk SUBDOMAIN_OR_URL/,
    );
    expect(runCli([]).status).toBe(2);
    const unknown = runCli(['--fast', 'x.jsonl']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --fast/);
  });

  it('refuses a gzip file and an empty file in one message each, with exit 2 and nothing on stdout', () => {
    const gzip = join(workDir, 'tickets.jsonl.gz');
    writeFileSync(gzip, gzipSync(Buffer.from(jsonl(TICKETS))));
    const zipped = runCli([gzip]);
    expect(zipped.status).toBe(2);
    expect(zipped.stdout).toBe('');
    expect(zipped.stderr).toBe(
      `triage: ${gzip} is not JSON: it looks like a gzip-compressed file; decompress it first (gunzip FILE)\n`,
    );
    const empty = runCli([file('empty.jsonl', '')]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toBe(
      `triage: ${join(workDir, 'empty.jsonl')} is empty: there are no tickets to classify\n`,
    );
  });

  it("reports a line over 32 MB as a per-line error and goes on; --report reads the agents' tags", () => {
    const huge = JSON.stringify({ id: 1, description: 'x'.repeat(33 * 1024 * 1024) });
    const tagged = [
      { ...TICKETS[0], tags: ['baa_api'], url: 'https://acme.zendesk.com/api/v2/tickets/101.json' },
      {
        ...TICKETS[1],
        tags: ['baa_api', 'baa_override'],
        url: 'https://acme.zendesk.com/api/v2/tickets/102.json',
      },
    ];
    const report = join(workDir, 'file-report.html');
    const run = runCli(['--report', report, file('huge.jsonl', `${huge}\n${jsonl(tagged)}`)]);
    expect(run.status).toBe(1);
    expect(run.records).toEqual([
      { line: 1, error: `line too long: ${huge.length} bytes, over the 32 MB a line may hold` },
      { ...expectedLine(tagged[0]), applied: 'api' },
      { ...expectedLine(tagged[1]), applied: 'api', override: true },
    ]);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('agreement (1 of 2)');
    expect(html).toContain('href="https://acme.zendesk.com/agent/tickets/102"');
  });

  it('classifies a 5 MB ticket', () => {
    const words = 'our clinic needs a business associate agreement for the API please ';
    const big = {
      id: 'big',
      subject: 'BAA',
      description: words.repeat(Math.ceil((5 * 1024 * 1024) / words.length)),
      comments: [{ id: 1, author_id: 2, body: '<p>' + 'hello '.repeat(100_000) + '</p>' }],
    };
    const content = jsonl([big, TICKETS[2]]);
    expect(content.length).toBeGreaterThan(5 * 1024 * 1024);
    const run = runCli([file('big.jsonl', content)]);
    expect(run.status).toBe(0);
    expect(run.records).toEqual([expectedLine(big), expectedLine(TICKETS[2])]);
  });

  it('classifies a file of 100,000 tickets, in order', () => {
    const count = 100_000;
    const cases = [
      'I need a BAA for the API',
      'BAA for ChatGPT Enterprise',
      'Our BAA request was declined',
      'Password reset',
    ];
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      lines.push(
        JSON.stringify({
          id: i,
          subject: cases[i % cases.length],
          description: `Ticket ${i}`,
          requester_id: 1,
        }),
      );
    }
    const run = runCli(['--summary', file('many.jsonl', lines.join('\n') + '\n')]);
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(count);
    const records = run.records;
    expect(records.every((record, i) => record.id === i)).toBe(true);
    for (const i of [0, 1, 2, 3, count - 1])
      expect(records[i]).toEqual(expectedLine(JSON.parse(lines[i] ?? '')));
    expect(run.stderr).toContain(`Summary: ${count} tickets classified, 0 records failed`);
  });
});
