/**
 * The ZAF adapter against the SDK-like fake: what it reads, the exact calls each ticket change makes,
 * and the SDK's failure quirks turned into typed errors.
 */
import { describe, expect, it } from 'vitest';
import type { TicketChange } from '../../src/ticket/changes';
import { settingsOf } from '../../src/routine/settings';
import { completeTicket, loadTicket } from '../../src/zendesk/adapter';
import type { ZafClient } from '../../src/zendesk/client';
import {
  guardClient,
  isResolvedTimeout,
  ZafCallError,
  ZafPathError,
  ZafTimeoutError,
} from '../../src/zendesk/errors';
import { readState, ticketPort, WrongTicketError } from '../../src/zendesk/ticketActions';
import { AGENT, FakeZafClient, REQUESTER } from '../support/fakeZafClient';

describe('loadTicket', () => {
  it('reads the ticket into the domain Ticket, state, agent, channel and settings in one batched get, then learns which comments are public from the REST API', async () => {
    const fake = new FakeZafClient({
      ticket: {
        comments: [
          { id: 1, value: '<p>Need a BAA</p>', author: REQUESTER, public: true },
          { id: 2, value: '<p>Which product?</p>', author: AGENT, public: true },
          { id: 3, value: '<p>note</p>', author: AGENT, public: false },
          { id: 4, value: '<p>From a CC</p>', author: { id: 555, role: 'end-user' } },
        ],
        channel: 'web',
        tags: ['a'],
        draft: '<p>d</p>',
      },
      settings: { baaEmail: 'nope' },
    });
    const first = await loadTicket(fake);
    expect(fake.calls.map((c) => c.kind)).toEqual(['get']);
    // ZAF's comments carry no public flag: until the REST API answers, all count as public.
    expect(first.ticket.comments.map((c) => c.public)).toEqual([true, true, true, true]);
    expect(first.complete).toBe(false);
    const loaded = await completeTicket(fake, first);
    expect(fake.calls.filter((c) => c.kind === 'request').map((c) => c.name)).toEqual([
      '/api/v2/tickets/42/comments.json',
      '/api/v2/users/me.json',
    ]);
    expect(loaded.ticket.comments.map((c) => [c.id, c.authorRole, c.public, c.html])).toEqual([
      [1, 'requester', true, true],
      [2, 'agent', true, true],
      [3, 'agent', false, true],
      [4, 'requester', true, true],
    ]);
    expect(loaded.ticket.requester).toEqual({ name: REQUESTER.name, locale: REQUESTER.locale });
    expect(loaded.channel).toBe('web');
    expect(loaded.state).toEqual({
      ticketId: 42,
      status: 'open',
      tags: ['a'],
      assigneeId: AGENT.id,
      assigneeGroupId: 360001,
      draft: '<p>d</p>',
      commentType: 'publicReply',
    });
    expect(loaded.agent).toEqual({
      id: AGENT.id,
      canReplyPublicly: true,
      isAdmin: false,
      groupIds: [360001],
      defaultGroupId: 360001,
    });
    expect(loaded.sentReplies).toEqual(['<p>Which product?</p>']);
    const { settings, problems } = settingsOf(loaded.settingsInput);
    expect(problems.map((p) => p.code)).toEqual(['invalid_email']);
    expect(settings.baaEmail).toBe('baa@openai.com');
    expect(loaded.gaps).toEqual([]);
  });

  it('asks the REST API about every role but admin: role_type 1 is a light agent, whatever role says', async () => {
    for (const role of ['Light agent', 'agent', 360000123]) {
      const fake = new FakeZafClient({ currentUser: { ...AGENT, role }, roleType: 1 });
      const light = await completeTicket(fake, await loadTicket(fake));
      expect(light.agent.canReplyPublicly).toBe(false);
    }
    const adminFake = new FakeZafClient({ currentUser: { ...AGENT, role: 'admin', groups: [] } });
    const admin = await completeTicket(adminFake, await loadTicket(adminFake));
    expect(admin.agent).toEqual({ id: AGENT.id, canReplyPublicly: true, isAdmin: true, groupIds: [] });
    expect(adminFake.calls.map((c) => c.name)).not.toContain('/api/v2/users/me.json');
  });

  it('reads a messaging conversation from ticket.conversation', async () => {
    const fake = new FakeZafClient({
      ticket: {
        channel: 'native_messaging',
        conversation: [
          { author: { role: 'end-user' }, message: { content: 'Hi', contentType: 'text/plain' } },
          { author: { role: 'agent' }, message: { content: 'Which product?' } },
          { author: { role: 'system' }, message: { content: 'Conversation transferred' } },
        ],
      },
    });
    const loaded = await loadTicket(fake);
    expect(loaded.ticket.comments.map((c) => [c.authorRole, c.body, c.html])).toEqual([
      ['requester', 'Hi', false],
      ['agent', 'Which product?', false],
    ]);
  });

  it('plays safe when the REST API cannot be read: all comments public, replies as internal notes', async () => {
    const fake = new FakeZafClient();
    fake.fail({ call: 'request', name: '/api/v2/users/me.json', mode: 'reject' });
    fake.fail({ call: 'request', name: '/api/v2/tickets/42/comments.json', mode: 'reject' });
    const loaded = await completeTicket(fake, await loadTicket(fake));
    expect(loaded.agent.canReplyPublicly).toBe(false);
    expect(loaded.gaps).toEqual(['publicity', 'role']);
  });

  it('works without the parts Zendesk cannot give, and names them', async () => {
    const loaded = await loadTicket(new FakeZafClient({ missingPaths: ['ticket.comments', 'colorScheme'] }));
    expect(loaded.ticket.comments).toEqual([]);
    expect(loaded.ticket.subject).toBe('BAA for the API');
    expect(loaded.colorScheme).toBe('light');
    expect(loaded.gaps).toEqual(['comments']);
  });

  it('fails with a path error without the ticket id', async () => {
    await expect(loadTicket(new FakeZafClient({ missingPaths: ['ticket.id'] }))).rejects.toMatchObject({
      name: 'ZafPathError',
      path: 'ticket.id',
    });
  });
});

