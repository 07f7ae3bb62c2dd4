/** The stand-ins' tests (test/unit/*-stand-in.test.ts): a stand-in answers as the package does, or throws where it throws. */
import { expect } from 'vitest';

export function expectSame(real: () => unknown, replacement: () => unknown): void {
  let expected: unknown;
  try {
    expected = real();
  } catch {
    expect(replacement).toThrow();
    return;
  }
  expect(replacement()).toEqual(expected);
}
