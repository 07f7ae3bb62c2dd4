/**
 * The host side of the ZAF postMessage protocol (see shared notes zaf-protocol.md): it answers the SDK in
 * the app's iframe the way the Zendesk agent workspace does. It knows nothing of the DOM: the page gives
 * it a way to post to the iframe, the ticket session, and what to do with resize and notify.
 */
import { type Faults, takeFault } from './faults';
import type { SessionOptions, TicketState } from './model';
import { zafView } from './model';
import { applyInvoke, applySet, type HostEffect, readPath, type ZafError } from './paths';
import { answerRequest, type RequestOptions } from './requests';

export interface LogEntry {
  /** `in`: from the app to the host; `out`: from the host to the app. */
  direction: 'in' | 'out';
  time: number;
  payload: unknown;
}

export interface Registration {
  metadata: {
    appId: number;
    installationId: number;
    name: string;
    version: string;
    settings: Record<string, unknown>;
  };
  context: {
    instanceGuid: string;
    product: 'support';
    account: { subdomain: string };
    location: 'ticket_sidebar';
    ticketId: number;
  };
}

/** What the host needs from the page around it. */
export interface HostPort {
  post(message: object): void;
  state(): TicketState;
  options(): SessionOptions;
  /** Stores a new ticket state; `cause` says who changed it (for the page's rendering). */
  commit(next: TicketState, cause: 'app' | 'agent' | 'requester'): void;
  effect(effect: HostEffect): void;
  externalRequest(url: string): void;
  now(): number;
}

export type HookOutcome = { ok: true } | { ok: false; message: string };

/** Paths whose changes are announced as `<path>.changed` (and `*.changed`) events. */
export const WATCHED_PATHS = [
  'ticket.subject',
  'ticket.status',
  'ticket.tags',
  'ticket.assignee',
  'ticket.assignee.user.id',
  'ticket.comments',
  'ticket.conversation',
  'ticket.requester.id',
  'comment.text',
  'comment.type',
  'colorScheme',
] as const;

interface RpcMessage {
  id: number;
  request: 'get' | 'set' | 'invoke';
  params: unknown;
}

export class ZafHost {
  readonly log: LogEntry[] = [];
  private readonly subscribers = new Map<string, number>();
  private readonly pendingHooks = new Map<string, (outcome: HookOutcome) => void>();
  private registered = false;

  constructor(
    private readonly port: HostPort,
    private readonly registration: Registration,
    readonly faults: Faults,
    private readonly hookTimeoutMs = 30_000,
  ) {}

  get isRegistered(): boolean {
    return this.registered;
  }

  subscriberCount(event: string): number {
    return this.subscribers.get(event) ?? 0;
  }

  /** Handles one message from the app's iframe (a JSON string or an object, as the SDK sends both). */
  receive(raw: unknown): void {
    const message = parse(raw);
    if (!message) return;
    this.record('in', message);
    if (typeof message.request === 'string' && typeof message.id === 'number') {
      this.answerRpc(message as unknown as RpcMessage);
      return;
    }
    const key = typeof message.key === 'string' ? message.key : '';
    if (key === 'iframe.handshake') this.later(() => this.register());
    else if (key.startsWith('iframe.on:') || key.startsWith('iframe.off:')) this.count(key, message.message);
    else if (key.startsWith('iframe.reply:'))
      this.settleHook(key.slice('iframe.reply:'.length), message.error);
    else if (key.startsWith('iframe.trigger:'))
      this.emit(key.slice('iframe.trigger:'.length), message.message);
    else if (/^request:\d+$/.test(key)) this.answerRequest(key, message.message);
    // session.live, __track__ and app-specific postMessage keys need no answer.
  }

  /** Sends `zaf.<event>` to the app if it subscribed to it. */
  emit(event: string, payload?: unknown): void {
    if (this.subscriberCount(event) === 0) return;
    this.send({ key: `zaf.${event}`, message: payload });
  }

  /** Stores a change made outside the app and announces what changed. */
  change(next: TicketState, cause: 'agent' | 'requester'): void {
    this.commitAndAnnounce(next, cause);
  }

  /** Announces a color-scheme switch; returns false when the app did not subscribe (the page reloads it). */
  announceColorScheme(scheme: 'light' | 'dark'): boolean {
    if (this.subscriberCount('colorScheme.changed') === 0) return false;
    this.emit('colorScheme.changed', scheme);
    return true;
  }

