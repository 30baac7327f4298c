// End to end, hostile input: the app built with the hostile corpus (scripts/build-hostile.sh:
// tests/fixtures/hostile/ plus the generated files, built and embedded) shows every kept
// document as text, runs none of its scripts, opens no dialog, links only to http(s) and its own
// views; and odd URL hashes never break the app (default dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { launch, distDir, repoRoot, screenshotPath, watchErrors } from './browser.mjs';

const hostileDir = process.env.GAZETTE_HOSTILE_DIR ?? path.join(repoRoot, 'target', 'hostile');
const hostileDist = path.join(hostileDir, 'dist');
const corpusPath = path.join(hostileDir, 'corpus.json');

// Installed before any page script. Every payload in the corpus sets window.__gazettePwned or
// calls a dialog; both are recorded, so a payload that runs cannot go unnoticed.
const TRAPS = `(() => {
  const hits = [];
  window.__gazetteHits = hits;
  Object.defineProperty(window, '__gazettePwned', {
    configurable: false,
    get: () => undefined,
    set: (v) => { hits.push('pwned: ' + v); },
  });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => { hits.push(name + ': ' + args.join(' ')); };
  }
})();`;

let corpus;
let hostileServer;
let defaultServer;
let browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(hostileDist, 'index.html')),
    `no ${hostileDist}/index.html: run scripts/build-hostile.sh first`);
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')), `no ${distDir}/index.html: run trunk build first`);
  corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
  hostileServer = await serve(hostileDist);
  defaultServer = await serve(distDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await hostileServer?.close();
  await defaultServer?.close();
});

/** A page with the traps installed, its errors and dialogs recorded. */
async function trappedPage(options = {}) {
  const page = await browser.newPage(options);
  await page.addInitScript(TRAPS);
  const errors = watchErrors(page);
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return { page, errors, dialogs };
}

/** What the DOM holds that corpus data must never produce. */
async function unsafeMarkup(page) {
  return page.evaluate(() => {
    const found = [];
    for (const a of document.querySelectorAll('a[href], area[href]')) {
      const href = a.getAttribute('href');
      const protocol = new URL(href, location.href).protocol;
      if (!['http:', 'https:'].includes(protocol)) found.push(`link ${href}`);
    }
    for (const el of document.querySelectorAll('main *, header *')) {
      // The app's own forms: search, a new collection, a note (corpus text is never markup).
      if (el.matches('form.search-box, form.collect-new, form.note-form')) continue;
      // The app's own charts (timeline, score and density bars): drawn from numbers, never corpus markup.
      if (el.closest('.timeline svg, svg.density-bar, svg.score-bar, svg.lag-bar')) continue;
      if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'svg', 'math', 'STYLE', 'LINK', 'META']
        .includes(el.tagName)) found.push(`element <${el.tagName.toLowerCase()}>`);
      for (const attr of el.getAttributeNames()) {
        if (/^on/i.test(attr) || /^(src|srcdoc|formaction|xlink:href)$/i.test(attr)) found.push(`attribute ${attr} on <${el.tagName.toLowerCase()}>`);
      }
    }
    if (document.querySelectorAll('script').length !== window.__appScripts) found.push('a new <script>');
    return found;
  });
}

async function settle(page) {
  await page.waitForFunction(() => document.documentElement.dataset.gazette === 'ready');
  await page.evaluate(() => { window.__appScripts ??= document.querySelectorAll('script').length; });
  // The traps work: a payload's assignment and dialog are recorded (then forgotten).
  const caught = await page.evaluate(() => {
    window.__gazettePwned = 'trap check';
    alert('trap check');
    return window.__gazetteHits.splice(0);
  });
  assert.deepEqual(caught, ['pwned: trap check', 'alert: trap check']);
}

/** The app's own files: nothing else (no `x` an <img src=x> would fetch) may be requested. */
function foreignRequests(server) {
  return server.requests.filter((u) => !/^\/(|index\.html|[\w-]+\.(js|wasm|css)|corpus\.gazette)(\?.*)?$/.test(u));
}

