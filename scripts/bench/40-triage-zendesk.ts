/**
 * `triage --zendesk` against the test suite's stand-in Support API with Zendesk's own page sizes (1,000
 * tickets or events a request): requests per ticket, and the time the command takes when the API answers
 * at once (the real API allows 10 export requests a minute, which then sets the pace).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusAccount } from '../../test/support/standInAccount';
import { startStandIn } from '../../test/support/zendeskStandIn';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function bench(): Promise<void> {
  for (const count of [250, 5000]) {
    const work = mkdtempSync(join(tmpdir(), 'bench-triage-'));
    const tickets = corpusAccount(count, 'http://127.0.0.1');
    const comments = tickets.reduce((sum, t) => sum + t.comments.length, 0);
    const standIn = await startStandIn({ email: 'a@b.c', token: 't', tickets, pageSize: 1000 });
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/triage.ts', '--zendesk', standIn.url, '--state', join(work, 'state')],
      { cwd: root, env: { ...process.env, ZENDESK_EMAIL: 'a@b.c', ZENDESK_API_TOKEN: 't' }, stdio: 'ignore' },
    );
    const [status] = (await once(child, 'close')) as [number | null];
    const seconds = (performance.now() - started) / 1000;
    await standIn.close();
    rmSync(work, { recursive: true, force: true });
    const requests = standIn.requests.length;
    console.log(
      `${count} tickets, ${comments} comments: exit ${status}, ${requests} requests ` +
        `(${((requests * 100_000) / count).toFixed(0)} per 100,000 tickets at this thread length), ${seconds.toFixed(1)} s ` +
        `with an instant API; at 10 export requests a minute: ~${Math.ceil(requests / 10)} min`,
    );
  }
}
