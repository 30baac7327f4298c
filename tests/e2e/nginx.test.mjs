// dist/ behind Debian's nginx with the location block of docs/embedding.md,
// copied from the document as written: the MIME types a browser needs, the
// strict CSP header, the corpus fetched under it, a search.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, spawnSync } from 'node:child_process';
import { launch, distDir, repoRoot, screenshotPath, watchErrors, watchCsp, cspViolations } from './browser.mjs';
import { distCorpus, readerJourney } from './journeys.mjs';

const NGINX = '/usr/sbin/nginx';
const installed = fs.existsSync(NGINX);
if (!installed) console.log(`SKIPPED: nginx tests (${NGINX} not found; scripts/test.sh installs Debian's nginx)`);

/** The ```nginx block of docs/embedding.md, pointed at this dist/. */
function documentedLocation() {
  const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'embedding.md'), 'utf8');
  const block = doc.match(/```nginx\n([\s\S]*?)```/)?.[1];
  assert.ok(block, 'docs/embedding.md has an nginx block');
  assert.match(block, /alias \/srv\/gazette\/dist\/;/);
  return block.replace('/srv/gazette/dist/', `${distDir}/`);
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let browser;
let nginx;
let base;
before(async () => {
  if (!installed) return;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-nginx-'));
  const port = await freePort();
  fs.writeFileSync(path.join(work, 'nginx.conf'), `daemon off;
master_process off;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${port};
${documentedLocation()}
  }
}
`);
  const check = spawnSync(NGINX, ['-t', '-p', work, '-c', `${work}/nginx.conf`], { encoding: 'utf8' });
  assert.equal(check.status, 0, `nginx -t: ${check.stderr}`);
  nginx = spawn(NGINX, ['-p', work, '-c', `${work}/nginx.conf`], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}/gazette/`;
  for (let i = 0; i < 100; i++) {
    try { await fetch(base); break; } catch { await new Promise((r) => setTimeout(r, 50)); }
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
  nginx?.kill();
});

test('nginx serves every file of dist/ with the type a browser needs, and the CSP header', { skip: !installed }, async () => {
  const expected = { '.html': 'text/html', '.js': 'application/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
  const files = fs.readdirSync(distDir).filter((f) => expected[path.extname(f)]);
  assert.ok(files.some((f) => f.endsWith('.wasm')) && files.includes('index.html'));
  for (const file of files) {
    const response = await fetch(`${base}${file}`);
    assert.equal(response.status, 200, file);
    assert.equal(response.headers.get('content-type')?.split(';')[0], expected[path.extname(file)], file);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/, file);
  }
  const corpus = await fetch(`${base}corpus.gazette`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(corpus.status, 200);
  assert.equal(corpus.headers.get('content-encoding'), 'gzip', 'the corpus is compressed on the way');
});

test('behind nginx the app opens its corpus, searches and filters under the strict policy', { skip: !installed }, async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await watchCsp(page);
  const errors = watchErrors(page);
  await page.goto(base);
  await readerJourney(page, distCorpus(), { shot: (step) => screenshotPath(`nginx-${step}-1440`) });
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});
