// Browser benchmark: time from a click on a facet value to the updated counts
// on screen, in the Gazette app with a corpus embedded (issue: explore).
//   node bench/facets.mjs <dist> [out.json]
// Each click is timed from just before the click to two animation frames later
// (the frame that shows the new counts has been produced). The baseline, in the
// same run and page, is a click on an element that does nothing: the floor of
// any click-to-frame measurement on this machine.
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const [dist, outPath] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node bench/facets.mjs <dist> [out.json]');
  process.exit(2);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const server = await serve(path.resolve(dist));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
const started = Date.now();
await page.goto(server.url + '#/');
await page.waitForSelector('html[data-gazette=ready]', { timeout: 600_000 });
await page.waitForSelector('#list-heading');
const readyMs = Date.now() - started;
await page.evaluate(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
});

/** Clicks `selector` (the nth match) and returns ms until two frames later. */
async function timedClick(selector, nth = 0) {
  return page.evaluate(async ([selector, nth]) => {
    const target = document.querySelectorAll(selector)[nth];
    if (!target) return null;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const t0 = performance.now();
    target.click();
    await frame();
    await frame();
    return performance.now() - t0;
  }, [selector, nth]);
}

const facetClicks = [];
const baseline = [];
const scenarios = [['#/', 'every document'], ['#/?q=数据', 'query 数据'], ['#/?q=网络安全 漏洞', 'query 网络安全 漏洞']];
for (let round = 0; round < ROUNDS; round++) {
  for (const [hash] of scenarios) {
    await page.evaluate((hash) => { location.hash = hash; }, hash);
    await page.waitForTimeout(300);
    for (const facet of ['source', 'year', 'kind', 'agency', 'origin']) {
      for (let nth = 0; nth < 3; nth++) {
        const selector = `.facet[data-facet=${facet}] .facet-value input`;
        // On, then off again: two recounts.
        for (let twice = 0; twice < 2; twice++) {
          const ms = await timedClick(selector, nth);
          if (ms !== null) facetClicks.push(ms);
          const floor = await timedClick('#list-heading');
          if (floor !== null) baseline.push(floor);
        }
      }
    }
  }
}
const longestTask = await page.evaluate(() => window.__longest);
const documents = await page.evaluate(() => document.querySelector('.corpus-summary')?.textContent ?? '');
await browser.close();
await server.close();

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const result = {
  dist,
  corpus: documents.trim(),
  ready_ms: readyMs,
  clicks: facetClicks.length,
  facet_click_ms: { p50: quantile(facetClicks, 0.5), p95: quantile(facetClicks, 0.95), max: Math.max(...facetClicks) },
  baseline_click_ms: { p50: quantile(baseline, 0.5), p95: quantile(baseline, 0.95) },
  p95_ratio_to_baseline: quantile(facetClicks, 0.95) / quantile(baseline, 0.95),
  longest_task_ms: longestTask,
};
console.log(JSON.stringify(result, null, 2));
if (outPath) fs.writeFileSync(outPath, JSON.stringify(result, null, 2));
