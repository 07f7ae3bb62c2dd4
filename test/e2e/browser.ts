/**
 * Browser helpers for the end-to-end tests: headless Chromium through playwright-core, a workspace page
 * whose every request outside the workspace's own origins is aborted and recorded, and access to the app's
 * iframe.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface WorkspacePage {
  page: Page;
  /** Every request the page or its frames tried outside the workspace; all were aborted. */
  outside: string[];
  /** Alert, confirm and prompt dialogs opened by any frame (hostile markup would open some). */
  dialogs: string[];
  /** Errors thrown in any frame. */
  errors: string[];
  appFrame(): Promise<Frame>;
}

/** The workspace serves the host on localhost:PORT and the app on 127.0.0.1:PORT; nothing else is allowed. */
export function isWorkspaceUrl(url: string, port: number): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'about:' || parsed.protocol === 'blob:') return true;
  return ['localhost', '127.0.0.1'].includes(parsed.hostname) && Number(parsed.port) === port;
}

export async function openWorkspace(browser: Browser, baseUrl: string, query: Record<string, string> = {}) {
  const port = Number(new URL(baseUrl).port);
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const page = await context.newPage();
  const result: WorkspacePage = {
    page,
    outside: [],
    dialogs: [],
    errors: [],
    appFrame: () => appFrame(page),
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isWorkspaceUrl(url, port)) return route.continue();
    result.outside.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('dialog', (dialog) => {
    result.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => result.errors.push(error.message));
  await page.goto(`${baseUrl}?${new URLSearchParams(query).toString()}`);
  return result;
}

/** The app's iframe as it is now (it is replaced when the ticket or the options change). */
export async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-testid="app-frame"]', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The app iframe has no frame');
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}
