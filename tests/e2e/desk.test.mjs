// End to end over the policy corpus: the reader's desk (issue 18): where a
// page opens and what back restores, quoted Chinese phrases, and the small
// things a reader trips over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from './serve.mjs';
import { launch, repoRoot, screenshotPath, watchErrors } from './browser.mjs';

const dist = process.env.GAZETTE_POLICY_DIST;
const corpusPath = process.env.GAZETTE_POLICY_CORPUS;
const ready = dist && corpusPath && fs.existsSync(path.join(dist, 'index.html')) && fs.existsSync(corpusPath);
const skip = !ready && 'SKIPPED: the policy app was not built (needs ../shared/corpus/policy; see scripts/test.sh)';
if (skip) console.log(`# ${skip}`);

const gazetteBin = process.env.GAZETTE_BIN ?? path.join(repoRoot, 'target/release/gazette');
/** How many documents `gazette search` finds for a query. */
function total(query) {
  const out = execFileSync(gazetteBin, ['search', '--corpus', corpusPath, '--json', '--limit', '1', query], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString()).total;
}

let server;
let browser;
before(async () => {
  if (skip) return;
  server = await serve(dist);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash, { width = 1440, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url + hash);
  await page.waitForSelector('html[data-gazette=ready]');
  await page.waitForSelector('.list-heading, .doc-view, .notice, .compare-page, .cluster-page');
  return { page, errors, context };
}

const scrollY = (page) => page.evaluate(() => Math.round(window.scrollY));
/** Waits until the window is scrolled to `y` (± 2 px). */
async function scrolledTo(page, y, message) {
  try {
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 2, y, { timeout: 5000 });
  } catch {
    assert.fail(`${message}: scrollY is ${await scrollY(page)}, not ${y}`);
  }
}

test('a page opened from a scrolled page starts at the top; back and forward restore each position', { skip }, async () => {
  const { page, errors, context } = await open('#/?q=数据');
  await page.evaluate(() => window.scrollTo(0, 1400));
  await scrolledTo(page, 1400, 'the list scrolls');
  // A result in view, opened by a plain link click (the browser's hash change).
  const link = page.locator('.doc-row .doc-title a, .doc-row a.doc-title').nth(12);
  await link.scrollIntoViewIfNeeded();
  const listY = await scrollY(page);
  assert.ok(listY > 500, `the list is scrolled (${listY})`);
  await link.click();
  await page.waitForSelector('.doc-view');
  await scrolledTo(page, 0, 'the document opens at its top, not on its related list');
  assert.ok(await page.locator('.doc-view-title').isVisible());
  await page.screenshot({ path: screenshotPath('desk-doc-opens-at-top-1440') });

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // The comparison of a related document, opened from the end of the page.
  const compare = page.locator('.compare-link').first();
  await compare.scrollIntoViewIfNeeded();
  const docY = await scrollY(page);
  assert.ok(docY > 300, `the document scrolls (${docY})`);
  await compare.click();
  await page.waitForSelector('.compare-page');
  await scrolledTo(page, 0, 'the comparison opens with its header in view');

  await page.goBack();
  await page.waitForSelector('.doc-view');
  await scrolledTo(page, docY, 'back returns to where the document was left');
  await page.goBack();
  await page.waitForSelector('.list-heading');
  await scrolledTo(page, listY, 'back again returns to the list position');
  await page.goForward();
  await page.waitForSelector('.doc-view');
  await scrolledTo(page, docY, 'forward returns to the document position');
  // Esc goes back too, and so restores the list position.
  await page.goBack();
  await page.waitForSelector('.list-heading');
  await page.goForward();
  await page.waitForSelector('.doc-view');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.list-heading');
  await scrolledTo(page, listY, 'Esc returns to the list position');
  assert.deepEqual(errors, []);
  await context.close();
});

const heading = (page) => page.locator('#list-heading').textContent();
const number = (text) => Number(/(\d+)/.exec(text.replace(/,/g, ''))[1]);

