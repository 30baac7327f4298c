// Start-up of Gazette viewers of the same corpus, side by side in one run: time until the engine
// answers (gazette:search-ready), the first screen (gazette:ready), time to interactive (then
// the main thread quiet for a second) and the renderer's memory (PSS) at interactive and after a
// garbage collection (what the page keeps). Made to weigh the corpus beside the app (corpus.gazette) against the
// corpus compiled into the .wasm (scripts/bench-build.sh leaves both for the policy corpus).
//   node bench/viewer-startup.mjs NAME=SITE_DIR NAME=SITE_DIR ... [--rounds 5]
// Rounds alternate between the sites; medians are printed, with each site's ratio to the first.
import path from 'node:path';
import { quiet, rendererMemory, withLoadedViewer } from './lib/renderer.mjs';

const args = process.argv.slice(2);
let rounds = 5;
const sites = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else {
    const [name, dir] = args[i].split('=');
    sites.push({ name, dir: path.resolve(dir) });
  }
}
if (sites.length < 2) throw new Error('usage: viewer-startup.mjs NAME=SITE NAME=SITE ... [--rounds N]');

async function once(dir) {
  return withLoadedViewer(dir, async (page, browser) => {
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    const tti = await quiet(page, marks['gazette:ready']);
    const memory = await rendererMemory(browser);
    // What the page keeps: the fetched chunks are garbage once copied, and
    // when the collector frees them is the browser's affair.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const retained = await rendererMemory(browser);
    return {
      ready: marks['gazette:search-ready'], firstScreen: marks['gazette:ready'], tti,
      pss: memory?.pss ?? NaN, retained: retained?.pss ?? NaN,
    };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const results = Object.fromEntries(sites.map((s) => [s.name, []]));
for (let round = 0; round < rounds; round++) {
  for (const site of round % 2 ? [...sites].reverse() : sites) results[site.name].push(await once(site.dir));
}
const keys = ['ready', 'firstScreen', 'tti', 'pss', 'retained'];
const summary = Object.fromEntries(sites.map((s) => [s.name, Object.fromEntries(keys.map((k) => [k, median(results[s.name].map((r) => r[k]))]))]));
const base = summary[sites[0].name];
console.log(`| viewer | engine ready ms | first screen ms | interactive ms | renderer PSS MiB | retained after GC MiB | ratios to ${sites[0].name} (ready / first screen / interactive / PSS / retained) |`);
console.log('|---|---|---|---|---|---|---|');
for (const s of sites) {
  const m = summary[s.name];
  const r = (k) => (m[k] / base[k]).toFixed(2);
  const mib = (b) => (b / 2 ** 20).toFixed(1);
  console.log(`| ${s.name} | ${m.ready.toFixed(0)} | ${m.firstScreen.toFixed(0)} | ${m.tti.toFixed(0)} | ${mib(m.pss)} | ${mib(m.retained)} | `
    + `${r('ready')} / ${r('firstScreen')} / ${r('tti')} / ${r('pss')} / ${r('retained')} |`);
}
console.log(`(median of ${rounds} rounds each, fresh browser per round)`);
