/**
 * A Vite plugin that completes dist/ as a Zendesk app package: after the bundle is generated it emits
 * manifest.json, translations/en.json (marketplace keys only), requirements.json and the logos.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { appPackageFiles, LOGO_PATHS } from './app-files';

export interface ZendeskAppOptions {
  /** The project root, where manifest.json, translations/ and assets/ live. */
  root: string;
  /** Builds requirements.json; null when the app requires no Zendesk resources. */
  requirements: () => unknown;
}

/**
 * Vite writes `../assets/iframe.js` into assets/iframe.html; both resolve to the same file, and `./iframe.js`
 * says so plainly.
 */
export function siblingUrls(html: string, fileName: string): string {
  const folder = fileName.slice(0, fileName.lastIndexOf('/') + 1);
  if (folder === '') return html;
  return html.replaceAll(/(\s(?:src|href)=")\.\.\/([^"/]+\/)/g, (match, attribute: string, parent: string) =>
    parent === folder ? `${attribute}./` : match,
  );
}

export function zendeskAppPackage(options: ZendeskAppOptions): Plugin {
  const readJson = (path: string): unknown => JSON.parse(readFileSync(`${options.root}/${path}`, 'utf8'));
  return {
    name: 'zendesk-app-package',
    apply: 'build',
    // After Vite's HTML plugin, so the page it rendered can be tidied.
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'asset' && output.fileName.endsWith('.html')) {
          output.source = siblingUrls(String(output.source), output.fileName);
        }
      }
      const files = appPackageFiles({
        manifest: readJson('manifest.json'),
        translations: readJson('translations/en.json'),
        requirements: options.requirements(),
        logos: new Map(LOGO_PATHS.map((path) => [path, readFileSync(`${options.root}/${path}`)])),
      });
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
