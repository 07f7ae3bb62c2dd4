/**
 * The workspace's host side of ZAF, without a browser: what it answers to each message the SDK sends,
 * the ticket semantics behind get/set/invoke, events, the save hook, request fixtures and faults.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleTickets } from '../../workspace/fixtures/tickets';
import { noFaults, type Faults } from '../../workspace/host/faults';
import { openTicket, type SessionOptions, type TicketState } from '../../workspace/host/model';
import type { HostEffect } from '../../workspace/host/paths';
import { type Registration, ZafHost } from '../../workspace/host/protocol';
import { htmlToText } from '../../src/text/html';

const GUID = 'guid-1';

function registration(ticketId: number): Registration {
  return {
    metadata: { appId: 1, installationId: 2, name: 'App', version: '1.0.0', settings: { tagPrefix: 'baa' } },
    context: {
      instanceGuid: GUID,
      product: 'support',
      account: { subdomain: 'local' },
      location: 'ticket_sidebar',
      ticketId,
    },
  };
}

function ticket(id: number, options: SessionOptions): TicketState {
  const sample = sampleTickets().find((candidate) => candidate.id === id);
  if (!sample) throw new Error(`no sample ticket ${id}`);
  return openTicket(sample, options);
}

function setup(change: Partial<SessionOptions> = {}, ticketId = 101, faults: Faults = noFaults()) {
  const options: SessionOptions = {
    role: 'agent',
    channel: 'email',
    colorScheme: 'light',
    settings: {},
    ...change,
  };
  let state = ticket(ticketId, options);
  const posted: Record<string, unknown>[] = [];
  const effects: HostEffect[] = [];
  const external: string[] = [];
  const host = new ZafHost(
    {
      post: (message) => posted.push(message as Record<string, unknown>),
      state: () => state,
      options: () => options,
      commit: (next) => (state = next),
      effect: (effect) => effects.push(effect),
      externalRequest: (url) => external.push(url),
      now: () => 0,
    },
    registration(ticketId),
    faults,
    1000,
  );
  let id = 0;
  /** Sends an RPC as the SDK does (a JSON string) and returns the host's answer, if any. */
  const rpc = (request: 'get' | 'set' | 'invoke', params: unknown) => {
    id += 1;
    host.receive(JSON.stringify({ id, request, params, appGuid: GUID, instanceGuid: GUID }));
    return posted.find((message) => message.id === id) as {
      result?: Record<string, unknown>;
      error?: unknown;
    };
  };
  const on = (event: string, subscriberCount = 1) =>
    host.receive(JSON.stringify({ key: `iframe.on:${event}`, message: { subscriberCount } }));
  const events = (name: string) => posted.filter((message) => message.key === `zaf.${name}`);
  return { host, rpc, on, events, posted, effects, external, state: () => state };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('handshake', () => {
  it('answers iframe.handshake with app.registered carrying metadata and context', () => {
    const { host, posted } = setup();
    host.receive(JSON.stringify({ key: 'iframe.handshake', message: { version: '2.0.9' } }));
    expect(posted).toEqual([{ key: 'zaf.app.registered', message: registration(101) }]);
    expect(host.isRegistered).toBe(true);
  });

  it('logs every message in both directions', () => {
    const { host } = setup();
    host.receive(JSON.stringify({ key: 'iframe.handshake', message: { version: '2.0.9' } }));
    expect(host.log.map((entry) => entry.direction)).toEqual(['in', 'out']);
    expect(host.log[0]?.payload).toMatchObject({ key: 'iframe.handshake' });
  });
});

