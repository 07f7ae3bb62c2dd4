/**
 * LineStarts (src/message/lineStarts.ts) finds a marker a line starts with by its first two code
 * units: it must say what comparing the line with every marker says, for markers of any length.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { LineStarts } from '../../src/message/lineStarts';
import { CLOSING_LINES, DISCLAIMER_OPENINGS, MOBILE_FOOTERS } from '../../src/message/markers';

const piece = fc.constantFrom(
  'se',
  'sent',
  'sent from my',
  'x',
  '',
  'この',
  'このメール',
  ' ',
  'b',
  'br',
  'thx',
  'é',
);
const text = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));

describe('LineStarts', () => {
  it.prop([fc.array(text, { maxLength: 6 }), text])(
    'agrees with comparing the line with every marker',
    (markers, line) => {
      expect(new LineStarts(markers).startWith(line)).toBe(markers.some((marker) => line.startsWith(marker)));
    },
  );

  it.prop([fc.constantFrom(MOBILE_FOOTERS, DISCLAIMER_OPENINGS, CLOSING_LINES), text])(
    'agrees on the real marker lists, with each marker and a line that begins with it',
    (markers, tail) => {
      const starts = new LineStarts(markers);
      for (const marker of markers) {
        const line = marker + tail;
        expect(starts.startWith(line)).toBe(true);
        expect(starts.candidates(line)).toContain(marker);
      }
      expect(starts.startWith(tail)).toBe(markers.some((marker) => tail.startsWith(marker)));
    },
  );
});
