/**
 * The real built sidebar app (dist/) in the workspace, with the npm SDK, in headless Chromium: every case
 * applied to its ticket, the draft kept, undo, an override, a light agent, messaging, a failing ZAF call,
 * hostile markup, dark mode, keyboard-only use, accessibility, and no request leaving the machine.
 * Expected replies come from the routine itself (compose with the default settings).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compose } from '../../src/compose/compose';
import { t } from '../../src/i18n/t';
import { type CaseId, ROUTINE } from '../../src/routine/cases';
import { caseTag, DEFAULT_RAW_SETTINGS, DEFAULT_SETTINGS, parseSettings } from '../../src/routine/settings';
import en from '../../translations/en.json';
import { CURRENT_AGENTS } from '../../workspace/fixtures/people';
import { HOSTILE_FLAG, sampleTickets } from '../../workspace/fixtures/tickets';
import type { TicketState } from '../../workspace/host/model';
import { SDK_CDN_URL } from '../../workspace/server';
import {
  browserSession,
  clickAndWait,
  screenshotSidebar,
  settledHeight,
  waitForSidebar,
  type WorkspacePage,
} from './browser';

const baseUrl = inject('workspaceUrl');
// Pictures of what the tests saw, for looking at after a run: in the ignored test-results/, so `npm test`
// changes no tracked file. `npm run screenshots` refreshes the README's pictures in docs/ on purpose.
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

// Whatever a test did, nothing may have left the workspace's own origins.
const session = browserSession(async (workspace) => {
  expect(workspace.outside).toEqual([]);
  expect(await workspace.page.evaluate(() => window.__workspace.externalRequests)).toEqual([]);
  expect(workspace.dialogs).toEqual([]);
});

interface Opened extends WorkspacePage {
  frame: Frame;
  state(): Promise<TicketState>;
}

/** Opens the workspace on a ticket and waits until the sidebar shows its suggestion. */
async function open(query: Record<string, string>): Promise<Opened> {
  const workspace = await session.open(baseUrl, query);
  const frame = await workspace.appFrame();
  await waitForSidebar(frame);
  return { ...workspace, frame, state: () => workspace.page.evaluate(() => window.__workspace.state()) };
}

function sample(id: number) {
  const found = sampleTickets().find((ticket) => ticket.id === id);
  if (!found) throw new Error(`no sample ticket ${id}`);
  return found;
}

function replyFor(caseId: CaseId, ticketId: number) {
  return compose(caseId, DEFAULT_SETTINGS, { requesterName: sample(ticketId).requester.name });
}

const appliedText = t('result.applied');

describe('each case applied to its ticket', () => {
  const cases: [number, CaseId][] = [
    [101, 'api'],
    [102, 'enterprise'],
    [103, 'unclear'],
    [104, 'rejected'],
  ];
  it.each(cases)('ticket %i: %s', async (ticketId, caseId) => {
    const { frame, state } = await open({ ticket: String(ticketId) });
    expect(await frame.locator('#detected-case').innerText()).toBe(t(`case.${caseId}`));
    const before = await state();
    await clickAndWait(frame, t('apply'), appliedText);
    const after = await state();
    const routine = ROUTINE[caseId];
    expect(after.draft).toEqual({ text: replyFor(caseId, ticketId).html, type: 'publicReply' });
    expect(after.status).toBe(routine.status);
    expect(after.tags).toEqual([...before.tags, caseTag(DEFAULT_SETTINGS.tagPrefix, routine.tagSuffix)]);
    // Zendesk solves only assigned tickets: an unassigned one goes to the agent applying the reply.
    const expectedAssignee =
      routine.status === 'solved' && before.assigneeId === null ? CURRENT_AGENTS.agent.id : before.assigneeId;
    expect(after.assigneeId).toBe(expectedAssignee);
  });

  it('ticket 105: not a BAA request, nothing to apply, nothing changed', async () => {
    const { frame, state } = await open({ ticket: '105' });
    const before = await state();
    expect(await frame.locator('#detected-case').innerText()).toBe(t('case.other'));
    expect(await frame.getByRole('button', { name: t('apply') }).isDisabled()).toBe(true);
    expect(await frame.getByLabel(t('case.label')).isVisible()).toBe(true);
    expect(await state()).toEqual(before);
  });

  const others: [number, CaseId][] = [
    [106, 'api'],
    [107, 'enterprise'],
    [108, 'unclear'],
    [109, 'api'],
    [110, 'api'],
  ];
  it.each(others)(
    'ticket %i (other languages, long thread, hostile markup) is detected as %s',
    async (id, caseId) => {
      const { frame } = await open({ ticket: String(id) });
      expect(await frame.locator('#detected-case').innerText()).toBe(t(`case.${caseId}`));
    },
  );

  it('the submitted reply joins the conversation', async () => {
    const { page, frame, state } = await open({ ticket: '101' });
    await clickAndWait(frame, t('apply'), appliedText);
    await page.getByTestId('submit').click();
    await expect.poll(async () => (await state()).comments.length).toBe(2);
    const saved = await state();
    expect(saved.comments.at(-1)).toMatchObject({ public: true, html: replyFor('api', 101).html });
    expect(saved.draft.text).toBe('');
    await page.locator('.conversation').getByText('To obtain a BAA for our API').waitFor();
  });
});

