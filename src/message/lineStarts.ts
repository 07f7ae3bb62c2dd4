/**
 * Markers (footer openings, closings, phone footers) indexed by their first two code units, so a line
 * is compared only with the few markers it starts like, and no string is cut from it to look it up.
 * Most lines are prose and start like no marker at all.
 */

/** The first two code units of a text of two or more, mixed into one small number (collisions only widen the list). */
const firstTwo = (text: string): number => ((text.charCodeAt(0) << 5) ^ text.charCodeAt(1)) & 0xffff;

export class LineStarts {
  private readonly byStart = new Map<number, string[]>();
  /** Markers of fewer than two code units: every line is compared with them. */
  private readonly short: string[] = [];

  constructor(markers: readonly string[]) {
    for (const marker of markers) {
      if (marker.length < 2) {
        this.short.push(marker);
        continue;
      }
      const list = this.byStart.get(firstTwo(marker));
      if (list) list.push(marker);
      else this.byStart.set(firstTwo(marker), [marker]);
    }
  }

  /** The markers `line` could start with: every one it does start with is among them. */
  candidates(line: string): readonly string[] {
    const list = line.length < 2 ? undefined : this.byStart.get(firstTwo(line));
    if (this.short.length === 0) return list ?? NONE;
    return [...this.short, ...(list ?? NONE)];
  }

  /** Whether `line` starts with one of the markers. */
  startWith(line: string): boolean {
    for (const marker of this.candidates(line)) if (line.startsWith(marker)) return true;
    return false;
  }
}

const NONE: readonly string[] = [];
