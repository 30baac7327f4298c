// The single file (dist/gazette-offline.html) opened from disk, as a reader
// double-clicks it: it must work with no server and request nothing at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, distDir, repoRoot, screenshotPath, watchErrors, watchRequests, watchCsp, cspViolations } from './browser.mjs';
import { distCorpus, readerJourney, ready } from './journeys.mjs';

const file = path.join(distDir, 'gazette-offline.html');
const fileUrl = pathToFileURL(file).href;
const corpus = distCorpus();

let browser;
before(async () => {
  assert.ok(fs.existsSync(file), `no ${file}: run trunk build --release --offline --locked first`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the single file searches and opens documents from file:// and requests nothing but itself', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  await page.goto(fileUrl);
  await readerJourney(page, corpus, { shot: (step) => screenshotPath(`offline-${step}-1440`) });
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, [fileUrl]);
  await page.close();
});

test('a link into the single file opens its document, on a phone too', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const errors = watchErrors(page);
  const doc = corpus.docs[corpus.docs.length - 1];
  await page.goto(`${fileUrl}#/doc/${doc.id}`);
  await page.waitForSelector('.doc-view');
  assert.equal(await page.locator('.doc-view-title').textContent(), doc.title);
  await page.screenshot({ path: screenshotPath('offline-doc-375'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the single file carries a policy that lets nothing load: a planted request is refused', async () => {
  const html = fs.readFileSync(file, 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(policy, 'a CSP meta element');
  assert.match(policy, /default-src 'none'/);
  assert.doesNotMatch(policy, /unsafe-inline|https?:|\*/);
  assert.equal((html.match(/<script\b/g) ?? []).length, 3, 'the wasm and corpus data blocks and the app script');

  const page = await browser.newPage();
  await watchCsp(page);
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  await page.goto(fileUrl);
  await ready(page);
  // A corpus or a bug that tried to load something would be stopped here.
  const outcome = await page.evaluate(() => fetch('http://127.0.0.2:9/x').then(() => 'loaded', () => 'refused'));
  assert.equal(outcome, 'refused');
  assert.ok((await cspViolations(page)).some((v) => v.startsWith('connect-src')), 'the browser reports the violation');
  assert.ok(errors.some((e) => /Content Security Policy/.test(e)), 'and logs it');
  assert.deepEqual(requests, [fileUrl], 'nothing reached the network');
  await page.close();
});

test('inside a sandboxed iframe of a file:// page, #…&embed=1 is compact and reports its height', async () => {
  const wrapper = path.join(repoRoot, 'target', 'e2e', 'offline-embed.html');
  fs.mkdirSync(path.dirname(wrapper), { recursive: true });
  fs.writeFileSync(wrapper, `<!DOCTYPE html><meta charset="utf-8"><title>wrapper</title>
<iframe id="g" sandbox="allow-scripts" style="width:100%;height:300px" src="${fileUrl}#/?q=${encodeURIComponent('网信')}&embed=1"></iframe>
<script>window.heights = []; addEventListener('message', (e) => {
  if (e.source === document.getElementById('g').contentWindow && e.data?.type === 'gazette:height') window.heights.push(e.data.height);
});</script>`);
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const errors = watchErrors(page);
  await page.goto(pathToFileURL(wrapper).href);
  await page.waitForFunction(() => window.heights.length > 0, null, { timeout: 30_000 });
  const frame = page.frames().find((f) => f.url().startsWith(fileUrl));
  assert.ok(frame, 'the viewer frame');
  await frame.waitForSelector('.embed-bar');
  assert.equal(await frame.locator('.site-header').count(), 0);
  const [reported, actual] = await Promise.all([
    page.evaluate(() => window.heights.at(-1)),
    frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
  ]);
  assert.equal(reported, actual);
  assert.deepEqual(errors, []);
  await page.close();
});
