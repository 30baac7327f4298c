// Browser benchmark: opening the longest document of a corpus (the hostile corpus's 10 MiB
// announcement of ~70,000 paragraphs) against opening a typical one, in the same page and run.
// Its text is rendered a chunk at a time (src/components/doc_body.rs); measured: time from
// setting the hash to the first paragraph on screen, to the whole text in the page, and the
// longest main-thread task meanwhile (PerformanceObserver `longtask`).
//   node bench/long-document.mjs <dist dir> <corpus.json> [runs]
// scripts/build-hostile.sh makes target/hostile/{dist,corpus.json}.
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { quantile } from './lib/routes.mjs';

const [dist, corpusFile, runsArg] = process.argv.slice(2);
if (!dist || !corpusFile) {
  console.error('usage: node bench/long-document.mjs <dist dir> <corpus.json> [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));
const byLength = [...corpus.docs].sort((a, b) => b.text.length - a.text.length);
const longest = byLength[0];
const typical = byLength[Math.floor(byLength.length / 2)];
const paragraphs = (d) => d.text.split('\n\n').filter((p) => p.trim()).length;

/** In the page: opens a document; resolves with [first paragraph ms, whole text ms, longest task ms]. */
async function open(page, id, total) {
  return page.evaluate(async ([docId, expected]) => {
    window.__tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push(e.duration);
    });
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    location.hash = `#/doc/${docId}`;
    const waitFor = (test) => new Promise((resolve) => {
      const check = () => {
        if (!test()) return requestAnimationFrame(check);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
      };
      check();
    });
    const text = () => document.querySelector('.doc-text');
    const first = await waitFor(() => text()?.querySelector('p, li, h2, td'));
    const whole = await waitFor(() => (text()?.querySelectorAll('p, li, h2, tr').length ?? 0) >= expected);
    await new Promise((r) => setTimeout(r, 300));
    observer.disconnect();
    return [first, whole, Math.max(0, ...window.__tasks)];
  }, [id, total]);
}

const server = await serve(path.resolve(dist));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(server.url);
await page.waitForFunction(() => document.documentElement.dataset.gazette === 'ready');
const samples = { typical: [], longest: [] };
for (let run = 0; run < runs; run += 1) {
  for (const [name, doc] of [['typical', typical], ['longest', longest]]) {
    await page.evaluate(() => { location.hash = '#/'; });
    await page.waitForSelector('.doc-row');
    samples[name].push(await open(page, doc.id, paragraphs(doc)));
  }
}
const summary = (xs, i) => ({ p50: quantile(xs.map((x) => x[i]), 0.5), max: Math.max(...xs.map((x) => x[i])) });
const rows = [['typical', typical], ['longest', longest]].map(([name, doc]) => ({
  name, id: doc.id, chars: doc.text.length, paragraphs: paragraphs(doc),
  first: summary(samples[name], 0), whole: summary(samples[name], 1), longestTask: summary(samples[name], 2),
}));
console.log(JSON.stringify({ date: new Date().toISOString(), runs, rows }, null, 1));
console.log('\n| document | characters | paragraphs | first paragraph p50 ms | whole text p50 ms | longest task max ms |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.chars.toLocaleString('en-US')} | ${r.paragraphs.toLocaleString('en-US')} | `
    + `${r.first.p50.toFixed(0)} | ${r.whole.p50.toFixed(0)} | ${r.longestTask.max.toFixed(0)} |`);
}
await browser.close();
await server.close();
