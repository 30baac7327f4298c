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

const [dist, corpusFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 30);
const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));
const byId = new Map(corpus.docs.map((d) => [d.id, d]));
const len = (id) => [...byId.get(id).text].length;

// A typical pair: the repost pair with the longest texts that stay within 5,000 characters.
const pairs = (corpus.relations?.clusters ?? []).flatMap((c) => c.members
  .filter((m) => m !== c.canonical).map((m) => [c.canonical, m]));
const typical = pairs
  .filter(([a, b]) => len(a) <= 5000 && len(b) <= 5000)
  .sort((x, y) => (len(y[0]) + len(y[1])) - (len(x[0]) + len(x[1])) || x[0].localeCompare(y[0]))[0];
const long = ['30000000000a', '30000000000b'];
if (!typical || !byId.has(long[0])) {
  console.error('bench corpus lacks a repost pair or the 30,000-character pair (run scripts/bench-compare.sh)');
  process.exit(2);
}

/** Sets the hash and resolves with the milliseconds until `selector` shows and two frames passed. */
async function timeRoute(page, hash, selector) {
  return page.evaluate(async ([h, sel]) => {
    const t0 = performance.now();
    location.hash = h;
    await new Promise((resolve) => {
      const check = () => {
        if (document.querySelector(sel)) {
          requestAnimationFrame(() => requestAnimationFrame(resolve));
          return true;
        }
        return false;
      };
      if (check()) return;
      const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    return performance.now() - t0;
  }, [hash, selector]);
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

const server = await serve(path.resolve(dist));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(server.url);
await page.waitForFunction(() => document.documentElement.dataset.gazette === 'ready');
const cases = [
  ['baseline: document view (typical A)', `#/doc/${typical[0]}`, '.related-heading', typical[0]],
  ['comparison, typical pair', `#/compare/${typical[0]}/${typical[1]}`, `.compare-page[data-compare="${typical[0]}/${typical[1]}"] .pane-b > .crow`, typical],
  ['baseline: document view (30,000-character A)', `#/doc/${long[0]}`, '.related-heading', long[0]],
  ['comparison, 30,000-character pair', `#/compare/${long[0]}/${long[1]}`, `.compare-page[data-compare="${long[0]}/${long[1]}"] .pane-b > .crow`, long],
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
