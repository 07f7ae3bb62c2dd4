/**
 * Faults a test or the panel can inject into the host: a call that fails, one that never answers, and a
 * slow host that delays every answer.
 */

/**
 * - `reject`: the whole call fails (`{id, error}`), as when Zendesk refuses it;
 * - `error`: only that path or action fails, inside `result.errors` (a bulk call still resolves);
 * - `hang`: the call is never answered (the npm SDK gives up after 5 s).
 */
export type FaultKind = 'reject' | 'error' | 'hang';

export interface FaultRule {
  /** A path (`ticket.status`) or an action (`ticket.tags.add`); `*` matches every one. */
  target: string;
  kind: FaultKind;
  /** Limit to one kind of call. */
  method?: 'get' | 'set' | 'invoke';
  /** Fire this many times, then stop (default: always). */
  times?: number;
}

export interface Faults {
  rules: FaultRule[];
  /** Every answer (the handshake included) waits this long. */
  delayMs: number;
}

export function noFaults(): Faults {
  return { rules: [], delayMs: 0 };
}

/** The rule that applies to a name in a call, if any; counts down rules limited by `times`. */
export function takeFault(faults: Faults, method: string, name: string): FaultRule | undefined {
  const rule = faults.rules.find(
    (candidate) =>
      (candidate.target === '*' || candidate.target === name) &&
      (candidate.method === undefined || candidate.method === method) &&
      (candidate.times === undefined || candidate.times > 0),
  );
  if (rule?.times !== undefined) rule.times -= 1;
  return rule;
}
