/**
 * Serves the documented host (host.ts, bundled in memory) on http://localhost:PORT and the built app on
 * http://127.0.0.1:PORT, with the npm copy of the SDK in place of the CDN script. For the e2e suite.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '../../..');
const CDN = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
const LOCAL_SDK = '/sdk/zaf_sdk.min.js';
const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function bundle(entry: string, format: 'es' | 'iife', name?: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: { write: false, minify: false, lib: { entry, formats: [format], name, fileName: () => 'b.js' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`no script from ${entry}`);
  return chunk.code;
}

export interface DocumentedHost {
  url: string;
  close(): Promise<void>;
}

export async function startDocumentedHost(appDir = join(ROOT, 'dist')): Promise<DocumentedHost> {
  const [host, sdk] = await Promise.all([
    bundle(join(HERE, 'host.ts'), 'es'),
    bundle(join(ROOT, 'node_modules/zendesk_app_framework_sdk/lib/index.js'), 'iife', 'ZAFClient'),
  ]);
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Documented host</title>' +
    '<script type="module" src="/host.js"></script></head><body></body></html>';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (path === '/') return send(200, HTML, page);
    if (path === '/host.js') return send(200, JS, host);
    if (path === LOCAL_SDK) return send(200, JS, sdk);
    const file = normalize(join(appDir, path));
    if (!file.startsWith(appDir)) return send(404, 'text/plain', 'Not found');
    try {
      const body = readFileSync(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (extname(file) === '.html') return send(200, type, body.toString('utf8').replaceAll(CDN, LOCAL_SDK));
      return send(200, type, body);
    } catch {
      return send(404, 'text/plain', 'Not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
