// Serves the published add-in on https://localhost:3000/ to try it in Excel before hosting it
// (see the README: "Trying the add-in locally"). Node's own modules only.
// Usage: node serve-https.mjs SITE_DIR CERT.pem KEY.key
import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { join, extname, resolve, sep } from 'node:path';

const [site, cert, key] = process.argv.slice(2);
if (!key) {
  console.error('Usage: node serve-https.mjs SITE_DIR CERT.pem KEY.key');
  process.exit(2);
}
const root = resolve(site);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png', '.xml': 'application/xml',
};

createServer({ cert: await readFile(cert), key: await readFile(key) }, async (request, response) => {
  const file = resolve(join(root, decodeURIComponent(new URL(request.url, 'https://localhost').pathname)));
  try {
    if (!file.startsWith(root + sep)) throw new Error('outside the site');
    // The brotli copy publishing made, when the browser takes it (it does over HTTPS).
    const brotli = /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
    const compressed = brotli ? await readFile(file + '.br').catch(() => null) : null;
    const body = compressed ?? await readFile(file);
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      ...(compressed ? { 'Content-Encoding': 'br' } : {}),
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}).listen(3000, 'localhost', () => console.log(`Serving ${root} on https://localhost:3000/ (manifest: https://localhost:3000/manifest.xml)`));
