/**
 * A second host for the sidebar, written from Zendesk's developer docs (ticket sidebar API, REST API) and
 * nothing else: not the workspace, and sharing no code with it, so the e2e suite can check that the app
 * relies only on what Zendesk documents. It answers the real SDK over postMessage around one ticket.
 *
 * What it holds to, as documented (see /work/shared/notes/zaf-protocol.md §14):
 * - `ticket.comments` items are {id, value, author, via, imageAttachments, nonImageAttachments}: no public
 *   flag; `GET /api/v2/tickets/{id}/comments.json` has `public`.
 * - a saved ticket's status can be set to open, pending, hold or solved only;
 * - `set('ticket.assignee', {groupId, userId})`: the group is required;
 * - `currentUser.role` of a light agent is a custom role id; only the REST user's `role_type` (1) tells;
 * - messaging messages are in `ticket.conversation` and announced by `ticket.conversation.changed`;
 * - submitting emits `ticket.submit.start`, `.done`, `.always`;
 * - change events are per field: `ticket.status.changed`, `ticket.requester.id.changed`, ….
 */

type Role = 'admin' | 'agent' | 'light-agent';
type Channel = 'email' | 'messaging';

interface HostComment {
  id: number;
  author: 'requester' | number;
  public: boolean;
  html: string;
}

interface HostTicket {
  id: number;
  subject: string;
  status: string;
  tags: string[];
  assigneeId: number | null;
  groupId: number | null;
  requester: { id: number; name: string; email: string };
  comments: HostComment[];
  /** Messages of a live messaging conversation, not yet saved as comments. */
  messages: HostComment[];
  draft: { text: string; type: 'publicReply' | 'internalNote' };
}

const GROUPS = { tier1: { id: 20, name: 'Tier 1' }, billing: { id: 21, name: 'Billing' } };
const USERS: Record<
  Role,
  { id: number; name: string; roleType: number; groups: number[]; defaultGroup: number | null }
> = {
  admin: { id: 801, name: 'Ada Admin', roleType: 4, groups: [20, 21], defaultGroup: 20 },
  agent: { id: 802, name: 'Bo Agent', roleType: 0, groups: [20, 21], defaultGroup: 21 },
  'light-agent': { id: 803, name: 'Cy Light', roleType: 1, groups: [], defaultGroup: null },
};
/** The custom role id a light agent's `currentUser.role` shows. */
const LIGHT_AGENT_ROLE_ID = 360000777;

function tickets(): HostTicket[] {
  const base = { tags: [], assigneeId: null, groupId: GROUPS.tier1.id, messages: [] };
  const draft = { text: '', type: 'publicReply' as const };
  return [
    {
      ...base,
      id: 101,
      subject: 'Business Associate Agreement for the API',
      status: 'new',
      requester: { id: 501, name: 'Lee Park', email: 'lee@clinic.example' },
      comments: [
        {
          id: 1,
          author: 'requester',
          public: true,
          html: '<p>We send patient data through the OpenAI API. How do we sign a BAA for the API?</p>',
        },
      ],
      draft: { ...draft },
    },
    {
      ...base,
      id: 103,
      subject: 'BAA?',
      status: 'new',
      requester: { id: 503, name: 'Sam Ortiz', email: 'sam@care.example' },
      comments: [{ id: 3, author: 'requester', public: true, html: '<p>Do you sign a HIPAA BAA?</p>' }],
      draft: { ...draft },
    },
  ];
}

const params = new URLSearchParams(location.search);
const role: Role =
  (['admin', 'agent', 'light-agent'] as const).find((r) => r === params.get('role')) ?? 'agent';
let channel: Channel = params.get('channel') === 'messaging' ? 'messaging' : 'email';
const all = tickets();
const ticket = all.find((t) => t.id === Number(params.get('ticket'))) ?? (all[0] as HostTicket);
const appOrigin = `${location.protocol}//127.0.0.1:${location.port}`;
const guid = crypto.randomUUID();
const subscribers = new Map<string, number>();
const log: unknown[] = [];
let nextId = 1000;

const richText = () => channel === 'email';
const user = USERS[role];
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textOf = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html.replace(/<\/p>/g, '</p>\n');
  return (div.textContent ?? '').trim();
};

function author(comment: HostComment) {
  if (comment.author === 'requester') return { ...ticket.requester, role: 'end-user' };
  return { id: comment.author, name: 'Agent', role: 'agent' };
}

