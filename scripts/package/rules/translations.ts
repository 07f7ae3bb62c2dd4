/**
 * translations/*.json rules (../shared/notes/zendesk-app-conventions.md §4.3): every file is a JSON object
 * named by a locale; the English file names the app and labels every parameter; a public app also needs
 * the marketplace descriptions.
 */
import { isObject } from '../../../src/json/isObject';
import { fileText, type PackageFiles } from '../files';
import { parseJsonFile, type Problem } from '../problem';
import { LOCALE } from './manifest';

const ENGLISH = 'translations/en.json';
const MARKETPLACE_KEYS = ['short_description', 'long_description', 'installation_instructions'];

export function checkTranslations(manifest: Record<string, unknown>, files: PackageFiles): Problem[] {
  const problems: Problem[] = [];
  for (const path of files.keys()) {
    if (!path.startsWith('translations/')) continue;
    const locale = /^translations\/(.+)\.json$/.exec(path)?.[1];
    if (locale === undefined || !LOCALE.test(locale)) {
      problems.push({ rule: 'translation-files', file: path, message: 'must be translations/<locale>.json' });
    }
  }
  const parsed = parseJsonFile(fileText(files, ENGLISH), ENGLISH);
  problems.push(...parsed.problems);
  if (!files.has(ENGLISH)) {
    problems.push({ rule: 'required-files', file: ENGLISH, message: 'is required' });
    return problems;
  }
  if (parsed.value === undefined) return problems;
  const app = isObject(parsed.value) ? parsed.value.app : undefined;
  if (!isObject(app) || !isText(app.name)) {
    problems.push({
      rule: 'app-name',
      file: ENGLISH,
      message: '"app.name" is required: admins see the app by it',
    });
  }
  const appSection = isObject(app) ? app : {};
  if (manifest.private === false) {
    for (const key of MARKETPLACE_KEYS) {
      if (!isText(appSection[key])) {
        problems.push({
          rule: 'marketplace-strings',
          file: ENGLISH,
          message: `a public app needs "app.${key}"`,
        });
      }
    }
  }
  problems.push(...checkParameterLabels(manifest.parameters, appSection.parameters));
  return problems;
}

function checkParameterLabels(parameters: unknown, labels: unknown): Problem[] {
  if (!Array.isArray(parameters)) return [];
  const problems: Problem[] = [];
  for (const parameter of parameters) {
    const name = isObject(parameter) ? parameter.name : undefined;
    if (typeof name !== 'string' || name === '') continue;
    const entry = isObject(labels) ? labels[name] : undefined;
    if (!isObject(entry) || !isText(entry.label)) {
      problems.push({
        rule: 'parameter-labels',
        file: ENGLISH,
        message: `parameter "${name}" needs "app.parameters.${name}.label"`,
      });
    }
  }
  return problems;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
