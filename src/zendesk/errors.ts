/**
 * The SDK's ways of failing, turned into typed errors: per-path errors of a batched `get`, rejected calls,
 * the npm copy's timeout object (which it *resolves* with instead of rejecting), and a host that never
 * answers (our own timeout, so the sidebar shows an error instead of waiting for ever).
 */
import type { ZafClient, ZafPathErrorInfo } from './client';

/** How long any one call to Zendesk may take before we give up on it. */
export const DEFAULT_CALL_TIMEOUT_MS = 10_000;

/** A path Zendesk could not read or set (an entry in a result's `errors`). */
export class ZafPathError extends Error {
  override name = 'ZafPathError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Zendesk could not give "${path}": ${reason}`);
  }
}

/** A call Zendesk rejected. `call` names it, e.g. `set ticket.status`. */
export class ZafCallError extends Error {
  override name = 'ZafCallError';
  constructor(
    readonly call: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Zendesk refused ${call}: ${reason}`, options);
  }
}

/** A call Zendesk did not answer in time. */
export class ZafTimeoutError extends Error {
  override name = 'ZafTimeoutError';
  constructor(readonly call: string) {
    super(`Zendesk did not answer ${call} in time.`);
  }
}

/** The app was opened outside Zendesk, or the SDK did not load. */
export class ZafUnavailableError extends Error {
  override name = 'ZafUnavailableError';
  constructor() {
    super('Zendesk is not available: open this app from a ticket in Zendesk Support.');
  }
}

/** The npm copy of the SDK resolves with `{name:'TimeoutError', message, …}` when the host is silent. */
export function isResolvedTimeout(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    (value as { name?: unknown }).name === 'TimeoutError'
  );
}

/** The first per-path error of a result, for calls where every path must succeed (set, invoke). */
export function firstPathError(result: unknown): ZafPathError | null {
  if (typeof result !== 'object' || result === null) return null;
  const errors = (result as { errors?: Record<string, ZafPathErrorInfo> }).errors ?? {};
  for (const [path, info] of Object.entries(errors)) return new ZafPathError(path, reasonOf(info));
  return null;
}

/** A readable reason from whatever the SDK rejected with (an Error, an xhr-like object, a string). */
export function reasonOf(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const { message, status, statusText } = value as Record<string, unknown>;
    if (typeof message === 'string' && message !== '') return message;
    if (typeof status === 'number')
      return `HTTP ${status}${typeof statusText === 'string' ? ` ${statusText}` : ''}`;
  }
  return 'unknown error';
}

/**
 * Settles `call` as a typed outcome: our own timeout, the npm copy's resolved timeout object turned into a
 * rejection, and any rejection wrapped in a ZafCallError naming the call.
 */
export function guarded<T>(label: string, call: () => Promise<T>, timeoutMs: number): Promise<T> {
  let pending: Promise<T>;
  try {
    pending = call();
  } catch (error) {
    return Promise.reject(new ZafCallError(label, reasonOf(error), { cause: error }));
  }
  return withTimeout(pending, timeoutMs, label).then(
    (value) => (isResolvedTimeout(value) ? Promise.reject(new ZafTimeoutError(label)) : value),
    (error: unknown) => Promise.reject(toZafError(label, error)),
  );
}

/**
 * `guarded`, for calls where every path must succeed (set, invoke): a per-path error in the result rejects
 * the call with a ZafCallError naming it.
 */
function guardedWrite<T>(label: string, call: () => Promise<T>, timeoutMs: number): Promise<T> {
  return guarded(label, call, timeoutMs).then((result) => {
    const error = firstPathError(result);
    if (error) throw new ZafCallError(label, error.reason, { cause: error });
    return result;
  });
}

/** `promise`, or a ZafTimeoutError naming `label` when it has not settled after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ZafTimeoutError(label)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function toZafError(label: string, error: unknown): Error {
  if (error instanceof ZafTimeoutError || error instanceof ZafCallError) return error;
  if (error instanceof Error && /timeout/i.test(error.message)) return new ZafTimeoutError(label);
  return new ZafCallError(label, reasonOf(error), { cause: error });
}

/** `get ticket.id`, or for a batch `get ticket.id and 13 more`: a label, not a list of every path. */
function getLabel(paths: string | readonly string[]): string {
  if (typeof paths === 'string') return `get ${paths}`;
  const [first = '', ...rest] = paths;
  return rest.length === 0 ? `get ${first}` : `get ${first} and ${rest.length} more`;
}

const GUARDED = Symbol('guarded');

/**
 * The client with every call guarded (timeout, typed errors). Idempotent, so the adapter can call it on
 * whatever client it is given.
 */
export function guardClient(client: ZafClient, timeoutMs = DEFAULT_CALL_TIMEOUT_MS): ZafClient {
  if ((client as { [GUARDED]?: true })[GUARDED]) return client;
  const wrapped: ZafClient & { [GUARDED]: true } = {
    [GUARDED]: true,
    on: (name, handler) => client.on(name, handler),
    off: (name, handler) => client.off(name, handler),
    get: (paths) => guarded(getLabel(paths), () => client.get(paths), timeoutMs),
    set: (path, value) => guardedWrite(`set ${path}`, () => client.set(path, value), timeoutMs),
    invoke: (action, ...args) =>
      guardedWrite(`invoke ${action}`, () => client.invoke(action, ...args), timeoutMs),
    request: (options) => guarded(`request ${options.url}`, () => client.request(options), timeoutMs),
    metadata: () => guarded('metadata', () => client.metadata(), timeoutMs),
    context: () => guarded('context', () => client.context(), timeoutMs),
  };
  return wrapped;
}
