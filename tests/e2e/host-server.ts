import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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

export async function serveHostPage(html: string): Promise<HostPage> {
  const server: Server = createServer((request, response) => {
    if (request.url?.startsWith('/article.html')) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    } else {
      // The browser asks for /favicon.ico: an empty answer, not a 404 logged as an error.
      response.writeHead(204).end();
    }
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/article.html`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
