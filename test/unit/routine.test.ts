import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANYTHING_ELSE, CASE_IDS, ROUTINE } from '../../src/routine/cases';
import { compose } from '../../src/compose/compose';
import { DEFAULT_SETTINGS } from '../../src/routine/settings';

const seed = readFileSync(new URL('../fixtures/seed/baa-routine.md', import.meta.url), 'utf8');
/** Every sentence the seed's routine puts in quotes is a line the customer must read word for word. */
const seedLines = [...seed.matchAll(/"([^"]+)"/g)].map((m) => m[1]);

describe('the routine as data', () => {
  it('has exactly the five cases', () => {
    expect([...CASE_IDS].sort()).toEqual(['api', 'enterprise', 'other', 'rejected', 'unclear']);
  });

  it('uses every quoted line of the seed routine, word for word, with the default settings', () => {
    const used = CASE_IDS.flatMap((id) => compose(id, DEFAULT_SETTINGS).lines);
    expect(seedLines.length).toBe(11);
    for (const line of seedLines) expect(used).toContain(line);
  });

  it('sets the status and tags the routine prescribes', () => {
    expect(ROUTINE.api.status).toBe('solved');
    expect(ROUTINE.enterprise.status).toBe('solved');
    expect(ROUTINE.rejected.status).toBe('solved');
    expect(ROUTINE.unclear.status).toBe('pending');
    expect(ROUTINE.other.status).toBeNull();
    expect(ROUTINE.other.parts).toHaveLength(0);
  });

  it('asks "anything else?" in every resolving case', () => {
    for (const id of ['api', 'enterprise', 'rejected'] as const) {
      expect(compose(id, DEFAULT_SETTINGS).lines.at(-1)).toBe(ANYTHING_ELSE);
    }
  });
});