function view(): Record<string, unknown> {
  const via = { channel: channel === 'email' ? 'email' : 'native_messaging', source: {} };
  return {
    ticket: {
      id: ticket.id,
      isNew: false,
      subject: ticket.subject,
      description: textOf(ticket.comments[0]?.html ?? ''),
      status: ticket.status,
      tags: [...ticket.tags],
      requester: { ...ticket.requester, role: 'end-user', locale: 'en-US' },
      assignee: {
        user: ticket.assigneeId === null ? null : { id: ticket.assigneeId },
        group: Object.values(GROUPS).find((g) => g.id === ticket.groupId) ?? null,
      },
      via,
      comments: ticket.comments.map((c) => ({
        id: c.id,
        value: c.html,
        author: author(c),
        via,
        imageAttachments: [],
        nonImageAttachments: [],
      })),
      conversation:
        channel === 'messaging'
          ? [...ticket.comments, ...ticket.messages]
              .filter((c) => c.public)
              .map((c, i) => ({
                author: author(c),
                channel: { name: 'native_messaging' },
                message: { content: textOf(c.html), contentType: 'text/plain' },
                timestamp: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
              }))
          : [],
    },
    comment: { text: ticket.draft.text, type: ticket.draft.type, useRichText: richText(), attachments: [] },
    currentUser: {
      id: user.id,
      name: user.name,
      role: role === 'light-agent' ? LIGHT_AGENT_ROLE_ID : role,
      locale: 'en-US',
      groups: user.groups.map((id) => Object.values(GROUPS).find((g) => g.id === id)),
    },
    colorScheme: 'light',
  };
}

function read(path: string): { ok: true; value: unknown } | { ok: false } {
  let node: unknown = view();
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return { ok: false };
    node = (node as Record<string, unknown>)[part];
  }
  return { ok: true, value: node };
}

/** Applies one `set`; returns an error message when Zendesk would refuse it. */
function set(path: string, value: unknown): string | null {
  const light = role === 'light-agent';
  switch (path) {
    case 'ticket.status':
      if (light) return 'Light agents cannot change the status';
      if (!['open', 'pending', 'hold', 'solved'].includes(value as string))
        return `Invalid status: ${String(value)}`;
      ticket.status = value as string;
      return null;
    case 'ticket.tags':
      if (!Array.isArray(value)) return 'Tags must be an array';
      ticket.tags = [...new Set(value.map(String))];
      return null;
    case 'ticket.assignee': {
      if (light) return 'Light agents cannot change the assignee';
      const { groupId, userId } = (value ?? {}) as { groupId?: unknown; userId?: unknown };
      if (typeof groupId !== 'number' || !Object.values(GROUPS).some((g) => g.id === groupId)) {
        return 'A group is required: set {groupId, userId}';
      }
      if (userId !== undefined && typeof userId !== 'number') return 'Invalid user';
      ticket.groupId = groupId;
      ticket.assigneeId = userId ?? null;
      return null;
    }
    case 'comment.text':
      ticket.draft.text = String(value);
      return null;
    case 'comment.type':
      if (value !== 'publicReply' && value !== 'internalNote') return 'Invalid comment type';
      if (light && value === 'publicReply') return 'Light agents can only add internal notes';
      ticket.draft.type = value;
      return null;
    default:
      return 'No such API';
  }
}

function invoke(action: string, args: unknown[]): string | null {
  const [first] = args;
  switch (action) {
    case 'comment.appendHtml':
      ticket.draft.text += richText() ? String(first) : textOf(String(first));
      return null;
    case 'comment.appendText':
      ticket.draft.text += richText()
        ? String(first)
            .split(/\n{2,}/)
            .map((p) => `<p>${escapeHtml(p)}</p>`)
            .join('')
        : String(first);
      return null;
    case 'ticket.tags.add':
      ticket.tags = [...new Set([...ticket.tags, ...(Array.isArray(first) ? first : [first]).map(String)])];
      return null;
    case 'resize': {
      const height = (first as { height?: unknown } | undefined)?.height;
      if (typeof height === 'string') frame.style.height = height;
      return null;
    }
    case 'notify':
    case 'track':
      return null;
    default:
      return 'No such action';
  }
}

function request(options: { url?: unknown }): { ok: boolean; body: unknown } {
  const url = String(options.url ?? '').replace(/^https:\/\/[^/]+/, '');
  if (url === '/api/v2/users/me.json') {
    return {
      ok: true,
      body: { user: { id: user.id, role_type: user.roleType, default_group_id: user.defaultGroup } },
    };
  }
  if (url === `/api/v2/tickets/${ticket.id}/comments.json`) {
    const comments = ticket.comments.map((c) => ({ id: c.id, public: c.public, html_body: c.html }));
    return { ok: true, body: { comments, next_page: null, count: comments.length } };
  }
  return { ok: false, body: { status: 404, statusText: 'Not Found', responseText: '' } };
}

function post(message: object): void {
  log.push({ out: message });
  frame.contentWindow?.postMessage(message, appOrigin);
}

function emit(event: string, payload?: unknown): void {
  if ((subscribers.get(event) ?? 0) > 0) post({ key: `zaf.${event}`, message: payload });
}

