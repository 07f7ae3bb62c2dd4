/**
 * Every call Garden's components make to polished and color2k while a test renders them, with the real
 * packages' answers. In Node, Garden loads its CommonJS build, which calls `polished.math(…)`,
 * `color2k.parseToRgba(…)` and the rest on each package's exports object at each use: wrapping those
 * exports records the calls. The bundle calls stand-ins instead (scripts/build/shims/), held to these
 * answers by `expectSameAnswers`.
 */
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import * as color2kStandIn from '../../scripts/build/shims/color2k';
import * as polishedStandIn from '../../scripts/build/shims/polished';

type Helper = (...args: unknown[]) => unknown;

const STAND_INS = { polished: polishedStandIn, color2k: color2kStandIn } as const;
type Library = keyof typeof STAND_INS;

export interface StandInCall {
  library: Library;
  name: string;
  args: unknown[];
  /** For a function the call returned (color2k's getScale): the arguments it was then called with. */
  then?: unknown[];
  /** The real package's answer, or `undefined` where it threw. */
  answer?: { value: unknown };
}

/** Calls recorded since this module loaded, one per distinct library, name and arguments. */
export const standInCalls = new Map<string, StandInCall>();

const ORIGINAL = Symbol('helper before recording');

function record(call: StandInCall, run: () => unknown): unknown {
  const key = JSON.stringify([call.library, call.name, call.args, call.then]);
  try {
    const value = run();
    standInCalls.set(key, { ...call, answer: { value } });
    return value;
  } catch (error) {
    standInCalls.set(key, call);
    throw error;
  }
}

const require = createRequire(import.meta.url);
for (const library of Object.keys(STAND_INS) as Library[]) {
  const exported = require(library) as Record<string, Helper>;
  for (const name of Object.keys(STAND_INS[library])) {
    const current = exported[name] as Helper & { [ORIGINAL]?: Helper };
    const real = current[ORIGINAL] ?? current;
    const recording = (...args: unknown[]): unknown => {
      const value = record({ library, name, args }, () => real(...args));
      if (typeof value !== 'function') return value;
      return (...then: unknown[]) => record({ library, name, args, then }, () => (value as Helper)(...then));
    };
    exported[name] = Object.assign(recording, { [ORIGINAL]: real });
  }
}

/** Each recorded call gets the real package's answer from the stand-in, or an error where it threw. */
export function expectSameAnswers(calls: Iterable<StandInCall> = standInCalls.values()): void {
  for (const { library, name, args, then, answer } of calls) {
    const helper = (STAND_INS[library] as Record<string, Helper>)[name] as Helper;
    const run = (): unknown => (then ? (helper(...args) as Helper)(...then) : helper(...args));
    const label = `${library}.${name}(${JSON.stringify(args).slice(1, -1)})${then ? `(${JSON.stringify(then).slice(1, -1)})` : ''}`;
    if (answer) {
      // A function's answer (getScale's scale) is compared by what it answers, as recorded under `then`.
      if (typeof answer.value !== 'function') expect(run(), label).toEqual(answer.value);
    } else {
      expect(run, label).toThrow();
    }
  }
}
