/**
 * The sidebar through the ticket's whole life, in headless Chromium, against two hosts: the workspace and
 * a host written from Zendesk's docs alone (test/support/documentedHost). Each behaviour is one that the
 * real agent workspace does differently from what the app first assumed: submitting, internal notes
 * without a public flag, messaging conversations, status New, the assignee's group, light agents, the
 * composer switching mode, Insert then Apply, and the Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { t } from '../../src/i18n/t';
import en from '../../translations/en.json';
import { SDK_CDN_URL } from '../../workspace/server';
import { browserSession, clickAndWait, waitForSidebar } from './browser';

const BUILT_PAGE = readFileSync(new URL('../../dist/assets/iframe.html', import.meta.url), 'utf8');

/** What both hosts let a test read and do, under their own global name. */
interface HostState {
  status: string;
  tags: string[];
  assigneeId: number | null;
  groupId: number | null;
  draft: { text: string; type: string };
  comments: { public: boolean; html: string }[];
}

interface Host {
  name: string;
  url: string;
  api: '__workspace' | '__documentedHost';
}

const HOSTS: Host[] = [
  { name: 'the workspace', url: inject('workspaceUrl'), api: '__workspace' },
  { name: 'the documented host', url: inject('documentedUrl'), api: '__documentedHost' },
];

const session = browserSession((workspace) => {
  expect(workspace.outside).toEqual([]);
  expect(workspace.errors).toEqual([]);
});

interface Opened {
  page: Page;
  frame: Frame;
  state(): Promise<HostState>;
  /** Calls a method of the host's test API. */
  call(method: string, ...args: unknown[]): Promise<unknown>;
  /** The ZAF messages the app sent, as `[request, name, value]`. */
  sent(): Promise<[string, string, unknown][]>;
}

