/** Gzipped size of each built entry of the Chrome extension (content script budget: 120 KB). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function measureBundle(dir: string) {
  const files: Record<string, { raw: number; gzip: number }> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) {
        const body = readFileSync(path);
        files[relative(dir, path)] = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
      }
    }
  };
  walk(dir);
  const kb = (n: number) => +(n / 1024).toFixed(1);
  const contentScript = files['content-scripts/helpdesk.js'];
  return {
    contentScriptKB: contentScript ? kb(contentScript.gzip) : null,
    backgroundKB: files['background.js'] ? kb(files['background.js'].gzip) : null,
    totalKB: kb(Object.values(files).reduce((sum, f) => sum + f.gzip, 0)),
    files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, kb(v.gzip)])),
  };
}
