// dist/ behind Debian's nginx with the location block of docs/embedding.md,
// copied from the document as written: the MIME types a browser needs, the
// strict CSP header, the corpus fetched under it, a search.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, distDir, screenshotPath, watchErrors, watchCsp, cspViolations } from './browser.mjs';
import { distCorpus, readerJourney } from './journeys.mjs';
import { nginxMissing, startNginx } from './nginx.mjs';

const installed = !nginxMissing;
if (!installed) console.log(`SKIPPED: nginx tests (${nginxMissing})`);

let browser;
let nginx;
let base;
before(async () => {
  if (!installed) return;
  nginx = await startNginx();
  base = nginx.url;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await nginx?.close();
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
