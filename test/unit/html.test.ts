import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, looksLikeHtml } from '../../src/text/html';

describe('htmlToText', () => {
  it('keeps the words and turns blocks into line breaks', () => {
    expect(htmlToText('<p>Hello <b>there</b></p><p>We need a BAA.</p>')).toBe(
      'Hello there\n\nWe need a BAA.',
    );
    expect(htmlToText('line one<br>line two')).toBe('line one\nline two');
  });

  it('never turns script, style or comment content into text', () => {
    const hostile = '<script>alert("BAA for the API")</script><style>p{}</style><!-- API --><p>hi</p>';
    expect(htmlToText(hostile)).toBe('hi');
    expect(htmlToText('<SCRIPT type="x">API</ScRiPt >after')).toBe('after');
    expect(htmlToText('before<script>never closed API')).toBe('before');
  });

  it('keeps a lone < as text and drops attributes with their handlers', () => {
    expect(htmlToText('a < b and <img src=x onerror=alert(1)>c')).toBe('a < b and c');
  });

  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    expect(decodeEntities('&lt;b&gt; &amp; caf&eacute; &#233; &#xE9; &bogus;')).toBe(
      '<b> & café é é &bogus;',
    );
  });

  it('reads a 5 MB body of unclosed tags in one pass', () => {
    const body = '<p a="1">BAA '.repeat(400_000);
    expect(htmlToText(body).startsWith('BAA')).toBe(true);
    expect(htmlToText('<script>' + 'x'.repeat(5_000_000))).toBe('');
  });

  it('recognises markup in a plain field', () => {
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
    expect(looksLikeHtml('if a < b then')).toBe(false);
  });
});
