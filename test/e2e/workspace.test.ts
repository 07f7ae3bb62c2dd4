/**
 * The workspace in a real browser, around the probe app (a bare page that loads the SDK): the protocol as
 * the real SDK sees it, the host page's ticket view, and what it does with hostile ticket HTML.
 */
import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { HOSTILE_FLAG } from '../../workspace/fixtures/tickets';
import { SDK_CDN_URL, SDK_LOCAL_PATH } from '../../workspace/server';
import { browserSession, type WorkspacePage } from './browser';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** What the probe app and the SDK put on the iframe's window. */
interface ProbeWindow {
  client: {
    get(path: string | string[]): Promise<Record<string, unknown>>;
    set(path: string, value: unknown): Promise<Record<string, unknown>>;
    invoke(action: string, ...args: unknown[]): Promise<Record<string, unknown>>;
    request(options: unknown): Promise<unknown>;
    on(event: string, handler: (payload: unknown) => unknown): void;
  };
  registration?: { metadata: { settings: Record<string, unknown> }; context: Record<string, unknown> };
  received?: unknown[];
}

type Win = Window & ProbeWindow;

const baseUrl = inject('probeUrl');
const session = browserSession();

async function open(query: Record<string, string> = {}) {
  const workspace = await session.open(baseUrl, query);
  const frame = await registeredFrame(workspace);
  return { ...workspace, frame };
}

async function registeredFrame(workspace: WorkspacePage): Promise<Frame> {
  const frame = await workspace.appFrame();
  await frame.waitForFunction(() => (window as unknown as Win).registration !== undefined);
  return frame;
}

describe('serving the app', () => {
  it('serves the npm SDK in place of the CDN URL and leaves the app files untouched', async () => {
    const appOrigin = baseUrl.replace('localhost', '127.0.0.1');
    const served = await (await fetch(new URL('/assets/iframe.html', appOrigin))).text();
    expect(served).toContain(`src="${SDK_LOCAL_PATH}"`);
    expect(served).not.toContain(SDK_CDN_URL);
    const onDisk = readFileSync(new URL('./fixtures/probe-app/assets/iframe.html', import.meta.url), 'utf8');
    expect(onDisk).toContain(SDK_CDN_URL);
    const sdk = await (await fetch(new URL(SDK_LOCAL_PATH, baseUrl))).text();
    expect(sdk).toContain('ZAFClient');
  });

  it('serves nothing outside the app folder, and survives malformed paths', async () => {
    for (const path of ['/..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json', '/%E0%A4%A']) {
      const response = await fetch(`${baseUrl.replace(/\/$/, '')}${path}`);
      expect(response.status).toBe(404);
    }
    expect((await fetch(baseUrl)).status).toBe(200);
  });

  it('opens the app like Zendesk: cross-origin, with origin and app_guid, and registers it', async () => {
    const { page, frame, outside } = await open({ ticket: '103' });
    const src = await page.getAttribute('iframe[data-testid="app-frame"]', 'src');
    const url = new URL(src ?? '');
    expect(url.origin).not.toBe(new URL(baseUrl).origin);
    expect(url.pathname).toBe('/assets/iframe.html');
    expect(url.searchParams.get('origin')).toBe(new URL(baseUrl).origin);
    const guid = url.searchParams.get('app_guid');
    const registration = await frame.evaluate(() => (window as unknown as Win).registration);
    expect(registration?.context).toEqual({
      instanceGuid: guid,
      product: 'support',
      account: { subdomain: 'workspace-local' },
      location: 'ticket_sidebar',
      ticketId: 103,
    });
    expect(registration?.metadata.settings).toEqual({ title: 'Probe app', greeting: 'hello', loud: true });
    expect(outside).toEqual([]);
  });
});

