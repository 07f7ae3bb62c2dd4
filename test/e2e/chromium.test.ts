/**
 * The fallback browser of a fresh machine: the Chromium shipped inside the npm package @sparticuz/chromium
 * (unpacked to the temp folder, no download) starts under playwright-core and runs the real sidebar.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t } from '../../src/i18n/t';
import { openWorkspace } from './browser';
import { launchBrowser, resolveChromium } from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ source: 'npm package' });
});
afterAll(async () => {
  await browser.close();
});

describe('the Chromium in the npm package', () => {
  it('is unpacked from the package, not found on the system', async () => {
    const { source, path } = await resolveChromium({ source: 'npm package' });
    expect(source).toBe('npm package');
    expect(path).not.toMatch(/^\/usr\/bin\//);
  });

  it('shows the sidebar suggestion for a ticket in the workspace', async () => {
    const { page, appFrame } = await openWorkspace(browser, inject('workspaceUrl'), { ticket: '101' });
    const frame = await appFrame();
    expect(await frame.locator('#detected-case').innerText()).toBe(t('case.api'));
    await page.context().close();
  });
});
