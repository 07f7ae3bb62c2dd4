/**
 * Zendesk's packaging rules, checked offline on an in-memory package (zcli validates only against a live
 * account). Every broken rule is reported, not just the first.
 */
import { isObject } from '../../src/json/isObject';
import { fileText, type PackageFiles } from './files';
import { parseJsonFile, type Problem } from './problem';
import { checkFileTypes, checkLogos, checkNetworkUrls } from './rules/assets';
import { checkManifest } from './rules/manifest';
import { checkRequirements } from './rules/requirements';
import { checkTranslations } from './rules/translations';

/** "The file size limit of the zip file for a private app is 2 MB" (Zendesk's upload guide). */
export const MAX_ZIP_BYTES = 2 * 1024 * 1024;

export function checkPackage(files: PackageFiles): Problem[] {
  const parsed = parseJsonFile(fileText(files, 'manifest.json'), 'manifest.json');
  const problems = [...parsed.problems];
  if (!files.has('manifest.json')) {
    problems.push({
      rule: 'required-files',
      file: 'manifest.json',
      message: 'is required at the package root',
    });
  } else if (parsed.value !== undefined && !isObject(parsed.value)) {
    problems.push({ rule: 'manifest', file: 'manifest.json', message: 'must be a JSON object' });
  }
  const manifest = isObject(parsed.value) ? parsed.value : {};
  if (isObject(parsed.value)) problems.push(...checkManifest(manifest, files));
  problems.push(...checkTranslations(manifest, files));
  problems.push(...checkLogos(files));
  problems.push(...checkFileTypes(files));
  problems.push(...checkRequirements(files));
  problems.push(...checkNetworkUrls(files, shownLinks(manifest)));
  return problems;
}

export function checkZipSize(zipName: string, bytes: number): Problem[] {
  if (bytes < MAX_ZIP_BYTES) return [];
  return [
    { rule: 'zip-size', file: zipName, message: `is ${bytes} bytes; a private app's zip must be under 2 MB` },
  ];
}

/** The routine's links the app shows in replies: the URL defaults of its settings. */
function shownLinks(manifest: Record<string, unknown>): string[] {
  const parameters = Array.isArray(manifest.parameters) ? (manifest.parameters as unknown[]) : [];
  return parameters.flatMap((parameter) =>
    isObject(parameter) && typeof parameter.default === 'string' && /^https?:\/\//.test(parameter.default)
      ? [parameter.default]
      : [],
  );
}
