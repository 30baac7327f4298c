// End to end: the built dist/ with the embedded seed corpus, as a user sees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { launch, distDir, repoRoot, screenshotPath, watchErrors } from './browser.mjs';

const corpus = JSON.parse(fs.readFileSync(
  process.env.GAZETTE_CORPUS ? path.resolve(repoRoot, process.env.GAZETTE_CORPUS) : path.join(repoRoot, 'corpus/seeds.json'),
  'utf8',
));
const usesSeeds = !process.env.GAZETTE_CORPUS;

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

test('the list shows every seed title with its date and source', { skip: !usesSeeds && 'a custom corpus is embedded' }, async () => {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(server.url);
  await page.waitForSelector('.doc-row');
  const titles = await page.locator('.doc-title').allTextContents();
  assert.deepEqual(new Set(titles), new Set([
    '中央网信办：将为互联网企业健康持续发展提供有力保障',
    '聚精会神办企业 心无旁骛谋发展——中央网信办等四部门召开促进互联网企业健康持续发展工作座谈会引起热烈反响',
    '关注 | 中央网信办召开全国重点商业网站平台管理工作会议',
    '工信部：将开展互联网行业不正当竞争专项整治行动',
    '庄荣文：深化网信领域改革 以网信事业高质量发展助力中国式现代化',
  ]));
  const row = page.locator('.doc-row', { hasText: '将为互联网企业健康持续发展提供有力保障' });
  assert.equal(await row.locator('time').textContent(), '2022-01-29');
  assert.equal(await row.locator('.source').textContent(), '新浪财经');
  await page.screenshot({ path: screenshotPath('list-1440'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('opening a document shows its clean text, and back returns to the list', async () => {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 375, height: 800 } });
  const errors = watchErrors(page);
  await page.goto(server.url);
  const doc = corpus.docs.find((d) => d.path.startsWith('000_')) ?? corpus.docs[0];
  await page.locator('.doc-title', { hasText: doc.title }).first().click();
  await page.waitForSelector('.doc-view');
  assert.equal(new URL(page.url()).hash, `#/doc/${doc.id}`);
  assert.equal(await page.locator('.doc-view-title').textContent(), doc.title);
  const paragraphs = await page.locator('.doc-text p').allTextContents();
  const bodyText = (await page.locator('.doc-text').textContent()).replace(/\s/g, '');
  assert.ok(bodyText.startsWith(doc.text.split('\n\n')[0].replace(/\s/g, '')), 'the text starts with the first paragraph');
  if (usesSeeds) {
    assert.deepEqual(paragraphs, doc.text.split('\n\n'));
    assert.equal(await page.locator('.doc-facts .origin').textContent(), '新华社');
    assert.deepEqual(await page.locator('.chip.agency').allTextContents(),
      ['中央网信办', '工业和信息化部', '国家发展改革委', '国家市场监督管理总局']);
    assert.equal(await page.locator('.person-name').first().textContent(), '庄荣文');
    assert.match(paragraphs[0], /^新华社北京1月29日电（记者王思北）/);
    assert.equal(await page.locator('.doc-view time').textContent(), '2022-01-29 19:44');
    const text = paragraphs.join('\n');
    for (const chrome of ['责任编辑', '新浪财经APP', 'appendQr']) assert.ok(!text.includes(chrome), chrome);
  }
  await page.screenshot({ path: screenshotPath('doc-375'), fullPage: true });
  await page.goBack();
  await page.waitForSelector('.doc-row');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an unknown document id shows a notice, not a crash', async () => {
  const page = await browser.newPage({ locale: 'zh-CN' });
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/doc/ffffffffffff`);
  await page.waitForSelector('.notice');
  assert.match(await page.locator('.notice').textContent(), /ffffffffffff/);
  await page.goto(`${server.url}#/doc/%3Cscript%3E`);
  await page.waitForSelector('.doc-row');
  assert.deepEqual(errors, []);
  await page.close();
});

/** Documents whose title or text contains every space-separated term (seed-sized oracle). */
function expectedHits(query) {
  const terms = query.split(/\s+/).filter(Boolean);
  return corpus.docs.filter((d) => terms.every((t) => d.title.includes(t) || d.text.includes(t)));
}

test('typing a query shows every match with highlights, and the document marks them too', async () => {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(server.url);
  await page.waitForSelector('.doc-row');
  const query = usesSeeds ? '庄荣文 网信' : '网信办 约谈';
  const expected = expectedHits(query);
  assert.ok(expected.length > 0, 'the query finds something');
  await page.locator('#search-input').pressSequentially(query, { delay: 30 });
  // On a loaded machine a prefix (庄荣) may be searched first and show the same count: wait for
  // the whole query in the URL too.
  await page.waitForFunction((q) => decodeURIComponent(location.hash) === `#/?q=${q}`, query);
  await page.waitForFunction((n) => document.querySelector('.list-heading')?.textContent.includes(`找到 ${n} 篇`), expected.length);
  const shown = await page.locator('.doc-row').count();
  assert.equal(shown, Math.min(expected.length, 20));
  const marks = await page.locator('.doc-row mark.hit').allTextContents();
  assert.ok(marks.length > 0, 'matches are marked');
  for (const mark of marks) assert.ok(query.split(' ').some((t) => mark.includes(t)), `mark ${mark}`);
  await page.screenshot({ path: screenshotPath('search-1440'), fullPage: true });

  await page.locator('.doc-row .doc-title').first().click();
  await page.waitForSelector('.doc-view');
  assert.match(decodeURIComponent(page.url()), /#\/doc\/\w+\?q=/);
  const docMarks = await page.locator('.doc-view mark.hit').count();
  assert.ok(docMarks > 0);
  await page.waitForFunction(() => /处匹配/.test(document.querySelector('.match-count')?.textContent ?? ''));
  await page.click('.match-nav button[aria-label="下一处匹配"]');
  assert.equal(await page.locator('mark.hit.current').count(), 1);
  assert.match(await page.locator('.match-count').textContent(), new RegExp(`第 1 / ${docMarks} 处`));
  await page.screenshot({ path: screenshotPath('doc-marks-1440') });

  await page.locator('a.back').click();
  await page.waitForSelector('.doc-row mark.hit');
  assert.equal(await page.locator('#search-input').inputValue(), query);
  assert.deepEqual(errors, []);
  await page.close();
});

test('queries that find nothing or cannot be parsed explain themselves', async () => {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 375, height: 800 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/?q=${encodeURIComponent('不存在的短语甲乙丙')}`);
  await page.waitForSelector('.notice');
  assert.match(await page.locator('.notice').textContent(), /没有公告包含“不存在的短语甲乙丙”。/);
  for (const odd of ['"', '-', 'OR', '《》', '%E0%A4%A', '<img src=x onerror=alert(1)>']) {
    await page.goto(`${server.url}#/?q=${odd}`);
    await page.waitForSelector('.list-heading');
  }
  await page.goto(`${server.url}#/?q=${encodeURIComponent('网信')}&sort=oldest&page=999`);
  await page.waitForSelector('.doc-row');
  assert.equal(await page.locator('select').inputValue(), 'oldest');
  assert.deepEqual(errors, []);
  await page.close();
});
