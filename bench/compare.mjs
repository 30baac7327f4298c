// Browser benchmark: time to render a comparison (#/compare/A/B) in the release app, for two
// typical announcements (a repost pair of the policy corpus, each at most 5,000 characters) and
// for two 30,000-character documents, against the baseline of rendering one document's reading
// view (#/doc/A) in the same page and run. Each sample: set the hash, wait until the page shows
// the result, then two animation frames (layout and paint included). Run by scripts/bench-compare.sh.
//   node bench/compare.mjs <dist dir> <corpus.json> [runs]
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import {
  comparisonShown, documentShown, quantile, repostPairs, timeRoute,
} from './lib/routes.mjs';

const [dist, corpusFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 30);
const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));
const byId = new Map(corpus.docs.map((d) => [d.id, d]));
const len = (id) => [...byId.get(id).text].length;

// A typical pair: the repost pair with the longest texts that stay within 5,000 characters.
const typical = repostPairs(corpus)[0];
const long = ['30000000000a', '30000000000b'];
if (!typical || !byId.has(long[0])) {
  console.error('bench corpus lacks a repost pair or the 30,000-character pair (run scripts/bench-compare.sh)');
  process.exit(2);
}

const server = await serve(path.resolve(dist));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(server.url);
await page.waitForFunction(() => document.documentElement.dataset.gazette === 'ready');
const cases = [
  ['baseline: document view (typical A)', `#/doc/${typical[0]}`, documentShown, typical[0]],
  ['comparison, typical pair', `#/compare/${typical[0]}/${typical[1]}`, comparisonShown(...typical), typical],
  ['baseline: document view (30,000-character A)', `#/doc/${long[0]}`, documentShown, long[0]],
  ['comparison, 30,000-character pair', `#/compare/${long[0]}/${long[1]}`, comparisonShown(...long), long],
];
const samples = new Map(cases.map(([name]) => [name, []]));
for (let run = 0; run < runs; run += 1) {
  for (const [name, hash, selector] of cases) {
    // From the list each time, so every sample renders the page anew.
    await timeRoute(page, '#/', '.doc-row');
    samples.get(name).push(await timeRoute(page, hash, selector));
  }
}
const rows = cases.map(([name, , , ids]) => {
  const xs = samples.get(name);
  const chars = [ids].flat().map(len).join(' + ');
  return { name, chars, p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs) };
});
const result = { date: new Date().toISOString(), runs, typical, long, rows };
console.log(JSON.stringify(result, null, 1));
console.log('\n| case | characters | p50 ms | p95 ms | max ms | p95 × baseline |');
console.log('|---|---|---:|---:|---:|---:|');
for (const [n, row] of rows.entries()) {
  const base = rows[n - (n % 2)];
  console.log(`| ${row.name} | ${row.chars} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.max.toFixed(1)} | ${(row.p95 / base.p95).toFixed(2)} |`);
}
await browser.close();
await server.close();