describe('the agent keeps control', () => {
  it('appends to the draft the agent typed, never replacing it', async () => {
    const { page, frame, state } = await open({ ticket: '101' });
    await page.getByTestId('composer').click();
    await page.keyboard.type('Thanks for your patience.');
    await clickAndWait(frame, t('apply'), appliedText);
    expect((await state()).draft.text).toBe(`Thanks for your patience.${replyFor('api', 101).html}`);
  });

  it('undo restores the draft, status, tags and assignee', async () => {
    const { page, frame, state } = await open({ ticket: '102' });
    await page.getByTestId('composer').click();
    await page.keyboard.type('My notes');
    const before = await state();
    await clickAndWait(frame, t('apply'), appliedText);
    expect((await state()).status).toBe('solved');
    await clickAndWait(frame, t('undo'), t('result.undone'));
    expect(await state()).toEqual(before);
  });

  it('applies the case the agent picks over the detected one', async () => {
    const { frame, state } = await open({ ticket: '101' });
    await frame.getByLabel(t('case.label')).selectOption('unclear');
    await frame.getByText(t('case.overridden', { case: t('case.api') })).waitFor();
    await clickAndWait(frame, t('apply'), appliedText);
    const after = await state();
    expect(after.draft.text).toBe(replyFor('unclear', 101).html);
    expect(after.status).toBe('pending');
    // The override is recorded for reports and Explore.
    expect(after.tags).toEqual(['baa_unclear', 'baa_override']);
  });

  it('inserts the text only, changing nothing else', async () => {
    const { frame, state } = await open({ ticket: '104' });
    const before = await state();
    await clickAndWait(frame, t('insert'), t('result.inserted'));
    expect(await state()).toEqual({
      ...before,
      draft: { ...before.draft, text: replyFor('rejected', 104).html },
    });
  });

  it('a light agent gets an internal note and no status change, and is told why', async () => {
    const { frame, state } = await open({ ticket: '101', role: 'light-agent' });
    const before = await state();
    await clickAndWait(frame, t('apply'), appliedText);
    await frame.getByText(t('notice.light_agent_internal_note')).waitFor();
    const after = await state();
    expect(after.draft).toEqual({ text: replyFor('api', 101).html, type: 'internalNote' });
    expect(after.status).toBe(before.status);
    expect(after.assigneeId).toBeNull();
  });

  it('a messaging ticket gets the reply as plain text', async () => {
    const { page, frame, state } = await open({ ticket: '101', channel: 'messaging' });
    await clickAndWait(frame, t('apply'), appliedText);
    const reply = replyFor('api', 101);
    expect((await state()).draft.text).toBe(reply.text);
    expect(await page.getByTestId('composer').inputValue()).toBe(reply.text);
  });

  it('a rejected ZAF call midway leaves the ticket as it was and says so', async () => {
    const { page, frame, state } = await open({ ticket: '104' });
    await page.getByTestId('composer').click();
    await page.keyboard.type('Keep me');
    const before = await state();
    await page.evaluate(() =>
      window.__workspace.faults.rules.push({ target: 'ticket.status', kind: 'reject', method: 'set' }),
    );
    await clickAndWait(frame, t('apply'), t('failure.setStatus'));
    await frame.getByText(t('failure.rolledBack')).waitFor();
    expect(await state()).toEqual(before);
    const log = await page.evaluate(() => window.__zafLog.map((entry) => JSON.stringify(entry.payload)));
    expect(log.some((line) => line.includes('InjectedFault'))).toBe(true);
  });
});

