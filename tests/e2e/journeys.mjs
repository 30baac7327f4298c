// What a reader does, as steps that every way of shipping Gazette runs: the
// single file from file://, dist/ under a sub-path, dist/ under a strict
// CSP, the bring-your-own-corpus build, and each of them in Firefox ESR and
// WebKitGTK too (browsers.test.mjs). A new feature (filters, comparison)
// adds its step here and to `readerJourney`; every mode then checks it.
// The steps use only the part of Playwright's Page API that webdriver.mjs
// also offers (its Page), so `page.url()` is awaited (a string in Playwright).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './browser.mjs';

/** The corpus embedded in dist/: GAZETTE_CORPUS, else the seeds. */
export function distCorpus() {
  const file = process.env.GAZETTE_CORPUS
    ? path.resolve(repoRoot, process.env.GAZETTE_CORPUS)
    : path.join(repoRoot, 'corpus/seeds.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Documents whose title or text contains every space-separated term (oracle for small corpora). */
export function expectedHits(corpus, query) {
  const terms = query.split(/\s+/).filter(Boolean);
  return corpus.docs.filter((d) => terms.every((t) => d.title.includes(t) || d.text.includes(t)));
}

/** A query with results in any corpus: 网信 when it occurs, else the start of the first title. */
export function queryFor(corpus) {
  if (expectedHits(corpus, '网信').length > 0) return '网信';
  return [...corpus.docs[0].title].slice(0, 2).join('');
}

/** The app has rendered its first view. */
export async function ready(page) {
  await page.waitForSelector('html[data-gazette="ready"]', { timeout: 30_000 });
}

/** Types a query; every matching document is counted and matches are marked. */
export async function search(page, corpus, query) {
  const expected = expectedHits(corpus, query);
  assert.ok(expected.length > 0, `the query ${query} finds something`);
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').pressSequentially(query, { delay: 20 });
  await page.waitForFunction(
    (n) => document.querySelector('.list-heading')?.textContent.includes(`找到 ${n} 篇`),
    expected.length,
  );
  assert.equal(await page.locator('.doc-row').count(), Math.min(expected.length, 20));
  assert.ok(await page.locator('.doc-row mark.hit').count() > 0, 'matches are marked');
  return expected;
}

/** Narrows the results by the first source offered: the count follows the
 *  corpus, a chip names the filter, removing the chip restores the results. */
export async function filterBySource(page, corpus, query) {
  const before = expectedHits(corpus, query);
  const drawer = page.locator('.drawer-toggle');
  if (await drawer.isVisible()) await drawer.click();
  const value = page.locator('.facet[data-facet=source] .facet-value').first();
  const source = await value.getAttribute('data-value');
  await value.locator('input').check();
  const expected = before.filter((d) => d.source === source).length;
  await page.waitForFunction(
    (n) => document.querySelector('.list-heading')?.textContent.includes(`找到 ${n} 篇`),
    expected,
  );
  if (await page.locator('.drawer-done').isVisible()) await page.locator('.drawer-done').click();
  const url = await page.url();
  assert.ok(decodeURIComponent(url).includes(`source=${source}`), url);
  assert.equal(await page.locator('.filter-chip').count(), 1);
  await page.locator('.filter-chip').click();
  await page.waitForFunction(
    (n) => document.querySelector('.list-heading')?.textContent.includes(`找到 ${n} 篇`),
    before.length,
  );
  return source;
}

/** Opens the first result: the document's title and first paragraph are shown. */
export async function openFirstResult(page, corpus) {
  await page.locator('.doc-row .doc-title').first().click();
  await page.waitForSelector('.doc-view');
  const url = await page.url();
  const id = new URL(url).hash.match(/^#\/doc\/(\w+)/)?.[1];
  const doc = corpus.docs.find((d) => d.id === id);
  assert.ok(doc, `the hash names a document of the corpus: ${url}`);
  assert.equal(await page.locator('.doc-view-title').textContent(), doc.title);
  const first = doc.text.split('\n\n')[0].replace(/\s/g, '');
  const shown = (await page.locator('.doc-text').textContent()).replace(/\s/g, '');
  assert.ok(shown.startsWith(first), 'the text starts with the first paragraph');
  return doc;
}

/** Back returns to the results with the query still in the search box. */
export async function backToResults(page, query) {
  await page.locator('a.back').click();
  await page.waitForSelector('.doc-row mark.hit');
  assert.equal(await page.locator('#search-input').inputValue(), query);
}

/** From the document: compares it with another (its top related document,
 *  else any other) side by side; both panes show aligned rows and figures. */
export async function compareWithAnother(page, corpus, doc) {
  const related = page.locator('.related-item .compare-link').first();
  if (await related.count()) {
    await related.click();
  } else {
    const other = corpus.docs.find((d) => d.id !== doc.id);
    await page.evaluate((hash) => { location.hash = hash; }, `#/compare/${doc.id}/${other.id}`);
  }
  await page.waitForSelector('.compare-pane .crow');
  assert.match(new URL(await page.url()).hash, new RegExp(`^#/compare/${doc.id}/\\w+`));
  assert.match(await page.locator('.a-in-b').textContent(), /\d+\s*%/);
  await page.goBack();
  await page.waitForSelector('.doc-view');
}

/** Saves the search: the saved page lists it (kept in the browser's
 *  localStorage, not only in memory) and its link gives the results again. */
export async function saveSearch(page, corpus, query) {
  const expected = expectedHits(corpus, query).length;
  await page.locator('.save-search').click();
  await page.waitForFunction(() => document.querySelector('.save-search')?.getAttribute('aria-pressed') === 'true');
  await page.evaluate(() => { location.hash = '#/saved'; });
  await page.waitForSelector('.saved-search-name');
  assert.equal(await page.locator('.saved-page .notice[role=alert]').count(), 0, 'the browser keeps saved work');
  assert.equal(await page.locator('.saved-search').count(), 1);
  const href = await page.locator('.saved-search-name').getAttribute('href');
  assert.ok(decodeURIComponent(href).includes(`q=${query}`), href);
  const stored = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('gazette.saved.')).map((k) => localStorage.getItem(k)).join(''));
  assert.ok(stored.includes(query), `the saved search is in localStorage: ${stored.slice(0, 200)}`);
  await page.locator('.saved-search-name').click();
  await page.waitForFunction(
    (n) => document.querySelector('.list-heading')?.textContent.includes(`找到 ${n} 篇`),
    expected,
  );
  assert.equal(await page.locator('#search-input').inputValue(), query);
}

/** Every step above, in a reader's order. */
export async function readerJourney(page, corpus, { shot } = {}) {
  await ready(page);
  const query = queryFor(corpus);
  await search(page, corpus, query);
  await filterBySource(page, corpus, query);
  if (shot) await page.screenshot({ path: shot('search'), fullPage: true });
  const doc = await openFirstResult(page, corpus);
  if (shot) await page.screenshot({ path: shot('doc'), fullPage: true });
  await compareWithAnother(page, corpus, doc);
  await backToResults(page, query);
  await saveSearch(page, corpus, query);
  return { query, doc };
}
