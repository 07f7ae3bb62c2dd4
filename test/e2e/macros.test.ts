/**
 * Issue 10 in the real built app and the workspace: an admin whose settings changed sees "Update macros"
 * and one click updates the account's macros; an admin with current macros sees nothing; an agent sees
 * nothing and sends no macro request. The workspace answers the REST calls from its fixtures.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { t } from '../../src/i18n/t';
import en from '../../translations/en.json';
import { browserSession, waitForSidebar, type WorkspacePage } from './browser';

const baseUrl = inject('workspaceUrl');
const session = browserSession((workspace) => {
  expect(workspace.outside).toEqual([]);
  expect(workspace.errors).toEqual([]);
});

async function open(role: string): Promise<WorkspacePage & { frame: Frame }> {
  const workspace = await session.open(baseUrl, { ticket: '101', role });
  const frame = await workspace.appFrame();
  await waitForSidebar(frame);
  return { ...workspace, frame };
}

/** Changes one setting in the workspace's panel and waits for the app to load again with it. */
async function changeSetting(workspace: WorkspacePage, label: string, value: string): Promise<Frame> {
  const { page } = workspace;
  const loads = await page.evaluate(() => window.__workspace.loads);
  await page.getByRole('button', { name: 'Workspace settings' }).click();
  const panel = page.getByRole('region', { name: 'Workspace settings' });
  await panel.getByLabel(label).fill(value);
  await panel.getByRole('button', { name: 'Apply and reload the app' }).click();
  await expect.poll(() => page.evaluate(() => window.__workspace.loads)).toBe(loads + 1);
  const frame = await workspace.appFrame();
  await waitForSidebar(frame);
  return frame;
}

/** The REST calls the app sent for macros or requirements, from the ZAF message log. */
function macroRequests(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window.__zafLog
      .map((entry) => JSON.stringify(entry.payload))
      .filter((line) => line.includes('/api/v2/macros') || line.includes('requirements.json')),
  );
}

describe('macros that follow the settings', () => {
  it('an admin who changed the BAA email clicks "Update macros" once and the macros carry the new email', async () => {
    const workspace = await open('admin');
    const frame = await changeSetting(workspace, en.app.parameters.baaEmail.label, 'compliance@example.com');
    const button = frame.getByRole('button', { name: t('admin.macros.update') });
    await button.waitFor();
    await button.click();
    await frame.getByText('BAA::API updated.').waitFor();
    const macros = await workspace.page.evaluate(() => window.__workspace.macros());
    const api = macros.find((macro) => macro.title === 'BAA::API');
    expect(JSON.stringify(api?.actions)).toContain('compliance@example.com');
    expect(JSON.stringify(macros.filter((macro) => macro !== api))).not.toContain('compliance@example.com');
    const puts = (await macroRequests(workspace.page)).filter((line) => line.includes('"PUT"'));
    expect(puts).toHaveLength(1);
  });

  it('an admin whose macros match the settings sees nothing of them', async () => {
    const { page, frame } = await open('admin');
    // Wait until the check has asked for all four macros, then nothing may be shown.
    await expect
      .poll(async () => (await macroRequests(page)).filter((line) => line.includes('/api/v2/macros/')).length)
      .toBe(4);
    // Their answers arrive next; give the sidebar time to render what it would render.
    await page.waitForTimeout(500);
    expect(await frame.getByRole('button', { name: t('admin.macros.update') }).count()).toBe(0);
    expect(await frame.getByText(/BAA::/).count()).toBe(0);
  });

  it('an agent sees nothing of it and sends no macro request', async () => {
    const workspace = await open('agent');
    const frame = await changeSetting(workspace, en.app.parameters.baaEmail.label, 'compliance@example.com');
    await frame
      .getByTestId('reply-preview')
      .getByText(/compliance@example\.com/)
      .first()
      .waitFor();
    await workspace.page.waitForTimeout(300);
    expect(await frame.getByRole('button', { name: t('admin.macros.update') }).count()).toBe(0);
    expect(await macroRequests(workspace.page)).toEqual([]);
  });
});
