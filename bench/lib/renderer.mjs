// What a page costs the browser: the renderer's memory and when its main thread goes quiet.
import fs from 'node:fs';

/** Proportional set size of the page's renderer (the largest renderer of a one-tab browser). */
export async function rendererMemory(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  let largest = null;
  for (const p of processInfo.filter((info) => info.type === 'renderer')) {
    try {
      const rollup = fs.readFileSync(`/proc/${p.id}/smaps_rollup`, 'utf8');
      const kb = (key) => Number(rollup.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0) * 1024;
      const m = { pid: p.id, pss: kb('Pss'), rss: kb('Rss') };
      if (!largest || m.pss > largest.pss) largest = m;
    } catch {
      // A process that ended between the listing and the read.
    }
  }
  return largest;
}

// Long tasks and slow input events, from the very start of the page.
export const OBSERVERS = `(() => {
  window.__benchLongTasks = [];
  window.__benchEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchEvents.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
})();`;

/** Waits until the main thread has had no long task for `quietMs`; returns the end of the last one. */
export async function quiet(page, since, quietMs = 1000) {
  for (;;) {
    const { now, lastEnd } = await page.evaluate(() => ({
      now: performance.now(),
      lastEnd: Math.max(0, ...window.__benchLongTasks.map((t) => t.start + t.duration)),
    }));
    if (now - Math.max(lastEnd, since) >= quietMs) return Math.max(lastEnd, since);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Loads a viewer site in a fresh headless browser (long-task observers on from the start),
 * waits until it is ready, and calls `measure(page, browser)`; cleans up after.
 */
export async function withLoadedViewer(dir, measure) {
  const { serve } = await import('../../tests/e2e/serve.mjs');
  const { launch } = await import('../../tests/e2e/browser.mjs');
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.addInitScript(OBSERVERS);
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.dataset.gazette === 'ready', null, { timeout: 600000 });
    return await measure(page, browser);
  } finally {
    await browser.close();
    await server.close();
  }
}
