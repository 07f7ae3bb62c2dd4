/**
 * File rules (../shared/notes/zendesk-app-conventions.md §4.5, §4.6): the logos Zendesk requires at their
 * sizes, no file type its validator flags, no symlinks, and no network address in the app's code but the
 * SDK's and links that are only shown.
 */
import { fileText, type PackageFiles } from '../files';
import { pngSize } from '../png';
import type { Problem } from '../problem';

export const LOGOS = [
  { file: 'assets/logo.png', width: 320, height: 320 },
  { file: 'assets/logo-small.png', width: 128, height: 128 },
] as const;

const FORBIDDEN_EXTENSIONS = [
  'rar',
  'zip',
  'gz',
  'gzip',
  'pdf',
  'doc',
  'docx',
  'avi',
  'bin',
  'bz',
  'bz2',
  'csh',
  'sh',
  'jar',
  'mp3',
  'mpeg',
  'odt',
  'pptx',
  'ppt',
  'xls',
  'xlsx',
  '7z',
];

/** Magic numbers of the archive and document types Zendesk sniffs for, whatever the file is called. */
const FORBIDDEN_SIGNATURES: readonly { type: string; bytes: readonly number[] }[] = [
  { type: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'gzip', bytes: [0x1f, 0x8b] },
  { type: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'rar', bytes: [0x52, 0x61, 0x72, 0x21] },
  { type: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { type: 'bz2', bytes: [0x42, 0x5a, 0x68] },
];

export const SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';

/**
 * Addresses that appear in library code as identifiers or in error text, never requested: XML namespaces
 * (React's DOM), and the documentation links in the production error messages of React, prop-types,
 * styled-components and polished.
 */
const TEXT_ONLY_URL_PREFIXES = [
  'http://www.w3.org/',
  'https://reactjs.org/docs/error-decoder.html',
  'https://react.dev/errors/',
  'http://fb.me/use-check-prop-types',
  'https://github.com/styled-components/styled-components/blob/main/packages/styled-components/src/utils/errors.md',
  'https://github.com/styled-components/polished/blob/main/src/internalHelpers/errors.md',
];

export function checkLogos(files: PackageFiles): Problem[] {
  return LOGOS.flatMap(({ file, width, height }): Problem[] => {
    const entry = files.get(file);
    if (entry === undefined)
      return [{ rule: 'logos', file, message: `is required (PNG, ${width}x${height})` }];
    const size = entry.kind === 'file' ? pngSize(entry.bytes) : null;
    if (size === null) return [{ rule: 'logos', file, message: 'is not a PNG image' }];
    if (size.width !== width || size.height !== height) {
      return [
        { rule: 'logos', file, message: `is ${size.width}x${size.height}; it must be ${width}x${height}` },
      ];
    }
    return [];
  });
}

export function checkFileTypes(files: PackageFiles): Problem[] {
  const problems: Problem[] = [];
  for (const [path, entry] of files) {
    if (entry.kind === 'symlink') {
      problems.push({
        rule: 'symlinks',
        file: path,
        message: `is a symlink (to ${entry.target}); ship the file`,
      });
      continue;
    }
    const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
    if (extension !== undefined && FORBIDDEN_EXTENSIONS.includes(extension)) {
      problems.push({
        rule: 'file-types',
        file: path,
        message: `.${extension} files are not allowed in an app`,
      });
      continue;
    }
    const sniffed = FORBIDDEN_SIGNATURES.find(({ bytes }) =>
      bytes.every((byte, index) => entry.bytes[index] === byte),
    );
    if (sniffed) {
      problems.push({
        rule: 'file-types',
        file: path,
        message: `is a ${sniffed.type} file, which is not allowed`,
      });
    }
  }
  return problems;
}

/**
 * The app calls nobody but Zendesk: the page may load only the SDK, and the code may hold no address but
 * those it shows as text (`shownLinks`: the routine's links, from the manifest defaults) and the
 * library identifiers above.
 */
export function checkNetworkUrls(files: PackageFiles, shownLinks: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const path of files.keys()) {
    if (!/^assets\/.*\.(?:js|mjs|css|html)$/.test(path)) continue;
    const text = fileText(files, path) ?? '';
    const allowed = (url: string): boolean =>
      TEXT_ONLY_URL_PREFIXES.some((prefix) => url.startsWith(prefix)) ||
      shownLinks.includes(url) ||
      (path.endsWith('.html') && url === SDK_URL);
    const found = new Set(text.match(/\b(?:https?|wss?):\/\/[^\s"'`<>)\\]+/gi) ?? []);
    for (const url of found) {
      if (!allowed(url)) {
        problems.push({
          rule: 'network-urls',
          file: path,
          message: `holds ${url}; the app may only talk to Zendesk`,
        });
      }
    }
  }
  return problems;
}