test('every kept hostile document renders as text: no script runs, no dialog, no unsafe link', async () => {
  const { page, errors, dialogs } = await trappedPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(hostileServer.url);
  await settle(page);
  assert.equal(corpus.docs.length, 21);
  const linked = [];
  for (const doc of corpus.docs) {
    await page.goto(`${hostileServer.url}#/doc/${doc.id}`);
    await page.waitForSelector('.doc-view-title');
    assert.equal(await page.locator('.doc-view-title').textContent(), doc.title, doc.path);
    const shown = await page.locator('.doc-text').evaluate((el) => el.textContent.length);
    assert.ok(shown > 0, `${doc.path}: no text shown`);
    assert.deepEqual(await unsafeMarkup(page), [], doc.path);
    if (await page.locator('a.original').count()) linked.push(doc.path);
    if (doc.path.startsWith('2024-03-01_script-title')) {
      await page.screenshot({ path: screenshotPath('hostile-script-title-1440'), fullPage: true });
    }
  }
  // The one https URL is a link; the javascript:, data:, mixed-case and tab-split ones are not.
  assert.deepEqual(linked, ['2024-03-05_entities.html']);
  assert.deepEqual(await page.evaluate(() => window.__gazetteHits), []);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests(hostileServer), []);
  await page.close();
});

test('hostile titles and passages in search results are text, with their matches marked', async () => {
  const { page, errors, dialogs } = await trappedPage({ viewport: { width: 375, height: 800 } });
  await page.goto(hostileServer.url);
  await settle(page);
  await page.locator('#search-input').pressSequentially('<script> 网信办', { delay: 20 });
  await page.waitForFunction(() => /找到 \d+ 篇/.test(document.querySelector('.list-heading')?.textContent ?? ''));
  const titles = await page.locator('.doc-title').allTextContents();
  assert.ok(titles.some((t) => t.startsWith("<script>window.__gazettePwned = 'title'</script>网信办通知")), titles.join('\n'));
  const marks = await page.locator('.doc-row mark.hit').allTextContents();
  assert.ok(marks.includes('<script>') && marks.includes('网信办'), marks.join(' '));
  await page.screenshot({ path: screenshotPath('hostile-search-375'), fullPage: true });
  for (const query of ['<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"\u202e" -\u200b', '%00%ff', '[[[[']) {
    await page.locator('#search-input').fill(query);
    await page.locator('#search-input').press('Enter');
    await page.waitForSelector('.list-heading');
    assert.deepEqual(await unsafeMarkup(page), [], query);
  }
  assert.deepEqual(await page.evaluate(() => window.__gazetteHits), []);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Hashes no link of the app makes: markup, script URLs, broken escapes, huge numbers and sizes. */
const HOSTILE_HASHES = [
  '#/?q=<script>alert(1)</script>',
  '#/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '#javascript:alert(1)',
  '#/doc/<img src=x onerror=alert(1)>',
  '#/doc/javascript:alert(1)',
  '#/doc/%2e%2e%2f%2e%2e',
  `#/doc/${'a'.repeat(5000)}`,
  '#/?q=%E0%A4%A',
  '#/?q=%ED%A0%80%FF%FE%00',
  '#/?q=%',
  '#/?page=18446744073709551616',
  '#/?page=-1&page=0&page=NaN',
  '#/?sort=constructor&sort=__proto__',
  '#/?q=&q=&&&===&?&?',
  `#/?q=${'网'.repeat(20000)}`,
  `#/?q=${'"-OR |'.repeat(2000)}`,
  '#/?q=\u202e\u200b\ufeff',
  '#/?q=%22%E2%80%9C%E3%80%8C-',
  '#//////?q=a#b#c',
  '#/doc/?q=1',
  '#%',
];

test('hostile URL hashes never break the app', async () => {
  const { page, errors, dialogs } = await trappedPage();
  for (const hash of HOSTILE_HASHES) {
    // A fresh load with the hash, then the same hash while the app runs (hashchange).
    await page.goto(`${defaultServer.url}${hash}`);
    await settle(page);
    await page.waitForSelector('.list-page, .doc-view, .notice');
    await page.goto(`${defaultServer.url}#/?q=${encodeURIComponent('网信')}`);
    await page.waitForSelector('.doc-row');
    await page.evaluate((h) => new Promise((resolve) => {
      addEventListener('hashchange', () => requestAnimationFrame(resolve), { once: true });
      location.hash = h;
    }), hash);
    await page.waitForSelector('.list-page, .doc-view, .notice');
    assert.deepEqual(await unsafeMarkup(page), [], hash);
    assert.deepEqual(errors, [], hash);
  }
  // Still working: a search after all of them.
  await page.goto(defaultServer.url);
  await page.locator('#search-input').pressSequentially('网信', { delay: 20 });
  await page.waitForFunction(() => /找到 [1-9]\d* 篇/.test(document.querySelector('.list-heading')?.textContent ?? ''));
  assert.deepEqual(await page.evaluate(() => window.__gazetteHits), []);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await page.close();
});
