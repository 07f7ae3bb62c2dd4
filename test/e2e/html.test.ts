/**
 * The shared HTML-to-text table in Chromium: src/text/html.ts bundled as the sidebar bundles it (the
 * "browser" condition picks DOMParser, so no parser ships), run in a blank page.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_CASES } from '../support/htmlCases';
import { launchBrowser } from './browser';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** src/text/html.ts as one browser script that sets window.HtmlText. */
async function browserBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: false,
      lib: {
        entry: `${ROOT}src/text/html.ts`,
        formats: ['iife'],
        name: 'HtmlText',
        fileName: () => 'html.js',
      },
    },
  });
  const outputs = [result].flat() as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle');
  return chunk.code;
}

let browser: Browser;
let page: Page;
let code: string;

beforeAll(async () => {
  code = await browserBundle();
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setContent('<!doctype html><title>html</title>');
  await page.addScriptTag({ content: code });
});
afterAll(async () => {
  await browser.close();
});

const inChromium = (html: string): Promise<string> =>
  page.evaluate(
    (input) =>
      (window as unknown as { HtmlText: { htmlToText(html: string): string } }).HtmlText.htmlToText(input),
    html,
  );

describe('htmlToText over DOMParser (Chromium): the shared table of cases', () => {
  it('bundles no parser of its own for the browser', () => {
    expect(code).toContain('DOMParser');
    expect(code).not.toContain('parse5');
    expect(code.length).toBeLessThan(10_000);
  });

  it.each(HTML_CASES)('$name', async ({ html, text }) => {
    expect(await inChromium(html)).toBe(text);
  });

  it('runs no script and fires no handler of the markup it reads', async () => {
    const text = await inChromium(
      '<img src=x onerror="window.hit=1"><script>window.hit=2</script><p>safe</p>',
    );
    expect(text).toBe('safe');
    expect(await page.evaluate(() => (window as unknown as { hit?: number }).hit)).toBeUndefined();
  });
});