describe('settings and a slow host', () => {
  it("the admin's settings reach the app: another address, tag prefix, and no solving", async () => {
    const workspace = await open({ ticket: '101' });
    const { page } = workspace;
    const before = await workspace.state();
    await page.getByRole('button', { name: 'Workspace settings' }).click();
    const panel = page.getByRole('region', { name: 'Workspace settings' });
    await panel.getByLabel(en.app.parameters.baaEmail.label).fill('compliance@example.com');
    await panel.getByLabel(en.app.parameters.tagPrefix.label).fill('hipaa');
    await panel.getByLabel(en.app.parameters.solveOnApply.label).uncheck();
    await panel.getByRole('button', { name: 'Apply and reload the app' }).click();
    await expect.poll(() => page.evaluate(() => window.__workspace.loads)).toBe(2);
    const frame = await workspace.appFrame();
    await waitForSidebar(frame);
    await clickAndWait(frame, t('apply'), appliedText);
    const { settings } = parseSettings({
      ...DEFAULT_RAW_SETTINGS,
      baaEmail: 'compliance@example.com',
      tagPrefix: 'hipaa',
      solveOnApply: false,
    });
    const after = await workspace.state();
    expect(after.draft.text).toBe(compose('api', settings, { requesterName: 'Ana Souza' }).html);
    expect(after.draft.text).toContain('compliance@example.com');
    expect(after.tags).toEqual(['hipaa_api']);
    expect(after.status).toBe(before.status);
  });

  it('with the settings panel left open, the reloaded app is on screen, takes its height and its clicks', async () => {
    // 1500 px wide: the panel is a fourth column beside the apps, and much taller than the window.
    const workspace = await open({ ticket: '101' });
    const { page } = workspace;
    await page.getByRole('button', { name: 'Workspace settings' }).click();
    const panel = page.getByRole('region', { name: 'Workspace settings' });
    await panel.getByLabel(en.app.parameters.tagPrefix.label).fill('hipaa');
    await panel.getByRole('button', { name: 'Apply and reload the app' }).click();
    await expect.poll(() => page.evaluate(() => window.__workspace.loads)).toBe(2);
    const frame = await workspace.appFrame();
    await waitForSidebar(frame);
    // Reaching Apply at the panel's foot must not scroll the apps column away: Chromium gives an
    // off-screen cross-origin frame no animation frames, so the app could not measure itself.
    const where = await page.getByTestId('app-frame').evaluate((element) => {
      const { top } = element.getBoundingClientRect();
      return { pageScroll: window.scrollY, frameTopOnScreen: top >= 0 && top < window.innerHeight };
    });
    expect(where).toEqual({ pageScroll: 0, frameTopOnScreen: true });
    await settledHeight(page);
    await clickAndWait(frame, t('apply'), appliedText);
    expect((await workspace.state()).tags).toEqual(['hipaa_api']);
    expect(await panel.isVisible()).toBe(true);
  });

  it('the suggestion follows the conversation: a requester answer turns unclear into API', async () => {
    const { page, frame } = await open({ ticket: '103' });
    expect(await frame.locator('#detected-case').innerText()).toBe(t('case.unclear'));
    await page.getByRole('button', { name: 'Workspace settings' }).click();
    await page.getByLabel('Requester reply').fill("It's for the API. We call it from our backend.");
    await page.getByRole('button', { name: 'Add requester reply' }).click();
    await expect.poll(() => frame.locator('#detected-case').innerText()).toBe(t('case.api'));
  });

  it('a slow host (every answer delayed) still gets the whole reply applied', async () => {
    const { page, frame, state } = await open({ ticket: '104' });
    await page.evaluate(() => (window.__workspace.faults.delayMs = 300));
    await clickAndWait(frame, t('apply'), appliedText);
    const after = await state();
    expect(after.draft.text).toBe(replyFor('rejected', 104).html);
    expect(after.tags).toEqual(['baa_rejected']);
    expect(after.status).toBe('solved');
  });
});