test('the hint\'s quoted phrases find what the unspaced phrase finds; the empty message words the query', { skip }, async () => {
  const { page, errors, context } = await open('#/');
  for (const [quoted, joined] of [['"数据 出境"', '数据出境'], ['"个人信息 保护"', '个人信息保护'], ['"人工智能 监管"', '人工智能监管']]) {
    await page.goto(`${server.url}#/?q=${encodeURIComponent(quoted)}`);
    await page.waitForSelector('.list-heading, .notice.empty');
    const expected = total(quoted);
    assert.ok(expected >= total(joined), `${quoted} finds at least what ${joined} finds`);
    if (expected > 0) assert.equal(number(await heading(page)), expected, quoted);
  }
  assert.ok(total('"数据 出境"') > 0, 'the hint\'s own example finds documents');
  await page.goto(`${server.url}#/?q=${encodeURIComponent('"数据 出境" 甲乙丙丁戊')}`);
  await page.waitForSelector('.notice.empty');
  assert.equal(
    await page.locator('.notice.empty').textContent(),
    '没有公告同时包含整句“数据 出境”、“甲乙丙丁戊”。整句中汉字之间的空格可有可无，拉丁词之间的空格必须有；去掉引号可分开查找各词。',
  );
  await page.goto(`${server.url}#/?q=${encodeURIComponent('甲乙丙丁戊 OR 己庚辛壬')}`);
  await page.waitForSelector('.notice.empty');
  assert.match(await page.locator('.notice.empty').textContent(), /^没有公告包含（“甲乙丙丁戊” 或 “己庚辛壬”）。$/);
  await page.screenshot({ path: screenshotPath('desk-empty-or-1440') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the search box is the first control of the list; an ignored link value has no chip', { skip }, async () => {
  const { page, errors, context } = await open('#/?q=网信&source=没有这个来源');
  assert.equal(await page.locator('.filter-chip').count(), 0, 'no chip for a value no document has');
  await page.locator('body').focus();
  // Tab from the top of the page: the header's few controls, then the search box.
  let steps = 0;
  for (; steps < 8; steps += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'search-input')) break;
  }
  assert.ok(steps < 8, `the search box is reached within ${steps + 1} tabs`);
  assert.equal(await page.locator('label[for=search-input]').count(), 1, 'the search box has a label');
  assert.deepEqual(errors, []);
  await context.close();
});

test('English mode names agencies in English; facet find boxes read right', { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/?q=${encodeURIComponent('中央网信办')}`);
  await page.waitForSelector('.facet[data-facet=agency] .value-label');
  const agencies = await page.locator('.facet[data-facet=agency] .value-label').allTextContents();
  assert.ok(agencies.some((a) => /^[\x20-\x7e]+$/.test(a)), `English agency names: ${agencies.slice(0, 3)}`);
  const finds = await page.locator('.facet-find').evaluateAll((inputs) => inputs.map((i) => i.placeholder));
  assert.ok(!finds.some((f) => /\ba [aeiou]/i.test(f)), `no "a agency": ${finds}`);
  const rowAgencies = await page.locator('.doc-row .agency:not(.more)').allTextContents();
  assert.ok(rowAgencies.some((a) => /^[\x20-\x7e]+$/.test(a)), `rows name agencies in English: ${rowAgencies.slice(0, 3)}`);
  await page.screenshot({ path: screenshotPath('desk-english-agencies-1440') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a manual dark/light switch overrides the system theme and is remembered', { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'light' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/?q=数据`);
  await page.waitForSelector('.theme-switch');
  const rootBg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [light, dark] = ['rgb(251, 250, 247)', 'rgb(22, 22, 26)'];
  assert.equal(await rootBg(), light, 'system light');
  await page.click('.theme-switch');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await rootBg(), dark, 'dark by choice on a light system');
  await page.reload();
  await page.waitForSelector('.theme-switch');
  assert.equal(await rootBg(), dark, 'remembered across reloads');
  await page.screenshot({ path: screenshotPath('desk-dark-by-choice-375') });
  await page.click('.theme-switch');
  assert.equal(await rootBg(), light, 'light by choice');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await rootBg(), light, 'light by choice on a dark system');
  await page.click('.theme-switch');
  assert.equal(await rootBg(), dark, 'back to the system theme (dark)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the timeline draws the corpus\'s own coverage behind the query; months with no document are no data', { skip }, async () => {
  const stats = JSON.parse(execFileSync(gazetteBin, ['stats', '--corpus', corpusPath, '--json', '--query', '数据']).toString());
  const { page, errors, context } = await open('#/?q=数据');
  await page.waitForSelector('.timeline svg .bar');
  const drawn = await page.locator('.timeline svg g').evaluateAll((groups) => groups.map((g) => ({
    noData: g.querySelector('.no-data') !== null,
    coverage: Number(g.querySelector('.coverage')?.getAttribute('height') ?? 0),
    bar: Number(g.querySelector('.bar').getAttribute('height')),
    title: g.querySelector('.bar title').textContent,
  })));
  assert.equal(drawn.length, stats.timeline.length);
  const gaps = stats.timeline.filter((m) => m.corpus === 0).length;
  assert.ok(gaps > 0, 'the policy corpus has months with no document');
  stats.timeline.forEach((m, i) => {
    assert.equal(drawn[i].noData, m.corpus === 0, `${m.value}: no data exactly when the corpus has none`);
    assert.ok(drawn[i].bar <= drawn[i].coverage + 1e-6, `${m.value}: the query's bar stands within the corpus's`);
    assert.ok(drawn[i].title.includes(m.value), m.value);
    if (m.corpus > 0) assert.match(drawn[i].title, new RegExp(`${m.count} 篇，占本月语料 ${m.corpus} 篇`));
    else assert.match(drawn[i].title, /无数据/);
  });
  await page.locator('.timeline').screenshot({ path: screenshotPath('desk-timeline-coverage-1440') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the hosted app downloads its wasm once: the loader fetches it, nothing preloads it (Chromium)', { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const wasm = [];
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(request.url()); });
  await page.goto(`${server.url}#/`);
  await page.waitForSelector('html[data-gazette=ready]');
  // A preload was fetched a second time by WebKitGTK and Firefox (browsers.test.mjs checks those).
  assert.equal(await page.locator('link[rel=preload][href$=".wasm"]').count(), 0, 'no preload of the wasm');
  assert.equal(wasm.length, 1, `one wasm request: ${wasm}`);
  await context.close();
});

