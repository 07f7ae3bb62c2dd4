import { fc, it as fcIt } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../src/detect/normalize';
import { htmlToText, looksLikeHtml } from '../../src/text/html';
import { MARKUP_HEAD, readText, TEXT_HEAD, TEXT_TAIL } from '../../src/text/ceiling';
import { isWhitespace, sameUpToWhitespace } from '../../src/text/whitespace';
import { HTML_CASES } from '../support/htmlCases';

describe('htmlToText in Node (parse5): the shared table of cases', () => {
  it.each(HTML_CASES)('$name', ({ html, text }) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('htmlToText: size and depth', () => {
  it('reads a 5 MB body of unclosed tags, or an unclosed 5 MB script, within the ceiling', () => {
    const text = readText('<p a="1">BAA '.repeat(400_000), true);
    expect(text.startsWith('BAA\n\nBAA')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(TEXT_HEAD + TEXT_TAIL + 2);
    expect(readText('<script>' + 'x'.repeat(5_000_000), true)).toBe('');
    const styled = `<p>Head</p><style>${'p{}'.repeat(1_000_000)}</style><p>Tail</p>`;
    expect(readText(styled, true)).toBe('Head\n\nTail');
  });

  it('walks 100,000 nested quotes without recursion', () => {
    const text = htmlToText('<blockquote>'.repeat(100_000) + 'deep');
    expect(text.endsWith('> > deep')).toBe(true);
    expect(text).toHaveLength(100_000 * 2 + 4);
  });
});

describe('readText: what detection reads of one message', () => {
  it('strips a plain body only when it obviously holds HTML', () => {
    expect(looksLikeHtml('if a < b then c > d')).toBe(false);
    expect(readText('if a < b then c > d', false)).toBe('if a < b then c > d');
    expect(readText('<p>BAA</p>', false)).toBe('BAA');
    expect(readText('a &amp; b', false)).toBe('a &amp; b');
    expect(readText('a &amp; b', true)).toBe('a & b');
  });

  it('keeps the lines of a plain reply whose header quotes addresses that start like a tag', () => {
    const body =
      'La prima, grazie.\n\nDa: OpenAI Support <support@openai.com>\nA: Andrea <a.galli@labsoft.it>';
    expect(looksLikeHtml(body)).toBe(false);
    expect(looksLikeHtml('Cc: <p.smith@clinic.org>, <br-team@clinic.org>')).toBe(false);
    expect(readText(body, false)).toBe(body);
    expect(looksLikeHtml('Hello<br>there')).toBe(true);
    expect(looksLikeHtml('<a href="https://x.org">x</a>')).toBe(true);
  });

  it('reads a short message whole', () => {
    const body = 'We need a BAA. '.repeat(3000);
    expect(readText(body, false)).toBe(body);
  });

  it('reads the first and last tens of KB of a long message, with a blank line for the middle', () => {
    const log = 'ERROR 42 at worker ChatGPT Enterprise seat sync\n'.repeat(20_000);
    const text = readText(`We need a BAA for the API.\n${log}Thanks, can you sign it?`, false);
    expect(text.length).toBeLessThanOrEqual(TEXT_HEAD + TEXT_TAIL + 2);
    expect(text.startsWith('We need a BAA for the API.\n')).toBe(true);
    expect(text.endsWith('Thanks, can you sign it?')).toBe(true);
    expect(text.slice(TEXT_HEAD, TEXT_HEAD + 2)).toBe('\n\n');
  });

  it('never splits an emoji at a cut', () => {
    const text = readText('😀'.repeat(TEXT_HEAD + TEXT_TAIL), false);
    expect(text.replace('\n\n', '')).toMatch(/^(?:😀)+$/u);
  });

  it('cuts a huge HTML body before parsing, and keeps the tail of a quote quoted', () => {
    const filler = '<p style="color:red">padding words here</p>'.repeat(20_000);
    const body = `<div>Yes, the API.</div><blockquote>${filler}<p>Earlier: ChatGPT Enterprise?</p></blockquote>`;
    expect(body.length).toBeGreaterThan(MARKUP_HEAD * 3);
    const text = readText(body, true);
    expect(text.startsWith('Yes, the API.\n\n> padding words here\n> \n')).toBe(true);
    expect(text.endsWith('\n> Earlier: ChatGPT Enterprise?')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(TEXT_HEAD + TEXT_TAIL + 2);
  });
});

describe('foldForMatching', () => {
  it('lower-cases and folds diacritics and full-width letters without changing the length', () => {
    const text = 'Ünïcödé ＡＰＩ İstanbul Straße don’t 事業提携契約';
    const folded = foldForMatching(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toContain('unicode api');
    expect(folded).toContain("don't");
    expect(folded).toContain('事業提携契約');
  });

  it('folds every code unit as its compatibility form says, Japanese blocks too (read without a call per unit)', () => {
    const apostrophes = ['\u2019', '\u2018', '\u02bc', '\uff07'];
    const expected = (unit: string): string => {
      if (apostrophes.includes(unit)) return "'";
      const base = (unit.normalize('NFKD')[0] ?? unit).toLowerCase();
      if (base.length === 1 && base.charCodeAt(0) < 0x250) return base;
      return unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit;
    };
    const differing: number[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code);
      const lower = unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit;
      if (foldForMatching(unit) !== expected(lower)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});

describe('isWhitespace', () => {
  it('is true for exactly the code units \\s matches', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });
});

describe('sameUpToWhitespace', () => {
  const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const pieces = fc.constantFrom(
    'a',
    'B',
    'ab',
    ' ',
    '  ',
    '\n',
    '\t',
    '\r\n',
    '\u00a0',
    '\u2028',
    '\u3000',
    '\ufeff',
    '\u200b',
    'é',
  );
  const text = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

  fcIt.prop([text, text])('agrees with comparing the collapsed, trimmed texts', (a, b) => {
    expect(sameUpToWhitespace(a, b)).toBe(collapse(a) === collapse(b));
  });

  fcIt.prop([text])('holds for a text and its whitespace widened or narrowed', (a) => {
    const widened = ` ${a.replace(/\s+/g, (run) => `${run}\t`)}\n`;
    expect(sameUpToWhitespace(a, widened)).toBe(true);
    expect(sameUpToWhitespace(a, `${a}x`)).toBe(false);
  });
});