describe('get', () => {
  it('answers each path under its own key, with an empty errors object', () => {
    const { rpc } = setup();
    const { result } = rpc('get', ['ticket.id', 'ticket.subject', 'ticket.tags', 'comment.useRichText']);
    expect(result).toEqual({
      errors: {},
      'ticket.id': 101,
      'ticket.subject': 'BAA for our API integration',
      'ticket.tags': [],
      'comment.useRichText': true,
    });
  });

  it('gives comments, requester, assignee and via in Zendesk shapes', () => {
    const { rpc } = setup({}, 104);
    const { result } = rpc('get', ['ticket.comments', 'ticket.requester', 'ticket.assignee', 'ticket.via']);
    const comments = result?.['ticket.comments'] as { author: { role: string }; value: string }[];
    expect(comments).toHaveLength(3);
    expect(comments[0]).toMatchObject({
      author: { role: 'end-user' },
      imageAttachments: [],
      nonImageAttachments: [],
    });
    expect(comments[1]?.author.role).toBe('agent');
    expect(result?.['ticket.requester']).toMatchObject({
      name: 'Lena Fischer',
      email: 'lena@medtech.example',
    });
    expect(result?.['ticket.assignee']).toEqual({ user: null, group: { id: 360001, name: 'Support' } });
    expect(result?.['ticket.via']).toMatchObject({ channel: 'email' });
  });

  it('reports an unknown path in errors, with a name, and still answers the others', () => {
    const { rpc } = setup();
    const { result } = rpc('get', ['ticket.id', 'ticket.nope']);
    expect(result?.['ticket.id']).toBe(101);
    expect(result?.errors).toEqual({
      'ticket.nope': { name: 'APIUnavailable', message: 'No such API', path: 'ticket.nope' },
    });
  });

  it('reads deeper paths and does not walk into prototypes', () => {
    const { rpc } = setup({}, 102);
    const { result } = rpc('get', ['ticket.assignee.user.id', 'ticket.tags.constructor']);
    expect(result?.['ticket.assignee.user.id']).toBe(9004);
    expect(result?.errors).toHaveProperty(['ticket.tags.constructor']);
  });

  it('does not tell a light agent in currentUser.role, as Zendesk may not (role_type does)', () => {
    const { rpc } = setup({ role: 'light-agent' });
    const { result } = rpc('get', ['currentUser', 'comment.type']);
    expect(result?.currentUser).toMatchObject({ id: 9003, role: 'agent', groups: [] });
    expect(result?.['comment.type']).toBe('internalNote');
  });

  it('gives a plain-text composer and the messaging channel for messaging', () => {
    const { rpc } = setup({ channel: 'messaging' });
    const { result } = rpc('get', ['comment.useRichText', 'ticket.via.channel']);
    expect(result).toMatchObject({ 'comment.useRichText': false, 'ticket.via.channel': 'native_messaging' });
  });
});

describe('set', () => {
  it('changes the status and answers the new value', () => {
    const { rpc, state } = setup();
    expect(rpc('set', { 'ticket.status': 'pending' }).result).toEqual({
      errors: {},
      'ticket.status': 'pending',
    });
    expect(state().status).toBe('pending');
  });

  it('refuses an invalid status with a named error and changes nothing', () => {
    const { rpc, state } = setup();
    const { result } = rpc('set', { 'ticket.status': 'done' });
    expect(result?.errors).toMatchObject({ 'ticket.status': { name: 'ValidationError' } });
    expect(state().status).toBe('new');
  });

  it('refuses New on a saved ticket, even one whose saved status is New', () => {
    const fresh = setup({}, 101);
    fresh.rpc('set', { 'ticket.status': 'solved' });
    expect(fresh.rpc('set', { 'ticket.status': 'new' }).result?.errors).toMatchObject({
      'ticket.status': { name: 'ValidationError', message: 'Invalid status: "new"' },
    });
    expect(fresh.state().status).toBe('solved');
    const open = setup({}, 102);
    expect(open.rpc('set', { 'ticket.status': 'new' }).result?.errors).toHaveProperty(['ticket.status']);
    expect(open.state().status).toBe('open');
  });

  it('accepts the documented {groupId, userId}, and {groupId} alone to unassign', () => {
    const { rpc, state } = setup();
    rpc('set', { 'ticket.assignee': { groupId: 360001, userId: 9002 } });
    expect(state()).toMatchObject({ assigneeId: 9002, groupId: 360001 });
    rpc('set', { 'ticket.assignee': { groupId: 360001 } });
    expect(state()).toMatchObject({ assigneeId: null, groupId: 360001 });
  });

  it('refuses an assignee without a group, a light agent, or an unknown user', () => {
    const { rpc, state } = setup();
    for (const value of [
      { userId: 9002 },
      { userId: null },
      { groupId: 360001, userId: 9003 },
      { groupId: 360001, userId: 1 },
      { groupId: 5, userId: 9002 },
    ]) {
      expect(rpc('set', { 'ticket.assignee': value }).result?.errors).toHaveProperty(['ticket.assignee']);
    }
    expect(state().assigneeId).toBeNull();
  });

  it('normalizes tags like Zendesk: lower case, one word each, no duplicates', () => {
    const { rpc, state } = setup();
    rpc('set', { 'ticket.tags': ['VIP', 'baa_api', 'two words', 'vip'] });
    expect(state().tags).toEqual(['vip', 'baa_api', 'two', 'words']);
  });

  it('replaces the draft and switches the comment type', () => {
    const { rpc, state } = setup();
    rpc('set', { 'comment.text': '<p>Hello</p>', 'comment.type': 'internalNote' });
    expect(state().draft).toEqual({ text: '<p>Hello</p>', type: 'internalNote' });
  });

  it('refuses a public reply, a status and an assignee from a light agent', () => {
    const { rpc, state } = setup({ role: 'light-agent' });
    const { result } = rpc('set', {
      'comment.type': 'publicReply',
      'ticket.status': 'solved',
      'ticket.assignee': { groupId: 360001, userId: 9002 },
    });
    expect(Object.keys(result?.errors as object).sort()).toEqual([
      'comment.type',
      'ticket.assignee',
      'ticket.status',
    ]);
    expect(result?.errors).toMatchObject({ 'comment.type': { name: 'PermissionDenied' } });
    expect(state()).toMatchObject({ status: 'new', assigneeId: null, draft: { type: 'internalNote' } });
  });

  it('applies the good keys of a bulk set and reports the bad one', () => {
    const { rpc, state } = setup();
    const { result } = rpc('set', { 'ticket.status': 'open', 'ticket.priority': 'high' });
    expect(result).toMatchObject({
      'ticket.status': 'open',
      errors: { 'ticket.priority': { name: 'ReadOnly' } },
    });
    expect(state().status).toBe('open');
  });
});

