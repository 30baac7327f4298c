// Bring your own corpus: the viewer that scripts/build-viewer.sh made from
// tests/fixtures/byo (scripts/test.sh builds it into target/byo-dist with a
// title and a description). Its documents reference images, which must show
// as labelled placeholders and never be fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from './serve.mjs';
import { launch, repoRoot, screenshotPath, watchErrors, watchRequests } from './browser.mjs';
import { readerJourney } from './journeys.mjs';

const dist = process.env.GAZETTE_BYO_DIST ?? path.join(repoRoot, 'target/byo-dist');
const corpusFile = process.env.GAZETTE_BYO_CORPUS ?? path.join(repoRoot, 'target/gazette/byo/corpus.json');
const BUILD = 'scripts/build-viewer.sh tests/fixtures/byo --title … --description … --out target/byo-dist';

let corpus;
let server;
let browser;
before(async () => {
  for (const need of [path.join(dist, 'index.html'), path.join(dist, 'gazette-offline.html'), corpusFile]) {
    assert.ok(fs.existsSync(need), `no ${need}: run ${BUILD} first (scripts/test.sh does)`);
  }
  corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));
  server = await serve(dist);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const modes = {
  hosted: () => server.url,
  'single file': () => pathToFileURL(path.join(dist, 'gazette-offline.html')).href,
};

for (const [mode, base] of Object.entries(modes)) {
  test(`${mode}: the header names and describes the corpus; search and documents work`, async () => {
    assert.ok(corpus.title && corpus.description, 'the fixture corpus has a title and a description');
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(base());
    await page.waitForSelector('.site-header');
    assert.equal(await page.locator('.site-header .corpus-title').textContent(), corpus.title);
    assert.equal(await page.locator('.site-header .corpus-description').textContent(), corpus.description);
    assert.equal(await page.title(), `${corpus.title} · Gazette`);
    await readerJourney(page, corpus);
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const width of [1440, 375]) {
    test(`${mode}: images are labelled placeholders with their address and are never fetched (${width} px)`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors = watchErrors(page);
      const requests = watchRequests(page);
      for (const doc of corpus.docs) {
        await page.goto(`${base()}#/doc/${doc.id}`);
        await page.waitForSelector('.doc-view');
        await page.waitForFunction((title) => document.querySelector('.doc-view-title')?.textContent === title, doc.title);
        const images = doc.images ?? [];
        const placeholders = page.locator('.doc-text figure.image-ref');
        assert.equal(await placeholders.count(), images.length, doc.path);
        assert.equal(await page.locator('img').count(), 0, 'no <img> anywhere');
        for (const [n, image] of images.entries()) {
          const figure = placeholders.nth(n);
          assert.match(await figure.locator('.image-ref-label').textContent(), /图片/);
          const link = figure.locator('a.image-ref-url');
          assert.equal(await link.textContent(), image.url);
          assert.equal(await link.getAttribute('href'), image.url);
          assert.equal(await link.getAttribute('target'), '_blank');
          assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
          if (image.alt) assert.equal(await figure.locator('.image-ref-alt').textContent(), image.alt);
          // The placeholder stands before paragraph `at`: the paragraph after it.
          const next = await figure.evaluate((f) => f.nextElementSibling?.textContent ?? null);
          const paragraphs = doc.text.split('\n\n');
          if (image.at < paragraphs.length && !images.some((o) => o.at === image.at && o !== image)) {
            assert.equal(next, paragraphs[image.at], `${doc.path}: image ${n} before paragraph ${image.at}`);
          }
        }
        // Links to the original only for http(s) URLs.
        const original = page.locator('a.original');
        if (/^https?:\/\//i.test(doc.url ?? '')) {
          assert.equal(await original.getAttribute('href'), doc.url);
          assert.equal(await original.getAttribute('rel'), 'noopener noreferrer');
          assert.equal(await original.getAttribute('target'), '_blank');
        } else {
          assert.equal(await original.count(), 0, `${doc.path}: no link for ${doc.url}`);
        }
        if (images.length) {
          await page.screenshot({ path: screenshotPath(`byo-${mode.replace(' ', '-')}-${doc.id}-${width}`), fullPage: true });
        }
      }
      assert.ok(corpus.docs.some((d) => (d.images ?? []).length >= 2), 'the fixture has documents with images');
      assert.ok(corpus.docs.some((d) => d.url && !/^https?:/.test(d.url)), 'and one with a URL that must not become a link');
      assert.deepEqual(requests.filter((r) => r.includes('img.example.com') || r.includes('qpic')), []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}