async function open(host: Host, query: Record<string, string>): Promise<Opened> {
  const workspace = await session.open(host.url, query);
  const frame = await workspace.appFrame();
  await waitForSidebar(frame);
  const call = (method: string, ...args: unknown[]) =>
    workspace.page.evaluate(
      ([api, name, rest]) => {
        const target = (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[
          api
        ];
        return target?.[name]?.(...rest);
      },
      [host.api, method, args] as const,
    );
  const sent = () =>
    workspace.page.evaluate((api) => {
      const w = window as unknown as {
        __zafLog?: { payload: unknown }[];
        __documentedHost?: { log: unknown[] };
      };
      const messages =
        api === '__workspace'
          ? (w.__zafLog ?? []).map((entry) => entry.payload)
          : (w.__documentedHost?.log ?? []).map((entry) => (entry as { in?: unknown }).in).filter(Boolean);
      return messages.flatMap((message) => {
        const { request, params } = message as { request?: string; params?: unknown };
        if (request !== 'set' && request !== 'invoke') return [];
        return Object.entries(params as Record<string, unknown>).map(
          ([name, value]) => [request, name, value] as [string, string, unknown],
        );
      });
    }, host.api);
  return { page: workspace.page, frame, state: () => call('state') as Promise<HostState>, call, sent };
}

const applied = t('result.applied');
const undoButton = (frame: Frame) => frame.getByRole('button', { name: t('undo') });

describe.each(HOSTS)('on $name', (host) => {
  it('after Submit, the outcome and Undo go away and nothing on the ticket changes afterwards', async () => {
    const { frame, state, call } = await open(host, { ticket: '101' });
    await clickAndWait(frame, t('apply'), applied);
    expect(await undoButton(frame).isVisible()).toBe(true);
    await call('submit');
    await undoButton(frame).waitFor({ state: 'detached' });
    expect(await frame.getByRole('status').innerText()).toBe('');
    const saved = await state();
    expect(saved.comments.at(-1)?.public).toBe(true);
    expect(saved.draft.text).toBe('');
    // The suggestion refreshed: the reply now counts as sent, so Apply warns instead of adding it again.
    await clickAndWait(frame, t('apply'), t('duplicate.already_sent'));
    expect(await state()).toEqual(saved);
  });

  it('an internal note holding the reply is not a sent reply: Apply applies at the first click', async () => {
    const { frame, state, call } = await open(host, { ticket: '101' });
    await clickAndWait(frame, t('insert'), t('result.inserted'));
    await call('setCommentType', 'internalNote');
    await call('submit');
    await undoButton(frame).waitFor({ state: 'detached' });
    expect((await state()).comments.at(-1)?.public).toBe(false);
    await clickAndWait(frame, t('apply'), applied);
    const after = await state();
    expect(after.status).toBe('solved');
    expect(after.draft.type).toBe('publicReply');
  });

  it('a new message on a messaging ticket refreshes the suggestion', async () => {
    const { frame, call } = await open(host, { ticket: '103', channel: 'messaging' });
    expect(await frame.locator('#detected-case').innerText()).toBe(t('case.unclear'));
    await call('addRequesterComment', '<p>It is for the OpenAI API, we call it from our backend.</p>');
    await expect.poll(() => frame.locator('#detected-case').innerText()).toBe(t('case.api'));
  });

  it('Undo on a New ticket puts back the draft and tags, and says the status stays', async () => {
    const { frame, state } = await open(host, { ticket: '101' });
    const before = await state();
    expect(before.status).toBe('new');
    await clickAndWait(frame, t('apply'), applied);
    await clickAndWait(frame, t('undo'), t('result.undonePartly'));
    await frame.getByText(t('notice.status_kept_new')).waitFor();
    const after = await state();
    expect(after.draft).toEqual(before.draft);
    expect(after.tags).toEqual(before.tags);
    expect(after.status).toBe('solved');
    // Solved needs an assignee: it stays with the status.
    expect(after.assigneeId).not.toBeNull();
  });

  it('assigns with the documented {groupId, userId}, in a group the agent belongs to', async () => {
    const { frame, state, sent } = await open(host, { ticket: '101' });
    const before = await state();
    await clickAndWait(frame, t('apply'), applied);
    const assignments = (await sent()).filter(([, name]) => name === 'ticket.assignee');
    expect(assignments).toHaveLength(1);
    expect(assignments[0]?.[2]).toEqual({ groupId: before.groupId, userId: expect.any(Number) });
    const after = await state();
    expect(after.status).toBe('solved');
    expect(after.assigneeId).toBe((assignments[0]?.[2] as { userId: number }).userId);
  });

  it('a light agent is told from role_type: the reply goes in as an internal note, nothing else changes', async () => {
    const { frame, state } = await open(host, { ticket: '101', role: 'light-agent' });
    const before = await state();
    await clickAndWait(frame, t('apply'), applied);
    await frame.getByText(t('notice.light_agent_internal_note')).waitFor();
    const after = await state();
    expect(after.draft.type).toBe('internalNote');
    expect(after.draft.text).not.toBe('');
    expect({ ...after, draft: before.draft }).toEqual(before);
  });

  it('reads the composer mode again at the click: a switch to messaging inserts plain text', async () => {
    const { frame, call, sent, state } = await open(host, { ticket: '101' });
    await call('setOptions', { channel: 'messaging' });
    await clickAndWait(frame, t('insert'), t('result.inserted'));
    const appends = (await sent()).filter(([, name]) => name.startsWith('comment.append'));
    expect(appends.map(([, name]) => name)).toEqual(['comment.appendText']);
    expect((await state()).draft.text).not.toMatch(/<p>/);
  });

  it('Insert, then Apply: the rest of the routine, without a second copy of the reply', async () => {
    const { frame, state } = await open(host, { ticket: '101' });
    await clickAndWait(frame, t('insert'), t('result.inserted'));
    const inserted = await state();
    await clickAndWait(frame, t('apply'), applied);
    await frame.getByText(t('notice.reply_was_in_draft')).waitFor();
    const after = await state();
    expect(after.draft.text).toBe(inserted.draft.text);
    expect(after.status).toBe('solved');
    expect(after.tags).toHaveLength(inserted.tags.length + 1);
  });

  it('runs under a Content-Security-Policy that forbids any network connection', async () => {
    const { frame } = await open(host, { ticket: '101' });
    const policy = await frame.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(policy).toContain("connect-src 'none'");
    // Scripts from the app itself and the SDK file (the hosts serve a local copy in place of Zendesk's CDN,
    // whose URL the built page names).
    expect(policy).toMatch(/script-src 'self' \S*zaf_sdk\.min\.js$/);
    expect(BUILT_PAGE).toContain(`script-src 'self' ${SDK_CDN_URL}"`);
    expect(policy).toContain("img-src 'self' data:");
    const attempt = await frame.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(event.violatedDirective),
      );
      const fetched = await fetch(location.origin + '/assets/iframe.html').then(
        () => 'sent',
        () => 'blocked',
      );
      const beacon = navigator.sendBeacon(location.origin + '/beacon', 'ticket text');
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { fetched, beacon, violations };
    });
    expect(attempt.fetched).toBe('blocked');
    expect(attempt.violations).toContain('connect-src');
    // The app itself works under it: it read the ticket and can apply.
    await clickAndWait(frame, t('apply'), applied);
  });
});

describe('the workspace reloads the app', () => {
  it('every time the admin applies settings, even when only settings change', async () => {
    const { page } = await open(HOSTS[0] as Host, { ticket: '101' });
    await page.getByRole('button', { name: 'Workspace settings' }).click();
    const panel = page.getByRole('region', { name: 'Workspace settings' });
    for (const [index, email] of ['one@example.com', 'two@example.com', 'two@example.com'].entries()) {
      await panel.getByLabel(en.app.parameters.baaEmail.label).fill(email);
      await panel.getByRole('button', { name: 'Apply and reload the app' }).click();
      await expect.poll(() => page.evaluate(() => window.__workspace.loads)).toBe(index + 2);
    }
  });
});
