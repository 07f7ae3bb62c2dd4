/**
 * Which Chromium the end-to-end tests drive: CHROMIUM_PATH first, then a system Chrome or Chromium (Linux
 * and macOS locations), then the one shipped in the npm package, so a machine with only Node passes.
 */
import { describe, expect, it } from 'vitest';
import { findChromium, SYSTEM_CHROMIUM_PATHS } from '../e2e/chromium';

const onDisk =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findChromium', () => {
  it('takes CHROMIUM_PATH before anything installed', () => {
    const found = findChromium(
      { CHROMIUM_PATH: '/opt/mine/chrome' },
      'linux',
      onDisk('/opt/mine/chrome', '/usr/bin/chromium'),
    );
    expect(found).toEqual({ source: 'CHROMIUM_PATH', path: '/opt/mine/chrome' });
  });

  it('refuses a CHROMIUM_PATH with no file rather than quietly using another browser', () => {
    expect(() =>
      findChromium({ CHROMIUM_PATH: '/nowhere/chrome' }, 'linux', onDisk('/usr/bin/chromium')),
    ).toThrow(/CHROMIUM_PATH is set to \/nowhere\/chrome/);
  });

  it.each([
    ['linux', '/usr/bin/chromium'],
    ['linux', '/usr/bin/google-chrome-stable'],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  ] as const)('finds a system browser on %s at %s', (platform, path) => {
    expect(findChromium({}, platform, onDisk(path))).toEqual({ source: 'system', path });
  });

  it('prefers Chromium to Chrome when both are installed (the order of the list)', () => {
    const found = findChromium({}, 'linux', onDisk('/usr/bin/google-chrome', '/usr/bin/chromium'));
    expect(found.path).toBe(SYSTEM_CHROMIUM_PATHS.linux?.[0]);
  });

  it('falls back to the Chromium inside the npm package on Linux with no browser installed', () => {
    expect(findChromium({}, 'linux', onDisk())).toEqual({ source: 'npm package' });
  });

  it('says what to install on macOS with no browser (the npm package holds a Linux build)', () => {
    expect(() => findChromium({}, 'darwin', onDisk())).toThrow(/install Google Chrome, or set CHROMIUM_PATH/);
  });
});
