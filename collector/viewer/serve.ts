/**
 * Serves the web trace viewer: the page at `/` (and `/viewer/`), its assets at `/viewer/NAME`.
 *
 * The assets are plain files in ./static (no build step). Only the files that directory holds
 * are served, looked up by exact name, so no request path can reach anything else. Beside them,
 * under `/viewer/common/NAME`, the few browser-ready modules of common/ that the page shares
 * with the CLI (protocol names, trace text: SHARED_MODULES), so that no formatting is copied. They are
 * read once and kept in memory (a few tens of kilobytes). `npm run build` copies the directory
 * into dist beside this module (scripts/copy-generated.js).
 *
 * The Content-Security-Policy lets the page load only its own scripts and styles and talk only
 * to its own origin (the JSON API and the /api/stream WebSocket); nothing loads from outside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VIEWER_STATIC_DIR = fileURLToPath(new URL('./static/', import.meta.url));

/**
 * Modules of common/ written as plain browser-ready JavaScript (JSDoc types), served to the page
 * as `/viewer/common/NAME`. From the sources they are the files themselves; from dist, tsc's
 * copies beside the compiled collector (allowJs).
 */
const COMMON_DIR = fileURLToPath(new URL('../../common/', import.meta.url));
export const SHARED_MODULES = ['ip-protocol.js', 'trace-text.js'] as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

interface Asset {
  body: Buffer;
  type: string;
}

function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new Error(`web viewer assets are missing: cannot read ${dir} (${(err as Error).message}); run "npm run build"`);
  }
  for (const name of names) {
    const type = CONTENT_TYPES[extname(name)];
    if (type) assets.set(name, { body: readFileSync(join(dir, name)), type });
  }
  if (!assets.has('index.html')) throw new Error(`web viewer assets are incomplete: no index.html in ${dir}`);
  for (const name of SHARED_MODULES) {
    const file = join(COMMON_DIR, name);
    try {
      assets.set(`common/${name}`, { body: readFileSync(file), type: CONTENT_TYPES['.js']! });
    } catch (err) {
      throw new Error(`web viewer assets are incomplete: cannot read the shared module ${file} (${(err as Error).message}); run "npm run build"`);
    }
  }
  return assets;
}

/**
 * A request handler for the viewer: answers GET or HEAD of `/`, `/viewer`, `/viewer/` or
 * `/viewer/NAME` and returns true; returns false for every other request, leaving it to the
 * API. The assets are read at the first request.
 */
export function viewerHandler(assetsDir = VIEWER_STATIC_DIR): (req: IncomingMessage, res: ServerResponse) => boolean {
  let assets: Map<string, Asset> | undefined;
  return (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return false;
    const path = new URL(req.url ?? '/', 'http://collector').pathname;
    let name: string;
    if (path === '/' || path === '/viewer' || path === '/viewer/') name = 'index.html';
    else if (path.startsWith('/viewer/')) name = path.slice('/viewer/'.length);
    else return false;
    assets ??= loadAssets(assetsDir);
    const asset = assets.get(name);
    if (!asset) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      res.end(`no viewer asset "${name.slice(0, 100)}" (known: ${[...assets.keys()].sort().join(', ')})\n`);
      return true;
    }
    res.writeHead(200, { 'content-type': asset.type, 'content-length': asset.body.length, 'cache-control': 'no-cache', ...SECURITY_HEADERS });
    res.end(method === 'HEAD' ? undefined : asset.body);
    return true;
  };
}

/** The viewer from the assets beside this module (collector/api.ts serves it). */
export const serveViewer = viewerHandler();
