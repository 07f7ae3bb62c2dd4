/**
 * `npx tsx scripts/docs/triage-report-screenshot.ts`: renews docs/triage-report.png, the README's picture
 * of a triage report. Runs `triage --zendesk` against the test suite's stand-in account (250 tickets of
 * the labelled corpus, with agents' tags), then photographs the report in headless Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium) with every network request refused.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from '../../test/e2e/browser';
import { corpusAccount } from '../../test/support/standInAccount';
import { startStandIn } from '../../test/support/zendeskStandIn';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'triage-report-'));
const email = 'admin@example.com';
const token = 'stand-in';

// The account's tickets name the stand-in's address in their API urls: start once to learn a free port.
const probe = await startStandIn({ email, token, tickets: [] });
const url = probe.url;
await probe.close();
const port = Number(new URL(url).port);
const standIn = await startStandIn({ email, token, tickets: corpusAccount(250, url), port });
const report = join(work, 'report.html');
// Asynchronous: this process serves the stand-in meanwhile.
const child = spawn(
  process.execPath,
  ['--import', 'tsx', 'scripts/triage.ts', '--zendesk', standIn.url, '--state', join(work, 'state'), '--report', report],
  { cwd: root, env: { ...process.env, ZENDESK_EMAIL: email, ZENDESK_API_TOKEN: token }, stdio: ['ignore', 'ignore', 'inherit'] },
);
const [status] = (await once(child, 'close')) as [number | null];
await standIn.close();
if (status !== 0) throw new Error(`triage failed (exit ${status})`);

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort(),
  );
  await page.goto(pathToFileURL(report).href);
  await page.screenshot({ path: join(root, 'docs/triage-report.png'), fullPage: false });
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
console.log('docs/triage-report.png written');
