// dist/ on a static host: under a sub-path, with hash routes and reloads, and
// under the strict Content-Security-Policy of issue 7. Every request is
// recorded; any that leaves the server's origin fails the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, STRICT_CSP } from './serve.mjs';
import { launch, distDir, screenshotPath, watchErrors, watchRequests, watchCsp, cspViolations } from './browser.mjs';
import { distCorpus, readerJourney, ready } from './journeys.mjs';

const SUB_PATH = '/some/sub/path/';
const corpus = distCorpus();

let browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')), `no ${distDir}/index.html: run trunk build first`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test(`dist/ served under ${SUB_PATH} searches, opens documents, and reloads deep links`, async () => {
  const server = await serve(distDir, { prefix: SUB_PATH });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(server.url);
  const { doc } = await readerJourney(page, corpus, { shot: (step) => screenshotPath(`subpath-${step}-1440`) });
  assert.equal(server.requests.filter((r) => r.endsWith('.wasm')).length, 1, `one wasm download: ${server.requests.join(' ')}`);
  await page.goto(`${server.url}#/doc/${doc.id}`);
  await page.reload();
  await page.waitForSelector('.doc-view');
  assert.equal(await page.locator('.doc-view-title').textContent(), doc.title);
  assert.deepEqual(errors, []);
  const outside = server.requests.filter((r) => !r.startsWith(SUB_PATH));
  assert.deepEqual(outside, [], 'every asset URL is relative to the page');
  assert.ok(server.requests.some((r) => r.endsWith('.wasm')), 'the app loaded from the sub-path');
  await page.close();
  await server.close();
});

test('under the strict CSP header the app and the embed example run with no violation and no error', async () => {
  const server = await serve(distDir, { headers: { 'content-security-policy': STRICT_CSP } });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await watchCsp(page);
  const errors = watchErrors(page);
  await page.goto(server.url);
  await readerJourney(page, corpus, { shot: (step) => screenshotPath(`csp-${step}-1440`) });
  assert.deepEqual(await cspViolations(page), []);

  await page.goto(`${server.url}embed-example.html`);
  await page.waitForFunction(() => /px/.test(document.getElementById('gazette-height')?.textContent ?? ''));
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  await ready(frame);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
  await server.close();
});

test('the watchers catch what they are there for: an inline script under CSP, a request off the origin', async () => {
  const server = await serve(distDir, { headers: { 'content-security-policy': STRICT_CSP } });
  const page = await browser.newPage();
  await watchCsp(page);
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  await page.goto(server.url);
  await ready(page);
  await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => {});
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'http://127.0.0.2:9/remote.png';
    document.body.append(img);
  });
  await page.waitForFunction(() => window.__cspViolations.length >= 2);
  const violations = await cspViolations(page);
  assert.ok(violations.some((v) => v.startsWith('script-src')), violations.join('\n'));
  assert.ok(violations.some((v) => v.startsWith('img-src')), violations.join('\n'));
  assert.equal(await page.evaluate(() => window.injected), undefined);
  await page.close();

  // Without a policy the image request goes out, and the recorder reports it.
  const open = await serve(distDir);
  const bare = await browser.newPage();
  const bareErrors = watchErrors(bare);
  await bare.goto(open.url);
  await ready(bare);
  await bare.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'http://127.0.0.2:9/remote.png';
    document.body.append(img);
  });
  await bare.waitForFunction(() => document.querySelector('img')?.complete);
  assert.ok(bareErrors.some((e) => e.includes("request off the app's origin") && e.includes('127.0.0.2')), bareErrors.join('\n'));
  assert.ok(errors.length > 0 && requests.length > 0);
  await bare.close();
  await open.close();
  await server.close();
});