describe('the protocol with the real SDK', () => {
  it('a single unknown path rejects with a named Error; a bulk get resolves with errors', async () => {
    const { frame } = await open();
    const single = await frame.evaluate(() =>
      (window as unknown as Win).client.get('ticket.nope').then(
        () => 'resolved',
        (error: Error) => `${error.name}: ${error.message}`,
      ),
    );
    expect(single).toBe('APIUnavailable: "ticket.nope" No such API');
    const bulk = await frame.evaluate(() =>
      (window as unknown as Win).client.get(['ticket.id', 'ticket.nope']),
    );
    expect(bulk['ticket.id']).toBe(101);
    expect(bulk.errors).toHaveProperty(['ticket.nope']);
  });

  it('an injected rejection rejects in the app and changes nothing', async () => {
    const { page, frame } = await open();
    await page.evaluate(() =>
      window.__workspace.faults.rules.push({ target: 'ticket.status', kind: 'reject' }),
    );
    const outcome = await frame.evaluate(() =>
      (window as unknown as Win).client.set('ticket.status', 'solved').then(
        () => 'resolved',
        (error: Error) => error.name,
      ),
    );
    expect(outcome).toBe('InjectedFault');
    expect(await page.evaluate(() => window.__workspace.state().status)).toBe('new');
  });

  it('a call the host never answers times out in the npm SDK, which resolves with a TimeoutError object', async () => {
    const { page, frame } = await open();
    await page.evaluate(() =>
      window.__workspace.faults.rules.push({ target: 'ticket.subject', kind: 'hang' }),
    );
    const outcome = await frame.evaluate(() => (window as unknown as Win).client.get('ticket.subject'));
    expect(outcome).toMatchObject({ name: 'TimeoutError' });
  });

  it('logs every message the app sends and the host answers', async () => {
    const { page, frame } = await open();
    await frame.evaluate(() => (window as unknown as Win).client.get(['ticket.id']));
    const log = await page.evaluate(() =>
      window.__zafLog.map((entry) => ({ ...entry, time: typeof entry.time })),
    );
    expect(log[0]).toMatchObject({
      direction: 'in',
      payload: { key: 'iframe.handshake', message: { version: '2.0.9' } },
    });
    expect(log[1]).toMatchObject({
      direction: 'out',
      payload: { key: 'zaf.app.registered' },
      time: 'number',
    });
    expect(log.at(-1)).toMatchObject({ direction: 'out', payload: { result: { 'ticket.id': 101 } } });
  });

  it('answers users/me from fixtures and refuses a URL outside Zendesk', async () => {
    const { page, frame, outside } = await open({ role: 'light-agent' });
    const me = await frame.evaluate(() => (window as unknown as Win).client.request('/api/v2/users/me.json'));
    expect(me).toMatchObject({ user: { role: 'agent', role_type: 1 } });
    const away = await frame.evaluate(() =>
      (window as unknown as Win).client.request({ url: 'https://tracker.example/c' }).then(
        () => 'resolved',
        (error: { status: number }) => error.status,
      ),
    );
    expect(away).toBe(0);
    expect(await page.evaluate(() => window.__workspace.externalRequests)).toEqual([
      'https://tracker.example/c',
    ]);
    expect(outside).toEqual([]);
  });

  it('notify shows a toast and resize sets the iframe height', async () => {
    const { page, frame } = await open();
    await frame.evaluate(() => (window as unknown as Win).client.invoke('notify', 'Reply added', 'notice'));
    await page.getByRole('status').getByText('Reply added').waitFor();
    await frame.evaluate(() =>
      (window as unknown as Win).client.invoke('resize', { width: '100%', height: '333px' }),
    );
    const height = await page.$eval(
      'iframe[data-testid="app-frame"]',
      (element) => element.getBoundingClientRect().height,
    );
    expect(height).toBe(333);
  });
});

