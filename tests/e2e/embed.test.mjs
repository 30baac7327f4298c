// Embed mode: the example wiki page (static/embed-example.html) sizes its
// iframe from the viewer's height messages; ?embed=1 and #…&embed=1 give the
// compact layout; open=tab sends documents to the full viewer in a new tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { launch, distDir, screenshotPath, watchErrors } from './browser.mjs';
import { distCorpus, expectedHits, queryFor, ready } from './journeys.mjs';

const corpus = distCorpus();
let server;
let browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'embed-example.html')), `no ${distDir}/embed-example.html: run trunk build first`);
  server = await serve(distDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The heights the viewer frame posted to the page, in order. */
async function collectHeights(page) {
  await page.addInitScript(() => {
    window.gazetteHeights = [];
    addEventListener('message', (e) => {
      if (e.data?.type === 'gazette:height') window.gazetteHeights.push(e.data.height);
    });
  });
}

/** Waits until the last reported height is the frame's content height; returns it. */
async function settledHeight(page) {
  const handle = await page.waitForFunction(() => {
    const doc = document.getElementById('gazette').contentDocument;
    const actual = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    return window.gazetteHeights.at(-1) === actual && actual;
  });
  return handle.jsonValue();
}

for (const width of [1440, 375]) {
  test(`the example page sizes its iframe to the reported height and the viewer is compact (${width} px)`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await collectHeights(page);
    const errors = watchErrors(page);
    await page.goto(`${server.url}embed-example.html`);
    await page.waitForFunction(() => window.gazetteHeights.length > 0);
    const frame = page.frames().find((f) => f.url().includes('embed=1'));
    await ready(frame);
    await frame.waitForSelector('.doc-row');
    // Compact: a one-line bar with the corpus name instead of the site header.
    assert.equal(await frame.locator('html.embed').count(), 1);
    assert.equal(await frame.locator('.site-header').count(), 0);
    assert.equal(await frame.locator('.embed-bar').count(), 1);
    const barHeight = await frame.locator('.embed-bar').evaluate((e) => e.getBoundingClientRect().height);
    assert.ok(barHeight < 40, `the bar is small: ${barHeight}px`);
    // The iframe is exactly as tall as the viewer's content.
    const reported = await settledHeight(page);
    const iframeBox = await page.locator('#gazette').boundingBox();
    assert.ok(Math.abs(iframeBox.height - reported) <= 2, `iframe ${iframeBox.height}px, reported ${reported}px`);
    assert.match(await page.locator('#gazette-height').textContent(), new RegExp(`^${reported} px$`));
    await page.screenshot({ path: screenshotPath(`embed-example-${width}`), fullPage: true });

    // A new query changes the content: a new height arrives and the iframe follows.
    await frame.locator('#search-input').fill('zzzz不存在');
    await frame.waitForSelector('.notice');
    const after = await settledHeight(page);
    assert.notEqual(after, reported);
    assert.ok(Math.abs((await page.locator('#gazette').boundingBox()).height - after) <= 2);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('#…&embed=1 stays compact through navigation and reload; the bar links the full viewer', async () => {
  const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
  const errors = watchErrors(page);
  const query = queryFor(corpus);
  await page.goto(`${server.url}#/?q=${encodeURIComponent(query)}&embed=1`);
  await page.waitForSelector('.embed-bar');
  await page.locator('.doc-row .doc-title').first().click();
  await page.waitForSelector('.doc-view');
  const hash = decodeURIComponent(new URL(page.url()).hash);
  assert.match(hash, new RegExp(`^#/doc/\\w+\\?q=${query}&embed=1$`));
  await page.reload();
  await page.waitForSelector('.doc-view');
  assert.equal(await page.locator('html.embed').count(), 1);
  const open = page.locator('.embed-open');
  assert.equal(await open.getAttribute('target'), '_blank');
  assert.equal(await open.getAttribute('rel'), 'noopener noreferrer');
  const full = await open.getAttribute('href');
  assert.equal(full, page.url().replace('&embed=1', ''));
  await page.screenshot({ path: screenshotPath('embed-doc-800') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('with open=tab a document opens in a new tab of the full viewer', async () => {
  const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
  const errors = watchErrors(page);
  const query = queryFor(corpus);
  await page.goto(`${server.url}?embed=1&open=tab#/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.doc-row');
  const listUrl = page.url();
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('.doc-row .doc-title').first().click(),
  ]);
  await popup.waitForSelector('.doc-view');
  const popupUrl = new URL(popup.url());
  assert.equal(popupUrl.search, '', 'the full viewer, without embed');
  assert.match(decodeURIComponent(popupUrl.hash), new RegExp(`^#/doc/\\w+\\?q=${query}$`));
  assert.equal(await popup.locator('.site-header').count(), 1);
  assert.equal(await popup.evaluate(() => window.opener), null, 'no opener (noopener)');
  assert.equal(page.url(), listUrl, 'the iframe stays on the list');
  assert.ok(expectedHits(corpus, query).some((d) => popupUrl.hash.includes(d.id)));
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test('inside an iframe the viewer posts its final height at once, not in steps (no pane bounded by 100vh)', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await collectHeights(page);
  const errors = watchErrors(page);
  await page.goto(`${server.url}embed-example.html`);
  await page.waitForFunction(() => window.gazetteHeights.length > 0);
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  await ready(frame);
  await frame.waitForSelector('.doc-row');
  await settledHeight(page);
  // The comparison's panes are the ones a 100vh bound made grow with the frame.
  const [a, b] = [...corpus.docs].sort((x, y) => y.text.length - x.text.length);
  const before = await page.evaluate(() => window.gazetteHeights.length);
  await frame.evaluate(([a, b]) => { location.hash = `#/compare/${a}/${b}`; }, [a.id, b.id]);
  await frame.waitForSelector('.compare-pane');
  const final = await settledHeight(page);
  // Give a growing loop time to show itself, then count the heights posted.
  await page.waitForTimeout(1500);
  const heights = (await page.evaluate(() => window.gazetteHeights)).slice(before);
  assert.equal(heights.at(-1), final, 'nothing moved after it settled');
  const steps = heights.filter((h, i) => i === 0 || h !== heights[i - 1]);
  assert.ok(steps.length <= 3, `the comparison's height arrives at once, not in steps: ${steps}`);
  assert.deepEqual(errors, []);
  await page.close();
});