describe('safety', () => {
  it('hostile ticket markup never runs, in the host page or in the app', async () => {
    const { page, frame, dialogs, errors } = await open({ ticket: '110' });
    const flag = (name: string) => (window as unknown as Record<string, unknown>)[name];
    expect(await page.evaluate(flag, HOSTILE_FLAG)).toBeUndefined();
    expect(await frame.evaluate(flag, HOSTILE_FLAG)).toBeUndefined();
    expect(await frame.locator('script:not([src]), img[src="x"], iframe, svg[onload]').count()).toBe(0);
    await clickAndWait(frame, t('apply'), appliedText);
    expect(await frame.evaluate(flag, HOSTILE_FLAG)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('loads the SDK from the workspace, not the CDN, while dist/ keeps the CDN URL', async () => {
    const { outside } = await open({ ticket: '101' });
    expect(outside).toEqual([]);
    const built = readFileSync(new URL('../../dist/assets/iframe.html', import.meta.url), 'utf8');
    expect(built).toContain(SDK_CDN_URL);
  });

  it('sends nothing outside the workspace on any sample ticket', async () => {
    const { page, frame, outside } = await open({ ticket: '101' });
    for (const { id } of sampleTickets()) {
      await page.locator(`[data-ticket-id="${id}"]`).click();
      const current = await (await page.waitForSelector('iframe[data-testid="app-frame"]')).contentFrame();
      if (current) await waitForSidebar(current);
    }
    await frame.page().waitForLoadState('networkidle');
    expect(outside).toEqual([]);
  });
});

describe('look and access', () => {
  async function axeViolations(frame: Frame): Promise<string[]> {
    // The settled sidebar is what an agent reads: an outcome still fading in has not its final contrast,
    // and on a loaded machine axe could otherwise measure it half-way (a colour-contrast failure).
    // A spinner runs forever and is not waited for.
    await frame.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
          .map((animation) => animation.finished),
      ),
    );
    // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts.
    await frame.evaluate(AXE);
    return frame.evaluate(async () => {
      type AxeResult = { violations: { id: string; help: string }[] };
      const axe = (window as unknown as { axe: { run(context: Node, options: object): Promise<AxeResult> } })
        .axe;
      // The sidebar is a frame inside the ticket page, whose level-one heading is the host's; every other
      // rule (WCAG A/AA and best practices) applies to the frame as it stands.
      const result = await axe.run(document, { rules: { 'page-has-heading-one': { enabled: false } } });
      return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
    });
  }

  it('light mode: no axe violations before or after applying; screenshots', async () => {
    const { page, frame } = await open({ ticket: '101' });
    expect(await axeViolations(frame)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}workspace.png` });
    await screenshotSidebar(page, `${SHOTS}sidebar-light.png`);
    await clickAndWait(frame, t('apply'), appliedText);
    expect(await axeViolations(frame)).toEqual([]);
  });

  it('dark mode: the app follows the color scheme, with no axe violations; screenshot', async () => {
    const { page, frame } = await open({ ticket: '101', scheme: 'dark' });
    await frame.locator('[data-color-scheme="dark"]').waitFor();
    const background = await frame
      .locator('[data-color-scheme="dark"]')
      .evaluate((root) => getComputedStyle(root).backgroundColor);
    expect(luminance(background)).toBeLessThan(0.3);
    expect(await axeViolations(frame)).toEqual([]);
    await screenshotSidebar(page, `${SHOTS}sidebar-dark.png`);
  });

  it('switches to dark live when the agent changes the color scheme', async () => {
    const { page, frame } = await open({ ticket: '103' });
    await frame.locator('[data-color-scheme="light"]').waitFor();
    await page.evaluate(() => window.__workspace.setOptions({ colorScheme: 'dark' }));
    await frame.locator('[data-color-scheme="dark"]').waitFor();
    expect(await page.evaluate(() => window.__workspace.loads)).toBe(1);
  });

  it('works by keyboard alone: pick a case, apply, undo', async () => {
    const { page, frame, state } = await open({ ticket: '101' });
    const before = await state();
    const focusedInApp = () =>
      frame.evaluate(() => (document.hasFocus() ? (document.activeElement?.textContent ?? '') : null));
    const tabTo = async (label: string, found: () => Promise<boolean>) => {
      for (let step = 0; step < 80; step += 1) {
        if (await found()) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${label}`);
    };
    const picker = frame.getByLabel(t('case.label'));
    await tabTo('the Case picker', () => picker.evaluate((element) => element === document.activeElement));
    await page.keyboard.press('ArrowDown');
    expect(await picker.inputValue()).toBe('enterprise');
    await tabTo('Apply reply', async () => (await focusedInApp()) === t('apply'));
    await page.keyboard.press('Enter');
    await frame.getByRole('status').getByText(appliedText).waitFor();
    // Ticket 101 is detected as API: choosing Enterprise records the override; Undo removes both tags.
    expect((await state()).tags).toEqual(['baa_enterprise', 'baa_override']);
    await tabTo('Undo', async () => (await focusedInApp()) === t('undo'));
    await page.keyboard.press('Space');
    // Ticket 101 is New: Zendesk does not set a saved ticket back to New, so the status (and the
    // assignee it needs) stays; everything else is as it was.
    await frame.getByRole('status').getByText(t('notice.status_kept_new')).waitFor();
    const after = await state();
    expect(after.status).toBe(ROUTINE.enterprise.status);
    expect({ ...after, status: before.status, assigneeId: before.assigneeId }).toEqual(before);
  });
});

/** Relative luminance (0 black .. 1 white) of a CSS rgb() color. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
