import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../src/detect/normalize';
import { decodeEntities, looksLikeHtml, plainText, stripHtml } from '../../src/text/html';

describe('plainText', () => {
  it('decodes named, numeric and accented entities, and leaves unknown ones as written', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#233;t&eacute; &#x263A; &Ccedil;a &bogus; &')).toBe(
      'a & b <c> été ☺ Ça &bogus; &',
    );
  });

  it('drops script, style and comments, and ends lines at block tags', () => {
    expect(
      stripHtml('<p>Hi<script>alert("BAA")</script></p><style>p{}</style><!-- x --><div>there</div>'),
    ).toBe('\nHi\n\nthere\n');
  });

  it('keeps a lone "<" and survives unterminated markup', () => {
    expect(stripHtml('1 < 2 and <b>bold</b>')).toBe('1 < 2 and bold');
    expect(stripHtml('before <script>never closed')).toBe('before ');
    expect(stripHtml('text <a href="x')).toBe('text ');
  });

  it('skips ">" inside quoted attribute values', () => {
    expect(stripHtml('<img alt="a>b" onerror="x()">after')).toBe('after');
  });

  it('reads a 5 MB body of unclosed tags in one pass', () => {
    expect(stripHtml('<p a="1">BAA '.repeat(400_000)).startsWith('\nBAA')).toBe(true);
    expect(stripHtml('<script>' + 'x'.repeat(5_000_000))).toBe('');
  });

  it('strips a plain body only when it obviously holds HTML', () => {
    expect(looksLikeHtml('if a < b then c > d')).toBe(false);
    expect(plainText('if a < b then c > d', false)).toBe('if a < b then c > d');
    expect(plainText('<p>BAA</p>', false)).toBe('\nBAA\n');
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
});