test('? opens the keyboard shortcuts; Esc closes them without leaving the page', { skip }, async () => {
  const { page, errors, context } = await open('#/?q=数据');
  await page.locator('.list-heading').click();
  await page.keyboard.press('?');
  await page.waitForSelector('#shortcut-help[role=dialog]');
  const keys = await page.locator('#shortcut-help kbd').allTextContents();
  for (const key of ['/', 'j', 'k', 'Enter', 'Esc', '?']) assert.ok(keys.includes(key), `${key} is listed`);
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'shortcut-close', 'focus moves into the dialog');
  await page.screenshot({ path: screenshotPath('desk-shortcuts-1440') });
  await page.keyboard.press('Escape');
  await page.waitForSelector('#shortcut-help', { state: 'detached' });
  assert.match(decodeURIComponent(page.url()), /q=数据/, 'Esc closed the dialog and stayed');
  // Typing ? in the search box types it.
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').type('?');
  assert.equal(await page.locator('#shortcut-help').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('print: the document without its related list, its long address wrapped on the page', { skip }, async () => {
  const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
  const doc = [...corpus.docs].filter((d) => d.url).sort((a, b) => b.url.length - a.url.length)[0];
  const { page, errors, context } = await open(`#/doc/${doc.id}`, { width: 700 });
  await page.waitForSelector('.related');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.related').evaluate((e) => getComputedStyle(e).display), 'none');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `nothing runs off the page (${overflow}px; address ${doc.url.length} characters)`);
  await page.screenshot({ path: screenshotPath('desk-print-700'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

/** The corpus JSON the policy app was made from. */
const corpus = () => JSON.parse(fs.readFileSync(corpusPath, 'utf8'));

test('↓/↑ and n/N step through a document\'s matches, round the ends; the pill stays small on phones', { skip }, async () => {
  const out = execFileSync(gazetteBin, ['search', '--corpus', corpusPath, '--json', '--limit', '1', '行政处罚']);
  const id = JSON.parse(out.toString()).hits[0].id;
  const { page, errors, context } = await open(`#/doc/${id}?q=${encodeURIComponent('行政处罚')}`, { width: 375, height: 800 });
  await page.waitForFunction(() => /\d/.test(document.querySelector('.match-count')?.textContent ?? ''));
  const label = () => page.locator('.match-count').textContent();
  const total = Number((await label()).match(/\d+/)[0]);
  assert.ok(total >= 3, `needs a few matches, has ${total}`);
  await page.keyboard.press('ArrowDown');
  assert.match(await label(), new RegExp(`第 1 / ${total} 处`));
  await page.keyboard.press('n');
  assert.match(await label(), new RegExp(`第 2 / ${total} 处`));
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('ArrowUp');
  assert.match(await label(), new RegExp(`第 ${total} / ${total} 处`), 'before the first comes the last');
  const current = await page.locator('mark.hit.current').count();
  assert.equal(current, 1, 'one current match');
  const pill = await page.locator('.match-nav').boundingBox();
  assert.ok(pill.width <= 375 * 0.5 && pill.height <= 40, `pill ${pill.width}×${pill.height} on a 375 px phone`);
  await page.screenshot({ path: screenshotPath('desk-match-keys-375') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a phone comparison names each stacked pane A or B with its outlet; desktop keeps the column headers', { skip }, async () => {
  const cluster = corpus().relations.clusters.find((c) => c.members.length >= 2);
  const [a, b] = cluster.members;
  const { page, errors, context } = await open(`#/compare/${a}/${b}`, { width: 375, height: 800 });
  await page.waitForSelector('.compare-panes');
  for (const side of ['a', 'b']) {
    const label = page.locator(`.pane-${side} .pane-label`);
    assert.ok(await label.isVisible(), `pane ${side} has a visible label`);
    assert.match(await label.textContent(), new RegExp(`^${side.toUpperCase()} · `));
  }
  await page.locator('.pane-b').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('desk-compare-labels-375') });
  await page.setViewportSize({ width: 1440, height: 900 });
  assert.equal(await page.locator('.pane-a .pane-label').isVisible(), false, 'columns have their headers on a desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a cluster reads a complete copy as its reference; cut copies are marked; paragraphs name the outlets lacking them', { skip }, async () => {
  const clusters = corpus().relations.clusters;
  const cluster = clusters.find((c) => c.cut?.length && !c.cut.includes(c.canonical)) ?? clusters.find((c) => c.cut?.length);
  if (!cluster) {
    console.log('# SKIPPED: this corpus has no cluster with a cut copy');
    return;
  }
  const { page, errors, context } = await open(`#/cluster/${cluster.canonical}`);
  await page.waitForSelector('.member-timeline');
  assert.equal(await page.locator('.copy-state.cut').count(), cluster.cut.length);
  assert.equal(await page.locator('.copy-state.complete').count(), cluster.members.length - cluster.cut.length);
  const reference = page.locator('.member.canonical');
  const referenceIsCut = cluster.cut.includes(cluster.canonical);
  assert.equal(await reference.locator('.copy-state.cut').count(), referenceIsCut ? 1 : 0);
  assert.equal(await page.locator('.cluster-cut-note').count(), referenceIsCut ? 1 : 0, 'says when no copy is complete');
  const lacking = await page.locator('.density-row').evaluateAll((rows) => rows
    .filter((r) => { const [n, of] = r.querySelector('.density-count').textContent.split('/').map(Number); return n < of; })
    .map((r) => r.querySelector('.density-missing')?.textContent ?? ''));
  assert.ok(lacking.every((t) => t.startsWith('缺：')), 'every paragraph some member lacks names who lacks it');
  await page.screenshot({ path: screenshotPath('desk-cluster-cut-1440'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('?art=N opens a regulation at its article; the outline lists the articles; copy citation gives 《name》第N条 with the link', { skip }, async () => {
  // A document whose text carries numbered articles up to at least 第十二条.
  const doc = corpus().docs.find((d) => /(^|\n)第一条/.test(d.text) && /\n第十二条/.test(d.text) && d.title.includes('《'));
  assert.ok(doc, 'the policy corpus has a regulation with twelve articles');
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/doc/${doc.id}?art=12`);
  await page.waitForSelector('html[data-gazette=ready]');
  await page.waitForSelector('#art-12.revealed', { timeout: 10000 });
  const box = await page.locator('#art-12').boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 900, `article 12 in view (y ${box?.y})`);
  assert.ok(await page.locator('.doc-outline').count() === 1, 'an outline');
  assert.ok(await page.locator('.doc-outline').textContent().then((t) => t.includes('第十二条')));
  await page.locator('#art-12 .copy-citation').click();
  await page.waitForFunction(() => document.querySelector('#art-12 .copy-citation')?.textContent === '已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const name = doc.title.match(/《[^》]+》/)[0];
  assert.ok(copied.startsWith(`${name}第十二条`), copied);
  assert.ok(copied.includes(`#/doc/${doc.id}?art=12`), copied);
  await page.screenshot({ path: screenshotPath('desk-article-link-1440') });
  // An article the text lacks is said, not scrolled to.
  await page.goto(`${server.url}#/doc/${doc.id}?art=9999`);
  await page.waitForSelector('.notice');
  assert.deepEqual(errors, []);
  await context.close();
});
