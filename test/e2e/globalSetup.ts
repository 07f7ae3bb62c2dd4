/**
 * Once per run of the e2e project: builds the app when dist/ is missing or older than its sources, then
 * starts two workspaces on free ports, one around the real built app and one around the probe app (a bare
 * page using the SDK), and the documented host around the built app, and hands their addresses to the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startWorkspace } from '../../workspace/server';
import { startDocumentedHost } from '../support/documentedHost/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The workspace around dist/ (the real sidebar app). */
    workspaceUrl: string;
    /** The workspace around test/e2e/fixtures/probe-app. */
    probeUrl: string;
    /** A host written from Zendesk's docs alone (test/support/documentedHost), around dist/. */
    documentedUrl: string;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = join(ROOT, 'dist', 'assets', 'iframe.html');
const SOURCES = [
  'src',
  'assets',
  'translations',
  'scripts/build',
  'manifest.json',
  'vite.config.ts',
  'package.json',
];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function buildAppIfStale(): void {
  const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((path) => newestChange(join(ROOT, path))));
  if (built > sources) return;
  // Vitest sets NODE_ENV=test, which would make Vite build React's development JSX runtime calls.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', env });
  if (result.status !== 0) {
    throw new Error(`npm run build failed before the e2e tests:\n${result.stdout}\n${result.stderr}`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildAppIfStale();
  const app = await startWorkspace({ port: 0 });
  const probe = await startWorkspace({ port: 0, appDir: 'test/e2e/fixtures/probe-app' });
  const documented = await startDocumentedHost();
  project.provide('workspaceUrl', app.url);
  project.provide('probeUrl', probe.url);
  project.provide('documentedUrl', documented.url);
  return async () => {
    await Promise.all([app.close(), probe.close(), documented.close()]);
  };
}
