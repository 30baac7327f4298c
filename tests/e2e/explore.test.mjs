// End to end over the policy corpus (built by scripts/test.sh into target/e2e/):
// facets against `gazette stats --json`, the timeline, the URL as state, export,
// keyboard, language, accessibility, screenshots at phone and desktop widths.
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
function cli(...args) {
  const out = execFileSync(gazetteBin, [args[0], '--corpus', corpusPath, '--json', ...args.slice(1)], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString());
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

async function open(hash = '#/', { width = 1440, scheme = 'light', locale = 'zh-CN' } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url + hash);
  await page.waitForSelector('html[data-gazette=ready]');
  await page.waitForSelector('.list-heading, .doc-view, .notice');
  return { page, errors, context };
}

/** The counts a facet panel shows, as {value: count}, after expanding it. */
async function panelCounts(page, facet) {
  const panel = page.locator(`.facet[data-facet=${facet}]`);
  const more = panel.locator('.facet-more');
  if (await more.count() && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
  const rows = await panel.locator('.facet-value').evaluateAll((labels) => labels.map((l) => [
    l.dataset.value, Number(l.querySelector('.value-count').textContent),
  ]));
  return Object.fromEntries(rows);
}

function statsCounts(stats, facet) {
  return Object.fromEntries(stats.facets[facet].map((v) => [v.value, v.count]));
}

const heading = (page) => page.locator('#list-heading').textContent();
const number = (text) => Number(/(\d+)/.exec(text)[1]);

test('facet counts equal `gazette stats --json`, before and after selecting values', { skip }, async () => {
  const { page, errors, context } = await open();
  const all = cli('stats');
  for (const facet of ['source', 'year', 'agency', 'origin', 'instrument']) {
    const shown = await panelCounts(page, facet);
    const expected = statsCounts(all, facet);
    for (const [value, count] of Object.entries(shown)) assert.equal(count, expected[value], `${facet}=${value}`);
    assert.ok(Object.keys(shown).length >= Math.min(8, Object.keys(expected).length), facet);
  }
  // Select the second source and a year: other facets recount, the own facet does not.
  const source = all.facets.source[1].value;
  await page.locator(`.facet[data-facet=source] .facet-value`, { hasText: source }).first().locator('input').check();
  await page.waitForURL(/source=/);
  const year = '2024';
  await page.locator(`.facet[data-facet=year] .facet-value`, { hasText: year }).locator('input').check();
  await page.waitForURL(/year=2024/);
  const narrowed = cli('stats', '--source', source, '--year', year);
  assert.equal(number(await heading(page)), narrowed.matching);
  for (const facet of ['source', 'kind', 'agency', 'year']) {
    const shown = await panelCounts(page, facet);
    const expected = statsCounts(narrowed, facet);
    for (const [value, count] of Object.entries(shown)) {
      assert.equal(count, expected[value] ?? 0, `${facet}=${value} after selecting ${source}, ${year}`);
    }
  }
  assert.equal(await page.locator('.filter-chip').count(), 2);
  // Removing a chip removes that filter only.
  await page.locator('.filter-chip', { hasText: source }).click();
  await page.waitForFunction(() => !/source=/.test(location.hash));
  assert.equal(number(await heading(page)), cli('stats', '--year', year).matching);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the timeline sets the date range; reload, back and forward restore the view', { skip }, async () => {
  const { page, errors, context } = await open('#/?q=数据');
  const before = await heading(page);
  const box = await page.locator('.timeline svg').boundingBox();
  const months = cli('stats', '--query', '数据').timeline;
  const x = (i) => box.x + (i + 0.5) * (box.width / months.length);
  // Drag from the 3rd to the 8th month.
  await page.mouse.move(x(2), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x(5), box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(x(7), box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await page.waitForURL(/from=/);
  const hash = decodeURIComponent(new URL(page.url()).hash);
  const first = months[2].value;
  const last = months[7].value;
  assert.match(hash, new RegExp(`from=${first}-01`));
  assert.match(hash, new RegExp(`to=${last}-\\d\\d`));
  const to = /to=(\d{4}-\d\d-\d\d)/.exec(hash)[1];
  const expected = cli('stats', '--query', '数据', '--from', `${first}-01`, '--to', to).matching;
  assert.equal(number(await heading(page)), expected);
  assert.equal(await page.locator('input[name=from]').inputValue(), `${first}-01`);
  const inRange = await page.locator('.timeline .bar.in-range').count();
  assert.equal(inRange, 6);

  await page.reload();
  await page.waitForSelector('.list-heading');
  assert.equal(number(await heading(page)), expected, 'reload restores the range');
  assert.equal(await page.locator('#search-input').inputValue(), '数据');
  await page.goBack();
  await page.waitForFunction(() => !/from=/.test(location.hash));
  assert.equal(number(await heading(page)), number(before), 'back removes the range');
  await page.goForward();
  await page.waitForURL(/from=/);
  assert.equal(number(await heading(page)), expected, 'forward brings it back');
  await page.screenshot({ path: screenshotPath('explore-timeline-1440'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('export downloads the whole result set as CSV and JSON', { skip }, async () => {
  const kind = 'notice';
  const { page, errors, context } = await open(`#/?q=网信&kind=${kind}`);
  const expected = cli('search', '--limit', '100000', '--kind', kind, '网信');
  assert.ok(expected.total > 20, 'more than one page of results');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('button.export[data-format=csv]')]);
  const csv = fs.readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n').filter((l) => l);
  assert.equal(lines[0], 'id,title,date,source,kind,origin,agencies,url,cluster,link');
  assert.equal(lines.length - 1, expected.total);
  const ids = new Set(lines.slice(1).map((l) => l.split(',')[0]));
  assert.deepEqual(ids, new Set(expected.hits.map((h) => h.id)));
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('button.export[data-format=json]')]);
  const rows = JSON.parse(fs.readFileSync(await jsonDownload.path(), 'utf8'));
  assert.equal(rows.length, expected.total);
  assert.deepEqual(Object.keys(rows[0]), ['id', 'title', 'date', 'source', 'kind', 'origin', 'agencies', 'url', 'cluster', 'link']);
  assert.ok(rows.every((row) => /^\d{4}-\d\d-\d\d$/.test(row.date) && row.kind === kind), 'days and kinds');
  assert.ok(rows.every((row) => row.link.endsWith(`#/doc/${row.id}`) && row.link.startsWith(server.url.split('#')[0])), 'links into the viewer');
  assert.ok(rows.some((row) => row.cluster), 'reposts name their cluster\'s canonical copy');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: / focuses search, j/k move, Enter opens, Esc goes back', { skip }, async () => {
  const { page, errors, context } = await open('#/');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
  await page.keyboard.type('网信办');
  await page.waitForURL(/q=/);
  await page.waitForSelector('.doc-row mark');
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  const focused = await page.evaluate(() => document.activeElement.textContent);
  const second = await page.locator('.doc-title').nth(1).textContent();
  assert.equal(focused, second);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.doc-view');
  assert.equal(await page.locator('.doc-view-title').textContent(), second);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.list-heading');
  assert.match(decodeURIComponent(page.url()), /q=网信办/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('English interface on request; remembered across reloads', { skip }, async () => {
  const { page, errors, context } = await open('#/?kind=meeting', { locale: 'en-US' });
  assert.match(await heading(page), /match the filters/);
  assert.equal(await page.locator('.facet[data-facet=kind] .facet-title').textContent(), 'Kind');
  await page.click('.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.match(await heading(page), /筛选出/);
  await page.reload();
  await page.waitForSelector('.list-heading');
  assert.match(await heading(page), /筛选出/, 'the choice survives a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad or stale link values are ignored with a visible notice', { skip }, async () => {
  const { page, errors, context } = await open('#/?q=清朗&from=2024-02-30&kind=memo&source=没有这个来源&page=-3');
  const notice = await page.locator('.link-notice').textContent();
  assert.match(notice, /from=2024-02-30/);
  assert.match(notice, /kind=memo/);
  assert.match(notice, /没有这个来源/);
  assert.equal(number(await heading(page)), cli('search', '清朗').total);
  assert.equal(await page.locator('.filter-chip').count(), 0, 'an ignored value has no chip saying it applies');
  await page.click('.link-notice .dismiss');
  assert.equal(await page.locator('.link-notice').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no serious or critical accessibility violations (axe-core), light and dark, 375 and 1440', { skip }, async () => {
  const axePath = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');
  const doc = cli('search', '--limit', '1', '网信办').hits[0].id;
  const views = [
    ['#/?q=网信办&year=2024', 1440, 'light'],
    ['#/?q=网信办&year=2024', 375, 'dark'],
    [`#/doc/${doc}?q=网信办`, 1440, 'dark'],
    [`#/doc/${doc}?q=网信办`, 375, 'light'],
    ['#/?q=没有这样的词组合xyz', 1440, 'light'],
  ];
  for (const [hash, width, scheme] of views) {
    const { page, errors, context } = await open(hash, { width, scheme });
    if (width === 375 && hash.startsWith('#/?')) await page.click('.drawer-toggle');
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), [],
      `${hash} at ${width}px ${scheme}`);
    const name = `explore-${hash.startsWith('#/doc') ? 'doc' : 'list'}-${width}-${scheme}`;
    await page.screenshot({ path: screenshotPath(name), fullPage: false });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('collapse reposts: one row per announcement, "also in N sources" leads to the cluster', { skip }, async () => {
  const { page, errors, context } = await open('#/?q=网信办');
  const documents = number(await heading(page));
  await page.locator('label.collapse input').check();
  await page.waitForURL(/collapse=1/);
  await page.waitForSelector('.collapsed-count');
  const rows = number(await page.locator('.collapsed-count').textContent());
  assert.ok(rows < documents, `${rows} announcements from ${documents} documents`);
  const also = page.locator('.doc-row .also-in').first();
  const folded = number(await also.textContent());
  assert.ok(folded >= 1);
  await page.screenshot({ path: screenshotPath('explore-collapsed-1440'), fullPage: false });
  await also.click();
  await page.waitForSelector('.cluster-heading');
  const members = number(await page.locator('.cluster-heading').textContent());
  assert.ok(members >= folded + 1, `the cluster has the row and the ${folded} folded copies`);
  await page.goBack();
  await page.waitForSelector('.collapsed-count');
  assert.equal(await page.locator('label.collapse input').isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
