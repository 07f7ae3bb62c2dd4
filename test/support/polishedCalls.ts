/**
 * Every call Garden's components make to polished while a test renders them, with the real package's
 * answer. In Node, Garden loads its CommonJS build, which calls `polished.math(…)` and the rest on the
 * package's exports object at each use: wrapping those exports records the calls. The bundle calls a
 * stand-in instead (scripts/build/shims/polished.ts), held to these answers by `expectSameAnswers`.
 */
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import * as standIn from '../../scripts/build/shims/polished';

type Helper = (...args: unknown[]) => unknown;

export interface PolishedCall {
  name: keyof typeof standIn;
  args: unknown[];
  result: unknown;
}

/** The helpers Garden imports from polished: all that the stand-in has. */
const NAMES = Object.keys(standIn) as (keyof typeof standIn)[];
const ORIGINAL = Symbol('polished helper before recording');

/** Calls recorded since this module loaded, one per distinct name and arguments. */
export const polishedCalls = new Map<string, PolishedCall>();

const polished = createRequire(import.meta.url)('polished') as Record<string, Helper>;
for (const name of NAMES) {
  const current = polished[name] as Helper & { [ORIGINAL]?: Helper };
  const real = current[ORIGINAL] ?? current;
  const recording = (...args: unknown[]): unknown => {
    const result = real(...args);
    polishedCalls.set(JSON.stringify([name, args]), { name, args, result });
    return result;
  };
  polished[name] = Object.assign(recording, { [ORIGINAL]: real });
}

/** The stand-in gives each recorded call the real package's answer. */
export function expectSameAnswers(calls: Iterable<PolishedCall> = polishedCalls.values()): void {
  for (const { name, args, result } of calls) {
    const helper = standIn[name] as Helper;
    expect(helper(...args), `${name}(${JSON.stringify(args).slice(1, -1)})`).toEqual(result);
  }
}
