/**
 * The local Zendesk workspace server: the host page (a ticket view that speaks ZAF) around the built app in
 * dist/, with the npm copy of the ZAF SDK served in place of the CDN script. Everything is served from this
 * machine; nothing is fetched from the network.
 *
 * The host page is on http://localhost:PORT and the app on http://127.0.0.1:PORT: two origins, so the app
 * runs cross-origin as it does in Zendesk (where it is served from another domain).
 *
 * Run: `tsx workspace/server.ts` (PORT overrides the port; APP_DIR the app folder, default dist).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';

export const DEFAULT_PORT = 8080;
/** Where Zendesk apps load the SDK from in production; the workspace serves the npm copy instead. */
export const SDK_CDN_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
export const SDK_LOCAL_PATH = '/sdk/zaf_sdk.min.js';

const WORKSPACE_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT_DIR = resolve(WORKSPACE_DIR, '..');

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface WorkspaceOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The built app: a folder with manifest.json and assets/iframe.html. */
  appDir?: string;
  /**
   * Serve the app's files (not its HTML page) and the SDK as cacheable, as a CDN serves versioned files,
   * instead of `no-store`: the start-up benchmark's warm runs. The workspace itself never caches, so a
   * rebuilt app shows at the next reload.
   */
  cacheAppFiles?: boolean;
}

export interface Workspace {
  /** The host page, e.g. http://localhost:8080/ */
  url: string;
  /** The origin the app's iframe is served from. */
  appOrigin: string;
  port: number;
  close(): Promise<void>;
}

/** Bundles one entry into a single script in memory (no files written, nothing fetched). */
async function bundle(entry: string, format: 'es' | 'iife', name?: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT_DIR,
    build: {
      write: false,
      minify: format === 'iife',
      sourcemap: false,
      lib: { entry, formats: [format], name, fileName: () => 'bundle.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Bundling ${entry} produced no script`);
  return chunk.code;
}

/** The installation parameters and labels the settings panel shows, read from the app's manifest. */
function appDescription(appDir: string): unknown {
  const manifestFile = join(appDir, 'manifest.json');
  if (!existsSync(manifestFile)) return { name: 'App', version: '0.0.0', parameters: [], labels: {} };
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    name?: string;
    version?: string;
    parameters?: unknown[];
    defaultLocale?: string;
  };
  const translationsFile = join(appDir, 'translations', `${manifest.defaultLocale ?? 'en'}.json`);
  const translations: unknown = existsSync(translationsFile)
    ? JSON.parse(readFileSync(translationsFile, 'utf8'))
    : {};
  return {
    name: manifest.name ?? 'App',
    version: manifest.version ?? '0.0.0',
    parameters: manifest.parameters ?? [],
    labels: parameterLabels(translations),
  };
}

/** `app.parameters.<name>.label` from a translations file, flat or nested. */
function parameterLabels(translations: unknown): Record<string, string> {
  const app = (translations as { app?: { parameters?: Record<string, { label?: unknown }> } }).app;
  const labels: Record<string, string> = {};
  for (const [name, entry] of Object.entries(app?.parameters ?? {})) {
    const label = typeof entry.label === 'string' ? entry.label : (entry.label as { value?: unknown })?.value;
    if (typeof label === 'string') labels[name] = label;
  }
  return labels;
}

/** A file under `dir` for a URL path, or null when it escapes the folder or does not exist. */
function fileUnder(dir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // A malformed escape names no file.
  }
  const file = normalize(join(dir, decoded));
  if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const NO_STORE = 'no-store';
const CACHEABLE = 'public, max-age=3600';

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  cache = NO_STORE,
): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': cache });
  res.end(body);
}

export async function startWorkspace(options: WorkspaceOptions = {}): Promise<Workspace> {
  const appDir = resolve(ROOT_DIR, options.appDir ?? 'dist');
  if (!existsSync(join(appDir, 'assets', 'iframe.html'))) {
    throw new Error(`No app at ${appDir}: expected assets/iframe.html (run \`npm run build\` first).`);
  }
  const [hostScript, sdkScript] = await Promise.all([
    bundle(join(WORKSPACE_DIR, 'ui', 'main.ts'), 'es'),
    bundle(join(WORKSPACE_DIR, 'sdk-entry.js'), 'iife', 'ZAFClient'),
  ]);
  const hostPage = readFileSync(join(WORKSPACE_DIR, 'index.html'), 'utf8');
  const appFileCache = options.cacheAppFiles ? CACHEABLE : NO_STORE;
  const styles = readFileSync(join(WORKSPACE_DIR, 'ui', 'workspace.css'), 'utf8');

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://workspace').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain', 'Method not allowed');
    if (path === '/' || path === '/index.html') return send(res, 200, HTML, hostPage);
    if (path === '/workspace/main.js') return send(res, 200, JS, hostScript);
    if (path === '/workspace/workspace.css') return send(res, 200, CSS, styles);
    if (path === '/workspace/app.json')
      return send(res, 200, JSON_TYPE, JSON.stringify(appDescription(appDir)));
    if (path === SDK_LOCAL_PATH) return send(res, 200, JS, sdkScript, appFileCache);
    if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
    const file = fileUnder(appDir, path);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', `Not found: ${path}`);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (extname(file) === '.html') {
      // The built app keeps the CDN URL (production needs it); only the served copy points at the local SDK.
      return send(res, 200, type, readFileSync(file, 'utf8').replaceAll(SDK_CDN_URL, SDK_LOCAL_PATH));
    }
    send(res, 200, type, readFileSync(file), appFileCache);
  };

  const port = await listen(createServer(handle), '127.0.0.1', options.port ?? DEFAULT_PORT);
  const servers: Server[] = [port.server];
  // localhost may resolve to ::1 first; answer there too when the machine has IPv6 loopback.
  const ipv6 = await listen(createServer(handle), '::1', port.port).catch(() => null);
  if (ipv6) servers.push(ipv6.server);

  return {
    url: `http://localhost:${port.port}/`,
    appOrigin: `http://127.0.0.1:${port.port}`,
    port: port.port,
    close: () =>
      Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done())))).then(
        () => undefined,
      ),
  };
}

function listen(server: Server, host: string, port: number): Promise<{ server: Server; port: number }> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePort({ server, port: (server.address() as AddressInfo).port });
    });
  });
}

async function main(): Promise<void> {
  const port = process.env.PORT === undefined ? DEFAULT_PORT : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0-65535), not "${process.env.PORT}".`);
  }
  const workspace = await startWorkspace({ port, appDir: process.env.APP_DIR }).catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE')
      throw new Error(`Port ${port} is in use: set PORT to another port, e.g. PORT=8090.`);
    throw error;
  });
  console.log(`Zendesk workspace (local): ${workspace.url}`);
  console.log(
    'Pick a sample ticket on the left; the app runs in the right sidebar. Ctrl+C stops the server.',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
