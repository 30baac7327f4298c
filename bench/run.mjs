// Runs the browser search benchmark over prepared corpora (see bench/prepare.mjs) and writes
// target/bench/search-results.json and .md. Environment:
//   BENCH_CORPORA   comma list (default: every prepared corpus, policy first)
//   BENCH_TOOLS     comma list of brute,gazette,minisearch,flexsearch,pagefind,pagefind-exact
//   BENCH_READY_TIMEOUT_S   how long a tool may take to become ready (default 600)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { QUERIES, REPEATS } from './queries.mjs';
import { renderMarkdown } from './report.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const outRoot = process.env.BENCH_OUT ?? path.join(repoRoot, 'target', 'bench');
const siteDir = path.join(outRoot, 'site');
const READY_TIMEOUT_MS = Number(process.env.BENCH_READY_TIMEOUT_S ?? 600) * 1000;
const QUERY_TIMEOUT_MS = 10 * 60 * 1000;

export const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

const TOOLS = ['brute', 'gazette', 'minisearch', 'flexsearch', 'pagefind', 'pagefind-exact'];
export const PAGE = {
  brute: (c) => `pages/brute.html?corpus=${c}`,
  minisearch: (c) => `pages/minisearch.html?corpus=${c}`,
  flexsearch: (c) => `pages/flexsearch.html?corpus=${c}`,
  pagefind: (c) => `pages/pagefind.html?corpus=${c}`,
  'pagefind-exact': (c) => `pages/pagefind.html?corpus=${c}&mode=exact`,
  gazette: (c) => `${c}/gazette/`,
};

const listEnv = (name, all) => {
  const v = process.env[name];
  return v ? v.split(',').map((s) => s.trim()).filter(Boolean) : all;
};
const log = (msg) => console.log(`[bench] ${msg}`);

// Installed before any page script: timestamps Gazette's ready signals, and records every wasm
// memory so wasm heaps (Gazette, Pagefind) are counted alongside the JS heap. Gazette is ready to
// search at its `gazette:search-ready` mark (corpus and index open, `search_ids` answers: what
// the other pages' ready means); its first screen (search box, results, rendered and laid out) is
// `data-gazette="ready"` on <html>, recorded as __benchFirstScreenAt.
export const INIT_SCRIPT = `(() => {
  const mems = new Set();
  window.__benchWasmMemories = mems;
  const note = (inst) => {
    try { for (const v of Object.values(inst.exports)) if (v instanceof WebAssembly.Memory) mems.add(v); } catch {}
    return inst;
  };
  const inst = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...a) { return inst.apply(this, a).then((r) => { note(r.instance ?? r); return r; }); };
  const stream = WebAssembly.instantiateStreaming;
  if (stream) WebAssembly.instantiateStreaming = function (...a) { return stream.apply(this, a).then((r) => { note(r.instance); return r; }); };
  WebAssembly.Instance = new Proxy(WebAssembly.Instance, { construct: (t, a, n) => note(Reflect.construct(t, a, n)) });
  const Mem = WebAssembly.Memory;
  WebAssembly.Memory = new Proxy(Mem, { construct: (t, a, n) => { const m = Reflect.construct(t, a, n); mems.add(m); return m; } });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'gazette:search-ready') window.__benchReadyAt ??= e.startTime;
  }).observe({ type: 'mark', buffered: true });
  new MutationObserver(() => {
    if (window.__benchFirstScreenAt === undefined && document.documentElement?.dataset.gazette === 'ready') {
      window.__benchFirstScreenAt = performance.now();
      // A corpus that does not open shows its reason instead of searching.
      const failed = document.querySelector('.load-error');
      if (failed) window.__benchError ??= 'Gazette could not open its corpus: ' + failed.textContent;
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-gazette'] });
})();`;

