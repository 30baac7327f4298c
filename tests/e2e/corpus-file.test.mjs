// The corpus beside the app (issue 17): the hosted viewer opens another
// corpus file of its site by `?corpus=`, refuses one of another site, says
// why it could not open one, and any viewer (the single file too) opens a
// corpus file dropped on it. Uses dist/ (the seeds) and the bring-your-own
// viewer target/byo-dist (scripts/test.sh builds both).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from './serve.mjs';
import { launch, distDir, repoRoot, screenshotPath, watchErrors } from './browser.mjs';
import { ready } from './journeys.mjs';

const byoDist = process.env.GAZETTE_BYO_DIST ?? path.join(repoRoot, 'target/byo-dist');
const BYO_TITLE = '示例语料';

let browser;
let server;
let site;
before(async () => {
  for (const need of [path.join(distDir, 'corpus.gazette'), path.join(byoDist, 'corpus.gazette')]) {
    assert.ok(fs.existsSync(need), `no ${need}: run scripts/test.sh (it builds dist/ and target/byo-dist)`);
  }
  // One site with two corpora: its own (the seeds) and the byo corpus beside it.
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-corpora-'));
  for (const file of fs.readdirSync(distDir)) fs.copyFileSync(path.join(distDir, file), path.join(site, file));
  fs.mkdirSync(path.join(site, 'more'));
  fs.copyFileSync(path.join(byoDist, 'corpus.gazette'), path.join(site, 'more', '示例.gazette'));
  server = await serve(site);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function headerTitle(page) {
  const title = page.locator('.corpus-title');
  return (await title.count()) ? await title.textContent() : '';
}

test('?corpus= opens another corpus file of the same site', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}?corpus=${encodeURIComponent('more/示例.gazette')}#/`);
  await ready(page);
  assert.equal(await headerTitle(page), BYO_TITLE);
  assert.ok(server.requests.some((r) => decodeURIComponent(r).endsWith('more/示例.gazette')));
  assert.ok(!server.requests.some((r) => r.endsWith('/corpus.gazette')), 'the default corpus is not fetched as well');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a corpus of another site is refused, a missing one is named, and a picked file opens', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${server.url}?corpus=${encodeURIComponent('https://evil.example/c.gazette')}`);
  await page.waitForSelector('.load-error');
  assert.match(await page.locator('.load-error').textContent(), /not a file of this site/);
  await page.screenshot({ path: screenshotPath('corpus-refused-375') });

  await page.goto(`${server.url}?corpus=absent.gazette`);
  await page.waitForSelector('.load-error');
  assert.match(await page.locator('.load-error-detail').textContent(), /absent\.gazette.*404/);
  await page.setInputFiles('.open-file input', path.join(byoDist, 'corpus.gazette'));
  await ready(page);
  assert.equal(await headerTitle(page), BYO_TITLE);
  await page.close();
});

/** Drops a file on the page as a reader's drag and drop would. */
async function dropFile(page, file, name) {
  const bytes = [...fs.readFileSync(file)];
  await page.evaluate(({ bytes, name }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name));
    document.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { bytes, name });
}

test('the single file opens a corpus file dropped on it; a file that is no corpus is named and changes nothing', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${pathToFileURL(path.join(distDir, 'gazette-offline.html')).href}#/?q=${encodeURIComponent('网信')}`);
  await ready(page);
  const seedsTitle = await headerTitle(page);
  assert.notEqual(seedsTitle, BYO_TITLE);

  await dropFile(page, path.join(repoRoot, 'README.md'), 'README.md');
  await page.waitForSelector('.file-error');
  assert.match(await page.locator('.file-error').textContent(), /README\.md.*not a Gazette corpus/);
  assert.equal(await headerTitle(page), seedsTitle, 'the open corpus stays');

  await dropFile(page, path.join(byoDist, 'corpus.gazette'), 'corpus.gazette');
  await page.waitForFunction((title) => document.querySelector('.corpus-title')?.textContent === title, BYO_TITLE);
  assert.equal(await page.locator('.file-error').count(), 0, 'the notice is gone');
  assert.equal(new URL(page.url()).hash, '#/', 'the new corpus opens at its list');
  const byo = JSON.parse(fs.readFileSync(path.join(repoRoot, 'target/gazette/byo/corpus.json'), 'utf8'));
  assert.match(await page.locator('.site-header').textContent(), new RegExp(`${byo.docs.length} 篇公告`),
    'the header counts the new corpus, not the old one');
  await page.screenshot({ path: screenshotPath('dropped-corpus-1440') });
  assert.deepEqual(errors, []);
  await page.close();
});
