/**
 * The sidebar's start-up in the local workspace, with the real SDK in headless Chromium:
 * - the ZAF messages the app sends before its suggestion shows (goal: one batched get and a resize);
 * - the time from the iframe's creation to the suggestion on screen, median of RUNS runs, and its ratio to
 *   a bare page that only loads the SDK and shows that the handshake was answered (the probe app).
 * Builds first when dist/ is missing. Times are wall-clock on this machine: compare ratios, not absolutes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/browser';
import { startWorkspace } from '../../workspace/server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** The sidebar's suggestion: the detected case's heading. */
const APP_SHOWN = '#detected-case';
/** The probe app marks its body once the host answered the handshake. */
const BARE_SHOWN = 'body[data-registered]';
const TICKET = '101';

interface Run {
  ms: number;
  /** What the app sent (direction in) up to the moment its suggestion showed. */
  sent: unknown[];
}

/** Opens the workspace once and measures one start of the app's iframe. */
async function measure(browser: Browser, url: string, selector: string): Promise<Run> {
  const context = await browser.newContext();
  // In every frame, note the first animation frame at which the selector matches: "on screen". A string,
  // not a function: tsx would wrap named inner functions in a helper that does not exist in the page.
  await context.addInitScript({ content: shownAtScript(selector) });
  const page = await context.newPage();
  await page.goto(`${url}?ticket=${TICKET}`);
  const handle = await page.waitForSelector('iframe[data-testid="app-frame"]', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no app frame');
  await frame.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined);
  const shownAt = await frame.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  const result = await page.evaluate((shown) => {
    const sent = window.__zafLog.filter((entry) => entry.direction === 'in' && entry.time <= shown);
    return { ms: shown - window.__workspace.appStartedAt, sent: sent.map((entry) => entry.payload) };
  }, shownAt);
  await context.close();
  return result;
}

function shownAtScript(selector: string): string {
  return `(() => {
    const observer = new MutationObserver(() => {
      if (window.__shownAt !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.__shownAt = performance.timeOrigin + performance.now(); });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

/** "get ×1 (14 paths)", "invoke resize ×1", "on ticket.updated", ... */
function describeMessages(sent: unknown[]): { calls: string[]; other: string[] } {
  const calls: string[] = [];
  const other: string[] = [];
  for (const raw of sent) {
    const message = raw as { request?: string; params?: unknown; key?: string };
    if (message.request === 'get') calls.push(`get (${(message.params as unknown[]).length} paths, batched)`);
    else if (message.request)
      calls.push(`${message.request} ${Object.keys(message.params as object).join('+')}`);
    else if (message.key?.startsWith('request:'))
      calls.push(`request ${(message as { message?: { url?: string } }).message?.url}`);
    else if (message.key) other.push(message.key);
  }
  return { calls, other };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

export default async function startupBench(): Promise<void> {
  if (!existsSync(`${ROOT}dist/assets/iframe.html`)) {
    console.log('dist/ is missing: building first.');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const app = await startWorkspace({ port: 0 });
  const bare = await startWorkspace({ port: 0, appDir: 'test/e2e/fixtures/probe-app' });
  const browser = await launchBrowser();
  try {
    // One warm-up each (bundles, browser caches), then alternate so both see the same machine load.
    await measure(browser, app.url, APP_SHOWN);
    await measure(browser, bare.url, BARE_SHOWN);
    const appRuns: Run[] = [];
    const bareRuns: Run[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      appRuns.push(await measure(browser, app.url, APP_SHOWN));
      bareRuns.push(await measure(browser, bare.url, BARE_SHOWN));
    }
    // The resize races the first paint, so the list may differ between runs: show each variant.
    const variants = new Map<string, number>();
    for (const run of appRuns) {
      const key = describeMessages(run.sent).calls.join('; ');
      variants.set(key, (variants.get(key) ?? 0) + 1);
    }
    console.log(`ZAF calls the app sends before its suggestion shows (ticket ${TICKET}, ${RUNS} runs):`);
    for (const [calls, count] of variants) {
      console.log(`  ${count}x: ${calls.split('; ').length} call(s): ${calls}`);
    }
    const other = describeMessages(appRuns[0]?.sent ?? []).other;
    console.log(`  plus SDK housekeeping: ${other.join(', ') || 'none'}`);
    const appMedian = median(appRuns.map((run) => run.ms));
    const bareMedian = median(bareRuns.map((run) => run.ms));
    const range = (runs: Run[]) =>
      `min ${Math.min(...runs.map((r) => r.ms)).toFixed(0)}, max ${Math.max(...runs.map((r) => r.ms)).toFixed(0)}`;
    console.log(
      `iframe start -> suggestion on screen, median of ${RUNS}: ${appMedian.toFixed(0)} ms (${range(appRuns)})`,
    );
    console.log(
      `bare page (SDK + handshake only), median of ${RUNS}: ${bareMedian.toFixed(0)} ms (${range(bareRuns)})`,
    );
    console.log(`ratio app / bare: ${(appMedian / bareMedian).toFixed(2)}x`);
  } finally {
    await browser.close();
    await Promise.all([app.close(), bare.close()]);
  }
}
