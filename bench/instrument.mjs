// Browser benchmark: time to open an instrument's page (#/instrument/<key>) and to compare two
// versions article by article (#/compare/A/B?by=article…), in the release app on the policy
// corpus, against the baseline of opening one document's reading view in the same page and run.
// Each sample: from the list, set the hash, wait until the page shows its result, then two
// animation frames (layout and paint included). Run by scripts/bench-instrument.sh.
//   node bench/instrument.mjs <site dir> <instruments.json> [runs]
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { documentShown, quantile, timeRoute } from './lib/routes.mjs';

const [site, instrumentsFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 30);
const { instruments } = JSON.parse(fs.readFileSync(instrumentsFile, 'utf8'));
const mostCited = [...instruments].sort((a, b) => b.citing.length - a.citing.length)[0];
const versioned = instruments.find((i) => {
  const stages = new Set(i.versions.map((v) => v.stage));
  return stages.has('draft') && stages.has('final');
});
if (!mostCited || !versioned) {
  console.error('the corpus lacks a cited instrument or one with a draft and a final');
  process.exit(2);
}
const instrumentHash = (key) => `#/instrument/${encodeURIComponent(key)}`;

const server = await serve(path.resolve(site));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(server.url);
await page.waitForFunction(() => document.documentElement.dataset.gazette === 'ready');
// The comparison the instrument page offers (its own choice of draft and final copies).
await timeRoute(page, instrumentHash(versioned.key), '.instrument-page .lifecycle');
const compareHash = await page.$eval('a.compare-versions', (a) => a.getAttribute('href'));
const [, a, b] = compareHash.match(/#\/compare\/([^/?]+)\/([^/?]+)/) ?? [];
const finalDoc = b;
const cases = [
  ['baseline: document view (the final)', `#/doc/${finalDoc}`, documentShown],
  [`instrument page, most cited (${mostCited.citing.length} documents)`, instrumentHash(mostCited.key), '.instrument-page .lifecycle'],
  [`instrument page with versions (${versioned.versions.length})`, instrumentHash(versioned.key), '.instrument-page .editions'],
  ['article comparison, draft ↔ final', compareHash, `.compare-page[data-compare="${a}/${b}"] .pane-b > .crow`],
];
const samples = new Map(cases.map(([name]) => [name, []]));
for (let run = 0; run < runs; run += 1) {
  for (const [name, hash, selector] of cases) {
    await timeRoute(page, '#/', '.doc-row');
    samples.get(name).push(await timeRoute(page, hash, selector));
  }
}
const rows = cases.map(([name]) => {
  const xs = samples.get(name);
  return { name, p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs) };
});
const result = {
  date: new Date().toISOString(), runs, mostCited: mostCited.key, versioned: versioned.key, compare: compareHash, rows,
};
console.log(JSON.stringify(result, null, 1));
console.log('\n| case | p50 ms | p95 ms | max ms | p95 × baseline |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.name} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.max.toFixed(1)} | ${(row.p95 / rows[0].p95).toFixed(2)} |`);
}
await browser.close();
await server.close();
