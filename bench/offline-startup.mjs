// Start-up of the single file from file://: the wasm (with the corpus inside)
// embedded gzip-compressed (unpacked by DecompressionStream) against the
// same bytes embedded uncompressed, loaded alternately in the same run.
//   node bench/offline-startup.mjs NAME=DIST_DIR... [--rounds N] [--out FILE.json]
// Per load: `unpacked` = the wasm bytes ready (HTML parsed, base64 decoded,
// gunzipped), `ready` = the app's first render (html[data-gazette=ready]),
// both in ms since navigation start; medians over the rounds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { offlineHtml } from '../scripts/dist/offline.mjs';
import { readTrunkDist } from '../scripts/dist/read.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
let rounds = 9;
let out = null;
const builds = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--out') out = args[++i];
  else {
    const [name, dir] = args[i].split('=');
    if (!dir) throw new Error(`expected NAME=DIST_DIR, got ${args[i]}`);
    builds.push({ name, dir });
  }
}
if (!builds.length) throw new Error('usage: offline-startup.mjs NAME=DIST_DIR... [--rounds N] [--out FILE.json]');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One load in a fresh context: ms to unpacked bytes and to the first render. */
async function load(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    // <html> does not exist yet when this runs: watch the whole document.
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.gazette === 'ready') {
        window.gazetteReadyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, attributeFilter: ['data-gazette'], subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.gazetteReadyAt !== undefined, null, { timeout: 120_000 });
  const timing = await page.evaluate(() => ({
    unpacked: performance.getEntriesByName('gazette:wasm-unpacked')[0]?.startTime,
    ready: window.gazetteReadyAt,
  }));
  await context.close();
  return timing;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-offline-bench-'));
const browser = await launch();
const results = [];
for (const { name, dir } of builds) {
  const parts = readTrunkDist(dir);
  const variants = {};
  for (const gzip of [true, false]) {
    const { html, sizes } = offlineHtml({ ...parts, gzip });
    const file = path.join(work, `${name}-${gzip ? 'gzip' : 'raw'}.html`);
    fs.writeFileSync(file, html);
    variants[gzip ? 'gzip' : 'raw'] = { url: pathToFileURL(file).href, sizes, unpacked: [], ready: [] };
  }
  await load(browser, variants.raw.url); // Warm-up: the browser's own start-up costs.
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? ['gzip', 'raw'] : ['raw', 'gzip'];
    for (const key of order) {
      const t = await load(browser, variants[key].url);
      variants[key].unpacked.push(t.unpacked);
      variants[key].ready.push(t.ready);
    }
  }
  const summary = (v) => ({ bytes: v.sizes.html, unpacked_ms: median(v.unpacked), ready_ms: median(v.ready) });
  const gzip = summary(variants.gzip);
  const raw = summary(variants.raw);
  results.push({
    name, rounds, wasm_bytes: variants.raw.sizes.wasm, gzip, raw,
    ratio: { bytes: gzip.bytes / raw.bytes, unpacked: gzip.unpacked_ms / raw.unpacked_ms, ready: gzip.ready_ms / raw.ready_ms },
  });
}
await browser.close();
fs.rmSync(work, { recursive: true, force: true });

const f1 = (x) => x.toFixed(1);
console.log('| corpus | wasm with corpus | single file, gzip | single file, uncompressed | size ratio | bytes ready, gzip / uncompressed (ms) | ratio | first render, gzip / uncompressed (ms) | ratio |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.name} | ${r.wasm_bytes.toLocaleString('en')} B | ${r.gzip.bytes.toLocaleString('en')} B | ${r.raw.bytes.toLocaleString('en')} B | ${r.ratio.bytes.toFixed(2)} `
    + `| ${f1(r.gzip.unpacked_ms)} / ${f1(r.raw.unpacked_ms)} | ${r.ratio.unpacked.toFixed(2)} | ${f1(r.gzip.ready_ms)} / ${f1(r.raw.ready_ms)} | ${r.ratio.ready.toFixed(2)} |`);
}
if (out) fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