describe('the ticket view', () => {
  it("keeps the agent's typed draft when the app appends, and shows both", async () => {
    const { page, frame } = await open();
    await page.getByTestId('composer').click();
    await page.keyboard.type('Typed by the agent.');
    await frame.evaluate(() =>
      (window as unknown as Win).client.invoke('comment.appendHtml', '<p>From the app</p>'),
    );
    expect(await page.evaluate(() => window.__workspace.state().draft.text)).toBe(
      'Typed by the agent.<p>From the app</p>',
    );
    expect(await page.getByTestId('composer').innerText()).toMatch(/^Typed by the agent\.\s+From the app$/);
    const seen = await frame.evaluate(() => (window as unknown as Win).client.get('comment.text'));
    expect(seen['comment.text']).toBe('Typed by the agent.<p>From the app</p>');
  });

  it('uses a plain-text composer for messaging', async () => {
    const { page, frame } = await open({ channel: 'messaging' });
    expect(await page.getByTestId('composer').evaluate((element) => element.tagName)).toBe('TEXTAREA');
    await frame.evaluate(() => (window as unknown as Win).client.invoke('comment.appendText', 'Plain reply'));
    expect(await page.getByTestId('composer').inputValue()).toBe('Plain reply');
  });

  it('shows hostile ticket HTML as harmless text and never runs it', async () => {
    const { page, dialogs, outside, errors } = await open({ ticket: '110' });
    const body = page.locator('.conversation .comment-body').first();
    await expect.poll(() => body.innerText()).toContain('We need a BAA for the API.');
    // Out-of-range and Object-property references: shown as browsers decode them, the ticket opens.
    expect(await body.innerText()).toContain('References: \uFFFD &constructor; &__proto__; été');
    expect(await body.locator('img, script, svg, iframe, form, input, style').count()).toBe(0);
    const attributes = await body.evaluate((element) =>
      [...element.querySelectorAll('*')].flatMap((node) =>
        [...node.attributes].map((a) => `${a.name}=${a.value}`),
      ),
    );
    expect(attributes).toEqual([]);
    expect(await page.locator('#ticket-subject').innerText()).toContain('<img src=x onerror=');
    await page.locator('.conversation').getByText('Styled text').click();
    await page.locator('.conversation').getByText('click here').click();
    expect(
      await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], HOSTILE_FLAG),
    ).toBe(undefined);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('lets the app cancel Submit through the ticket.save hook, with its message', async () => {
    const { page, frame } = await open();
    await frame.evaluate(() => {
      (window as unknown as Win).client.on('ticket.save', () => Promise.reject('Review the reply first'));
    });
    await page.getByTestId('composer').click();
    await page.keyboard.type('Draft');
    await page.getByTestId('submit').click();
    await page.getByRole('alert').getByText('The app stopped the update: Review the reply first').waitFor();
    const state = await page.evaluate(() => window.__workspace.state());
    expect(state.draft.text).toBe('Draft');
    expect(state.comments).toHaveLength(1);
  });

  it('refuses to solve an unassigned ticket on Submit, and saves once it is assigned', async () => {
    const { page, frame } = await open();
    await frame.evaluate(() => (window as unknown as Win).client.set('ticket.status', 'solved'));
    await page.getByTestId('composer').click();
    await page.keyboard.type('All done');
    await page.getByTestId('submit').click();
    await page.getByRole('alert').getByText('Assignee is required to solve a ticket').waitFor();
    expect(await page.evaluate(() => window.__workspace.state().comments.length)).toBe(1);
    await page.getByLabel('Assignee').selectOption({ label: 'Jordan Lee' });
    await page.getByTestId('submit').click();
    await expect.poll(() => page.evaluate(() => window.__workspace.state().comments.length)).toBe(2);
    const state = await page.evaluate(() => window.__workspace.state());
    expect(state.draft.text).toBe('');
    expect(state.comments.at(-1)).toMatchObject({ author: 9002, public: true, html: 'All done' });
    expect(await page.locator('.conversation .comment').count()).toBe(2);
  });

  it('tells the app about a requester reply', async () => {
    const { page, frame } = await open();
    await frame.evaluate(() => {
      const win = window as unknown as Win;
      win.received = [];
      win.client.on('ticket.comments.changed', (comments) => win.received?.push(comments));
    });
    await expect
      .poll(() => page.evaluate(() => window.__workspace.subscribers('ticket.comments.changed')))
      .toBe(1);
    await page.getByRole('button', { name: 'Workspace settings' }).click();
    await page.getByLabel('Requester reply').fill('It is for the API.');
    await page.getByRole('button', { name: 'Add requester reply' }).click();
    await expect.poll(() => frame.evaluate(() => (window as unknown as Win).received?.length)).toBe(1);
    const received = await frame.evaluate(
      () => (window as unknown as Win).received?.[0] as { value: string }[],
    );
    expect(received.at(-1)?.value).toBe('<p>It is for the API.</p>');
  });
});

describe('the workspace page itself', () => {
  it.each([1024, 1440])(
    'fits a %i px wide window: nothing cut off on the right, a long requester name inside its column',
    async (width) => {
      // Ticket 110's requester has a long name with no room to break (hostile markup as text).
      const workspace = await session.open(baseUrl, { ticket: '110' }, { width, height: 800 });
      await registeredFrame(workspace);
      const box = (selector: string) =>
        workspace.page.locator(selector).evaluate((element) => {
          const { left, right } = element.getBoundingClientRect();
          return { left, right, scrollWidth: element.scrollWidth, clientWidth: element.clientWidth };
        });
      const page = await box('html');
      expect(page.scrollWidth).toBeLessThanOrEqual(width);
      expect((await box('aside.apps')).right).toBeLessThanOrEqual(width);
      expect((await box('iframe[data-testid="app-frame"]')).right).toBeLessThanOrEqual(width);
      const properties = await box('.properties');
      const requester = await box('[data-testid="requester"]');
      expect(requester.right).toBeLessThanOrEqual(properties.right);
      const tagInput = await box('[data-testid="tag-input"]');
      // The placeholder is shown whole: the input is at least as wide as its text needs.
      const placeholderWidth = await workspace.page
        .locator('[data-testid="tag-input"]')
        .evaluate((input: HTMLInputElement) => {
          const canvas = document.createElement('canvas').getContext('2d');
          if (!canvas) return Infinity;
          canvas.font = getComputedStyle(input).font;
          return canvas.measureText(input.placeholder).width;
        });
      expect(placeholderWidth).toBeLessThan(tagInput.clientWidth - 16);
    },
  );

  it('lists a ticket with its saved status until Submit saves the new one', async () => {
    const { page } = await open({ ticket: '103' });
    const listed = () => page.locator('[data-ticket-id="103"] .status').innerText();
    expect(await listed()).toBe('New');
    await page.getByLabel('Status').selectOption('pending');
    expect(await listed()).toBe('New');
    await page.getByTestId('submit').click();
    await expect.poll(listed).toBe('Pending');
  });

  it.each(['light', 'dark'])(
    'has no axe violations in %s mode, every status and the panel shown',
    async (scheme) => {
      const { page } = await open({ ticket: '103', scheme });
      await page.getByLabel('Status').selectOption('pending');
      await page.locator('[data-ticket-id="104"]').click();
      await page.getByLabel('Status').selectOption('solved');
      await page.getByRole('button', { name: 'Workspace settings' }).click();
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        type AxeResult = { violations: { id: string; help: string }[] };
        const axe = (window as unknown as { axe: { run(context: object): Promise<AxeResult> } }).axe;
        // The app's iframe is checked by the sidebar tests; this is the host page around it.
        const result = await axe.run({ exclude: [['iframe']] });
        return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
      });
      expect(violations).toEqual([]);
    },
  );
});

