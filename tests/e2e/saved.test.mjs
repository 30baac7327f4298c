// End to end over the policy corpus: the reader's saved work (issue 18):
// a saved search that later says what is new, collections, a highlighted and
// annotated passage, all kept across reloads, and the saved-work file and the
// collection's citations downloaded, imported, refused — hosted and from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from './serve.mjs';
import { launch, screenshotPath, watchErrors } from './browser.mjs';

const dist = process.env.GAZETTE_POLICY_DIST;
const corpusPath = process.env.GAZETTE_POLICY_CORPUS;
const ready = dist && corpusPath && fs.existsSync(path.join(dist, 'index.html')) && fs.existsSync(corpusPath);
const skip = !ready && 'SKIPPED: the policy app was not built (needs ../shared/corpus/policy; see scripts/test.sh)';
if (skip) console.log(`# ${skip}`);

const QUERY = '数据出境';
const COLLECTION = '出境专题';
const COMMENT = '待核对：与征求意见稿比较';

let server;
let browser;
let corpus;
before(async () => {
  if (skip) return;
  corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
  server = await serve(dist);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url, { width = 1440, height = 900, context } = {}) {
  context ??= await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await page.waitForSelector('html[data-gazette=ready]');
  return { page, errors, context };
}

/** The saved-work key of this corpus and what it holds (parsed). */
async function stored(page) {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('gazette.saved.'));
    return key ? { key, value: JSON.parse(localStorage.getItem(key)) } : null;
  });
}

/** Clicks a button that downloads a file; returns the file's name and text. */
async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const where = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(where, 'utf8') };
}

/** Selects `length` characters of the document's first long paragraph, from `from`. */
async function selectPassage(page, from, length) {
  return page.evaluate(({ from, length }) => {
    const texts = [...document.querySelectorAll('.doc-text p[data-at]')].flatMap((p) => [...p.childNodes]);
    const text = texts.find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.length > from + length);
    const range = document.createRange();
    range.setStart(text, from);
    range.setEnd(text, from + length);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return range.toString();
  }, { from, length });
}