// gzip -9 sizes, cached by path, size and mtime (the big files are gzipped once per run).
const gzipCache = new Map();
export function fileSizes(file) {
  const st = fs.statSync(file);
  const key = `${file}:${st.size}:${st.mtimeMs}`;
  if (!gzipCache.has(key)) {
    const gz = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipCache.set(key, { raw: st.size, gzip: gz });
  }
  return gzipCache.get(key);
}

/** Bytes of the distinct files a page requested (URL paths under the served root). */
export function shipped(requests) {
  const seen = new Set();
  const files = [];
  let raw = 0;
  let gzip = 0;
  for (const u of requests) {
    let rel = decodeURIComponent(new URL(u, 'http://x').pathname).replace(/^\//, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    if (seen.has(rel)) continue;
    seen.add(rel);
    const file = path.join(siteDir, rel);
    if (!fs.existsSync(file)) continue; // a 404 ships no body worth counting
    const s = fileSizes(file);
    raw += s.raw;
    gzip += s.gzip;
    files.push({ path: rel, ...s });
  }
  return { raw, gzip, files };
}

export const percentile = (xs, p) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)];
};
export const round = (x, d = 3) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

export async function waitQuiet(server, quietMs = 1000, maxMs = 30000) {
  const t0 = Date.now();
  let n = server.requests.length;
  let since = Date.now();
  while (Date.now() - t0 < maxMs) {
    await new Promise((r) => setTimeout(r, 100));
    if (server.requests.length !== n) { n = server.requests.length; since = Date.now(); }
    if (Date.now() - since >= quietMs) return;
  }
}

export async function measureMemory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => {
    let sum = 0;
    for (const m of window.__benchWasmMemories ?? []) sum += m.buffer.byteLength;
    return sum;
  });
  const backing = heap.backingStorageSize ?? 0;
  return { jsHeap: heap.usedSize, arrayBuffers: backing, wasm, total: heap.usedSize + backing + wasm };
}

