/**
 * Serves the demo helpdesk (demo/public) on loopback. Used by `npm run demo`, the e2e tests and
 * by hand: `npm run demo:serve` then open the printed URL.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Extra directories mounted under a URL prefix (e2e tests serve fixture pages this way). */
export type Mounts = Record<string, string>;

export async function startDemoServer(port = 0, mounts: Mounts = {}): Promise<DemoServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let base = PUBLIC_DIR;
    let rel = path === '/' ? '/index.html' : path;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (rel.startsWith(prefix)) {
        base = dir;
        rel = rel.slice(prefix.length);
      }
    }
    const file = normalize(join(base, rel));
    if (!file.startsWith(normalize(base))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 5174);
  startDemoServer(port).then((s) => console.log(`Demo helpdesk on ${s.url}?chat=escalating`));
}