describe('readState and ticketPort', () => {
  it('readState refuses another ticket', async () => {
    const fake = new FakeZafClient();
    fake.ticket.id = 9;
    await expect(readState(fake, 42)).rejects.toBeInstanceOf(WrongTicketError);
  });

  it('carries out each change with the documented ZAF call', async () => {
    const fake = new FakeZafClient({ ticket: { draft: 'x', tags: ['t'] } });
    const port = ticketPort(fake, 42);
    const changes: TicketChange[] = [
      { kind: 'appendToDraft', format: 'html', content: '<p>h</p>' },
      { kind: 'appendToDraft', format: 'text', content: 'plain' },
      { kind: 'setCommentType', commentType: 'internalNote' },
      { kind: 'addTags', tags: ['baa_api'] },
      { kind: 'setStatus', status: 'solved' },
      { kind: 'setAssignee', userId: null, groupId: 360001 },
      { kind: 'setAssignee', userId: 7, groupId: 360001 },
      { kind: 'setTags', tags: ['only'] },
      { kind: 'setDraft', content: 'restored' },
    ];
    for (const change of changes) await port.apply(change);
    const made = fake.calls.filter((c) => c.name !== 'ticket.id').map((c) => [c.kind, c.name, ...c.args]);
    expect(made).toEqual([
      ['invoke', 'comment.appendHtml', '<p>h</p>'],
      ['invoke', 'comment.appendText', 'plain'],
      ['set', 'comment.type', 'internalNote'],
      ['invoke', 'ticket.tags.add', ['baa_api']],
      ['set', 'ticket.status', 'solved'],
      ['set', 'ticket.assignee', { groupId: 360001 }],
      ['set', 'ticket.assignee', { groupId: 360001, userId: 7 }],
      ['set', 'ticket.tags', ['only']],
      ['set', 'comment.text', 'restored'],
    ]);
    // Each change first checks the host still shows the analysed ticket.
    expect(fake.calls.filter((c) => c.name === 'ticket.id')).toHaveLength(changes.length);
    expect(fake.ticket).toMatchObject({
      draft: 'restored',
      tags: ['only'],
      status: 'solved',
      assigneeId: 7,
      groupId: 360001,
    });
  });

  it('refuses to change a ticket the host no longer shows', async () => {
    const fake = new FakeZafClient();
    const port = ticketPort(fake, 42);
    fake.ticket.id = 43;
    await expect(port.apply({ kind: 'setStatus', status: 'solved' })).rejects.toBeInstanceOf(
      WrongTicketError,
    );
    expect(fake.ticket.status).toBe('open');
  });
});

describe('typed errors', () => {
  /** A client whose every call answers with `answer`. */
  const answering = (answer: () => Promise<unknown>): ZafClient =>
    ({
      on: () => undefined,
      off: () => undefined,
      get: answer,
      set: answer,
      invoke: answer,
      request: answer,
      metadata: answer,
      context: answer,
    }) as unknown as ZafClient;

  it("turns the npm copy's resolved timeout object into a rejection", async () => {
    const timeout = { name: 'TimeoutError', message: 'Timeout when invoking "get"', invocationName: 'get' };
    expect(isResolvedTimeout(timeout)).toBe(true);
    const client = guardClient(answering(() => Promise.resolve(timeout)));
    await expect(client.get('ticket.id')).rejects.toBeInstanceOf(ZafTimeoutError);
  });

  it('gives up on a call that is never answered', async () => {
    const client = guardClient(
      answering(() => new Promise(() => undefined)),
      20,
    );
    await expect(client.invoke('resize', { width: '100%', height: '1px' })).rejects.toBeInstanceOf(
      ZafTimeoutError,
    );
  });

  it("the current SDK's timeout rejection is a timeout too", async () => {
    const client = guardClient(answering(() => Promise.reject(new Error('Invocation request timeout'))));
    await expect(client.get('ticket.id')).rejects.toBeInstanceOf(ZafTimeoutError);
  });

  it('wraps rejections, including xhr-like objects, naming the call', async () => {
    const single = guardClient(new FakeZafClient({ missingPaths: ['ticket.subject'] }));
    await expect(single.get('ticket.subject')).rejects.toMatchObject({
      name: 'ZafCallError',
      message: 'Zendesk refused get ticket.subject: "ticket.subject" No such API',
    });
    const xhr = guardClient(answering(() => Promise.reject({ status: 403, statusText: 'Forbidden' })));
    await expect(xhr.request({ url: '/api/v2/users/me.json' })).rejects.toMatchObject({
      message: 'Zendesk refused request /api/v2/users/me.json: HTTP 403 Forbidden',
    });
  });

  it('a set or invoke whose result carries errors rejects', async () => {
    const client = guardClient(
      answering(() => Promise.resolve({ errors: { 'ticket.status': { name: 'E', message: 'read only' } } })),
    );
    const error: unknown = await client.set('ticket.status', 'solved').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZafCallError);
    expect((error as ZafCallError).cause).toBeInstanceOf(ZafPathError);
  });
});