/** Why Gazette cannot be measured from this dist, or null when it can. */
function gazetteUnavailable(corpus) {
  const failed = path.join(siteDir, corpus, 'gazette-build-error.txt');
  if (fs.existsSync(failed)) return fs.readFileSync(failed, 'utf8').trim();
  const dir = path.join(siteDir, corpus, 'gazette');
  if (!fs.existsSync(path.join(dir, 'index.html'))) return `no Gazette build at ${path.relative(repoRoot, dir)}`;
  const js = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  if (!js.some((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes('search_ids'))) {
    return 'this Gazette build does not export search_ids';
  }
  return null;
}

export async function runTool(corpus, tool) {
  if (tool === 'gazette') {
    const why = gazetteUnavailable(corpus);
    if (why) return { status: 'not available', reason: why };
  }
  // Cross-origin isolation refines performance.now() from 100 µs to 5 µs steps in Chromium.
  const server = await serve(siteDir, { prefix: '/', headers: ISOLATION_HEADERS });
  const browser = await launch();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  let crashed = false;
  page.on('crash', () => { crashed = true; });
  await page.addInitScript(INIT_SCRIPT);
  const cdp = await context.newCDPSession(page);
  const result = { status: 'ok' };
  try {
    await page.goto(server.url + PAGE[tool](corpus), { waitUntil: 'commit' });
    try {
      await page.waitForFunction(
        () => window.__benchReadyAt !== undefined || window.__benchError !== undefined,
        null, { timeout: READY_TIMEOUT_MS, polling: 250 });
    } catch (err) {
      if (crashed) return { status: 'crashed', reason: 'page crashed while loading (out of memory?)', errors };
      return { status: 'timeout', reason: `not ready within ${READY_TIMEOUT_MS / 1000} s`, errors };
    }
    const pageError = await page.evaluate(() => window.__benchError);
    if (pageError) return { status: 'error', reason: pageError, errors };
    result.readyMs = await page.evaluate(() => window.__benchReadyAt);
    result.crossOriginIsolated = await page.evaluate(() => window.crossOriginIsolated);

    if (tool === 'gazette') {
      await page.waitForFunction(() => window.__benchFirstScreenAt !== undefined, null, { timeout: READY_TIMEOUT_MS });
      result.firstScreenMs = await page.evaluate(() => window.__benchFirstScreenAt);
      const ok = await page.evaluate(() => typeof window.wasmBindings?.search_ids === 'function');
      if (!ok) return { status: 'not available', reason: 'window.wasmBindings.search_ids is missing', errors };
      result.wasmMemoryBytesExport = await page.evaluate(() => window.wasmBindings.wasm_memory_bytes?.() ?? null);
      await page.evaluate(() => { window.benchSearch = (q) => window.wasmBindings.search_ids(q); });
    }

    // Lazy loaders (Pagefind's wasm and metadata) finish before memory is read.
    await waitQuiet(server);
    result.bytesAtReady = shipped(server.requests);
    result.memory = await measureMemory(page, cdp);

    // Rounds over all queries: a query's first run (cold) and repeats are spread over the run.
    const timed = page.evaluate(async ({ queries, repeats }) => {
      const out = queries.map((query) => ({ query, times: [], ids: null }));
      for (let r = 0; r < repeats; r++) {
        for (const q of out) {
          const t0 = performance.now();
          let ids = window.benchSearch(q.query);
          if (ids && typeof ids.then === 'function') ids = await ids;
          q.times.push(performance.now() - t0);
          if (r === 0) q.ids = Array.from(ids, String);
        }
      }
      return out;
    }, { queries: QUERIES, repeats: REPEATS });
    let timer;
    const perQuery = await Promise.race([timed, new Promise((_, rej) => {
      timer = setTimeout(() => rej(new Error('queries timed out')), QUERY_TIMEOUT_MS);
    })]).finally(() => clearTimeout(timer));
    result.perQuery = perQuery;
    result.firstQueryMs = perQuery[0].times[0];
    result.bytes = shipped(server.requests);
    result.memoryAfterQueries = await measureMemory(page, cdp);
    if (errors.length) result.errors = errors;
    return result;
  } catch (err) {
    return { status: crashed ? 'crashed' : 'error', reason: String(err?.message ?? err), errors };
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

/** Compares a tool's result sets with the oracle and sums up its timings. */
export function score(result, oracle, pagefindIds) {
  const all = [];
  let exact = 0;
  let sumRecall = 0;
  let sumPrecision = 0;
  result.perQuery = result.perQuery.map((q, i) => {
    const want = new Set(oracle.queries[i].ids);
    const ids = pagefindIds ? q.ids.map((id) => pagefindIds[id] ?? `?${id}`) : q.ids;
    const got = new Set(ids);
    let hit = 0;
    for (const id of got) if (want.has(id)) hit++;
    const recall = want.size ? hit / want.size : (got.size ? 0 : 1);
    const precision = got.size ? hit / got.size : 1;
    if (recall === 1 && precision === 1) exact++;
    sumRecall += recall;
    sumPrecision += precision;
    all.push(...q.times);
    return {
      query: q.query, count: got.size, returned: ids.length, recall: round(recall, 4),
      precision: round(precision, 4), times: q.times.map((t) => round(t, 3)), p50: round(percentile(q.times, 0.5)),
      missing: [...want].filter((id) => !got.has(id)).slice(0, 5),
      extra: [...got].filter((id) => !want.has(id)).slice(0, 5),
    };
  });
  const n = result.perQuery.length;
  Object.assign(result, {
    p50: round(percentile(all, 0.5)), p95: round(percentile(all, 0.95)), exact,
    meanRecall: round(sumRecall / n, 4), meanPrecision: round(sumPrecision / n, 4),
  });
}

export function addRatios(tools) {
  const base = tools.brute;
  for (const r of Object.values(tools)) {
    if (r.status !== 'ok' || base?.status !== 'ok') continue;
    const ratio = (a, b) => (a != null && b ? round(a / b, 3) : null);
    r.ratios = {
      ready: ratio(r.readyMs, base.readyMs),
      p50: ratio(r.p50, base.p50),
      p95: ratio(r.p95, base.p95),
      memory: ratio(r.memory.total, base.memory.total),
      gzip: ratio(r.bytes.gzip, base.bytes.gzip),
    };
  }
}

export function environment() {
  const git = (...a) => { try { return execFileSync('git', ['-C', repoRoot, ...a], { encoding: 'utf8' }).trim(); } catch { return null; } };
  return {
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
    memGB: round(os.totalmem() / 2 ** 30, 1),
  };
}

async function main() {
  const prepared = ['policy', 'scale', ...(fs.existsSync(outRoot) ? fs.readdirSync(outRoot) : [])]
    .filter((c, i, a) => a.indexOf(c) === i && fs.existsSync(path.join(outRoot, c, 'oracle.json')));
  const corpora = listEnv('BENCH_CORPORA', prepared);
  const tools = listEnv('BENCH_TOOLS', TOOLS);
  for (const t of tools) if (!PAGE[t]) throw new Error(`unknown tool ${t} (known: ${TOOLS.join(', ')})`);
  const report = { environment: environment(), queries: QUERIES, repeats: REPEATS, corpora: {} };
  const browser = await launch();
  report.environment.chromium = browser.version();
  await browser.close();
  const t0 = Date.now();

  for (const corpus of corpora) {
    const oraclePath = path.join(outRoot, corpus, 'oracle.json');
    if (!fs.existsSync(oraclePath)) { log(`SKIPPED ${corpus}: not prepared (${oraclePath} missing)`); continue; }
    const oracle = JSON.parse(fs.readFileSync(oraclePath, 'utf8'));
    const pfPath = path.join(outRoot, corpus, 'pagefind-ids.json');
    const pagefindIds = fs.existsSync(pfPath) ? JSON.parse(fs.readFileSync(pfPath, 'utf8')) : null;
    const entry = { docs: oracle.docs, oracle: oracle.queries.map((q) => ({ query: q.query, count: q.ids.length })), tools: {} };
    report.corpora[corpus] = entry;
    for (const tool of tools) {
      const t1 = Date.now();
      log(`${corpus} / ${tool} …`);
      const r = await runTool(corpus, tool);
      if (r.status === 'ok') score(r, oracle, tool.startsWith('pagefind') ? pagefindIds : null);
      r.wallSeconds = round((Date.now() - t1) / 1000, 1);
      entry.tools[tool] = r;
      log(r.status === 'ok'
        ? `${corpus} / ${tool}: ready ${r.readyMs.toFixed(0)} ms, ${(r.memory.total / 2 ** 20).toFixed(1)} MB, ` +
          `p50 ${r.p50} ms, p95 ${r.p95} ms, exact ${r.exact}/${QUERIES.length} (${r.wallSeconds} s)`
        : `${corpus} / ${tool}: ${r.status}: ${r.reason}`);
    }
    addRatios(entry.tools);
  }
  report.wallSeconds = round((Date.now() - t0) / 1000, 1);
  const skippedFile = path.join(outRoot, 'skipped.txt'); // written by scripts/bench-search.sh
  if (fs.existsSync(skippedFile)) report.skipped = fs.readFileSync(skippedFile, 'utf8').split('\n').filter(Boolean);

  fs.mkdirSync(outRoot, { recursive: true });
  fs.writeFileSync(path.join(outRoot, 'search-results.json'), JSON.stringify(report, null, 1));
  const md = renderMarkdown(report);
  fs.writeFileSync(path.join(outRoot, 'search-results.md'), md);
  console.log('\n' + md);
  log(`wrote ${path.relative(repoRoot, path.join(outRoot, 'search-results.{json,md}'))} (${report.wallSeconds} s)`);
}

// Runs when invoked (`node bench/run.mjs`); bench/budget.mjs imports the pieces.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