function receive(data: unknown): void {
  const message = (typeof data === 'string' ? JSON.parse(data) : data) as Record<string, unknown>;
  log.push({ in: message });
  const key = typeof message.key === 'string' ? message.key : '';
  if (typeof message.id === 'number' && typeof message.request === 'string') return answer(message);
  if (key === 'iframe.handshake') {
    post({
      key: 'zaf.app.registered',
      message: {
        metadata: { appId: 1, installationId: 2, name: 'App', version: '1.0.0', settings: { title: 'App' } },
        context: { instanceGuid: guid, product: 'support', location: 'ticket_sidebar', ticketId: ticket.id },
      },
    });
  } else if (key.startsWith('iframe.on:') || key.startsWith('iframe.off:')) {
    const count = (message.message as { subscriberCount?: number } | undefined)?.subscriberCount ?? 0;
    subscribers.set(key.slice(key.indexOf(':') + 1), count);
  } else if (/^request:\d+$/.test(key)) {
    const { ok, body } = request((message.message ?? {}) as { url?: unknown });
    setTimeout(() =>
      emit(`${key}.${ok ? 'done' : 'fail'}`, { responseArgs: [body, ok ? 'success' : 'error', {}] }),
    );
  }
}

function answer(message: Record<string, unknown>): void {
  const errors: Record<string, { name: string; message: string; path: string }> = {};
  const result: Record<string, unknown> = { errors };
  const failed = (path: string, reason: string) => (errors[path] = { name: 'Error', message: reason, path });
  if (message.request === 'get') {
    for (const path of message.params as string[]) {
      const found = read(path);
      if (found.ok) result[path] = found.value;
      else failed(path, 'No such API');
    }
  } else {
    const params = (message.params ?? {}) as Record<string, unknown>;
    for (const [name, value] of Object.entries(params)) {
      const before = JSON.stringify(view());
      const refusal =
        message.request === 'set' ? set(name, value) : invoke(name, Array.isArray(value) ? value : [value]);
      if (refusal) failed(name, refusal);
      else result[name] = value;
      if (JSON.stringify(view()) !== before) render();
    }
  }
  setTimeout(() => post({ id: message.id, result }));
}

/** The agent submits: the draft becomes a comment, then `ticket.submit.*` as documented. */
function submit(): void {
  emit('ticket.submit.start');
  ticket.comments.push(...ticket.messages);
  ticket.messages = [];
  if (textOf(ticket.draft.text) !== '') {
    const html = richText() ? ticket.draft.text : `<p>${escapeHtml(ticket.draft.text)}</p>`;
    ticket.comments.push({
      id: nextId++,
      author: user.id,
      public: ticket.draft.type === 'publicReply',
      html,
    });
  }
  ticket.draft = { text: '', type: role === 'light-agent' ? 'internalNote' : 'publicReply' };
  render();
  emit('ticket.submit.done');
  emit('ticket.submit.always');
}

/** The requester writes: a live message on messaging tickets, a saved comment (ticket reloaded) on email. */
function addRequesterComment(html: string): void {
  const comment: HostComment = { id: nextId++, author: 'requester', public: true, html };
  if (channel === 'messaging') {
    ticket.messages.push(comment);
    emit('ticket.conversation.changed', read('ticket.conversation').ok ? view().ticket : undefined);
  } else {
    ticket.comments.push(comment);
    emit('ticket.updated');
  }
  render();
}

const frame = document.createElement('iframe');
frame.title = 'App';
frame.dataset.testid = 'app-frame';
frame.style.cssText = 'width: 340px; height: 400px; border: 1px solid #ccc';
frame.src = `${appOrigin}/assets/iframe.html?origin=${encodeURIComponent(location.origin)}&app_guid=${guid}`;
const summary = document.createElement('pre');
summary.dataset.testid = 'ticket';

function render(): void {
  summary.textContent = JSON.stringify({ ...ticket, channel }, null, 2);
}

window.addEventListener('message', (event) => {
  if (event.source === frame.contentWindow && event.origin === appOrigin) receive(event.data);
});

const api = {
  state: () => structuredClone({ ...ticket, comments: [...ticket.comments, ...ticket.messages] }),
  submit,
  addRequesterComment,
  /** The agent switches the reply channel in the composer; the app is not reloaded. */
  setOptions: (change: { channel?: Channel }) => {
    if (change.channel && change.channel !== channel) {
      channel = change.channel;
      ticket.draft.text = richText() ? `<p>${escapeHtml(ticket.draft.text)}</p>` : textOf(ticket.draft.text);
    }
    render();
  },
  setCommentType: (type: 'publicReply' | 'internalNote') => {
    ticket.draft.type = type;
    render();
  },
  log,
};
(window as unknown as { __documentedHost: typeof api }).__documentedHost = api;
document.body.append(summary, frame);
render();

export {};
