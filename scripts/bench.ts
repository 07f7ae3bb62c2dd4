/**
 * `npm run bench`: runs every benchmark in scripts/bench/ in name order and prints its numbers.
 * Each module's default export is an async function that prints its own lines.
 * `npm run bench -- size` runs only the benchmarks whose file name contains "size".
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = fileURLToPath(new URL('./bench/', import.meta.url));
const filter = process.argv[2] ?? '';
const modules = readdirSync(folder)
  .filter((name) => name.endsWith('.ts') && name.includes(filter))
  .sort();

for (const name of modules) {
  const module = (await import(pathToFileURL(folder + name).href)) as { default: () => Promise<void> };
  console.log(`\n## ${name.replace(/\.ts$/, '')}`);
  await module.default();
}
