/**
 * The files of the Zendesk app package besides what Vite bundles: the manifest, the marketplace
 * translations, the requirements (the routine's macros) and the logos. Pure: the Vite plugin reads the
 * sources and emits what these functions return, so tests can call them without building.
 */
import { isObject } from '../../src/json/isObject';

/** Package paths of the logos, as Zendesk expects them (copied from the sources of the same name). */
export const LOGO_PATHS = ['assets/logo.png', 'assets/logo-small.png', 'assets/logo.svg'] as const;

/**
 * `translations/<locale>.json` in the package holds only the `app` section that Zendesk reads (name,
 * descriptions, setting labels). The UI strings are bundled into the app's JavaScript instead, as the
 * official scaffold does, so the iframe never fetches them.
 */
export function marketplaceTranslations(translations: unknown): { app: unknown } {
  if (!isObject(translations) || !isObject(translations.app)) {
    throw new Error(
      'translations/en.json: no "app" section; Zendesk reads the app name and setting labels there',
    );
  }
  return { app: translations.app };
}

export type PackageFiles = Map<string, string | Uint8Array>;

export interface AppSources {
  manifest: unknown;
  translations: unknown;
  /** Zendesk requirements.json content (`{ macros: {...} }`), or null when the app requires nothing. */
  requirements: unknown;
  /** Logo bytes by package path. */
  logos: ReadonlyMap<string, Uint8Array>;
}

/** Everything the build writes next to the bundle, keyed by its path inside dist/. */
export function appPackageFiles(sources: AppSources): PackageFiles {
  const files: PackageFiles = new Map();
  files.set('manifest.json', json(sources.manifest));
  files.set('translations/en.json', json(marketplaceTranslations(sources.translations)));
  if (sources.requirements !== null) files.set('requirements.json', json(sources.requirements));
  for (const [path, bytes] of sources.logos) files.set(path, bytes);
  return files;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
