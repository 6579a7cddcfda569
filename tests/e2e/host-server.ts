import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

/**
 * A news site's article, served from a different origin than the app: a small server on
 * 127.0.0.1 (the app is on localhost), so that Chromium treats both as loopback and allows the
 * frame, as a real site and a real host would be on the same network.
 */
export interface HostPage {
  /** The article's address: `http://127.0.0.1:<port>/article.html`. */
  url: string;
  close: () => Promise<void>;
}

/** A server on 127.0.0.1: its origin, `http://127.0.0.1:<port>`, and how to stop it. */
export interface LoopbackServer {
  origin: string;
  close: () => Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** Starts `handler` on a free port of 127.0.0.1. A handler that throws answers 500. */
async function serveOnLoopback(handler: Handler): Promise<LoopbackServer> {
  const server: Server = createServer((request, response) => {
    Promise.resolve(handler(request, response)).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolvePromise) => {
    server.listen(0, '127.0.0.1', resolvePromise);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        // Keep-alive connections of a still-open browser would hold `close` for seconds.
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolveClose();
        });
      }),
  };
}

/**
 * Serves several HTML pages by path: `serveHostPages({ '/article.html': html })`. Any other path
 * answers 204 (the browser asks for /favicon.ico: an empty answer, not a 404 logged as an error).
 */
export async function serveHostPages(
  pages: Readonly<Record<string, string>>,
): Promise<LoopbackServer> {
  return serveOnLoopback((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const html = Object.hasOwn(pages, path) ? pages[path] : undefined;
    if (html === undefined) response.writeHead(204).end();
    else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
}

/** A file a host serves: its body, its type, and any headers of its own (a CSP, say). */
export interface HostFile {
  body: string;
  type: string;
  headers?: Readonly<Record<string, string>>;
}

/**
 * Serves files of any type by path, each with its own headers:
 * `serveHostFiles({ '/article.html': { body, type: 'text/html', headers: { 'Content-Security-Policy': … } } })`.
 * Any other path answers 204, as serveHostPages does.
 */
export async function serveHostFiles(
  files: Readonly<Record<string, HostFile>>,
): Promise<LoopbackServer> {
  return serveOnLoopback((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = Object.hasOwn(files, path) ? files[path] : undefined;
    if (file === undefined) response.writeHead(204).end();
    else response.writeHead(200, { 'Content-Type': file.type, ...file.headers }).end(file.body);
  });
}

/** One article at `/article.html`. */
export async function serveHostPage(html: string): Promise<HostPage> {
  const server = await serveHostPages({ '/article.html': html });
  return { url: `${server.origin}/article.html`, close: server.close };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * A static host that publishes a built folder under a path, as a newsroom's CMS would:
 * `serveFolder('dist', '/graphics/shell-count/')` answers `/graphics/shell-count/` with
 * `dist/index.html`, `/graphics/shell-count/assets/x.js` with that file (query strings ignored),
 * redirects `/graphics/shell-count?x` to `/graphics/shell-count/?x`, and answers 404 to anything else, including
 * paths that climb out of the folder. Every answer carries `Access-Control-Allow-Origin: *`, as
 * GitHub Pages and most CDNs do (a sandboxed frame's module scripts need it).
 */
export async function serveFolder(dir: string, prefix: string): Promise<LoopbackServer> {
  const root = resolve(dir);
  return serveOnLoopback(async (request, response) => {
    const headers = { 'Access-Control-Allow-Origin': '*' };
    const { pathname: path, search } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (`${path}/` === prefix) {
      response.writeHead(301, { ...headers, Location: `${prefix}${search}` }).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      response.writeHead(404, headers).end();
      return;
    }
    const relative = decodeURIComponent(path.slice(prefix.length)) || 'index.html';
    const file = resolve(root, relative.endsWith('/') ? `${relative}index.html` : relative);
    if (!file.startsWith(root + sep)) {
      response.writeHead(404, headers).end();
      return;
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      response.writeHead(404, headers).end();
      return;
    }
    response
      .writeHead(200, {
        ...headers,
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      })
      .end(body);
  });
}