  /**
   * Runs a hook such as `ticket.save`: Zendesk asks every subscribed app and waits for its reply; a
   * failure carries the app's message and cancels the save.
   */
  runHook(name: string): Promise<HookOutcome> {
    if (this.subscriberCount(name) === 0 || !this.registered) return Promise.resolve({ ok: true });
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.settleHook(name, { msg: 'The app did not answer in time.' }),
        this.hookTimeoutMs,
      );
      this.pendingHooks.set(name, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
      this.send({ key: `zaf.${name}`, needsReply: true });
    });
  }

  private register(): void {
    this.registered = true;
    this.send({ key: 'zaf.app.registered', message: this.registration });
  }

  private count(key: string, message: unknown): void {
    const name = key.slice(key.indexOf(':') + 1);
    const count = (message as { subscriberCount?: unknown } | undefined)?.subscriberCount;
    this.subscribers.set(name, typeof count === 'number' && count > 0 ? count : 0);
  }

  private settleHook(name: string, error: unknown): void {
    const resolve = this.pendingHooks.get(name);
    if (!resolve) return;
    this.pendingHooks.delete(name);
    if (error === undefined || error === null) {
      resolve({ ok: true });
      return;
    }
    const msg = (error as { msg?: unknown }).msg;
    resolve({
      ok: false,
      message: typeof msg === 'string' && msg !== '' ? msg : 'The app cancelled the save.',
    });
  }

  private answerRpc(message: RpcMessage): void {
    const names = rpcNames(message);
    const faults = names.map((name) => takeFault(this.faults, message.request, name));
    if (faults.some((fault) => fault?.kind === 'hang')) return;
    const rejected = names.find((_, index) => faults[index]?.kind === 'reject');
    if (rejected !== undefined) {
      this.later(() =>
        this.send({
          id: message.id,
          error: { name: 'InjectedFault', message: `Injected failure of ${rejected}` },
        }),
      );
      return;
    }
    const failing = new Set(names.filter((_, index) => faults[index]?.kind === 'error'));
    const result = this.perform(message, failing);
    this.later(() => this.send({ id: message.id, result }));
  }

  private perform(message: RpcMessage, failing: ReadonlySet<string>): Record<string, unknown> {
    const errors: Record<string, ZafError> = {};
    const result: Record<string, unknown> = { errors };
    const injected = (name: string): ZafError => ({
      name: 'InjectedFault',
      message: 'Injected failure',
      path: name,
    });
    if (message.request === 'get') {
      const view = zafView(this.port.state(), this.port.options(), this.instances());
      for (const path of rpcNames(message)) {
        const read = failing.has(path) ? { ok: false as const, error: injected(path) } : readPath(view, path);
        if (read.ok) result[path] = read.value;
        else errors[path] = read.error;
      }
      return result;
    }
    const before = this.port.state();
    let state = before;
    const effects: HostEffect[] = [];
    for (const [name, value] of Object.entries((message.params ?? {}) as Record<string, unknown>)) {
      const outcome = failing.has(name)
        ? ({ ok: false, error: injected(name) } as const)
        : message.request === 'set'
          ? applySet(state, this.port.options(), name, value)
          : applyInvoke(state, this.port.options(), name, Array.isArray(value) ? value : [value]);
      if (!outcome.ok) {
        errors[name] = outcome.error;
        continue;
      }
      state = outcome.state;
      result[name] = outcome.value;
      if (outcome.effect) effects.push(outcome.effect);
    }
    if (state !== before) this.commitAndAnnounce(state, 'app');
    effects.forEach((effect) => this.port.effect(effect));
    return result;
  }

  private commitAndAnnounce(next: TicketState, cause: 'app' | 'agent' | 'requester'): void {
    const options = this.port.options();
    const before = zafView(this.port.state(), options, {});
    this.port.commit(next, cause);
    const after = zafView(next, options, {});
    for (const path of WATCHED_PATHS) {
      const oldValue = readPath(before, path);
      const newValue = readPath(after, path);
      const oldJson = JSON.stringify(oldValue.ok ? oldValue.value : null);
      const newJson = JSON.stringify(newValue.ok ? newValue.value : null);
      if (oldJson === newJson) continue;
      const value = newValue.ok ? newValue.value : null;
      this.emit(`${path}.changed`, value);
      this.emit('*.changed', {
        propertyName: path,
        oldValue: oldValue.ok ? oldValue.value : null,
        newValue: value,
      });
    }
    // A comment saved by someone else reloads the ticket; a live messaging message does not (it is
    // announced by ticket.conversation.changed above).
    if (cause === 'requester' && next.comments.at(-1)?.live !== true) {
      this.emit('ticket.updated', zafView(next, options, {}).ticket);
    }
  }

  private answerRequest(key: string, options: unknown): void {
    const answer = answerRequest((options ?? {}) as RequestOptions, this.port.state(), this.port.options());
    if (answer.external) this.port.externalRequest(String((options as RequestOptions | undefined)?.url));
    this.later(() =>
      this.emit(`${key}.${answer.ok ? 'done' : 'fail'}`, { responseArgs: answer.responseArgs }),
    );
  }

  private instances(): Record<string, unknown> {
    return { [this.registration.context.instanceGuid]: this.registration.context };
  }

  private later(task: () => void): void {
    if (this.faults.delayMs > 0) setTimeout(task, this.faults.delayMs);
    else task();
  }

  private send(message: object): void {
    this.record('out', message);
    this.port.post(message);
  }

  private record(direction: LogEntry['direction'], payload: unknown): void {
    this.log.push({ direction, time: this.port.now(), payload });
  }
}

function parse(raw: unknown): Record<string, unknown> | null {
  if (typeof raw === 'string') {
    try {
      const parsed: unknown = JSON.parse(raw);
      return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  return raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : null;
}

/** The paths of a `get`, or the keys of a `set` or `invoke`. */
function rpcNames(message: RpcMessage): string[] {
  if (message.request === 'get') return Array.isArray(message.params) ? message.params.map(String) : [];
  return Object.keys((message.params ?? {}) as Record<string, unknown>);
}
