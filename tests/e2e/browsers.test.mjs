// Every way of shipping Gazette in the other two engines, from Debian's
// packages: Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver,
// MiniBrowser on a private Xvfb), driven by webdriver.mjs. Each runs the
// reader journey of journeys.mjs (search with the oracle's counts, a source
// facet, a document, a comparison, back, a saved search) on the single file
// from file://, on dist/ under a sub-path with the strict CSP, behind
// Debian's nginx as docs/embedding.md configures it, and in the embed
// example's iframe; the hosted loads download the wasm once. Chromium runs
// the same journeys through Playwright in the other test files.
// A browser that is not installed is SKIPPED, saying what is missing
// (scripts/setup.sh test installs both); one that is installed but fails to
// start fails its tests.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, STRICT_CSP } from './serve.mjs';
import { distDir, screenshotPath } from './browser.mjs';
import { distCorpus, readerJourney, ready } from './journeys.mjs';
import { nginxMissing, startNginx } from './nginx.mjs';
import { BROWSERS, launchWebDriver, missing, browserVersion } from './webdriver.mjs';

const SUB_PATH = '/some/sub/path/';
/** Violations of the policy are posted here (outside the sub-path: any request there fails a test). */
const REPORT = '/csp-report';
const REPORTING_CSP = `${STRICT_CSP}; report-uri ${REPORT}`;
const offlineFile = path.join(distDir, 'gazette-offline.html');
const corpus = distCorpus();
const TIMEOUT = 180_000;

/**
 * From here on, the page (or frame) records uncaught errors, unhandled
 * rejections, console.error and CSP violations (WebDriver has no console
 * of its own to read). Read them with `pageErrors`.
 */
async function watchPage(page) {
  await page.evaluate(() => {
    if (window.__errors) return;
    window.__errors = [];
    addEventListener('error', (e) => window.__errors.push(`error: ${e.message}`));
    addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled rejection: ${e.reason}`));
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__errors.push(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
    const error = console.error.bind(console);
    console.error = (...args) => { window.__errors.push(`console.error: ${args.map(String).join(' ')}`); error(...args); };
  });
}
const pageErrors = (page) => page.evaluate(() => window.__errors ?? ['the watcher is gone: the page was reloaded']);

/** What the page loaded besides itself (Resource Timing: every browser has it, file:// too). */
const loadedResources = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

const wasmRequests = (requests) => requests.filter((r) => r.endsWith('.wasm'));

/** What sticks out of the filter column on the right (its scrollbar, where the browser draws one, excluded). */
const outOfFilters = (page) => page.evaluate(() => {
  const column = document.querySelector('.facets');
  const right = column.getBoundingClientRect().left + column.clientWidth + 0.5;
  return [...column.querySelectorAll('*')]
    .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > right)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className} (right edge ${Math.round(e.getBoundingClientRect().right)} > ${Math.round(right)})`);
});

