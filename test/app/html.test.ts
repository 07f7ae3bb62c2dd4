/**
 * The shared HTML-to-text table over the browser's parser: jsdom's DOMParser here, Chromium's in
 * test/e2e/html.test.ts. The sidebar and the workspace page use this parser.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/text/parseHtml.browser';
import { textOfTree } from '../../src/text/tree';
import { HTML_CASES } from '../support/htmlCases';

describe('htmlToText over DOMParser (jsdom): the shared table of cases', () => {
  it.each(HTML_CASES)('$name', ({ html, text }) => {
    expect(textOfTree(parseHtml(html))).toBe(text);
  });

  it('runs nothing and loads nothing while parsing', () => {
    const seen: string[] = [];
    (window as unknown as { hit: (what: string) => void }).hit = (what) => seen.push(what);
    const text = textOfTree(parseHtml('<img src=x onerror="hit(1)"><script>hit(2)</script><p>safe</p>'));
    expect(text).toBe('safe');
    expect(seen).toEqual([]);
  });
});
