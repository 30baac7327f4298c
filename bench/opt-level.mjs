// Browser benchmark of two builds of the same app (the core crate at two opt-levels, say): start-up
// to interactive, the 25 benchmark queries typed into the list, and the five longest repost
// comparisons, each sample taken on both builds in turn in the same browser, so the ratio holds on
// a noisy machine. Run by scripts/bench-opt-level.sh.
//   node bench/opt-level.mjs <site A> <site B> <corpus.json> [runs]
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { QUERIES } from './queries.mjs';
import { comparisonShown, quantile, repostPairs, timeRoute } from './lib/routes.mjs';

const [siteA, siteB, corpusFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));
const pairs = repostPairs(corpus).slice(0, 5);
const sites = [siteA, siteB];
const servers = await Promise.all(sites.map((s) => serve(path.resolve(s))));
const browser = await launch();
const totals = sites.map(() => ({ startup: [], search: [], compare: [] }));

async function sample(n) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const t0 = Date.now();
  await page.goto(servers[n].url);
  await page.waitForFunction(() => document.documentElement.dataset.gazette === 'ready', null, { timeout: 120_000 });
  totals[n].startup.push(Date.now() - t0);
  let search = 0;
  for (const query of QUERIES) {
    await timeRoute(page, '#/', '.doc-row');
    search += await timeRoute(page, `#/?q=${encodeURIComponent(query)}`, '.took');
  }
  totals[n].search.push(search);
  let compare = 0;
  for (const [a, b] of pairs) {
    await timeRoute(page, '#/', '.doc-row');
    compare += await timeRoute(page, `#/compare/${a}/${b}`, comparisonShown(a, b));
  }
  totals[n].compare.push(compare);
  await page.close();
}

for (let run = 0; run < runs; run += 1) {
  for (const n of run % 2 === 0 ? [0, 1] : [1, 0]) await sample(n);
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

const wasmGzip = (site) => {
  const wasm = fs.readdirSync(site).find((f) => f.endsWith('.wasm'));
  return wasm ? (fs.statSync(path.join(site, wasm)).size) : null;
};
console.log(`| measure (median of ${runs}) | ${path.basename(siteA)} | ${path.basename(siteB)} | B ÷ A |`);
console.log('|---|---:|---:|---:|');
for (const [key, label] of [['startup', 'start-up to interactive, ms'], ['search', `${QUERIES.length} queries, ms`], ['compare', `${pairs.length} comparisons, ms`]]) {
  const [a, b] = totals.map((t) => quantile(t[key], 0.5));
  console.log(`| ${label} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b / a).toFixed(2)} |`);
}
console.log(`| .wasm bytes (raw) | ${wasmGzip(siteA)} | ${wasmGzip(siteB)} | ${(wasmGzip(siteB) / wasmGzip(siteA)).toFixed(2)} |`);
