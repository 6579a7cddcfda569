// @ts-check
/**
 * A tiny static file server for a built folder, on 127.0.0.1 and a free port. No compression
 * and no caching (`Cache-Control: no-store`): each page load in a fresh browser context fetches
 * everything, as a first visit does.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** @type {Readonly<Record<string, string>>} */
const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
});

/**
 * @param {string} dir
 * @param {string} url the request's URL (path and query)
 * @returns {Promise<string | null>} the file to send, or null when there is none
 */
async function fileFor(dir, url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  const file = resolve(join(dir, pathname));
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) {
      const index = join(file, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // missing
  }
  return null;
}

/**
 * @typedef {{ url: string, close: () => Promise<void> }} StaticServer
 *   `url` ends with `/`
 */

/**
 * Serves `folder` on http://127.0.0.1:<free port>/.
 * @param {string} folder
 * @returns {Promise<StaticServer>}
 */
export async function serve(folder) {
  const dir = resolve(folder);
  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const file = await fileFor(dir, request.url ?? '/');
      if (!file) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((/** @type {unknown} */ error) => {
      console.error(`serve: ${request.url ?? ''}: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen(undefined);
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    server.close();
    throw new Error('serve: the server has no TCP address');
  }
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => {
          resolveClose();
        });
        server.closeAllConnections();
      }),
  };
}