describe('invoke', () => {
  it('appends HTML to a rich-text draft, keeping what was there', () => {
    const { rpc, state } = setup();
    rpc('set', { 'comment.text': '<p>Draft</p>' });
    expect(rpc('invoke', { 'comment.appendHtml': ['<p>Reply</p>'] }).result).toEqual({
      errors: {},
      'comment.appendHtml': null,
    });
    expect(state().draft.text).toBe('<p>Draft</p><p>Reply</p>');
  });

  it('appends plain text to a messaging draft, even when given HTML', () => {
    const { rpc, state } = setup({ channel: 'messaging' });
    rpc('set', { 'comment.text': 'Draft' });
    rpc('invoke', { 'comment.appendText': ['\n\nReply'] });
    rpc('invoke', { 'comment.appendHtml': ['<p>A &amp; B</p>'] });
    expect(state().draft.text).toBe('Draft\n\nReplyA & B');
  });

  it('escapes text appended to a rich-text draft', () => {
    const { rpc, state } = setup();
    rpc('invoke', { 'comment.appendText': ['<b>not bold</b>\nnext'] });
    expect(state().draft.text).toBe('<p>&lt;b&gt;not bold&lt;/b&gt;<br>next</p>');
  });

  it('adds and removes tags', () => {
    const { rpc, state } = setup({}, 102);
    rpc('invoke', { 'ticket.tags.add': [['baa_api', 'extra']] });
    rpc('invoke', { 'ticket.tags.remove': ['extra'] });
    expect(state().tags).toEqual(['vip', 'baa_api']);
  });

  it('hands resize and notify to the page', () => {
    const { rpc, effects } = setup();
    rpc('invoke', { resize: [{ width: '100%', height: '420px' }] });
    rpc('invoke', { notify: ['Saved', 'alert'] });
    expect(effects).toEqual([
      { kind: 'resize', width: '100%', height: '420px' },
      { kind: 'notify', message: 'Saved', level: 'alert', durationMs: undefined },
    ]);
  });

  it('reports an unknown action per action, with a name', () => {
    const { rpc } = setup();
    const { result } = rpc('invoke', { 'ticket.explode': [], notify: ['ok'] });
    expect(result).toMatchObject({ notify: null, errors: { 'ticket.explode': { name: 'APIUnavailable' } } });
  });
});

