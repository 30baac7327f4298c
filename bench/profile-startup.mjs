// Where a viewer's start-up time goes: every performance mark, the long tasks and the
// resource timings of one load, in headless Chromium (a tool for reading, not a benchmark).
//   node bench/profile-startup.mjs SITE_DIR [--rounds 3]
import path from 'node:path';
import { quiet, rendererMemory, withLoadedViewer } from './lib/renderer.mjs';

const dir = path.resolve(process.argv[2] ?? 'dist');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 3);
for (let round = 0; round < rounds; round++) {
  await withLoadedViewer(dir, async (page, browser) => {
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`));
    const ready = await page.evaluate(() => performance.getEntriesByName('gazette:ready')[0].startTime);
    const tti = await quiet(page, ready);
    const tasks = await page.evaluate(() => window.__benchLongTasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`));
    const resources = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((r) => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}→${r.responseEnd.toFixed(0)}`));
    const memory = await rendererMemory(browser);
    const cdp = await page.context().newCDPSession(page);
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.wasmBindings?.wasm_memory_bytes?.() ?? 0);
    const mib = (b) => (b / 2 ** 20).toFixed(1);
    console.log(`round ${round + 1}: tti ${tti.toFixed(0)} ms, PSS ${mib(memory.pss)} MiB `
      + `(wasm memory ${mib(wasm)}, JS heap ${mib(heap.usedSize)}, array buffers ${mib(heap.backingStorageSize ?? 0)})`);
    console.log(`  marks: ${marks.join(', ')}`);
    console.log(`  long tasks: ${tasks.join(', ')}`);
    console.log(`  resources: ${resources.join(', ')}`);
  });
}
