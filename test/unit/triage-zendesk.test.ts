/**
 * `triage --zendesk` against a local stand-in for the Support API (test/support/zendeskStandIn.ts),
 * started here: bulk reads with pagination, a 429 and a 503 on the way, a 401, an interrupted run
 * resumed, a search query, and the same results as the file mode on the same tickets.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { asJsonLines, corpusAccount } from '../support/standInAccount';
import { startStandIn, type StandIn, type StandInOptions } from '../support/zendeskStandIn';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'triage-zendesk-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const EMAIL = 'admin@example.com';
const TOKEN = 'stand-in-token';

let standIn: StandIn | null = null;
afterEach(async () => {
  await standIn?.close();
  standIn = null;
});

async function account(count: number, options: Partial<StandInOptions> = {}) {
  // The tickets' API urls need the stand-in's address, known once it listens: start, build, restart.
  const probe = await startStandIn({ email: EMAIL, token: TOKEN, tickets: [] });
  await probe.close();
  const tickets = corpusAccount(count, probe.url);
  const port = Number(new URL(probe.url).port);
  standIn = await startStandIn({ email: EMAIL, token: TOKEN, tickets, port, ...options });
  return { standIn, tickets };
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  records: Record<string, unknown>[];
}

/** Runs the command without blocking this process, which serves the stand-in. */
function runCli(args: string[], env: Record<string, string> = {}, onStart?: (kill: () => void) => void) {
  return new Promise<Run>((resolve) => {
    // One process (not tsx's wrapper and its child), so that the test can stop it mid-run.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/triage.ts', ...args], {
      cwd: root,
      env: { ...process.env, ZENDESK_EMAIL: EMAIL, ZENDESK_API_TOKEN: TOKEN, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    onStart?.(() => child.kill('SIGKILL'));
    child.on('close', (status) =>
      resolve({
        status,
        stdout,
        stderr,
        records: stdout
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as Record<string, unknown>),
      }),
    );
  });
}

const byId = (records: Record<string, unknown>[]) => [...records].sort((a, b) => Number(a.id) - Number(b.id));

