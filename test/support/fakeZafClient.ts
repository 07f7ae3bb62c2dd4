/**
 * A typed fake ZAF client that behaves like the SDK (docs: ../shared/notes/zaf-protocol.md §3-§5, §12.1)
 * around an in-memory ticket, so tests assert the final composer text, status, tags, assignee and comment
 * type rather than which calls were made.
 *
 * - `app.registered` fires asynchronously; calls made before it are queued, and recorded in `earlyCalls`.
 * - `get` resolves path-keyed results with `errors`; a single-path error rejects with Error('"path" msg').
 * - `set` / `invoke` resolve `{errors:{}, [key]: value}`.
 * - Failures are configurable per call and name: reject, never answer, resolve with the npm copy's
 *   timeout object, or (for get) a per-path error.
 */
import type { CommentType, TicketStatus } from '../../src/ticket/changes';
import type {
  ColorScheme,
  ZafAction,
  ZafActions,
  ZafClient,
  ZafComment,
  ZafContext,
  ZafEvent,
  ZafEvents,
  ZafGetResult,
  ZafInvokeResult,
  ZafMetadata,
  ZafPath,
  ZafPathErrorInfo,
  ZafPaths,
  ZafRequestOptions,
  ZafSetResult,
  ZafSettable,
  ZafSettablePath,
  ZafUser,
} from '../../src/zendesk/client';

export interface FakeTicket {
  id: number;
  subject: string;
  description: string;
  comments: ZafComment[];
  requester: ZafUser;
  status: TicketStatus;
  tags: string[];
  assigneeId: number | null;
  /** `ticket.via.channel`, e.g. 'email', 'web', 'native_messaging'. */
  channel: string;
  /** The composer's draft (`comment.text`). */
  draft: string;
  useRichText: boolean;
  commentType: CommentType;
}

export type CallKind = 'get' | 'set' | 'invoke' | 'request';
/** `hold`: answers as of the call, but only when the test calls `release()` (a late answer). */
export type FailureMode = 'reject' | 'never' | 'timeoutObject' | 'pathError' | 'hold';

export interface Failure {
  call: CallKind;
  /** The path, action or URL; for `get`, the call fails when it asks for this path. */
  name: string;
  mode: FailureMode;
  /** How many calls fail before it passes; unlimited when omitted. */
  times?: number;
}

export interface RecordedCall {
  kind: CallKind;
  name: string;
  args: unknown[];
}

export interface FakeOptions {
  ticket?: Partial<FakeTicket>;
  currentUser?: ZafUser;
  /** `role_type` of /api/v2/users/me.json (1: light agent). */
  roleType?: number;
  settings?: Record<string, unknown>;
  colorScheme?: ColorScheme;
  /** Paths the host cannot give (per-path errors). */
  missingPaths?: ZafPath[];
  /** False: the host never answers the handshake. */
  registers?: boolean;
  /** `requirement:<identifier>` → macro id, as an installed app's requirements give them. */
  requirements?: Record<string, number>;
  /** The same, answered only by REST (`/api/v2/apps/installations/{id}/requirements.json`). */
  restRequirements?: Record<string, number>;
  /** Macros of the account, by id, for GET and PUT /api/v2/macros/{id}.json. */
  macros?: Record<number, FakeMacro>;
}

export interface FakeMacro {
  title: string;
  actions: { field: string; value: unknown }[];
}

export const AGENT: ZafUser = { id: 7, name: 'Alex Agent', role: 'agent', locale: 'en-US' };
export const REQUESTER: ZafUser = { id: 100, name: 'Jamie Customer', role: 'end-user', locale: 'en-US' };

export function fakeTicket(overrides: Partial<FakeTicket> = {}): FakeTicket {
  return {
    id: 42,
    subject: 'BAA for the API',
    description: 'Hello, we need a BAA for our use of the API.',
    comments: [
      {
        id: 1,
        value: '<p>Hello, we need a BAA for our use of the API.</p>',
        author: REQUESTER,
        isPublic: true,
      },
    ],
    requester: REQUESTER,
    status: 'open',
    tags: ['hipaa'],
    assigneeId: AGENT.id,
    channel: 'email',
    draft: '',
    useRichText: true,
    commentType: 'publicReply',
    ...overrides,
  };
}

type Handler = (payload: unknown) => void;

export class FakeZafClient implements ZafClient {
  ticket: FakeTicket;
  currentUser: ZafUser;
  roleType: number;
  colorScheme: ColorScheme;
  settings: Record<string, unknown>;
  missingPaths: Set<string>;
  failures: Failure[] = [];
  calls: RecordedCall[] = [];
  /** Calls the app made before `app.registered` (the SDK queues them; a correct app makes none). */
  earlyCalls: RecordedCall[] = [];
  registered = false;
  requirements: Record<string, number>;
  restRequirements: Record<string, number>;
  macros: Map<number, FakeMacro>;
  private handlers = new Map<string, Set<Handler>>();
  private held: (() => void)[] = [];
  private ready: Promise<void>;
  private markReady: () => void = () => undefined;

