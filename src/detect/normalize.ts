/**
 * The matching copy of a text: lower-cased, diacritics folded (é -> e), full-width letters made
 * ASCII (ＡＰＩ -> api), typographic apostrophes made ASCII, and exactly as long as the original, so
 * an offset found in the copy quotes the original text unchanged.
 */

const foldCache = new Map<string, string>();

/** One UTF-16 unit in, one out: the unit's folded form, or itself when folding would change the length. */
function foldUnit(unit: string): string {
  const cached = foldCache.get(unit);
  if (cached !== undefined) return cached;
  let folded = unit;
  if (unit === '\u2019' || unit === '\u2018' || unit === '\u02bc' || unit === '\uff07') {
    folded = "'";
  } else {
    const compat = unit.normalize('NFKD');
    const base = (compat[0] ?? unit).toLowerCase();
    if (base.length === 1 && base.charCodeAt(0) < 0x250) folded = base;
    else if (unit.toLowerCase().length === 1) folded = unit.toLowerCase();
  }
  foldCache.set(unit, folded);
  return folded;
}

/**
 * The units folding may change: not ASCII, and not in the blocks that fold to themselves (Japanese
 * punctuation, kana and kanji), so a Japanese text costs no call per character.
 */
const UNFOLDED = /[^\x00-\x7f\u3001-\u309a\u309d-\u31ff\u3400-\ua63f]/g; // eslint-disable-line no-control-regex

/** The folded copy; `result.length === text.length` always. */
export function foldForMatching(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few letters (İ) lower-case to two units; fold unit by unit instead to keep offsets.
    lower = text.replace(/[\s\S]/g, (unit) => (unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit));
  }
  UNFOLDED.lastIndex = 0;
  return UNFOLDED.test(lower) ? lower.replace(UNFOLDED, foldUnit) : lower;
}
