/**
 * JSON parsing for triage that keeps every integer's exact digits: an integer outside the safe range
 * (ticket ids beyond 2^53, such as 9007199254740993) is read as a string of its digits instead of being
 * rounded by JSON.parse. Linear in the text: one pass over strings and number tokens.
 */

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: string };

/** A string token, or a number token with everything a number may hold. */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d[\d.e+-]*/gi;
const SAFE_DIGITS = 15;

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(keepLargeIntegers(text)) as unknown };
  } catch (error) {
    return { ok: false, error: `bad JSON: ${(error as Error).message}` };
  }
}

/** Quotes each integer literal that a double cannot hold exactly; leaves everything else as written. */
export function keepLargeIntegers(text: string): string {
  // Fast path: no run of 16 digits, so no integer needs protecting.
  if (!/\d{16}/.test(text)) return text;
  return text.replace(TOKEN, (token) => {
    if (token.startsWith('"') || !/^-?\d+$/.test(token)) return token;
    const digits = token.startsWith('-') ? token.length - 1 : token.length;
    if (digits <= SAFE_DIGITS || Number.isSafeInteger(Number(token))) return token;
    return `"${token}"`;
  });
}