describe('triage --zendesk', { timeout: 120_000 }, () => {
  it('classifies a 250-ticket account in at most 40 requests, waits as Retry-After says, matches the file mode, and writes the report', async () => {
    const { standIn, tickets } = await account(250, { rateLimited: [3], retryAfter: 1, unavailable: [6] });
    const state = join(workDir, 'state-250');
    const report = join(workDir, 'report.html');
    const run = await runCli(['--zendesk', standIn.url, '--state', state, '--report', report]);
    expect(run.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
    expect(run.status).toBe(0);

    // Every ticket once, with its thread read in bulk: no request per ticket.
    const ids = run.records.map((record) => record.id);
    expect(new Set(ids).size).toBe(250);
    expect([...ids].sort()).toEqual(tickets.map((t) => t.ticket.id).sort());
    expect(standIn.requests.length).toBeLessThanOrEqual(40);
    expect(standIn.requests.every((r) => !/\/api\/v2\/tickets\//.test(r.path))).toBe(true);
    const paths = standIn.requests.map((r) => r.path);
    expect(paths.filter((p) => p.startsWith('/api/v2/incremental/tickets/cursor')).length).toBeGreaterThan(1);
    expect(paths.filter((p) => p.includes('include=comment_events')).length).toBeGreaterThan(1);

    // The 429 is retried no sooner than Retry-After (1 s) says; the 503 is retried too.
    const limited = standIn.requests.findIndex((r) => r.status === 429);
    const [at429, retry] = [standIn.requests[limited], standIn.requests[limited + 1]];
    expect(retry?.path).toBe(at429?.path);
    expect((retry?.at ?? 0) - (at429?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(run.stderr).toContain('rate limited by Zendesk (429): waiting 1 s');
    expect(standIn.requests.some((r) => r.status === 503)).toBe(true);
    expect(run.stderr).toMatch(/tickets: 250 of ~250 read/);

    // The same tickets as a file give the same lines.
    const file = join(workDir, 'account.jsonl');
    writeFileSync(file, asJsonLines(tickets));
    const fileRun = await runCli([file]);
    expect(fileRun.status).toBe(0);
    expect(byId(run.records)).toEqual(byId(fileRun.records));
    expect(run.records.filter((r) => r.applied !== undefined).length).toBeGreaterThan(150);
    expect(run.records.filter((r) => r.override === true).length).toBeGreaterThan(5);

    // The report: counts, links into the agent interface, the overrides; nothing from the network.
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<span class="big">250</span>tickets classified');
    const overridden = run.records.find((r) => r.override === true);
    expect(html).toContain(`href="${standIn.url}/agent/tickets/${String(overridden?.id)}"`);
    expect(html).toMatch(/<h2>Overrides \(\d+\)<\/h2>/);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(existsSync(state)).toBe(false);
  });

  it('says once that the credentials were refused, exits 2 and prints nothing on stdout', async () => {
    const { standIn } = await account(3);
    const run = await runCli(['--zendesk', standIn.url, '--state', join(workDir, 'state-401')], {
      ZENDESK_API_TOKEN: 'wrong',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^triage: Zendesk refused the credentials \(401 Couldn't authenticate you\): check ZENDESK_EMAIL/,
      ),
    ]);
    expect(standIn.requests).toHaveLength(1);
  });

  it('exits 2 with one message when the credentials are missing or the address answers nothing', async () => {
    const missing = await runCli(['--zendesk', 'acme', '--state', join(workDir, 'state-none')], {
      ZENDESK_API_TOKEN: '',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^triage: set ZENDESK_API_TOKEN: /);
    const { standIn } = await account(1);
    await standIn.close(); // its port is now closed
    const closed = await runCli(['--zendesk', standIn.url, '--state', join(workDir, 'state-closed')]);
    expect(closed.status).toBe(2);
    expect(closed.stdout).toBe('');
    expect(closed.stderr).toBe(
      `triage: cannot reach ${standIn.url} (ECONNREFUSED): check the subdomain or URL given to --zendesk\n`,
    );
  });

  it('resumes an interrupted run from its state file, without reading the tickets again', async () => {
    // Request 1 counts, 2-4 read the tickets (100 a page), 5 (the first events page) never answers.
    const { standIn } = await account(250, { hangOn: 5 });
    const state = join(workDir, 'state-resume');
    const first = await runCli(['--zendesk', standIn.url, '--state', state], {}, (kill) => {
      void standIn.arrived(5).then(kill);
    });
    expect(first.status).not.toBe(0);
    expect(existsSync(join(state, 'state.json'))).toBe(true);
    const before = standIn.requests.length;

    const second = await runCli(['--zendesk', standIn.url, '--state', state]);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain(`resuming the interrupted run saved in ${state}`);
    const resumed = standIn.requests.slice(before).map((r) => r.path);
    expect(resumed[0]).toMatch(/^\/api\/v2\/incremental\/ticket_events/);
    expect(resumed.some((p) => p.includes('/incremental/tickets/'))).toBe(false);
    expect(new Set(second.records.map((r) => r.id)).size).toBe(250);
  });

  it('reads the tickets a --query finds through the search export, with their comments', async () => {
    const { standIn, tickets } = await account(60);
    const run = await runCli([
      '--zendesk',
      standIn.url,
      '--query',
      'tags:baa_api',
      '--state',
      join(workDir, 'state-query'),
    ]);
    expect(run.status).toBe(0);
    const wanted = tickets.filter((t) => t.ticket.tags.includes('baa_api'));
    expect(wanted.length).toBeGreaterThan(5);
    expect(run.records.map((r) => r.id).sort()).toEqual(wanted.map((t) => t.ticket.id).sort());
    expect(
      standIn.requests.some((r) =>
        /^\/api\/v2\/search\/export\?.*filter\[type\]=ticket/.test(decodeURIComponent(r.path)),
      ),
    ).toBe(true);

    const file = join(workDir, 'query.jsonl');
    writeFileSync(file, asJsonLines(wanted));
    const fileRun = await runCli([file]);
    expect(byId(run.records)).toEqual(byId(fileRun.records));
  });
});