  constructor(options: FakeOptions = {}) {
    this.ticket = fakeTicket(options.ticket);
    this.currentUser = options.currentUser ?? AGENT;
    this.roleType = options.roleType ?? 0;
    this.colorScheme = options.colorScheme ?? 'light';
    this.settings = options.settings ?? {};
    this.missingPaths = new Set(options.missingPaths ?? []);
    this.requirements = options.requirements ?? {};
    this.restRequirements = options.restRequirements ?? {};
    this.macros = new Map(
      Object.entries(options.macros ?? {}).map(([id, m]) => [Number(id), structuredClone(m)]),
    );
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    if (options.registers !== false) setTimeout(() => this.register(), 0);
  }

  /** Answers the handshake: `app.registered`, then the queued calls. */
  register(): void {
    if (this.registered) return;
    this.registered = true;
    this.emit('app.registered', { metadata: this.metadataValue(), context: this.contextValue() });
    this.markReady();
  }

  /** The host emits an event (e.g. 'ticket.comments.changed'). */
  emit(name: string, payload?: unknown): void {
    for (const handler of [...(this.handlers.get(name) ?? [])]) handler(payload);
  }

  fail(failure: Failure): void {
    this.failures.push(failure);
  }

  /** How many answers `hold` failures are holding back. */
  get heldAnswers(): number {
    return this.held.length;
  }

  /** Delivers the answers held back by `hold` failures. */
  release(): void {
    for (const deliver of this.held.splice(0)) deliver();
  }

  /** A requester comment arrives, as Zendesk would report it. */
  addComment(comment: ZafComment): void {
    this.ticket.comments.push(comment);
    this.emit('ticket.comments.changed', this.ticket.comments);
  }

  /** How many handlers the app keeps for an event. */
  subscribers(name: string): number {
    return this.handlers.get(name)?.size ?? 0;
  }

  on<E extends ZafEvent>(name: E, handler: (payload: ZafEvents[E]) => void): void {
    const set = this.handlers.get(name) ?? new Set<Handler>();
    set.add(handler as Handler);
    this.handlers.set(name, set);
  }

  off<E extends ZafEvent>(name: E, handler: (payload: ZafEvents[E]) => void): void {
    this.handlers.get(name)?.delete(handler as Handler);
  }

  get<P extends ZafPath>(paths: P | readonly P[]): Promise<ZafGetResult<P>> {
    if (typeof paths !== 'string' && !Array.isArray(paths)) throw new Error('get expects a path or paths');
    const list: readonly P[] = typeof paths === 'string' ? [paths] : paths;
    return this.answer('get', list.join(','), [paths], () => {
      const result: Record<string, unknown> & { errors: Record<string, ZafPathErrorInfo> } = { errors: {} };
      let hold = false;
      for (const path of list) {
        let failing = this.takeFailure('get', path);
        if (failing?.mode === 'hold') {
          hold = true;
          failing = undefined;
        }
        if (this.missingPaths.has(path) || failing?.mode === 'pathError') {
          result.errors[path] = { name: 'APIError', message: 'No such API', path };
        } else if (failing) {
          return this.misbehave(failing, 'get');
        } else {
          const value = this.read(path);
          if (value === undefined) result.errors[path] = { name: 'APIError', message: 'No such API', path };
          else result[path] = value;
        }
      }
      const single = typeof paths === 'string' ? result.errors[paths] : undefined;
      if (single) return Promise.reject(new Error(`"${String(paths)}" ${single.message ?? ''}`));
      if (hold)
        return new Promise<ZafGetResult<P>>((resolve) =>
          this.held.push(() => resolve(result as ZafGetResult<P>)),
        );
      return Promise.resolve(result as ZafGetResult<P>);
    });
  }

  set<P extends ZafSettablePath>(path: P, value: ZafSettable[P]): Promise<ZafSetResult<P>> {
    if (value === undefined) throw new Error('set expects a value');
    return this.answer('set', path, [value], () => {
      const failing = this.takeFailure('set', path);
      if (failing) return this.misbehave(failing, 'set');
      this.write(path, value);
      return Promise.resolve({ errors: {}, [path]: value } as ZafSetResult<P>);
    });
  }

  invoke<A extends ZafAction>(action: A, ...args: ZafActions[A]): Promise<ZafInvokeResult<A>> {
    return this.answer('invoke', action, args, () => {
      const failing = this.takeFailure('invoke', action);
      if (failing) return this.misbehave(failing, 'invoke');
      this.act(action, args);
      return Promise.resolve({ errors: {}, [action]: null } as ZafInvokeResult<A>);
    });
  }

