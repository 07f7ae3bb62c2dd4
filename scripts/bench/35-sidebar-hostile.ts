/**
 * The sidebar with a huge message, in the local workspace and headless Chromium: a requester comment
 * holding a pasted log (300 KB, then 5 MB) arrives on ticket 108 (a BAA request that names no product) saying it is for
 * ChatGPT Enterprise. Prints how long the app takes to show its new suggestion (in all, and from the
 * moment the big message reached the app's frame: the rest is the workspace page rendering the comment
 * and the transfer) and the longest time its page stopped answering (the largest gap between 20 ms heartbeats in the app's frame), beside a 1 KB
 * comment for comparison. Builds first when dist/ is missing. Wall-clock on this machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/browser';
import { startWorkspace } from '../../workspace/server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTERPRISE = (
  JSON.parse(readFileSync(`${ROOT}translations/en.json`, 'utf8')) as { ui: { case: Record<string, string> } }
).ui.case.enterprise;

/** In every frame: the largest gap between heartbeats since the last reset, and when the heading changed. */
const WATCH = `(() => {
  addEventListener('message', (event) => {
    const size = typeof event.data === 'string' ? event.data.length : JSON.stringify(event.data ?? null).length;
    if (size > 100000) {
      window.__bigAt = performance.timeOrigin + performance.now();
      window.__firstBigAt = window.__firstBigAt ?? window.__bigAt;
      window.__bigMessages = (window.__bigMessages ?? 0) + 1;
    }
  }, true);
  new MutationObserver(() => {
    const heading = document.querySelector('#detected-case');
    if (heading && heading.textContent !== window.__heading) {
      window.__heading = heading.textContent;
      window.__headingAt = performance.timeOrigin + performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  let last = performance.now();
  window.__maxGap = 0;
  window.__gaps = [];
  setInterval(() => {
    const now = performance.now();
    window.__maxGap = Math.max(window.__maxGap, now - last);
    if (now - last > 50) window.__gaps.push({ end: performance.timeOrigin + now, gap: now - last });
    last = now;
  }, 20);
})();`;

const LOG_LINE =
  '2026-12-01T10:00:00.123Z INFO worker-3 job 48213 finished in 35 ms, queue depth 12, retries 0\n';

function comment(bytes: number): string {
  const log = LOG_LINE.repeat(Math.max(1, Math.round(bytes / LOG_LINE.length)));
  return `<p>It is for ChatGPT Enterprise. Our log is below.</p><pre>${log}</pre>`;
}

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-testid="app-frame"]', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no app frame');
  await frame.waitForSelector('#detected-case');
  return frame;
}

interface Result {
  /** From the workspace adding the comment to the new suggestion on screen. */
  shown: number;
  /** From the big message reaching the app's frame to the new suggestion (the app's own work). */
  inApp: number | undefined;
  /** Longest gap between the app frame's heartbeats, and the longest once the big message was in. */
  gap: number;
  ownGap: number;
  /** Messages over 100 KB the app frame received. */
  bigMessages: number;
}

/** Adds the comment and measures the app's answer. */
async function measure(page: Page, frame: Frame, bytes: number): Promise<Result> {
  await frame.evaluate(() => {
    const win = window as unknown as { __maxGap: number; __gaps: unknown[] };
    win.__maxGap = 0;
    win.__gaps = [];
  });
  const html = comment(bytes);
  const start = Date.now();
  await page.evaluate((body) => window.__workspace.addRequesterComment(body), html);
  await frame.waitForFunction(
    (label) => document.querySelector('#detected-case')?.textContent === label,
    ENTERPRISE,
    { polling: 'raf', timeout: 60_000 },
  );
  const shown = Date.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const seen = await frame.evaluate(() => {
    const win = window as unknown as {
      __maxGap: number;
      __gaps: { end: number; gap: number }[];
      __firstBigAt?: number;
      __bigMessages?: number;
      __headingAt: number;
    };
    const from = win.__firstBigAt ?? Infinity;
    // Gaps that end once the big message is in the app: the app's own work, not the host page's.
    const own = win.__gaps.filter((gap) => gap.end >= from).map((gap) => gap.gap);
    return {
      gap: win.__maxGap,
      ownGap: Math.max(0, ...own),
      firstBigAt: win.__firstBigAt,
      bigMessages: win.__bigMessages ?? 0,
      headingAt: win.__headingAt,
    };
  });
  const inApp = seen.firstBigAt === undefined ? undefined : seen.headingAt - seen.firstBigAt;
  return { shown, inApp, gap: seen.gap, ownGap: seen.ownGap, bigMessages: seen.bigMessages };
}

export default async function sidebarHostileBench(): Promise<void> {
  if (!existsSync(`${ROOT}dist/assets/iframe.html`)) {
    console.log('dist/ is missing: building first.');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const workspace = await startWorkspace({ port: 0 });
  const browser = await launchBrowser();
  try {
    for (const bytes of [1_000, 300_000, 5_000_000]) {
      const context = await browser.newContext();
      await context.addInitScript({ content: WATCH });
      const page = await context.newPage();
      await page.goto(`${workspace.url}?ticket=108`);
      const frame = await appFrame(page);
      const { shown, inApp, gap, ownGap, bigMessages } = await measure(page, frame, bytes);
      const own =
        inApp === undefined
          ? ''
          : ` (${inApp.toFixed(0)} ms after it reached the app in ${bigMessages} message(s); ` +
            `longest stall from then ${ownGap.toFixed(0)} ms)`;
      console.log(
        `requester comment of ${(bytes / 1000).toLocaleString('en-US')} KB: suggestion shown ${shown} ms after ` +
          `the workspace added it, app page unresponsive at most ${gap.toFixed(0)} ms${own}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await workspace.close();
  }
}
