/**
 * manifest.json rules, as Zendesk's validator (zendesk_apps_support) enforces them; see
 * ../shared/notes/zendesk-app-conventions.md §4.1 and §4.2.
 */
import { isObject } from '../../../src/json/isObject';
import type { PackageFiles } from '../files';
import type { Problem } from '../problem';

const FILE = 'manifest.json';
export const FRAMEWORK_VERSION = '2.0';
export const LOCALE = /^[a-z]{2,3}(-\w{2,3})?$/;
export const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'] as const;
const SECURE_SCOPES = [
  'header',
  'body',
  'url',
  'jwt_secret_key',
  'jwt_claim',
  'basic_auth_username',
  'basic_auth_password',
];
const PRODUCTS = ['support', 'sell', 'chat'];
const SUPPORT_LOCATIONS = [
  'background',
  'modal',
  'nav_bar',
  'new_ticket_sidebar',
  'organization_sidebar',
  'system_top_bar',
  'ticket_editor',
  'ticket_sidebar',
  'top_bar',
  'user_sidebar',
];

type Report = (rule: string, message: string) => void;

export function checkManifest(manifest: Record<string, unknown>, files: PackageFiles): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (rule, message) => problems.push({ rule, file: FILE, message });
  checkRequiredKeys(manifest, report);
  checkAuthor(manifest.author, report);
  checkDefaultLocale(manifest.defaultLocale, files, report);
  checkLocations(manifest.location, files, report);
  checkParameters(manifest.parameters, report);
  return problems;
}

function checkRequiredKeys(manifest: Record<string, unknown>, report: Report): void {
  for (const key of ['author', 'defaultLocale', 'location', 'frameworkVersion']) {
    if (manifest[key] === undefined) report('required-keys', `"${key}" is required`);
  }
  if (manifest.frameworkVersion !== undefined && manifest.frameworkVersion !== FRAMEWORK_VERSION) {
    report(
      'framework-version',
      `"frameworkVersion" must be "${FRAMEWORK_VERSION}", not ${JSON.stringify(manifest.frameworkVersion)}`,
    );
  }
  if (manifest.version !== undefined && typeof manifest.version !== 'string') {
    report('version', '"version" must be a string such as "1.0.0"');
  }
  for (const key of ['private', 'requirementsOnly', 'marketingOnly', 'singleInstall', 'signedUrls']) {
    if (manifest[key] !== undefined && typeof manifest[key] !== 'boolean') {
      report('boolean-keys', `"${key}" must be true or false`);
    }
  }
}

function checkAuthor(author: unknown, report: Report): void {
  if (author === undefined) return;
  if (!isObject(author)) return report('author', '"author" must be an object with name, email and url');
  for (const key of ['name', 'email', 'url']) {
    if (author[key] !== undefined && typeof author[key] !== 'string')
      report('author', `"author.${key}" must be text`);
  }
  if (typeof author.url === 'string' && !isHttpUrl(author.url)) {
    report('author', `"author.url" must be an http(s) URL, not "${author.url}"`);
  }
}

function checkDefaultLocale(locale: unknown, files: PackageFiles, report: Report): void {
  if (locale === undefined) return;
  if (typeof locale !== 'string' || !LOCALE.test(locale)) {
    return report(
      'default-locale',
      `"defaultLocale" must be a locale such as "en", not ${JSON.stringify(locale)}`,
    );
  }
  if (!files.has(`translations/${locale}.json`)) {
    report('default-locale', `"defaultLocale" is "${locale}" but translations/${locale}.json is missing`);
  }
}

function checkLocations(location: unknown, files: PackageFiles, report: Report): void {
  if (location === undefined) return;
  if (!isObject(location) || Object.keys(location).length === 0) {
    return report('location', '"location" must map a product to its locations, e.g. support.ticket_sidebar');
  }
  for (const [product, locations] of Object.entries(location)) {
    if (!PRODUCTS.includes(product)) report('location', `unknown product "${product}"`);
    if (!isObject(locations)) {
      report('location', `"location.${product}" must map location names to their options`);
      continue;
    }
    for (const [name, options] of Object.entries(locations)) {
      const where = `location.${product}.${name}`;
      if (product === 'support' && !SUPPORT_LOCATIONS.includes(name))
        report('location', `unknown location "${where}"`);
      checkLocationOptions(where, options, files, report);
    }
  }
}

