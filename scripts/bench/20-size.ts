/**
 * The app's download size: each file of dist/assets raw and gzipped, the total, and the sidebar's initial
 * JavaScript against its budget of 120 KB gzip (React 18 with Garden's buttons, forms, notifications, tags,
 * typography and loaders come to about 88 KB of it).
 * Builds first when dist/ is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { fileSize, gzipShares, INITIAL_JS_BUDGET, initialJsFiles } from '../build/sizes';

const root = fileURLToPath(new URL('../../', import.meta.url));
const assets = `${root}dist/assets/`;
const PAGE = 'iframe.html';

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

export default async function sizeBench(): Promise<void> {
  // Always built first: a dist/ left from an earlier checkout would report the sizes of other code.
  console.log('Building dist/ from the current sources.');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(`${assets}${PAGE}`)) throw new Error('npm run build failed');
  const sizes = readdirSync(assets)
    .sort()
    .map((file) => fileSize(file, readFileSync(`${assets}${file}`)));
  console.log(`${'dist/assets file'.padEnd(28)}${'raw'.padStart(12)}${'gzip'.padStart(12)}`);
  for (const size of sizes) {
    console.log(`${size.file.padEnd(28)}${kb(size.raw).padStart(12)}${kb(size.gzip).padStart(12)}`);
  }
  const sum = (list: typeof sizes, key: 'raw' | 'gzip'): number =>
    list.reduce((total, size) => total + size[key], 0);
  console.log(
    `${'total'.padEnd(28)}${kb(sum(sizes, 'raw')).padStart(12)}${kb(sum(sizes, 'gzip')).padStart(12)}`,
  );

  const js = sizes.filter((size) => size.file.endsWith('.js'));
  console.log(`all JS (${js.length} files): ${sum(js, 'raw')} B raw, ${sum(js, 'gzip')} B gzip`);

  const readJs = (file: string): string | undefined =>
    existsSync(`${assets}${file}`) ? readFileSync(`${assets}${file}`, 'utf8') : undefined;
  const initial = new Set(initialJsFiles(readFileSync(`${assets}${PAGE}`, 'utf8'), readJs));
  const initialSizes = sizes.filter((size) => initial.has(size.file));
  const gzip = sum(initialSizes, 'gzip');
  const verdict = gzip <= INITIAL_JS_BUDGET ? 'within' : 'OVER';
  console.log(
    `initial JS (${[...initial].join(', ')}): ${sum(initialSizes, 'raw')} B raw, ${gzip} B gzip; ` +
      `${verdict} the ${kb(INITIAL_JS_BUDGET)} gzip budget (${((gzip / INITIAL_JS_BUDGET) * 100).toFixed(0)}%)`,
  );
  await printComposition(
    initialSizes.map((size) => size.file),
    gzip,
  );
}

/** Where the initial JS goes, by package and app folder: the same build, not written, with module info. */
async function printComposition(initialFiles: readonly string[], initialGzip: number): Promise<void> {
  const result = (await build({
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    build: { write: false },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = [result]
    .flat()
    .flatMap((output) => output.output)
    .filter((output): output is Rolldown.OutputChunk => output.type === 'chunk')
    .filter((chunk) => initialFiles.includes(chunk.fileName.replace(/^assets\//, '')));
  const modules = Object.assign(
    {},
    ...chunks.map((chunk) => chunk.modules),
  ) as Rolldown.OutputChunk['modules'];
  console.log('initial JS by source (gzip, estimated from the share of each part):');
  for (const { group, gzip } of gzipShares(modules, root, initialGzip).filter((share) => share.gzip >= 100)) {
    console.log(`  ${group.padEnd(36)}${kb(gzip).padStart(10)}`);
  }
}
