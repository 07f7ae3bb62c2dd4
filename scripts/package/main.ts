/**
 * `npm run package` (after `npm run build`): checks dist/ against Zendesk's packaging rules and writes
 * baa-routine-<version>.zip at the project root. `tsx scripts/package/main.ts [dir]` checks another folder.
 * Exit status 1, with every broken rule listed, when the package would be rejected.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isObject } from '../../src/json/isObject';
import { checkPackage, checkZipSize } from './check';
import { fileText, readPackageDir } from './files';
import { describeProblem, type Problem } from './problem';
import { zipPackage } from './zip';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = resolve(process.argv[2] ?? `${root}dist`);

function fail(problems: readonly Problem[]): never {
  for (const problem of problems) console.error(describeProblem(problem));
  console.error(`\n${problems.length} packaging rule(s) broken; no zip written.`);
  process.exit(1);
}

if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`${dir} holds no manifest.json: run \`npm run build\` first.`);
  process.exit(1);
}

const files = readPackageDir(dir);
const problems = checkPackage(files);
if (problems.length > 0) fail(problems);

const manifest: unknown = JSON.parse(fileText(files, 'manifest.json') ?? '{}');
const version = isObject(manifest) && typeof manifest.version === 'string' ? manifest.version : '0.0.0';
const zipName = `baa-routine-${version}.zip`;
const zip = zipPackage(files);
const sizeProblems = checkZipSize(zipName, zip.byteLength);
if (sizeProblems.length > 0) fail(sizeProblems);

writeFileSync(`${root}${zipName}`, zip);
console.log(`${files.size} files checked against Zendesk's packaging rules: all pass.`);
console.log(
  `Wrote ${zipName} (${zip.byteLength} bytes; limit 2 MB). Upload it in Admin Center: Apps and integrations > Zendesk Support apps > Upload private app.`,
);