describe('events', () => {
  it('counts subscribers and sends an event only while someone listens', () => {
    const { host, on, events } = setup();
    on('ticket.updated', 2);
    expect(host.subscriberCount('ticket.updated')).toBe(2);
    host.emit('ticket.updated', { id: 101 });
    host.receive(JSON.stringify({ key: 'iframe.off:ticket.updated', message: { subscriberCount: 0 } }));
    host.emit('ticket.updated', { id: 101 });
    expect(events('ticket.updated')).toEqual([{ key: 'zaf.ticket.updated', message: { id: 101 } }]);
  });

  it('announces changes as <path>.changed and *.changed', () => {
    const { rpc, on, events } = setup();
    on('ticket.status.changed');
    on('*.changed');
    rpc('set', { 'ticket.status': 'pending' });
    expect(events('ticket.status.changed')).toEqual([
      { key: 'zaf.ticket.status.changed', message: 'pending' },
    ]);
    expect(events('*.changed')).toEqual([
      {
        key: 'zaf.*.changed',
        message: { propertyName: 'ticket.status', oldValue: 'new', newValue: 'pending' },
      },
    ]);
  });

  it('announces a requester reply as comments changed and ticket updated', () => {
    const { host, on, events, state } = setup();
    on('ticket.comments.changed');
    on('ticket.updated');
    const comment = { id: 1, author: 'requester' as const, public: true, html: '<p>It is for the API</p>' };
    host.change({ ...state(), comments: [...state().comments, comment] }, 'requester');
    expect(events('ticket.comments.changed')).toHaveLength(1);
    expect(events('ticket.updated')[0]?.message).toMatchObject({ id: 101 });
  });

  it('relays trigger to the app', () => {
    const { host, on, events } = setup();
    on('custom.ping');
    host.receive(JSON.stringify({ key: 'iframe.trigger:custom.ping', message: { a: 1 } }));
    expect(events('custom.ping')).toEqual([{ key: 'zaf.custom.ping', message: { a: 1 } }]);
  });

  it('announces a color scheme switch only to a subscribed app', () => {
    const { host, on, events } = setup();
    expect(host.announceColorScheme('dark')).toBe(false);
    on('colorScheme.changed');
    expect(host.announceColorScheme('dark')).toBe(true);
    expect(events('colorScheme.changed')).toEqual([{ key: 'zaf.colorScheme.changed', message: 'dark' }]);
  });
});

describe('the ticket.save hook', () => {
  function registered(change: Partial<SessionOptions> = {}) {
    const context = setup(change);
    context.host.receive(JSON.stringify({ key: 'iframe.handshake', message: { version: '2.0.9' } }));
    return context;
  }

  it('passes when no app subscribed', async () => {
    await expect(registered().host.runHook('ticket.save')).resolves.toEqual({ ok: true });
  });

  it('asks a subscribed app with needsReply and passes on a reply without error', async () => {
    const { host, on, events } = registered();
    on('ticket.save');
    const outcome = host.runHook('ticket.save');
    expect(events('ticket.save')).toEqual([{ key: 'zaf.ticket.save', needsReply: true }]);
    host.receive({ key: 'iframe.reply:ticket.save', appGuid: GUID });
    await expect(outcome).resolves.toEqual({ ok: true });
  });

  it("fails with the app's message", async () => {
    const { host, on } = registered();
    on('ticket.save');
    const outcome = host.runHook('ticket.save');
    host.receive({ key: 'iframe.reply:ticket.save', appGuid: GUID, error: { msg: 'Check the reply first' } });
    await expect(outcome).resolves.toEqual({ ok: false, message: 'Check the reply first' });
  });

  it('fails when the app never answers', async () => {
    vi.useFakeTimers();
    const { host, on } = registered();
    on('ticket.save');
    const outcome = host.runHook('ticket.save');
    await vi.advanceTimersByTimeAsync(1000);
    await expect(outcome).resolves.toMatchObject({ ok: false });
  });
});

