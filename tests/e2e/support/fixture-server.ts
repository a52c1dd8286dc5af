import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_HOSTS } from './site-hosts';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/** Pages committed in the repo (Apache-2.0 / MIT copies and hand-written pages). */
export const REPO_FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures');
/**
 * The team's shared corpus of real pages, outside the repo (most of it may not be committed).
 * FERRY_SHARED_FIXTURES points elsewhere; the folder is optional.
 */
export const SHARED_PAGES_DIR = resolve(
  process.env.FERRY_SHARED_FIXTURES ?? join(REPO_ROOT, '../shared/fixtures'),
  'pages',
);

/** Real RedNote API responses (note and comment texts) that the RedNote fixture app renders. */
export const SHARED_XHS_DIR = resolve(SHARED_PAGES_DIR, '../xiaohongshu');

/** URL prefixes: `/fixtures/<case>/page.html`, `/shared/<case>/page.html`, `/shared-xhs/api-samples/*.json`. */
const MOUNTS: ReadonlyArray<{ prefix: string; dir: string }> = [
  { prefix: '/fixtures/', dir: REPO_FIXTURES_DIR },
  { prefix: '/shared/', dir: SHARED_PAGES_DIR },
  { prefix: '/shared-xhs/', dir: SHARED_XHS_DIR },
];

/**
 * Single-page apps served under a real site's host name (the browsers resolve these hosts to
 * 127.0.0.1, see site-hosts.ts): every path that is not a fixture file gets the app's shell, as
 * the real site's server answers any route of its app.
 */
const SITE_APPS: Readonly<Record<string, string>> = {
  [SITE_HOSTS.rednote]: 'dynamic/rednote/page.html',
  [SITE_HOSTS.rednoteOverseas]: 'dynamic/rednote/page.html',
};

/** Only pages under these prefixes may run their own scripts (they simulate "load more" and feeds). */
const SCRIPT_PREFIXES = ['/fixtures/dynamic/'];

/**
 * Saved pages must never reach the internet nor rewrite themselves: everything external is blocked
 * and page scripts are off unless a page opts in. Content scripts are not bound by it.
 */
const BASE_CSP = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline' http://127.0.0.1:*",
  "img-src 'self' data: http://127.0.0.1:*",
  "font-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
];
// A page that runs its own scripts may fetch its own data (the fixture apps' API) and frame its
// own pages (a comment iframe), nothing else.
const SCRIPT_CSP = "script-src 'self' 'unsafe-inline'; connect-src 'self'; frame-src 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RouteOptions {
  /** Let the page run its own inline and same-origin scripts. */
  scripts?: boolean;
  contentType?: string;
}

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Absolute URL of a served path (`/fixtures/...`, `/shared/...` or a registered route). */
  url(path: string): string;
  /** The same server under a site's host name (one of SITE_HOSTS), for site adapters. */
  siteUrl(host: string, path: string): string;
  /** Serves `body` at `path` (exact match, query ignored) until replaced. */
  route(path: string, body: string, options?: RouteOptions): string;
  /** Paths requested so far, in order (query included). */
  readonly requests: string[];
  close(): Promise<void>;
}

interface Route {
  body: string;
  options: RouteOptions;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    requests.push(rawUrl);
    let path: string;
    try {
      path = decodeURIComponent(new URL(rawUrl, 'http://127.0.0.1').pathname);
    } catch {
      return send(res, 400, 'bad url', 'text/plain; charset=utf-8', false);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'method not allowed', 'text/plain; charset=utf-8', false);
    }

    const route = routes.get(path);
    if (route) {
      const type = route.options.contentType ?? TYPES[extname(path)] ?? TYPES['.html']!;
      return send(res, 200, route.body, type, route.options.scripts ?? false, req.method === 'HEAD');
    }

    for (const { prefix, dir } of MOUNTS) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + sep)) break; // no ../ escapes
      let target = file;
      try {
        if ((await stat(target)).isDirectory()) target = join(target, 'page.html');
        const body = await readFile(target);
        const type = TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
        const scripts = SCRIPT_PREFIXES.some((p) => path.startsWith(p));
        return send(res, 200, body, type, scripts, req.method === 'HEAD');
      } catch {
        break;
      }
    }
    const app = SITE_APPS[(req.headers.host ?? '').replace(/:\d+$/, '')];
    if (app && !MOUNTS.some(({ prefix }) => path.startsWith(prefix))) {
      const body = await readFile(join(REPO_FIXTURES_DIR, app));
      return send(res, 200, body, TYPES['.html']!, true, req.method === 'HEAD');
    }
    return send(res, 404, 'not found', 'text/plain; charset=utf-8', false);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, String(error), 'text/plain; charset=utf-8', false);
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    requests,
    url: (path) => new URL(path, origin).href,
    siteUrl: (host, path) => new URL(path, `http://${host}:${port}`).href,
    route(path, body, options = {}) {
      routes.set(path, { body, options });
      return new URL(path, origin).href;
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  scripts: boolean,
  headOnly = false,
): void {
  const csp = scripts ? [...BASE_CSP, SCRIPT_CSP] : BASE_CSP;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': csp.join('; '),
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(headOnly ? undefined : body);
}

/** True when the shared corpus of real pages is present next to the repo. */
export function sharedPagesAvailable(): boolean {
  return existsSync(SHARED_PAGES_DIR);
}
