/**
 * The sidebar's start-up in the local workspace, with the real SDK in headless Chromium (the app's frame in
 * its own process, as desktop Chrome runs a cross-site frame), against a bare page that only loads the SDK
 * and shows that the handshake was answered (the probe app). Both are measured in the same run, one start
 * of each in turn, so that both see the same machine load:
 * - cold: every start in a new browser profile, nothing cached: an agent's first ticket after an update;
 * - warm: the same start in one profile kept open, the app's files and the SDK cacheable as a CDN serves
 *   them: an agent's next tickets. The first starts are not counted, as the browser only keeps compiled
 *   code from the second load; traced, though, Chromium 147 kept it for the SDK's classic script only
 *   (in a persistent profile), never for the app's module chunks, which it compiles again every start.
 * For each: the medians from the iframe's creation to the suggestion on screen (the detected case), their
 * ratio, the middle half of the ratios of each pair of starts (how stable it is), when the app reached
 * each step, and when the whole sidebar (the buttons) showed. Also the ZAF calls sent before the
 * suggestion (goal: one batched get), and the machine's load: times are wall-clock, so on a busy machine
 * compare ratios, not absolutes. Builds first when dist/ is missing. BENCH_RUNS sets the runs (15).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { t } from '../../src/i18n/t';
import { launchBrowser } from '../../test/e2e/browser';
import { findChromium } from '../../test/e2e/chromium';
import { startWorkspace, type Workspace } from '../../workspace/server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Warm starts not counted: the first load compiles, the second stores the compiled code, the third uses it. */
const WARM_UP = 3;
const TICKET = 101;
const POLL_MS = 20;

/** What each page shows when it is ready: the app's suggestion and whole sidebar; the probe's handshake. */
const MARKS = {
  app: { shown: '#detected-case', whole: `[role="group"][aria-label="${t('actions')}"]` },
  bare: { shown: 'body[data-registered]' },
} as const;
type Kind = keyof typeof MARKS;

interface Start {
  /** From the iframe's creation to the first frame painted with each mark, in ms. */
  shown: number;
  whole?: number;
  /** When the app sent its handshake and when the answer to its first `get` arrived. */
  handshake?: number;
  ticketRead?: number;
  /** What the app sent (ZAF messages) up to the moment its suggestion showed. */
  sent: unknown[];
}

/**
 * In every frame, the first animation frame at which each mark's selector matches: "on screen". A string,
 * not a function: tsx would wrap named inner functions in a helper that does not exist in the page.
 */
