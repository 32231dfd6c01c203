import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site on a free loopback port, with the site's own 404 page for unknown paths. */
export async function serveStatic(root: string): Promise<StaticSite> {
  const serve = sirv(root, { dev: false, etag: false, extensions: ['html'] });
  const notFound = readFileSync(path.join(root, '404.html'));
  const server: Server = createServer((request, response) => {
    serve(request, response, () => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
