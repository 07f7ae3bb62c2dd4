/**
 * Which Chromium the end-to-end tests, the benchmarks and the screenshot script drive, in this order:
 * 1. `CHROMIUM_PATH`, when set (an explicit choice: a missing file there is an error, not a fallback);
 * 2. a Chrome or Chromium installed on the system, at the usual Linux and macOS locations;
 * 3. the headless Chromium shipped inside the npm package `@sparticuz/chromium` (a devDependency; Linux
 *    x64), unpacked to the temp folder on first use, so `npm install && npm test` needs no system browser,
 *    no root and no download at run time.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'npm package';

export interface FoundChromium {
  source: ChromiumSource;
  /** The executable; for the npm package, found when it is unpacked. */
  path?: string;
}

/** Where Chrome and Chromium install themselves, most specific first. */
export const SYSTEM_CHROMIUM_PATHS: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

/** Chooses a Chromium without starting it: pure, so the order is tested on any machine. */
export function findChromium(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  exists: (path: string) => boolean,
): FoundChromium {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    if (!exists(chosen)) throw new Error(`CHROMIUM_PATH is set to ${chosen}, but there is no file there.`);
    return { source: 'CHROMIUM_PATH', path: chosen };
  }
  const installed = (SYSTEM_CHROMIUM_PATHS[platform] ?? []).find(exists);
  if (installed !== undefined) return { source: 'system', path: installed };
  if (platform !== 'linux') {
    throw new Error(
      'No Chrome or Chromium found: install Google Chrome, or set CHROMIUM_PATH to a Chromium.',
    );
  }
  return { source: 'npm package' };
}

/** The executable of the Chromium inside `@sparticuz/chromium`, unpacked on first use (about 2 s). */
export async function packagedChromiumPath(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/** Where a Chromium comes from, for messages and tests: the source and the file. */
export async function resolveChromium(found = findChromium(process.env, process.platform, existsSync)) {
  return { source: found.source, path: found.path ?? (await packagedChromiumPath()) };
}

/** `extraArgs`: more Chromium switches, e.g. `--site-per-process` for the start-up benchmark. */
export async function launchBrowser(
  found = findChromium(process.env, process.platform, existsSync),
  extraArgs: readonly string[] = [],
): Promise<Browser> {
  const { path } = await resolveChromium(found);
  return chromium.launch({
    executablePath: path,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