function marksScript(marks: Readonly<Record<string, string>>): string {
  return `(() => {
    const marks = ${JSON.stringify(marks)};
    window.__marks = {};
    const observer = new MutationObserver(() => {
      for (const [name, selector] of Object.entries(marks)) {
        if (name in window.__marks || !document.querySelector(selector)) continue;
        window.__marks[name] = null;
        requestAnimationFrame(() => { window.__marks[name] = performance.timeOrigin + performance.now(); });
      }
      if (Object.values(window.__marks).length === Object.keys(marks).length) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

async function newContext(browser: Browser, kind: Kind): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript({ content: marksScript(MARKS[kind]) });
  return context;
}

/**
 * The marks of the app's frame once all are set, read through the DevTools protocol: Playwright's own
 * frame calls would first inject its scripts into the frame (tens of ms on the app's thread while it
 * starts), which the app pays and the bare page, often done by then, does not.
 */
async function marksOf(page: Page, frame: Frame, names: readonly string[]): Promise<Record<string, number>> {
  const session = await page.context().newCDPSession(frame);
  try {
    for (let waited = 0; waited < 60_000; waited += POLL_MS) {
      const { result } = await session.send('Runtime.evaluate', {
        expression: 'JSON.stringify(window.__marks ?? {})',
        returnByValue: true,
      });
      const marks = JSON.parse(String(result.value ?? '{}')) as Record<string, number | null>;
      if (names.every((name) => typeof marks[name] === 'number')) return marks as Record<string, number>;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    throw new Error(`the app frame never showed ${names.join(', ')}`);
  } finally {
    await session.detach();
  }
}

/** Reads one start of the app's iframe in `page`, once every mark of `kind` is on screen. */
async function readStart(page: Page, kind: Kind): Promise<Start> {
  // The host page sets up `__workspace` once its own script has run.
  await page.waitForFunction(() => window.__workspace?.loads === 1);
  const handle = await page.waitForSelector('iframe[data-testid="app-frame"]', { state: 'attached' });
  const frame: Frame | null = await handle.contentFrame();
  if (!frame) throw new Error('no app frame');
  const marks = await marksOf(page, frame, Object.keys(MARKS[kind]));
  // Plain data out of the page, worked on here: tsx would wrap named functions the page does not have.
  const { started, log } = await page.evaluate(() => ({
    started: window.__workspace.appStartedAt,
    log: window.__zafLog,
  }));
  const shownAt = marks.shown ?? Number.NaN;
  const since = (time: number | undefined) => (time === undefined ? undefined : time - started);
  const payload = (entry: (typeof log)[number] | undefined) =>
    (entry?.payload ?? {}) as { key?: string; request?: string; id?: number };
  const sent = log.filter((entry) => entry.direction === 'in');
  const handshake = sent.find((entry) => payload(entry).key === 'iframe.handshake');
  const getId = payload(sent.find((entry) => payload(entry).request === 'get')).id;
  const answer = log.find(
    (entry) => entry.direction === 'out' && getId !== undefined && payload(entry).id === getId,
  );
  return {
    shown: shownAt - started,
    whole: since(marks.whole),
    handshake: since(handshake?.time),
    ticketRead: since(answer?.time),
    sent: sent.filter((entry) => entry.time <= shownAt).map((entry) => entry.payload),
  };
}

/** Opens the workspace on the ticket in a new page of `context` and reads the app's start. */
async function start(context: BrowserContext, workspace: Workspace, kind: Kind): Promise<Start> {
  const page = await context.newPage();
  try {
    await page.goto(`${workspace.url}?ticket=${TICKET}`);
    return await readStart(page, kind);
  } finally {
    await page.close();
  }
}

/** One start in a new browser profile: nothing cached. */
async function coldStart(browser: Browser, workspace: Workspace, kind: Kind): Promise<Start> {
  const context = await newContext(browser, kind);
  try {
    return await start(context, workspace, kind);
  } finally {
    await context.close();
  }
}

const median = (values: readonly number[]): number => quantile(values, 0.5);

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? Number.NaN;
  const high = sorted[Math.ceil(at)] ?? Number.NaN;
  return low + (high - low) * (at - Math.floor(at));
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

/** "get (15 paths, batched)", "invoke resize", "request /api/v2/users/me.json", ... */
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

function printCalls(starts: readonly Start[]): void {
  // The resize races the first paint, so the list may differ between starts: show each variant.
  const variants = new Map<string, number>();
  for (const start of starts) {
    const key = describeMessages(start.sent).calls.join('; ');
    variants.set(key, (variants.get(key) ?? 0) + 1);
  }
  console.log(`ZAF calls the app sends before its suggestion shows (ticket ${TICKET}, cold):`);
  for (const [calls, count] of variants) {
    console.log(`  ${count}x: ${calls.split('; ').length} call(s): ${calls}`);
  }
  const other = describeMessages(starts[0]?.sent ?? []).other;
  console.log(`  plus SDK housekeeping: ${other.join(', ') || 'none'}`);
}

function printComparison(title: string, app: readonly Start[], bare: readonly Start[]): void {
  const times = (starts: readonly Start[], pick: (start: Start) => number | undefined) =>
    starts.map(pick).filter((value): value is number => value !== undefined);
  const range = (values: readonly number[]) =>
    `min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}`;
  const appShown = times(app, (start) => start.shown);
  const bareShown = times(bare, (start) => start.shown);
  const pairs = appShown.map((value, index) => value / (bareShown[index] ?? Number.NaN));
  console.log(`${title}, median of ${appShown.length}:`);
  console.log(`  bare page (SDK + handshake):  ${ms(median(bareShown)).padStart(7)}  (${range(bareShown)})`);
  console.log(`  app, suggestion on screen:    ${ms(median(appShown)).padStart(7)}  (${range(appShown)})`);
  console.log(
    `  app, whole sidebar (buttons): ${ms(median(times(app, (start) => start.whole))).padStart(7)}`,
  );
  console.log(
    `  app steps: SDK handshake ${ms(median(times(app, (start) => start.handshake)))}, ` +
      `ticket read ${ms(median(times(app, (start) => start.ticketRead)))}, ` +
      `suggestion ${ms(median(appShown))}`,
  );
  console.log(
    `  ratio app / bare: ${(median(appShown) / median(bareShown)).toFixed(2)}x ` +
      `(start by start: middle half ${quantile(pairs, 0.25).toFixed(2)}x-${quantile(pairs, 0.75).toFixed(2)}x)`,
  );
}

const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

export default async function startupBench(): Promise<void> {
  if (!existsSync(`${ROOT}dist/assets/iframe.html`)) {
    console.log('dist/ is missing: building first.');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  console.log(`Machine: ${cpus().length} CPUs; load average (1 / 5 / 15 min) before: ${load()}`);
  const bareDir = 'test/e2e/fixtures/probe-app';
  const workspaces = await Promise.all([
    startWorkspace({ port: 0 }),
    startWorkspace({ port: 0, appDir: bareDir }),
    startWorkspace({ port: 0, cacheAppFiles: true }),
    startWorkspace({ port: 0, appDir: bareDir, cacheAppFiles: true }),
  ]);
  const [app, bare, cachedApp, cachedBare] = workspaces;
  if (!app || !bare || !cachedApp || !cachedBare) throw new Error('workspaces did not start');
  // As desktop Chrome runs Zendesk: the app's frame (another site) in its own renderer process, not on
  // the host page's thread, which is what headless Chromium does with localhost and 127.0.0.1 otherwise.
  const browser = await launchBrowser(findChromium(process.env, process.platform, existsSync), [
    '--site-per-process',
  ]);
  try {
    const cold = { app: [] as Start[], bare: [] as Start[] };
    // One warm-up each (the workspace's own files, the browser's processes), not counted.
    await coldStart(browser, app, 'app');
    await coldStart(browser, bare, 'bare');
    for (let run = 0; run < RUNS; run += 1) {
      cold.app.push(await coldStart(browser, app, 'app'));
      cold.bare.push(await coldStart(browser, bare, 'bare'));
    }
    const warm = { app: [] as Start[], bare: [] as Start[] };
    // One profile each, kept: its HTTP cache and the compiled code V8 keeps with it.
    const profiles = { app: await newContext(browser, 'app'), bare: await newContext(browser, 'bare') };
    try {
      for (let run = 0; run < WARM_UP + RUNS; run += 1) {
        const appStart = await start(profiles.app, cachedApp, 'app');
        const bareStart = await start(profiles.bare, cachedBare, 'bare');
        if (run < WARM_UP) continue;
        warm.app.push(appStart);
        warm.bare.push(bareStart);
      }
    } finally {
      await Promise.all([profiles.app.close(), profiles.bare.close()]);
    }
    printCalls(cold.app);
    printComparison('Cold (a new browser profile each start, nothing cached)', cold.app, cold.bare);
    printComparison(
      `Warm (one profile kept, files and compiled code cached; ${WARM_UP} starts not counted)`,
      warm.app,
      warm.bare,
    );
    console.log(`Load average (1 / 5 / 15 min) after: ${load()}`);
  } finally {
    await browser.close();
    await Promise.all(workspaces.map((workspace) => workspace.close()));
  }
}
