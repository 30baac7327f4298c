// End to end over the policy corpus: the first screen comes from the pack's
// catalog while its texts and index still arrive. A server sends the catalog,
// then holds the rest until the test lets it go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launch, screenshotPath, watchErrors } from './browser.mjs';

const dist = process.env.GAZETTE_POLICY_DIST;
const ready = dist && fs.existsSync(path.join(dist, 'corpus.gazette'));
const skip = !ready && 'SKIPPED: the policy app was not built (needs ../shared/corpus/policy; see scripts/test.sh)';
if (skip) console.log(`# ${skip}`);

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
// The catalog's length: the offset of the first section of the texts and the
// index (section 12 of the header's table, crates/core/src/pack.rs).
const FIRST_OF_TAIL = 12;

/** Serves the site; corpus.gazette's bytes after the catalog wait for `release()`. */
async function holdingServer() {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).slice(1) || 'index.html';
    const file = path.join(dist, path.normalize(rel));
    if (!fs.existsSync(file)) return res.writeHead(404).end();
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
    if (rel !== 'corpus.gazette') return res.end(body);
    const split = body.readUInt32LE(12 + FIRST_OF_TAIL * 8);
    res.write(body.subarray(0, split));
    released.then(() => res.end(body.subarray(split)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, release, close: () => new Promise((r) => server.close(r)) };
}

test('the list and its facets show from the catalog; a search and a document wait for the texts, then appear', { skip }, async () => {
  const server = await holdingServer();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(server.url);
    await page.waitForSelector('html[data-gazette=catalog]', { timeout: 30000 });
    assert.match(await page.locator('.list-heading').textContent(), /\d+ 篇/, 'the whole list, counted');
    assert.ok(await page.locator('.doc-list li').count() > 0, 'rows from the catalog');
    await page.fill('#search-input', '数据出境');
    await page.waitForSelector('.arrival-note');
    assert.match(await page.locator('.arrival-note').textContent(), /正在载入正文与检索索引… \d+%/);
    await page.screenshot({ path: screenshotPath('arrival-waiting-1440') });
    assert.equal(await page.locator('.doc-list li').count(), 0, 'no result rows while waiting');
    server.release();
    await page.waitForSelector('html[data-gazette=ready]', { timeout: 30000 });
    await page.waitForFunction(() => /找到 \d+ 篇/.test(document.querySelector('.list-heading')?.textContent ?? ''));
    assert.equal(await page.locator('.arrival-note').count(), 0);
    await page.locator('.doc-list a.doc-title').first().click();
    await page.waitForSelector('.doc-view .doc-text p');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a document opened while the texts arrive says so, then shows its text', { skip }, async () => {
  const server = await holdingServer();
  const browser = await launch();
  try {
    const corpus = JSON.parse(fs.readFileSync(process.env.GAZETTE_POLICY_CORPUS, 'utf8'));
    const doc = corpus.docs.find((d) => d.text.length > 200);
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}#/doc/${doc.id}`);
    await page.waitForSelector('html[data-gazette=catalog]', { timeout: 30000 });
    await page.waitForSelector('.arrival-note');
    assert.equal(await page.locator('.doc-view').count(), 0);
    server.release();
    await page.waitForSelector('.doc-view .doc-text p', { timeout: 30000 });
    assert.ok((await page.locator('.doc-view .doc-text').textContent()).includes(doc.text.slice(0, 20).trim().split('\n')[0]));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