/** Saves a search, collects its first result twice, annotates a passage; returns what was used. */
async function deskJourney(page, { shot } = {}) {
  await page.goto(page.url().split('#')[0] + `#/?q=${encodeURIComponent(QUERY)}`);
  await page.waitForSelector('.doc-row');
  const save = page.locator('.save-search');
  await save.click();
  await page.waitForSelector('.save-search[aria-pressed=true]');
  await page.waitForFunction(() => document.querySelector('.saved-link')?.textContent.includes('已保存 · 1'));

  // The first result with a text to annotate (not an infographic's caption).
  const hrefs = await page.locator('.doc-row a[href^="#/doc/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const href = hrefs.find((h) => {
    const id = decodeURIComponent(h.match(/#\/doc\/([^?]+)/)[1]);
    return corpus.docs.find((d) => d.id === id)?.text.length > 400;
  });
  await page.locator(`.doc-row a[href="${href}"]`).first().click();
  await page.waitForSelector('.doc-view');
  const id = decodeURIComponent(page.url().match(/#\/doc\/([^?]+)/)[1]);
  const doc = corpus.docs.find((d) => d.id === id);
  assert.ok(doc, `the document ${id} is in the corpus`);

  await page.locator('.collect-summary').click();
  await page.locator('.collect-option input').first().check();
  await page.waitForSelector('.collect-summary.holding');
  await page.locator('.collect-new input').fill(COLLECTION);
  await page.locator('.collect-new button').click();
  await page.waitForFunction(() => document.querySelector('.collect-summary')?.textContent.includes('2 个收藏夹'));
  assert.equal(await page.locator('.collect-option input:checked').count(), 2);

  const quote = await selectPassage(page, 2, 14);
  assert.ok(doc.text.includes(quote), 'the selected passage is text of the document');
  await page.locator('.highlight-button').click();
  await page.locator('#note-comment').fill(COMMENT);
  if (shot) await page.screenshot({ path: screenshotPath(`${shot}-note-form`) });
  await page.locator('.note-form button[type=submit]').click();
  await page.waitForSelector('mark.note-mark');
  assert.equal(await page.locator('mark.note-mark').first().textContent(), quote, 'the passage is marked');
  assert.equal(await page.locator('.doc-notes .note-comment').textContent(), COMMENT);
  return { doc, quote };
}

test('saved work: search, collections and an anchored note survive a reload and fill #/saved', { skip }, async () => {
  const { page, errors, context } = await open(server.url + '#/');
  const { doc, quote } = await deskJourney(page, { shot: 'saved-1440' });
  await page.screenshot({ path: screenshotPath('saved-1440-highlight') });

  await page.reload();
  await page.waitForSelector('mark.note-mark');
  assert.equal(await page.locator('mark.note-mark').first().textContent(), quote, 'the mark is kept');
  const kept = await stored(page);
  assert.equal(kept.value.format, 'gazette-saved-work');
  assert.equal(kept.value.notes[0].anchor.quote, quote);

  await page.goto(server.url + '#/saved');
  await page.waitForSelector('.saved-search');
  assert.match(await page.locator('.saved-search-name').textContent(), new RegExp(QUERY));
  assert.equal(await page.locator('.new-count').count(), 0, 'nothing is new yet');
  assert.deepEqual(await page.locator('.saved-collection h3').evaluateAll((h) => h.map((e) => e.firstChild.textContent)),
    ['收藏', COLLECTION]);
  assert.equal(await page.locator('.collection-items li').count(), 2);
  assert.match(await page.locator('.saved-notes .note-standing').textContent(), /原文在|found/i);
  await page.screenshot({ path: screenshotPath('saved-1440-page'), fullPage: true });

  // The collection with citations: Markdown (GB/T 7714), CSV, CSL-JSON.
  const tools = page.locator('.saved-collection').nth(1).locator('.saved-tools button');
  const markdown = await download(page, tools.filter({ hasText: 'Markdown' }));
  assert.match(markdown.name, /\.md$/);
  assert.ok(markdown.text.replaceAll('\\', '').includes(doc.title), `the Markdown names the document: ${markdown.text}`);
  assert.ok(markdown.text.includes(`<${doc.url}>`), 'its address is an autolink, as written');
  assert.match(markdown.text, /\\\[EB\/OL\\\]/, 'a GB/T 7714 reference of an online document');
  const csl = await download(page, tools.filter({ hasText: 'CSL' }));
  const items = JSON.parse(csl.text);
  assert.equal(items.length, 1);
  assert.equal(items[0].title, doc.title);
  assert.equal(items[0].type, 'webpage');
  const csv = await download(page, tools.filter({ hasText: 'CSV' }));
  assert.equal(csv.text.trim().split('\n').length, 2, 'a header and one row');

  // The saved-work file: exported, the browser's copy cleared, imported back.
  const file = await download(page, page.locator('.saved-file button'));
  const saved = JSON.parse(file.text);
  assert.equal(saved.format, 'gazette-saved-work');
  assert.equal(saved.searches.length, 1);
  assert.equal(saved.collections.length, 2);
  assert.equal(saved.notes.length, 1);
  const exported = path.join(fs.mkdtempSync('/tmp/gazette-saved-'), file.name);
  fs.writeFileSync(exported, file.text);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('.saved-empty');
  assert.equal((await page.locator('.saved-link').textContent()).trim(), '已保存');
  await page.locator('.saved-file input[type=file]').setInputFiles(exported);
  await page.waitForSelector('.import-result');
  assert.match(await page.locator('.import-result').textContent(), /新增 1 个检索、2 篇收藏、1 条批注/);
  assert.equal(await page.locator('.saved-search').count(), 1);
  assert.equal(await page.locator('.saved-notes .note-item').count(), 1);
  // Importing the same file again adds nothing.
  await page.locator('.saved-file input[type=file]').setInputFiles(exported);
  await page.waitForFunction(() => /新增 0 个检索、0 篇收藏、0 条批注/.test(document.querySelector('.import-result')?.textContent));

  // A file that is not saved work is refused, and nothing changes.
  const wrong = path.join(path.dirname(exported), 'corpus.json');
  fs.writeFileSync(wrong, JSON.stringify({ docs: [] }));
  await page.locator('.saved-file input[type=file]').setInputFiles(wrong);
  await page.waitForSelector('.saved-file .notice[role=alert]');
  assert.match(await page.locator('.saved-file .notice').textContent(), /不是 Gazette 导出的工作文件/);
  assert.equal(await page.locator('.saved-search').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a saved search says what is new since it was last seen', { skip }, async () => {
  const { page, errors, context } = await open(server.url + `#/?q=${encodeURIComponent(QUERY)}`);
  await page.waitForSelector('.doc-row');
  await page.locator('.save-search').click();
  await page.waitForSelector('.save-search[aria-pressed=true]');
  // As if the corpus had been rebuilt with two more documents: they were not seen.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('gazette.saved.'));
    const saved = JSON.parse(localStorage.getItem(key));
    saved.searches[0].seen = saved.searches[0].seen.slice(2);
    localStorage.setItem(key, JSON.stringify(saved));
  });
  await page.goto(server.url + '#/saved');
  await page.reload();
  await page.waitForSelector('.new-count');
  assert.equal(await page.locator('.new-count').textContent(), '新增 2 篇');
  assert.equal(await page.locator('.new-docs li').count(), 2);
  await page.locator('.saved-search button', { hasText: '标为已看' }).click();
  await page.waitForFunction(() => !document.querySelector('.new-count'));
  // The saved search opens the list it was saved from.
  await page.locator('.saved-search-name').click();
  await page.waitForSelector('.save-search[aria-pressed=true]');
  assert.equal(await page.locator('#search-input').inputValue(), QUERY);
  assert.deepEqual(errors, []);
  await context.close();
});

test('saved work on a phone: the highlight and the saved page fit 375 px', { skip }, async () => {
  const { page, errors, context } = await open(server.url + '#/', { width: 375, height: 800 });
  await deskJourney(page, { shot: 'saved-375' });
  await page.screenshot({ path: screenshotPath('saved-375-highlight') });
  await page.goto(server.url + '#/saved');
  await page.waitForSelector('.saved-collection');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scroll on the saved page (${overflow} px)`);
  await page.screenshot({ path: screenshotPath('saved-375-page'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('from file:// the single file keeps, exports and imports saved work', { skip }, async () => {
  const offline = pathToFileURL(path.join(dist, 'gazette-offline.html')).href;
  const { page, errors, context } = await open(offline + '#/');
  await deskJourney(page);
  await page.goto(offline + '#/saved');
  await page.reload();
  await page.waitForSelector('.saved-collection');
  const file = await download(page, page.locator('.saved-file button'));
  assert.equal(JSON.parse(file.text).notes.length, 1);
  const exported = path.join(fs.mkdtempSync('/tmp/gazette-saved-'), file.name);
  fs.writeFileSync(exported, file.text);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('.saved-empty');
  await page.locator('.saved-file input[type=file]').setInputFiles(exported);
  await page.waitForSelector('.import-result');
  assert.equal(await page.locator('.saved-notes .note-item').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});
