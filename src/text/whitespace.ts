/**
 * Whether two texts read the same once whitespace is collapsed (a run of it as one space, none at
 * either end), as `a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()` says, compared in
 * place: the two copies would be made for every ticket whose export starts with an agent's reply.
 */

/** The characters `\s` matches, which are also those trim() removes. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const skipSpace = (text: string, from: number): number => {
  let at = from;
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
  return at;
};

export function sameUpToWhitespace(a: string, b: string): boolean {
  let i = skipSpace(a, 0);
  let j = skipSpace(b, 0);
  while (i < a.length && j < b.length) {
    const spaceA = isWhitespace(a.charCodeAt(i));
    if (spaceA !== isWhitespace(b.charCodeAt(j))) return false;
    if (spaceA) {
      // One space each, unless the run ends the text (trimmed): then both must end.
      i = skipSpace(a, i);
      j = skipSpace(b, j);
      if ((i === a.length) !== (j === b.length)) return false;
    } else if (a.charCodeAt(i++) !== b.charCodeAt(j++)) {
      return false;
    }
  }
  return skipSpace(a, i) === a.length && skipSpace(b, j) === b.length;
}
