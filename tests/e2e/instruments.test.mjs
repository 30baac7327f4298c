// End to end over the policy corpus: instruments (issue 16). A document's facts box leads
// to the instrument it carries; the instrument page shows its lifecycle, its editions and
// what cites it, and opens the "cited instruments" facet in the list; two versions compare
// article by article with the counts the CLI gives, 【条旨】 and renumbering ignored or not.
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
/** Runs the CLI on the policy corpus and parses its JSON. */
function cli(command, ...args) {
  const out = execFileSync(gazetteBin, [command, '--corpus', corpusPath, '--json', ...args], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString());
}

let server;
let browser;
let instruments;
before(async () => {
  if (skip) return;
  instruments = cli('instruments', '--limit', '100000').instruments;
  server = await serve(dist);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash, { width = 1440 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url + hash);
  await page.waitForSelector('html[data-gazette=ready]');
  return { page, errors, context };
}

const versioned = () => instruments.find((i) => {
  const stages = new Set(i.versions.map((v) => v.stage));
  return stages.has('draft') && stages.has('final');
});

test('the facts box leads to the instrument; its page has the lifecycle, editions, citing documents and the facet list', { skip }, async () => {
  // The carried instrument with the most citing documents.
  const instrument = instruments.filter((i) => i.versions.length > 0)
    .sort((a, b) => b.citing.length - a.citing.length)[0];
  assert.ok(instrument, 'the policy corpus has an instrument whose text it carries');
  const carrier = instrument.versions[0].id;
  const { page, errors, context } = await open(`#/doc/${carrier}`);
  const link = page.locator('.doc-facts a.instrument-link').first();
  await link.waitFor();
  await link.click();
  await page.waitForSelector('.instrument-page .lifecycle');
  assert.equal(await page.locator('.instrument-page h1').textContent(), `《${instrument.name}》`);
  assert.equal(await page.locator('.lifecycle .event').count(), instrument.events.length, 'one row per event');
  const days = await page.locator('.lifecycle time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(days, instrument.events.map((e) => e.day));
  // Reposts of a version within a week are one edition, with its copies named.
  const editions = await page.locator('.editions > li').count();
  assert.ok(editions >= 1 && editions <= instrument.versions.length, `${editions} editions`);
  const copies = await page.locator('.editions a.copy').count();
  assert.equal(editions + copies, instrument.versions.length, 'every copy is listed once');
  await page.screenshot({ path: screenshotPath('instrument-page-1440'), fullPage: true });
  // Every document carrying or citing it, in the list under the facet.
  await page.locator('a.instrument-list').first().click();
  await page.waitForURL(/instrument=/);
  await page.waitForSelector('.doc-row');
  const heading = await page.locator('#list-heading').textContent();
  const expected = cli('search', '--instrument', instrument.key, '--limit', '1', '').total;
  assert.equal(Number(/(\d+)/.exec(heading)[1]), expected, heading);
  assert.ok(expected >= instrument.citing.length, 'citing documents are all in the list');
  const chip = page.locator('.filter-chips .filter-chip', { hasText: instrument.key });
  assert.equal(await chip.count(), 1, 'the facet value is a chip');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 《…》 in the text that names an instrument of the corpus links to its page', { skip }, async () => {
  const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
  const cited = new Set(instruments.map((i) => i.key));
  // A document citing the most cited instrument by its full name in 《》.
  const top = [...instruments].sort((a, b) => b.citing.length - a.citing.length)[0];
  const doc = corpus.docs.find((d) => top.citing.includes(d.id) && d.text.includes(`《${top.name}》`));
  assert.ok(doc && cited.has(top.key), 'a document cites the most cited instrument by name');
  const { page, errors, context } = await open(`#/doc/${doc.id}`);
  const link = page.locator('.doc-text a.instrument-ref', { hasText: `《${top.name}》` }).first();
  await link.waitFor();
  assert.equal(decodeURIComponent(await link.getAttribute('href')), `#/instrument/${top.key}`);
  await link.click();
  await page.waitForSelector('.instrument-page .lifecycle');
  assert.equal(await page.locator('.instrument-page h1').textContent(), `《${top.name}》`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two versions compare article by article: counts as the CLI gives them, switches that count or ignore 条旨 and numbering', { skip }, async () => {
  const instrument = versioned();
  assert.ok(instrument, 'the policy corpus has an instrument with a draft and a final');
  const { page, errors, context } = await open(`#/instrument/${encodeURIComponent(instrument.key)}`);
  await page.locator('a.compare-versions').click();
  await page.waitForSelector('.compare-page .pane-b > .crow');
  assert.match(page.url(), /by=article/);
  assert.match(page.url(), /ignore=headings,numbering/);
  const [, a, b] = page.url().match(/#\/compare\/([^/?]+)\/([^/?]+)/);
  assert.equal(await page.locator('.compare-modes .mode.by-article[aria-current=true]').count(), 1);
  const counts = (extra) => Object.fromEntries(cli('compare', a, b, '--by-article', ...extra).counts);
  const ignoring = counts(['--ignore-headings', '--ignore-numbering']);
  const rows = Object.values(ignoring).reduce((x, y) => x + y, 0);
  assert.equal(await page.locator('.pane-a > .crow').count(), rows, 'one row per article pair');
  const tags = await page.locator('.pane-b > .crow .kind-tag, .pane-b > .crow.gap').count();
  assert.equal(tags, rows - ignoring.same, 'every article that is not unchanged is tagged or a gap');
  const figure = await page.locator('.article-counts').textContent();
  if (ignoring.changed) assert.ok(figure.includes(`修改 ${ignoring.changed} 条`), figure);
  if (ignoring.deleted) assert.ok(figure.includes(`删除 ${ignoring.deleted} 条`), figure);
  // A deletion is not struck horizontally (了 would read as 子), yet marked.
  const del = page.locator('.pane-a del.chg').first();
  if (await del.count()) {
    const style = await del.evaluate((e) => { const s = getComputedStyle(e); return [s.textDecorationLine, s.backgroundImage]; });
    assert.equal(style[0], 'none');
    assert.match(style[1], /linear-gradient/);
  }
  await page.screenshot({ path: screenshotPath('compare-articles-1440') });
  // Counting 条旨 makes more changes (the draft has them, the final does not).
  await page.locator('.ignore-headings input').uncheck();
  await page.waitForFunction(() => !location.hash.includes('headings'));
  const counting = counts(['--ignore-numbering']);
  await page.waitForFunction((n) => document.querySelector('.article-counts')?.textContent.includes(`修改 ${n} 条`), counting.changed);
  assert.ok(counting.changed >= ignoring.changed);
  // Only the changes.
  await page.locator('.changes-only input').check();
  await page.waitForFunction((n) => document.querySelectorAll('.pane-a > .crow').length === n, rows - counting.same);
  // Back to paragraphs, and the mode is in the URL.
  await page.locator('.compare-modes .mode').first().click();
  await page.waitForFunction(() => !location.hash.includes('by=article'));
  await page.waitForSelector('.compare-figures .a-in-b');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the article comparison keeps its A/B labels and fits the width', { skip }, async () => {
  const instrument = versioned();
  const { page, errors, context } = await open(`#/instrument/${encodeURIComponent(instrument.key)}`, { width: 390 });
  await page.locator('a.compare-versions').click();
  await page.waitForSelector('.compare-page .pane-b > .crow');
  assert.ok(await page.locator('.pane-label.side-a').isVisible());
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scroll (${overflow} px)`);
  await page.screenshot({ path: screenshotPath('compare-articles-390') });
  assert.deepEqual(errors, []);
  await context.close();
});