for (const kind of Object.keys(BROWSERS)) {
  const { title } = BROWSERS[kind];
  const why = missing(kind);
  if (why) console.log(`SKIPPED: ${title} end-to-end journeys (${why})`);

  describe(`${title}`, { skip: why ? `SKIPPED: ${why}` : false, timeout: TIMEOUT * 6 }, () => {
    let browser;
    const shot = (mode) => (step) => screenshotPath(`${kind}-${mode}-${step}-1440`);
    before(async () => {
      assert.ok(fs.existsSync(offlineFile), `no ${offlineFile}: run trunk build --release --offline --locked first`);
      browser = await launchWebDriver(kind, { width: 1440, height: 900 });
      console.log(`# ${title}: ${browserVersion(kind)} (WebDriver browserVersion ${browser.version})`);
    });
    after(async () => {
      await browser?.close();
    });

    test(`${title}: the single file from file:// — the reader journey, loading nothing but itself`, { timeout: TIMEOUT }, async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const url = pathToFileURL(offlineFile).href;
      await page.goto(url);
      await ready(page);
      await watchPage(page);
      const { doc } = await readerJourney(page, corpus, { shot: shot('offline') });
      assert.deepEqual(await pageErrors(page), []);
      assert.deepEqual((await loadedResources(page)).filter((r) => !r.startsWith('data:')), [], 'no resource beside the file');
      // A link into the file opens its document.
      await page.goto(`${url}#/doc/${doc.id}`);
      await page.waitForSelector('.doc-view');
      assert.equal(await page.locator('.doc-view-title').textContent(), doc.title);
    });

    test(`${title}: dist/ under ${SUB_PATH} with the strict CSP — the reader journey, one wasm download, no violation`, { timeout: TIMEOUT }, async () => {
      const server = await serve(distDir, { prefix: SUB_PATH, headers: { 'content-security-policy': REPORTING_CSP } });
      try {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(server.url);
        await ready(page);
        await watchPage(page);
        assert.deepEqual(wasmRequests(server.requests), [server.requests.find((r) => r.endsWith('.wasm'))],
          `the wasm is downloaded once per load: ${server.requests.join(' ')}`);
        const { doc } = await readerJourney(page, corpus, { shot: shot('subpath-csp') });
        assert.deepEqual(await pageErrors(page), []);
        // Firefox draws a classic scrollbar in the filter column: its date fields stuck out by 9 px.
        await page.goto(`${server.url}#/?q=${encodeURIComponent('网信')}`);
        await page.waitForSelector('.facets .date-inputs');
        assert.deepEqual(await outOfFilters(page), [], 'nothing sticks out of the filter column');
        // A deep link survives a reload.
        await page.goto(`${server.url}#/doc/${doc.id}`);
        await page.reload();
        await page.waitForSelector('.doc-view');
        assert.equal(await page.locator('.doc-view-title').textContent(), doc.title);
        await page.waitForTimeout(300); // a report is posted after the violation
        assert.deepEqual(server.requests.filter((r) => !r.startsWith(SUB_PATH)), [],
          'every asset URL is relative to the page, and no CSP report arrived');
      } finally {
        await server.close();
      }
    });

    test(`${title}: the CSP report and the page watcher catch a planted inline script and a remote image`, { timeout: TIMEOUT }, async () => {
      const server = await serve(distDir, { prefix: SUB_PATH, headers: { 'content-security-policy': REPORTING_CSP } });
      try {
        const page = await browser.newPage();
        await page.goto(server.url);
        await ready(page);
        await watchPage(page);
        await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.injected = true;';
          document.body.append(script);
          const img = document.createElement('img');
          img.src = 'http://127.0.0.2:9/remote.png';
          document.body.append(img);
        });
        await page.waitForFunction(() => window.__errors.length >= 2);
        const errors = await pageErrors(page);
        assert.ok(errors.some((e) => /CSP: script-src/.test(e)), errors.join('\n'));
        assert.ok(errors.some((e) => /CSP: img-src/.test(e)), errors.join('\n'));
        assert.equal(await page.evaluate(() => window.injected ?? null), null);
        for (let i = 0; i < 50 && !server.requests.includes(REPORT); i++) await page.waitForTimeout(100);
        assert.ok(server.requests.includes(REPORT), `the browser posts a report: ${server.requests.join(' ')}`);
      } finally {
        await server.close();
      }
    });

    test(`${title}: behind Debian's nginx (docs/embedding.md: a sub-path, the strict CSP) — the reader journey, one wasm download`,
      { timeout: TIMEOUT, skip: nginxMissing ? `SKIPPED: ${nginxMissing}` : false }, async () => {
        const nginx = await startNginx();
        try {
          const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
          await page.goto(nginx.url);
          await ready(page);
          await watchPage(page);
          assert.equal(wasmRequests(nginx.requests()).length, 1, `the wasm is downloaded once: ${nginx.requests().join(' ')}`);
          await readerJourney(page, corpus, { shot: shot('nginx') });
          assert.deepEqual(await pageErrors(page), []);
          assert.deepEqual(nginx.requests().filter((r) => !r.startsWith('/gazette/')), []);
        } finally {
          await nginx.close();
        }
      });

    test(`${title}: embedded in the example wiki page's iframe — sized to its content, the reader journey inside`, { timeout: TIMEOUT }, async () => {
      const server = await serve(distDir, { prefix: SUB_PATH, headers: { 'content-security-policy': REPORTING_CSP } });
      try {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(`${server.url}embed-example.html`);
        await page.waitForFunction(() => /px/.test(document.getElementById('gazette-height')?.textContent ?? ''));
        const frame = page.frame('#gazette');
        await ready(frame);
        await watchPage(frame);
        assert.equal(await frame.locator('html.embed').count(), 1, 'the compact layout');
        assert.equal(await frame.locator('.site-header').count(), 0);
        await readerJourney(frame, corpus, { shot: shot('embed') });
        // The iframe follows the viewer's height.
        const contentHeight = await page.waitForFunction(() => {
          const doc = document.getElementById('gazette').contentDocument;
          const actual = Math.ceil(doc.documentElement.getBoundingClientRect().height);
          return document.getElementById('gazette-height').textContent === `${actual} px` && actual;
        });
        const frameHeight = await page.evaluate(() => document.getElementById('gazette').getBoundingClientRect().height);
        assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `iframe ${frameHeight}px, content ${contentHeight}px`);
        assert.deepEqual(await pageErrors(frame), []);
        assert.equal(wasmRequests(server.requests).length, 1, server.requests.join(' '));
        assert.deepEqual(server.requests.filter((r) => !r.startsWith(SUB_PATH)), [], 'no CSP report');
      } finally {
        await server.close();
      }
    });
  });
}