describe('the settings panel', () => {
  it('reloads the app with the new settings, role and channel', async () => {
    const workspace = await open();
    const { page } = workspace;
    await page.getByRole('button', { name: 'Workspace settings' }).click();
    await page.getByLabel('greeting').fill('bonjour');
    await page.getByLabel('loud').uncheck();
    await page.getByLabel('Agent role').selectOption('light-agent');
    await page.getByLabel('Channel').selectOption('messaging');
    await page.getByRole('button', { name: 'Apply and reload the app' }).click();
    await expect.poll(() => page.evaluate(() => window.__workspace.loads)).toBe(2);
    const frame = await registeredFrame(workspace);
    expect(await frame.evaluate(() => (window as unknown as Win).registration?.metadata.settings)).toEqual({
      title: 'Probe app',
      greeting: 'bonjour',
      loud: false,
    });
    const seen = await frame.evaluate(() =>
      (window as unknown as Win).client.get(['currentUser.role', 'comment.useRichText', 'comment.type']),
    );
    expect(seen).toMatchObject({
      // A light agent reads as 'agent' here: only the REST user's role_type tells.
      'currentUser.role': 'agent',
      'comment.useRichText': false,
      'comment.type': 'internalNote',
    });
  });

  it('injects a fault chosen in the panel, limited to one kind of call', async () => {
    const { page, frame } = await open();
    await page.getByRole('button', { name: 'Workspace settings' }).click();
    await page.getByLabel('Path or action').fill('ticket.status');
    await page.getByLabel('Fault', { exact: true }).selectOption('reject');
    await page.getByLabel('In calls').selectOption('set');
    await page.getByRole('button', { name: 'Add fault' }).click();
    const outcome = await frame.evaluate(() =>
      (window as unknown as Win).client.set('ticket.status', 'open').then(
        () => 'resolved',
        (error: Error) => error.name,
      ),
    );
    expect(outcome).toBe('InjectedFault');
    const read = await frame.evaluate(() => (window as unknown as Win).client.get('ticket.status'));
    expect(read['ticket.status']).toBe('new');
    await page.getByRole('button', { name: 'Remove reject ticket.status (set)' }).click();
    await frame.evaluate(() => (window as unknown as Win).client.set('ticket.status', 'open'));
    expect(await page.evaluate(() => window.__workspace.state().status)).toBe('open');
  });

  it('tells a subscribed app about a color scheme switch without reloading it', async () => {
    const { page, frame } = await open();
    await frame.evaluate(() => {
      const win = window as unknown as Win;
      win.received = [];
      win.client.on('colorScheme.changed', (scheme) => win.received?.push(scheme));
    });
    await expect
      .poll(() => page.evaluate(() => window.__workspace.subscribers('colorScheme.changed')))
      .toBe(1);
    await page.getByRole('button', { name: 'Workspace settings' }).click();
    await page.getByLabel('Color scheme').selectOption('dark');
    await page.getByRole('button', { name: 'Apply and reload the app' }).click();
    await expect.poll(() => frame.evaluate(() => (window as unknown as Win).received)).toEqual(['dark']);
    expect(await page.evaluate(() => window.__workspace.loads)).toBe(1);
    expect(await page.evaluate(() => document.body.dataset.scheme)).toBe('dark');
    const seen = await frame.evaluate(() => (window as unknown as Win).client.get('colorScheme'));
    expect(seen.colorScheme).toBe('dark');
  });
});
