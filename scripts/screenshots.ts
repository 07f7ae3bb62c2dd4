/**
 * `npm run screenshots`: refreshes the README's pictures in docs/ on purpose (the tests never write there):
 * the workspace at 1440 and 1024 px wide, and the sidebar in light and dark mode. Builds the app first.
 *
 * The sample tickets include Japanese, so this refuses to run without a font that has Japanese glyphs
 * (fontconfig's `fc-list :lang=ja`); otherwise the pictures would show empty boxes. On Debian or Ubuntu:
 * `apt-get install fonts-noto-cjk`; macOS has Hiragino.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openWorkspace, screenshotSidebar, waitForSidebar } from '../test/e2e/browser';
import { startWorkspace } from '../workspace/server';

const root = fileURLToPath(new URL('../', import.meta.url));
const docs = `${root}docs/`;
/** The API ticket: the routine's main case, with the Japanese ticket in the list beside it. */
const TICKET = '101';

function hasJapaneseFont(): boolean {
  if (process.platform === 'darwin') return true;
  const fonts = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  return fonts.status === 0 && fonts.stdout.trim() !== '';
}

if (!hasJapaneseFont()) {
  console.error(
    'No font with Japanese glyphs (fc-list :lang=ja is empty): the screenshots would show boxes.\n' +
      'Install one (Debian/Ubuntu: apt-get install fonts-noto-cjk), then run npm run screenshots again.',
  );
  process.exit(1);
}

const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) throw new Error('npm run build failed');

const workspace = await startWorkspace({ port: 0 });
const browser = await launchBrowser();
try {
  for (const width of [1440, 1024]) {
    const { page, appFrame } = await openWorkspace(
      browser,
      workspace.url,
      { ticket: TICKET },
      { width, height: 900 },
    );
    await waitForSidebar(await appFrame());
    const file = width === 1440 ? 'workspace.png' : `workspace-${width}.png`;
    await page.screenshot({ path: `${docs}${file}` });
    console.log(`docs/${file}: the workspace at ${width}x900`);
    await page.context().close();
  }
  for (const scheme of ['light', 'dark'] as const) {
    const { page, appFrame } = await openWorkspace(browser, workspace.url, { ticket: TICKET, scheme });
    await waitForSidebar(await appFrame());
    await screenshotSidebar(page, `${docs}sidebar-${scheme}.png`);
    console.log(`docs/sidebar-${scheme}.png: the sidebar in ${scheme} mode`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await workspace.close();
}