describe('request', () => {
  function request(context: ReturnType<typeof setup>, n: number, options: object) {
    context.on(`request:${n}.done`);
    context.on(`request:${n}.fail`);
    context.host.receive(JSON.stringify({ key: `request:${n}`, message: options }));
    return context.posted.at(-1) as { key: string; message: { responseArgs: unknown[] } };
  }

  it('answers users/me from fixtures; a light agent is an agent with role_type 1', () => {
    const answer = request(setup({ role: 'light-agent' }), 1, { url: '/api/v2/users/me.json', type: 'GET' });
    expect(answer.key).toBe('zaf.request:1.done');
    expect(answer.message.responseArgs[0]).toEqual({
      user: {
        id: 9003,
        name: 'Robin Hart',
        email: 'robin@example.com',
        locale: 'en-US',
        role: 'agent',
        role_type: 1,
        default_group_id: null,
      },
    });
  });

  it('pages the comments endpoint like Zendesk, with the public flag ZAF lacks', () => {
    const host = setup({}, 109);
    const first = request(host, 1, { url: '/api/v2/tickets/109/comments.json', type: 'GET' });
    const page = first.message.responseArgs[0] as { comments: { public: boolean }[]; next_page: string };
    expect(page.comments).toHaveLength(100);
    expect(page.comments.every((comment) => typeof comment.public === 'boolean')).toBe(true);
    const second = request(host, 2, { url: page.next_page, type: 'GET' });
    const next = second.message.responseArgs[0] as { comments: unknown[]; next_page: string | null };
    expect(next.comments.length).toBeGreaterThan(0);
  });

  it('answers an unknown Zendesk path with 404', () => {
    const answer = request(setup(), 1, { url: '/api/v2/nothing.json' });
    expect(answer.key).toBe('zaf.request:1.fail');
    expect(answer.message.responseArgs[0]).toMatchObject({ status: 404 });
  });

  it('refuses and reports a URL outside Zendesk', () => {
    const context = setup();
    const answer = request(context, 1, { url: 'https://tracker.example/collect' });
    expect(answer.key).toBe('zaf.request:1.fail');
    expect(context.external).toEqual(['https://tracker.example/collect']);
  });
});

describe('faults', () => {
  it('rejects a whole call with a named error', () => {
    const { rpc, state } = setup({}, 101, {
      rules: [{ target: 'ticket.status', kind: 'reject' }],
      delayMs: 0,
    });
    const answer = rpc('set', { 'ticket.status': 'solved', 'ticket.tags': ['x'] });
    expect(answer).toEqual({
      id: 1,
      error: { name: 'InjectedFault', message: 'Injected failure of ticket.status' },
    });
    expect(state()).toMatchObject({ status: 'new', tags: [] });
  });

  it('fails one path inside a bulk call', () => {
    const { rpc } = setup({}, 101, { rules: [{ target: 'ticket.comments', kind: 'error' }], delayMs: 0 });
    const { result } = rpc('get', ['ticket.id', 'ticket.comments']);
    expect(result).toMatchObject({
      'ticket.id': 101,
      errors: { 'ticket.comments': { name: 'InjectedFault' } },
    });
  });

  it('never answers a hanging call', () => {
    const { rpc } = setup({}, 101, { rules: [{ target: 'comment.appendHtml', kind: 'hang' }], delayMs: 0 });
    expect(rpc('invoke', { 'comment.appendHtml': ['<p>x</p>'] })).toBeUndefined();
  });

  it('fires a limited fault only as many times as asked', () => {
    const { rpc } = setup({}, 101, {
      rules: [{ target: '*', kind: 'reject', method: 'set', times: 1 }],
      delayMs: 0,
    });
    expect(rpc('set', { 'ticket.status': 'open' }).error).toBeDefined();
    expect(rpc('set', { 'ticket.status': 'open' }).result).toBeDefined();
    expect(rpc('get', ['ticket.id']).result).toBeDefined();
  });

  it('a slow host delays every answer, the handshake included', async () => {
    vi.useFakeTimers();
    const { host, rpc, posted } = setup({}, 101, { rules: [], delayMs: 500 });
    host.receive(JSON.stringify({ key: 'iframe.handshake', message: { version: '2.0.9' } }));
    expect(rpc('get', ['ticket.id'])).toBeUndefined();
    expect(posted).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(posted.map((message) => message.key ?? message.id)).toEqual(['zaf.app.registered', 1]);
  });
});

describe('htmlToText (the one converter, as the workspace uses it)', () => {
  it('keeps words and line structure, drops scripts, decodes entities and survives any reference', () => {
    expect(htmlToText('<p>Hi&nbsp;Ana,</p><script>x()</script><ul><li>a &amp; b</li></ul>')).toBe(
      'Hi Ana,\n\na & b',
    );
    expect(htmlToText('<p>&#99999999; &constructor;</p>')).toBe('\uFFFD &constructor;');
  });
});