function checkLocationOptions(where: string, options: unknown, files: PackageFiles, report: Report): void {
  const settings = typeof options === 'string' ? { url: options } : options;
  if (!isObject(settings)) return report('location', `"${where}" must be a URL or an object with "url"`);
  if (settings.flexible !== undefined && typeof settings.flexible !== 'boolean') {
    report('location', `"${where}.flexible" must be true or false`);
  }
  const url = settings.url;
  if (url === undefined && settings.autoLoad === false) return;
  if (typeof url !== 'string' || url === '') return report('location', `"${where}.url" is missing`);
  if (url.includes('{{setting.')) return;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    if (!isSecureOrLocalUrl(url))
      report('location', `"${where}.url" must be https or localhost, not "${url}"`);
    return;
  }
  if (!url.startsWith('assets/')) {
    report('location-file', `"${where}.url" is "${url}"; a packaged page must be under assets/`);
  } else if (!files.has(url)) {
    report('location-file', `"${where}.url" points at ${url}, which is not in the package`);
  }
}

function checkParameters(parameters: unknown, report: Report): void {
  if (parameters === undefined) return;
  if (!Array.isArray(parameters)) return report('parameters', '"parameters" must be an array');
  const seen = new Set<string>();
  let oauthCount = 0;
  parameters.forEach((parameter: unknown, index) => {
    if (!isObject(parameter)) return report('parameters', `parameter #${index + 1} must be an object`);
    const name = parameter.name;
    const label = typeof name === 'string' ? `parameter "${name}"` : `parameter #${index + 1}`;
    if (typeof name !== 'string' || name === '') report('parameter-names', `${label} has no name`);
    else if (name === 'name') report('parameter-names', `"name" is reserved and cannot be a parameter name`);
    else if (seen.has(name)) report('parameter-names', `${label} is declared twice; names must be unique`);
    if (typeof name === 'string') seen.add(name);
    const type = parameter.type ?? 'text';
    if (!(PARAMETER_TYPES as readonly unknown[]).includes(type)) {
      report(
        'parameter-types',
        `${label} has type ${JSON.stringify(type)}; allowed: ${PARAMETER_TYPES.join(', ')}`,
      );
    }
    if (type === 'oauth') oauthCount += 1;
    checkParameterFlags(parameter, label, report);
  });
  if (oauthCount > 1) report('parameter-flags', 'only one parameter may have type "oauth"');
}

function checkParameterFlags(parameter: Record<string, unknown>, label: string, report: Report): void {
  for (const flag of ['required', 'secure']) {
    if (parameter[flag] !== undefined && typeof parameter[flag] !== 'boolean') {
      report('parameter-flags', `${label}: "${flag}" must be true or false`);
    }
  }
  if (parameter.type === 'hidden' && parameter.required === true) {
    report('parameter-flags', `${label}: a hidden parameter cannot be required`);
  }
  if (parameter.type === 'oauth' && parameter.secure === true) {
    report('parameter-flags', `${label}: an oauth parameter cannot be secure`);
  }
  const scopes = parameter.scopes;
  if (scopes === undefined) return;
  if (parameter.secure !== true)
    report('parameter-flags', `${label}: "scopes" is only allowed on secure parameters`);
  if (
    !Array.isArray(scopes) ||
    scopes.length === 0 ||
    scopes.some((scope) => !SECURE_SCOPES.includes(scope))
  ) {
    report('parameter-flags', `${label}: "scopes" must be a non-empty list of ${SECURE_SCOPES.join(', ')}`);
  }
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function isSecureOrLocalUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
  } catch {
    return false;
  }
}
