// End to end: related documents, repost clusters and the side-by-side comparison.
// With the seed corpus (the default build) it checks the 000/001 pair; with the
// policy corpus embedded (scripts/test.sh builds it when ../shared is present) it
// opens a repost cluster, its comparison, and exercises every control.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { launch, distDir, repoRoot, screenshotPath, watchErrors } from './browser.mjs';

const corpusFile = process.env.GAZETTE_CORPUS
  ? path.resolve(repoRoot, process.env.GAZETTE_CORPUS)
  : path.join(repoRoot, 'corpus/seeds.json');
const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));
const usesSeeds = !process.env.GAZETTE_CORPUS;
const byId = new Map(corpus.docs.map((d) => [d.id, d]));
const clusters = corpus.relations?.clusters ?? [];
const paragraphs = (text) => text.split('\n\n').map((p) => p.trim()).filter(Boolean);

let server;
let browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')), `no ${distDir}/index.html: run trunk build first`);
  server = await serve(distDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every row's A and B cells have the same height (the panes line up). */
async function rowsLineUp(page) {
  return page.evaluate(() => {
    const a = [...document.querySelectorAll('.pane-a > .crow')];
    const b = [...document.querySelectorAll('.pane-b > .crow')];
    if (a.length === 0 || a.length !== b.length) return false;
    return a.every((cell, n) => Math.abs(cell.getBoundingClientRect().height - b[n].getBoundingClientRect().height) < 1.5);
  });
}

test('seeds: 001 is the top related document of 000, and their comparison shows the shared sentence', { skip: !usesSeeds && 'a custom corpus is embedded' }, async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = watchErrors(page);
  const [a, b] = ['000_', '001_'].map((p) => corpus.docs.find((d) => d.path.startsWith(p)));
  await page.goto(`${server.url}#/doc/${a.id}`);
  await page.waitForSelector('.related-item');
  assert.equal(await page.locator('.related-title').first().textContent(), b.title);
  assert.match(await page.locator('.related-item').first().locator('.reason').first().textContent(), /段相同文字/);
  await page.locator('.related-item').first().locator('.compare-link').click();
  await page.waitForSelector('.compare-pane .crow');
  assert.equal(new URL(page.url()).hash, `#/compare/${a.id}/${b.id}`);
  assert.ok(await rowsLineUp(page));
  const rowWithSentence = page.locator('.pane-a > .crow', { hasText: '在深化改革中提质增效' });
  assert.equal(await rowWithSentence.count(), 1);
  const kind = await rowWithSentence.getAttribute('class');
  assert.match(kind, /changed|moved|same|only_a/);
  // The sentence is not marked as a change on either side.
  for (const side of ['pane-a', 'pane-b']) {
    const changed = await page.locator(`.${side} .chg`).allTextContents();
    assert.ok(!changed.some((t) => t.includes('在深化改革中提质增效')), side);
  }
  assert.match(await page.locator('.a-in-b').textContent(), /^\d+%$/);
  await page.screenshot({ path: screenshotPath('compare-seeds-1440') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a picker chooses either side of a comparison', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const errors = watchErrors(page);
  const [first, second] = corpus.docs.filter((d) => d.title.length >= 6);
  await page.goto(`${server.url}#/compare`);
  await page.waitForSelector('#pick-a');
  await page.fill('#pick-a', first.title.slice(0, 6));
  await page.locator('.pick', { hasText: first.title }).first().click();
  await page.waitForFunction((id) => location.hash === `#/compare/${id}`, first.id);
  await page.fill('#pick-b', second.title.slice(0, 6));
  await page.locator('.pick', { hasText: second.title }).first().click();
  await page.waitForSelector('.compare-pane .crow');
  assert.equal(new URL(page.url()).hash, `#/compare/${first.id}/${second.id}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('odd comparison and cluster addresses explain themselves', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/compare/ffffffffffff/eeeeeeeeeeee`);
  await page.waitForSelector('.notice');
  assert.match(await page.locator('.notice').first().textContent(), /ffffffffffff/);
  await page.goto(`${server.url}#/compare/%3Cscript%3E/x`);
  await page.waitForSelector('#pick-a');
  await page.goto(`${server.url}#/cluster/ffffffffffff`);
  await page.waitForSelector('.notice');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a repost cluster: timeline and density, then its comparison with every control', { skip: clusters.length === 0 && 'the embedded corpus has no repost cluster (embed the policy corpus)' }, async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = watchErrors(page);
  // The largest cluster whose canonical text is long enough to scroll.
  const cluster = [...clusters]
    .filter((c) => byId.get(c.canonical).text.length > 1500)
    .sort((x, y) => y.members.length - x.members.length || x.canonical.localeCompare(y.canonical))[0] ?? clusters[0];
  const canonical = byId.get(cluster.canonical);
  const member = cluster.members.find((m) => m !== cluster.canonical);

  await page.goto(`${server.url}#/doc/${member}`);
  await page.waitForSelector('.cluster-note a');
  await page.locator('.cluster-note a').click();
  await page.waitForSelector('.member-timeline .member');
  assert.equal(new URL(page.url()).hash, `#/cluster/${member}`);
  assert.equal(await page.locator('.member-timeline .member').count(), cluster.members.length);
  const times = await page.locator('.member-timeline time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(times, cluster.members.map((id) => byId.get(id).date));
  assert.equal(await page.locator('.member.canonical .member-title').textContent(), canonical.title);
  assert.equal(await page.locator('.density-row').count(), paragraphs(canonical.text).length);
  const counts = await page.locator('.density-count').allTextContents();
  assert.ok(counts.some((c) => !c.startsWith('0/')), 'some paragraph is in a repost');
  await page.screenshot({ path: screenshotPath('cluster-policy-1440'), fullPage: true });

  await page.locator('.member', { has: page.locator('.compare-link') }).first().locator('.compare-link').click();
  await page.waitForSelector('.compare-pane .crow');
  const [, a, b] = new URL(page.url()).hash.match(/^#\/compare\/(\w+)\/(\w+)$/);
  assert.equal(a, cluster.canonical);
  assert.ok(cluster.members.includes(b));
  assert.ok(await rowsLineUp(page), 'rows line up across the panes');
  // Marked rows: text found in the other document, and changes within rows.
  assert.ok(await page.locator('.pane-a > .crow.same, mark.shared').count() > 0, 'shared text is shown');
  const docA = byId.get(a);
  const aCells = await page.locator('.pane-a > .crow:not(.gap) .crow-text').allTextContents();
  assert.deepEqual([...aCells].sort(), paragraphs(docA.text).sort(), 'A pane holds A paragraphs, each once');
  const differences = await page.locator('.pane-a > .crow:not(.same)').count();
  assert.match(await page.locator('.diff-count').textContent(), new RegExp(`${differences} 处不同|两文无差异`));

  // Synchronised scrolling, and not when switched off.
  const scrollA = (top) => page.locator('.pane-a').evaluate((el, t) => { el.scrollTop = t; }, top);
  const topOf = (side) => page.locator(side).evaluate((el) => el.scrollTop);
  const scrollable = await page.locator('.pane-a').evaluate((el) => el.scrollHeight - el.clientHeight);
  assert.ok(scrollable > 300, `the comparison scrolls (${scrollable}px)`);
  await scrollA(300);
  await page.waitForFunction(() => Math.abs(document.querySelector('.pane-b').scrollTop - 300) <= 2);
  await page.locator('.sync-scroll input').uncheck();
  await scrollA(0);
  await page.waitForTimeout(200);
  assert.ok(Math.abs((await topOf('.pane-b')) - 300) <= 2, 'B stays when sync is off');
  await page.locator('.sync-scroll input').check();
  await scrollA(120);
  await page.waitForFunction(() => Math.abs(document.querySelector('.pane-b').scrollTop - 120) <= 2);

  // Next and previous difference.
  if (differences > 0) {
    await page.locator('.next-diff').click();
    await page.waitForSelector('.pane-a > .crow.current');
    assert.match(await page.locator('.diff-count').textContent(), new RegExp(`第 1 / ${differences} 处不同`));
    assert.equal(await page.locator('.pane-b > .crow.current').count(), 1);
    const inView = await page.locator('.pane-a > .crow.current').evaluate((cell) => {
      const pane = cell.parentElement.getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      return box.top >= pane.top - 1 && box.top < pane.bottom && box.top < innerHeight;
    });
    assert.ok(inView, 'the current difference is scrolled into view');
    await page.screenshot({ path: screenshotPath('compare-policy-1440') });
    await page.locator('.prev-diff').click();
    assert.match(await page.locator('.diff-count').textContent(), new RegExp(`第 ${differences} / ${differences} 处不同`));
    await page.locator('.next-diff').click();
  }

  // Export, with titles, dates, sources and offsets of both.
  for (const [button, ext, needle] of [['.export-md', '.md', '## 1 · '], ['.export-html', '.html', '<table>']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
    assert.ok(download.suggestedFilename().endsWith(ext), download.suggestedFilename());
    const text = fs.readFileSync(await download.path(), 'utf8');
    for (const doc of [byId.get(a), byId.get(b)]) {
      const shown = ext === '.html' ? doc.title.replaceAll('&', '&amp;').replaceAll('<', '&lt;') : doc.title;
      assert.ok(text.includes(shown), `${ext} names ${doc.title}`);
      assert.ok(text.includes(doc.date) && text.includes(doc.source) && text.includes(doc.id));
    }
    assert.ok(text.includes(needle), `${ext} has ${needle}`);
    assert.match(text, /\d+–\d+/, 'character offsets');
  }

  // Swap sides: the figures swap too.
  const [aInB, bInA] = [await page.locator('.a-in-b').textContent(), await page.locator('.b-in-a').textContent()];
  await page.locator('.swap').click();
  await page.waitForFunction((hash) => location.hash === hash, `#/compare/${b}/${a}`);
  await page.waitForSelector(`.compare-page[data-compare="${b}/${a}"]`);
  assert.equal(await page.locator('.a-in-b').textContent(), bInA);
  assert.equal(await page.locator('.b-in-a').textContent(), aInB);
  assert.equal(await page.locator('.side-a .compare-doc-title').textContent(), byId.get(b).title);

  // The switches live in the address.
  await page.locator('.hide-boilerplate input').check();
  await page.waitForFunction(() => location.hash.includes('hide=boilerplate'));
  await page.locator('.ignore-punct input').uncheck();
  await page.waitForFunction(() => location.hash.includes('strict=1'));
  await page.waitForSelector('.compare-pane .crow');
  assert.ok(await rowsLineUp(page));
  assert.deepEqual(errors, []);
  await page.close();

  // Changed rows mark deletions on A's side and insertions on B's: the first repost pair
  // (by cluster order) whose comparison has a changed row.
  const checker = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const checkerErrors = watchErrors(checker);
  let found = null;
  for (const c of clusters.slice(0, 40)) {
    for (const m of c.members.filter((id) => id !== c.canonical)) {
      await checker.goto(`${server.url}#/compare/${c.canonical}/${m}`);
      await checker.waitForSelector(`.compare-page[data-compare="${c.canonical}/${m}"] .pane-b > .crow`);
      if (await checker.locator('.pane-a > .crow.changed').count() > 0) { found = [c.canonical, m]; break; }
    }
    if (found) break;
  }
  assert.ok(found, 'some repost pair has a changed paragraph');
  const changedA = checker.locator('.pane-a > .crow.changed').first();
  const row = await changedA.getAttribute('data-row');
  const changedB = checker.locator(`.pane-b > .crow[data-row="${row}"]`);
  assert.match(await changedB.getAttribute('class'), /changed/);
  const marks = (await changedA.locator('del.chg').count()) + (await changedB.locator('ins.chg').count());
  assert.ok(marks > 0, 'a changed row marks what changed');
  await checker.screenshot({ path: screenshotPath('compare-changed-1440') });
  assert.deepEqual(checkerErrors, []);
  await checker.close();

  // The same comparison on a phone: panes stacked, still in step.
  const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const phoneErrors = watchErrors(phone);
  await phone.goto(`${server.url}#/compare/${a}/${b}`);
  await phone.waitForSelector('.compare-pane .crow');
  assert.ok(await rowsLineUp(phone));
  await phone.screenshot({ path: screenshotPath('compare-policy-375'), fullPage: true });
  await phone.goto(`${server.url}#/cluster/${member}`);
  await phone.waitForSelector('.member-timeline .member');
  await phone.screenshot({ path: screenshotPath('cluster-policy-375') });
  assert.deepEqual(phoneErrors, []);
  await phone.close();
});
