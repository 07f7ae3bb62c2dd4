/**
 * Browser helpers for the end-to-end tests: headless Chromium through playwright-core, a workspace page
 * whose every request outside the workspace's own origins is aborted and recorded, and access to the app's
 * iframe.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { t } from '../../src/i18n/t';

import { launchBrowser } from './chromium';

export { launchBrowser };

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

export async function openWorkspace(
  browser: Browser,
  baseUrl: string,
  query: Record<string, string> = {},
  viewport = { width: 1500, height: 1000 },
) {
  const port = Number(new URL(baseUrl).port);
  const context = await browser.newContext({ viewport });
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

/**
 * One Chromium for a test file, and the workspace pages its tests open. After each test, `check` looks
 * at every page the test opened (what was sent outside the workspace, errors, dialogs), then the pages
 * are closed; the browser closes after the file.
 */
export function browserSession(check: (workspace: WorkspacePage) => void | Promise<void> = () => {}) {
  let browser: Browser | undefined;
  const opened: WorkspacePage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const pages = opened.splice(0);
    for (const workspace of pages) await check(workspace);
    await Promise.all(pages.map((workspace) => workspace.page.context().close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** Opens the workspace page in the session's browser; it is checked and closed after the test. */
    async open(...args: Parameters<typeof openWorkspace> extends [Browser, ...infer Rest] ? Rest : never) {
      if (!browser) throw new Error('The browser has not started');
      const workspace = await openWorkspace(browser, ...args);
      opened.push(workspace);
      return workspace;
    },
  };
}

/** The app's iframe as it is now (it is replaced when the ticket or the options change). */
export async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-testid="app-frame"]', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The app iframe has no frame');
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

/**
 * Waits until the sidebar is whole: the suggestion shows first, then the reply part (the "Case" picker,
 * the buttons and the preview), a chunk the app loads once the suggestion is on screen.
 */
export async function waitForSidebar(frame: Frame): Promise<void> {
  await frame.locator('#detected-case').waitFor();
  await frame.getByRole('group', { name: t('actions') }).waitFor();
}

/**
 * Clicks a button in the sidebar and waits for the outcome it announces. On a timeout the error says what
 * the sidebar showed instead, since a CI log is all there is to go on.
 */
export async function clickAndWait(frame: Frame, button: string, outcome: string): Promise<void> {
  await frame.getByRole('button', { name: button }).click();
  try {
    await frame.getByRole('status').getByText(outcome).first().waitFor();
  } catch (error) {
    const shown = await frame
      .locator('body')
      .innerText({ timeout: 2000 })
      .catch(() => '(the app frame is gone)');
    throw new Error(`No "${outcome}" after clicking "${button}". The sidebar shows:\n${shown}`, {
      cause: error,
    });
  }
}

/**
 * The sidebar as the agent sees it, whole, saved as a PNG at `path`: the window is made tall enough for
 * the app's full height, and the picture is cut to the apps column.
 */
export async function screenshotSidebar(page: Page, path: string): Promise<void> {
  await settledHeight(page);
  const frameHeight = await page.$eval(
    'iframe[data-testid="app-frame"]',
    (frame) => frame.getBoundingClientRect().height,
  );
  const width = page.viewportSize()?.width ?? 1440;
  await page.setViewportSize({ width, height: Math.max(900, frameHeight + 120) });
  const aside = await page.locator('aside.apps').boundingBox();
  const frame = await page.locator('iframe[data-testid="app-frame"]').boundingBox();
  if (!aside || !frame) throw new Error('The sidebar is not on screen');
  const clip = { x: aside.x, y: aside.y, width: aside.width, height: frame.y + frame.height + 12 - aside.y };
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, clip });
}

/** Waits until the app's iframe is as tall as the sidebar in it (the app asks Zendesk to resize it). */
export async function settledHeight(page: Page): Promise<void> {
  const frame = await appFrame(page);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const [outer, inner] = await Promise.all([
      page.$eval('iframe[data-testid="app-frame"]', (element) => element.getBoundingClientRect().height),
      frame.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0)),
    ]);
    if (Math.abs(outer - inner) < 1) return;
    await page.waitForTimeout(100);
  }
  throw new Error('The app iframe never took the height of the sidebar');
}
