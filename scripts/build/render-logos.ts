/**
 * Renders assets/logo.svg into the two PNG icons Zendesk requires (assets/logo.png 320x320 and
 * assets/logo-small.png 128x128, transparent background) with headless Chromium.
 * The PNGs are committed; run this only after changing the SVG:
 * `npx tsx scripts/build/render-logos.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../test/e2e/browser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ICONS = [
  { file: 'assets/logo.png', size: 320 },
  { file: 'assets/logo-small.png', size: 128 },
] as const;

const svg = readFileSync(`${root}assets/logo.svg`, 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await launchBrowser();
try {
  for (const { file, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(`${root}${file}`, await page.screenshot({ omitBackground: true, type: 'png' }));
    await page.close();
    console.log(`${file}: ${size}x${size}`);
  }
} finally {
  await browser.close();
}
