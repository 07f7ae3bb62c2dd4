/**
 * A promise whose value can be read synchronously once it has arrived. The entry starts Zendesk's
 * handshake and the first read before React is loaded; when they have arrived by React's first render,
 * the sidebar shows them in that render instead of rendering a loading state first and the answer a
 * frame later (see src/startup.ts).
 */
export interface Arrival<T> {
  readonly promise: Promise<T>;
  /** True once the promise has resolved; `value` is then its value. */
  readonly arrived: boolean;
  readonly value: T | undefined;
}

/** Follows `promise`; a rejection is left to whoever awaits `promise` (it is not reported as unhandled). */
export function arrival<T>(promise: Promise<T>): Arrival<T> {
  const result = { promise, arrived: false, value: undefined as T | undefined };
  promise.then(
    (value) => {
      result.arrived = true;
      result.value = value;
    },
    () => undefined,
  );
  return result;
}