  request(options: ZafRequestOptions): Promise<unknown> {
    return this.answer('request', options.url, [options], () => {
      const failing = this.takeFailure('request', options.url);
      if (failing?.mode === 'never') return new Promise<never>(() => undefined);
      // The SDK rejects with the xhr-like object, not an Error.
      if (failing) return Promise.reject({ status: 500, statusText: 'error', responseText: '' });
      if (options.url === '/api/v2/users/me.json') {
        return Promise.resolve({ user: { id: this.currentUser.id, role_type: this.roleType } });
      }
      if (options.url === '/api/v2/apps/installations/2/requirements.json') {
        const listed = Object.entries(this.restRequirements);
        return Promise.resolve({
          requirements: listed.map(([identifier, id]) => ({
            identifier,
            requirement_id: id,
            requirement_type: 'macros',
          })),
        });
      }
      const macro = /^\/api\/v2\/macros\/(\d+)\.json$/.exec(options.url);
      const existing = macro ? this.macros.get(Number(macro[1])) : undefined;
      if (macro && existing && options.type === 'PUT') {
        const body = JSON.parse(options.data ?? '{}') as { macro: FakeMacro };
        this.macros.set(Number(macro[1]), structuredClone(body.macro));
        return Promise.resolve({ macro: { id: Number(macro[1]), ...body.macro } });
      }
      if (macro && existing)
        return Promise.resolve({ macro: { id: Number(macro[1]), ...structuredClone(existing) } });
      return Promise.reject({ status: 404, statusText: 'Not Found', responseText: '' });
    });
  }

  metadata(): Promise<ZafMetadata> {
    return this.ready.then(() => this.metadataValue());
  }

  context(): Promise<ZafContext> {
    return this.ready.then(() => this.contextValue());
  }

  /** The draft's text as an agent would read it, for assertions on HTML drafts. */
  draftText(): string {
    const element = document.createElement('div');
    element.innerHTML = this.ticket.draft;
    return element.textContent ?? '';
  }

  private answer<T>(kind: CallKind, name: string, args: unknown[], respond: () => Promise<T>): Promise<T> {
    const call = { kind, name, args };
    this.calls.push(call);
    if (!this.registered) this.earlyCalls.push(call);
    // Every answer arrives asynchronously, after registration, as over postMessage.
    return this.ready.then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(respond);
  }

  private takeFailure(call: CallKind, name: string): Failure | undefined {
    const failure = this.failures.find((f) => f.call === call && f.name === name && (f.times ?? 1) > 0);
    if (failure && failure.times !== undefined) failure.times -= 1;
    return failure;
  }

  private misbehave<T>(failure: Failure, invocation: string): Promise<T> {
    switch (failure.mode) {
      case 'never':
        return new Promise<T>(() => undefined);
      case 'timeoutObject':
        // The npm copy's bug: it resolves with a plain object instead of rejecting.
        return Promise.resolve({
          name: 'TimeoutError',
          message: `Timeout when invoking "${invocation}"`,
          invocationName: invocation,
          paramsArray: [],
        } as T);
      default:
        return Promise.reject(new Error(`"${failure.name}" refused by the fake host`));
    }
  }

  private read(path: ZafPath): ZafPaths[ZafPath] | undefined {
    const t = this.ticket;
    if (path.startsWith('requirement:')) {
      const id = this.requirements[path.slice('requirement:'.length)];
      return id === undefined ? undefined : { requirement_id: id, requirement_type: 'macros' };
    }
    const values: ZafPaths = {
      'ticket.id': t.id,
      'ticket.subject': t.subject,
      'ticket.description': t.description,
      'ticket.comments': structuredClone(t.comments),
      'ticket.requester': { ...t.requester },
      'ticket.status': t.status,
      'ticket.tags': [...t.tags],
      'ticket.assignee':
        t.assigneeId === null ? { group: null } : { user: { id: t.assigneeId }, group: null },
      'ticket.via': { channel: t.channel, source: {} },
      'comment.text': t.draft,
      'comment.useRichText': t.useRichText,
      'comment.type': t.commentType,
      currentUser: { ...this.currentUser },
      colorScheme: this.colorScheme,
    };
    return values[path];
  }

  private write(path: ZafSettablePath, value: unknown): void {
    const t = this.ticket;
    if (path === 'comment.text') t.draft = value as string;
    else if (path === 'comment.type') t.commentType = value as CommentType;
    else if (path === 'ticket.tags') t.tags = [...(value as string[])];
    else if (path === 'ticket.status') t.status = value as TicketStatus;
    else t.assigneeId = (value as { userId: number | null }).userId;
  }

  private act(action: ZafAction, args: unknown[]): void {
    const t = this.ticket;
    const [first] = args;
    if (action === 'comment.appendHtml' || action === 'comment.appendText') t.draft += first as string;
    else if (action === 'ticket.tags.add') {
      for (const tag of Array.isArray(first) ? first : [first]) if (!t.tags.includes(tag)) t.tags.push(tag);
    }
  }

  private metadataValue(): ZafMetadata {
    return { appId: 1, installationId: 2, name: 'BAA Routine', version: '1.0.0', settings: this.settings };
  }

  private contextValue(): ZafContext {
    return {
      instanceGuid: 'guid-1',
      product: 'support',
      location: 'ticket_sidebar',
      ticketId: this.ticket.id,
    };
  }
}

/** The `resize` calls the app made, as the heights it asked for. */
export function resizeHeights(fake: FakeZafClient): string[] {
  return fake.calls
    .filter((call) => call.kind === 'invoke' && call.name === 'resize')
    .map((call) => (call.args[0] as { height: string }).height);
}
