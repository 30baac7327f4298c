// The performance budget (docs/BENCHMARKS.md, "Performance budget and scale"): Gazette against
// MiniSearch and Pagefind in one run, on 25, 50 and 100 % of the scale corpus, as prepared by
// scripts/bench-scale.sh under $BENCH_OUT (target/bench-scale). For every corpus and tool:
//   - search figures from bench/run.mjs (shipped bytes, ready, heap, query p50/p95, exactness);
//   - interactivity in a fresh browser: time to interactive (ready, then the main thread quiet for
//     a second), the longest start-up task, the renderer process's memory (PSS), and for Gazette
//     the reader scenarios of bench/scenarios.mjs with their longest main-thread task.
// Then the growth from 25 to 100 %, the largest corpus within 1 GiB, and the budget checks.
// Writes budget-results.{json,md} under $BENCH_OUT, prints the Markdown, exits 1 on a failed budget.
//   BENCH_FRACTIONS=scale-25,scale-50,scale-100   BENCH_TOOLS=gazette,minisearch,pagefind
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import {
  INIT_SCRIPT, ISOLATION_HEADERS, PAGE, environment, fileSizes, round, runTool, score,
} from './run.mjs';
import { SCENARIOS } from './scenarios.mjs';
import { OBSERVERS, quiet as quietFor, rendererMemory } from './lib/renderer.mjs';

const quiet = (page, since) => quietFor(page, since, QUIET_MS);

const outRoot = process.env.BENCH_OUT;
if (!outRoot) throw new Error('set BENCH_OUT (scripts/bench-scale.sh does)');
const siteDir = path.join(outRoot, 'site');
const listEnv = (name, all) => (process.env[name] ? process.env[name].split(',').filter(Boolean) : all);
const FRACTIONS = listEnv('BENCH_FRACTIONS', ['scale-25', 'scale-50', 'scale-100']);
const TOOLS = listEnv('BENCH_TOOLS', ['gazette', 'minisearch', 'pagefind']);
const LABEL = { gazette: 'Gazette', minisearch: 'MiniSearch', pagefind: 'Pagefind' };
const QUIET_MS = 1000;
const READY_TIMEOUT_MS = Number(process.env.BENCH_READY_TIMEOUT_S ?? 600) * 1000;
const GiB = 2 ** 30;
const MiB = 2 ** 20;
const log = (msg) => console.log(`[budget] ${msg}`);

const longest = (tasks) => tasks.reduce((m, t) => Math.max(m, t.duration), 0);

/** Time to interactive, start-up tasks, renderer memory, and (Gazette) the reader scenarios. */
async function interactivity(corpus, tool) {
  const server = await serve(siteDir, { prefix: '/', headers: ISOLATION_HEADERS });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(INIT_SCRIPT);
    await page.addInitScript(OBSERVERS);
    await page.goto(server.url + PAGE[tool](corpus), { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchReadyAt !== undefined || window.__benchError !== undefined,
      null, { timeout: READY_TIMEOUT_MS, polling: 100 });
    const readyMs = await page.evaluate(() => window.__benchReadyAt);
    if (readyMs === undefined) return { status: 'error', reason: await page.evaluate(() => window.__benchError) };
    // Gazette's first screen (search box and results laid out) comes after it can search.
    const firstScreenMs = tool === 'gazette'
      ? await page.waitForFunction(() => window.__benchFirstScreenAt, null, { timeout: READY_TIMEOUT_MS })
        .then((h) => h.jsonValue())
      : null;
    const ttiMs = await quiet(page, Math.max(readyMs, firstScreenMs ?? 0));
    const startupTasks = await page.evaluate(() => window.__benchLongTasks);
    const result = {
      status: 'ok', readyMs, firstScreenMs, ttiMs,
      startupLongestTaskMs: longest(startupTasks), startupLongTasks: startupTasks.length,
      rendererAtReady: await rendererMemory(browser), scenarios: {},
    };
    // What the page keeps once the garbage of start-up (fetched chunks, parsed
    // JSON) is collected: the figure the growth and the budget use.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    result.rendererRetained = await rendererMemory(browser);
    await cdp.detach();
    if (tool === 'gazette') {
      for (const scenario of SCENARIOS) {
        const from = await page.evaluate(() => performance.now());
        const own = await scenario.run(page, { corpusFile: path.join(outRoot, corpus, 'corpus.json') });
        await quiet(page, await page.evaluate(() => performance.now()));
        const { tasks, events } = await page.evaluate((t0) => ({
          tasks: window.__benchLongTasks.filter((t) => t.start >= t0),
          events: window.__benchEvents.filter((e) => e.start >= t0),
        }), from);
        result.scenarios[scenario.name] = {
          ...own, longestTaskMs: longest(tasks), longTasks: tasks.length,
          longestEventMs: longest(events), tasks: tasks.map((t) => round(t.duration, 1)),
        };
      }
      result.rendererAfterScenarios = await rendererMemory(browser);
    }
    if (errors.length) result.errors = errors;
    return result;
  } catch (err) {
    return { status: 'error', reason: String(err?.message ?? err) };
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

/** gzip -9 of the documents' plain text (title, newline, text), the yardstick for shipped bytes. */
function plainTextGzip(corpus) {
  const docs = JSON.parse(fs.readFileSync(path.join(siteDir, corpus, 'docs.json'), 'utf8'));
  const plain = docs.map((d) => `${d.title}\n${d.text}`).join('\n');
  return { docs: docs.length, raw: Buffer.byteLength(plain), gzip: zlib.gzipSync(plain, { level: 9 }).length };
}

/** The code a tool ships before any corpus data, gzip -9. */
function runtimeBytes(tool, bytesAtReady) {
  if (tool === 'gazette') {
    const dir = path.join(siteDir, 'empty', 'gazette');
    const files = fs.readdirSync(dir).filter((f) => /\.(wasm|js|css|html)$/.test(f));
    const wasm = files.find((f) => f.endsWith('.wasm'));
    return {
      wasmGzip: wasm ? fileSizes(path.join(dir, wasm)).gzip : null,
      gzip: files.reduce((sum, f) => sum + fileSizes(path.join(dir, f)).gzip, 0),
    };
  }
  // Library code only: MiniSearch's module; Pagefind's script and wasm (not its index).
  const code = (bytesAtReady?.files ?? []).filter((f) => (tool === 'minisearch'
    ? f.path.endsWith('vendor/minisearch.js')
    : /pagefind\/(pagefind\.js|wasm\.[\w-]+\.pagefind)$/.test(f.path)));
  return { gzip: code.reduce((sum, f) => sum + f.gzip, 0) };
}

async function measureCorpus(corpus) {
  const oracle = JSON.parse(fs.readFileSync(path.join(outRoot, corpus, 'oracle.json'), 'utf8'));
  const pfPath = path.join(outRoot, corpus, 'pagefind-ids.json');
  const pagefindIds = fs.existsSync(pfPath) ? JSON.parse(fs.readFileSync(pfPath, 'utf8')) : null;
  const entry = { docs: oracle.docs, plain: plainTextGzip(corpus), tools: {} };
  for (const tool of TOOLS) {
    log(`${corpus} / ${tool}: search figures …`);
    const search = await runTool(corpus, tool);
    if (search.status === 'ok') score(search, oracle, tool === 'pagefind' ? pagefindIds : null);
    log(`${corpus} / ${tool}: interactivity …`);
    const live = await interactivity(corpus, tool);
    const r = { status: search.status === 'ok' && live.status === 'ok' ? 'ok' : 'error' };
    if (r.status !== 'ok') {
      r.reason = [search.reason, live.reason].filter(Boolean).join('; ');
    } else {
      Object.assign(r, {
        readyMs: live.readyMs, firstScreenMs: live.firstScreenMs, ttiMs: live.ttiMs,
        startupLongestTaskMs: live.startupLongestTaskMs, startupLongTasks: live.startupLongTasks,
        renderer: live.rendererRetained ?? live.rendererAtReady, rendererAtReady: live.rendererAtReady,
        rendererAfterScenarios: live.rendererAfterScenarios,
        scenarios: live.scenarios, heap: search.memory, p50: search.p50, p95: search.p95,
        exact: search.exact, queries: search.perQuery.length,
        shippedGzip: search.bytes.gzip, shippedRaw: search.bytes.raw,
        runtime: runtimeBytes(tool, search.bytesAtReady),
        errors: [...(search.errors ?? []), ...(live.errors ?? [])],
      });
      r.shippedPer1000 = (r.shippedGzip / entry.docs) * 1000;
      r.shippedToPlain = r.shippedGzip / entry.plain.gzip;
    }
    entry.tools[tool] = r;
    log(r.status === 'ok'
      ? `${corpus} / ${tool}: TTI ${r.ttiMs.toFixed(0)} ms, p95 ${r.p95} ms, renderer ${(r.renderer.pss / MiB).toFixed(0)} MiB, ` +
        `shipped ${(r.shippedToPlain).toFixed(2)}× plain text` +
        Object.entries(r.scenarios).map(([n, s]) => `, ${n}: longest task ${s.longestTaskMs.toFixed(0)} ms`).join('')
      : `${corpus} / ${tool}: ${r.reason}`);
  }
  return entry;
}

/** Least-squares line through (docs, value); `at(y)` is the corpus size where it reaches y. */
function fit(points) {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  const slope = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0)
    / points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  const intercept = my - slope * mx;
  return { slope, intercept, at: (y) => (y - intercept) / slope };
}

/**
 * Per tool: each corpus's figures as multiples of the smallest corpus's, and the corpus size at
 * which a straight line through the renderer memory of all corpora reaches 1 GiB.
 */
function growth(report) {
  const entries = Object.entries(report.corpora);
  const out = {};
  for (const tool of TOOLS) {
    const ok = entries.filter(([, e]) => e.tools[tool]?.status === 'ok');
    if (ok.length < 2) continue;
    const [, base] = ok[0];
    const b = base.tools[tool];
    const memory = fit(ok.map(([, e]) => [e.docs, e.tools[tool].renderer.pss]));
    out[tool] = {
      steps: ok.map(([name, e]) => {
        const t = e.tools[tool];
        return {
          corpus: name, docs: e.docs / base.docs, tti: t.ttiMs / b.ttiMs, memory: t.renderer.pss / b.renderer.pss,
          shipped: t.shippedGzip / b.shippedGzip, p95: t.p95 / b.p95,
        };
      }),
      memoryPerThousandDocs: memory ? memory.slope * 1000 : null,
      docsWithin1GiB: memory && memory.slope > 0 ? Math.floor(memory.at(GiB)) : null,
    };
  }
  return out;
}

/**
 * The budget: each line a figure of Gazette's, its limit, and the same figure for MiniSearch and
 * Pagefind from this run. `get` reads a tool's figure from the budget corpus (BUDGET_CORPUS).
 */
const BUDGET = [
  {
    id: 'runtime', label: 'app without corpus, gzip bytes (Gazette: release .wasm)', unit: 'B',
    // 320 KiB when the app was search and a list; the explore panels, the comparison, both
    // languages and opt-level "s" (fewer functions to compile lazily) made it 408 KiB; saved
    // work (searches, collections, anchored notes, the JSON file and three citation formats,
    // 1,200 lines) added 71 KB, a third of it serde's JSON reading (docs/BENCHMARKS.md).
    get: (t) => t.runtime.wasmGzip ?? t.runtime.gzip, limit: 496 * 1024,
  },
  {
    id: 'shipped', label: 'shipped gzip bytes per 1,000 documents, ÷ their plain text gzip', unit: '×',
    get: (t) => t.shippedToPlain, limit: 2.0,
  },
  { id: 'tti', label: 'time to interactive', unit: 'ms', get: (t) => t.ttiMs, limit: 3000 },
  { id: 'p95', label: 'query p95 (25 queries × 5)', unit: 'ms', get: (t) => t.p95, limit: 10 },
  {
    id: 'longest-task', label: 'longest main-thread task after start-up (reader scenarios)', unit: 'ms',
    get: (t) => (Object.keys(t.scenarios).length ? Math.max(...Object.values(t.scenarios).map((s) => s.longestTaskMs)) : null),
    limit: 200,
  },
  { id: 'memory', label: 'renderer memory (PSS) kept at interactive (after a garbage collection)', unit: 'MiB', get: (t) => t.renderer.pss / MiB, limit: 1024 },
  // Opening a side-by-side comparison of two reposts (the compare-reposts scenario). The other
  // tools have no comparison: its yardstick is the document view, in the same page and run.
  {
    id: 'comparison-p95', label: 'comparison p95 (typical repost pairs, list → rendered rows)', unit: 'ms',
    get: (t) => t.scenarios['compare-reposts']?.comparisonP95Ms ?? null, limit: 200,
  },
];

/** The corpus the budget is checked on: the whole real scale corpus when it was measured. */
const BUDGET_CORPUS = 'scale-100';

function checkBudget(report) {
  const largest = report.corpora[BUDGET_CORPUS] ?? Object.values(report.corpora).at(-1);
  return BUDGET.map((line) => {
    const figure = (tool) => {
      const t = largest?.tools[tool];
      return t?.status === 'ok' && line.get ? line.get(t) : null;
    };
    const value = figure('gazette');
    const pass = line.limit == null || value == null ? null : value <= line.limit;
    return { id: line.id, label: line.label, unit: line.unit, limit: line.limit, value,
      minisearch: figure('minisearch'), pagefind: figure('pagefind'), pass };
  });
}

const int = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
const num = (n, d = 2) => (n == null ? '–' : n.toFixed(d));
const ms = (n) => (n == null ? '–' : n < 10 ? n.toFixed(2) : Math.round(n).toLocaleString('en-US'));
const mib = (b) => (b == null ? '–' : (b / MiB).toFixed(0));
const fmt = (v, unit) => (v == null ? '–' : unit === 'B' ? int(v) : unit === 'ms' ? ms(v) : num(v));

function renderMarkdown(report) {
  const env = report.environment;
  const out = [`Measured ${env.date.slice(0, 10)} at commit ${env.commit}, Chromium ${env.chromium} headless, `
    + `Node ${env.node}, ${env.cpus}, ${env.memGB} GB; run ${int(report.wallSeconds)} s.`];
  out.push('', `**Budget** (${report.budgetCorpus}; MiniSearch and Pagefind from the same run):`, '',
    '| budget | limit | Gazette | MiniSearch | Pagefind | ×MiniSearch | ×Pagefind | |',
    '|---|---:|---:|---:|---:|---:|---:|---|');
  for (const b of report.budget) {
    const ratio = (other) => (b.value != null && other ? num(b.value / other) : '–');
    const verdict = b.pass == null ? (b.limit == null ? 'not measured yet' : '–') : b.pass ? 'ok' : '**over**';
    out.push(`| ${b.label} | ${b.limit == null ? '–' : `${fmt(b.limit, b.unit)} ${b.unit}`} | ${fmt(b.value, b.unit)} | `
      + `${fmt(b.minisearch, b.unit)} | ${fmt(b.pagefind, b.unit)} | ${ratio(b.minisearch)} | ${ratio(b.pagefind)} | ${verdict} |`);
  }
  out.push('', '**At each size:**', '',
    '| corpus | docs | plain text gzip | tool | shipped gzip | ÷ plain | ready ms | TTI ms | longest start-up task ms | '
      + 'renderer MiB kept (PSS after GC) | heap MiB | p50 ms | p95 ms | exact |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, e] of Object.entries(report.corpora)) {
    for (const [tool, t] of Object.entries(e.tools)) {
      if (t.status !== 'ok') { out.push(`| ${name} | ${int(e.docs)} | | ${LABEL[tool]} | ${t.status}: ${t.reason} |||||||||`); continue; }
      out.push(`| ${name} | ${int(e.docs)} | ${int(e.plain.gzip)} | ${LABEL[tool]} | ${int(t.shippedGzip)} | ${num(t.shippedToPlain)} | `
        + `${ms(t.readyMs)} | ${ms(t.ttiMs)} | ${ms(t.startupLongestTaskMs)} | ${mib(t.renderer.pss)} | ${mib(t.heap.total)} | `
        + `${ms(t.p50)} | ${ms(t.p95)} | ${t.exact}/${t.queries} |`);
    }
  }
  out.push('', '**Reader scenarios in Gazette** (long tasks from the first key until a quiet second):', '',
    '| corpus | scenario | longest task ms | long tasks | slowest input event ms | last key → results ms | found | renderer MiB after |',
    '|---|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, e] of Object.entries(report.corpora)) {
    const t = e.tools.gazette;
    if (t?.status !== 'ok') continue;
    for (const [scenario, s] of Object.entries(t.scenarios)) {
      const label = SCENARIOS.find((x) => x.name === scenario)?.label ?? scenario;
      out.push(`| ${name} | ${label} | ${ms(s.longestTaskMs)} | ${s.longTasks} | ${ms(s.longestEventMs)} | `
        + `${ms(s.lastKeyToResultsMs)} | ${s.found ?? '–'} | ${mib(t.rendererAfterScenarios?.pss)} |`);
    }
  }
  out.push('', '**Comparison in Gazette** (typical repost pairs; baseline: the first document\'s page, same page and run):', '',
    '| corpus | pairs | comparison p50 ms | comparison p95 ms | document view p95 ms | p95 × document view |',
    '|---|---:|---:|---:|---:|---:|');
  for (const [name, e] of Object.entries(report.corpora)) {
    const c = e.tools.gazette?.scenarios?.['compare-reposts'];
    if (!c?.comparisons) continue;
    out.push(`| ${name} | ${c.comparisons} | ${ms(c.comparisonP50Ms)} | ${ms(c.comparisonP95Ms)} | `
      + `${ms(c.documentViewP95Ms)} | ${num(c.comparisonToDocumentView)} |`);
  }
  out.push('', '**Growth**, as multiples of the smallest corpus\'s figures; the last column is where a straight '
    + 'line through the renderer memory of every corpus reaches 1 GiB:', '',
    '| tool | corpus | docs × | TTI × | memory × | shipped × | p95 × | MiB per 1,000 docs | docs within 1 GiB |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [tool, g] of Object.entries(growth(report))) {
    g.steps.forEach((step, i) => {
      const last = i === g.steps.length - 1;
      out.push(`| ${i ? '' : LABEL[tool]} | ${step.corpus} | ${num(step.docs)} | ${num(step.tti)} | ${num(step.memory)} | `
        + `${num(step.shipped)} | ${num(step.p95)} | ${last ? num(g.memoryPerThousandDocs / MiB, 1) : ''} | `
        + `${last ? int(g.docsWithin1GiB) : ''} |`);
    });
  }
  return out.join('\n') + '\n';
}

async function main() {
  if (process.argv.includes('--render')) {
    // Re-renders a saved run: node bench/budget.mjs --render
    process.stdout.write(renderMarkdown(JSON.parse(fs.readFileSync(path.join(outRoot, 'budget-results.json'), 'utf8'))));
    return;
  }
  const report = { environment: environment(), corpora: {} };
  const browser = await launch();
  report.environment.chromium = browser.version();
  await browser.close();
  const t0 = Date.now();
  for (const corpus of FRACTIONS) {
    if (!fs.existsSync(path.join(outRoot, corpus, 'oracle.json'))) {
      log(`SKIPPED ${corpus}: not prepared`);
      continue;
    }
    report.corpora[corpus] = await measureCorpus(corpus);
  }
  report.wallSeconds = round((Date.now() - t0) / 1000, 1);
  report.growth = growth(report);
  report.budget = checkBudget(report);
  report.budgetCorpus = report.corpora[BUDGET_CORPUS] ? BUDGET_CORPUS : Object.keys(report.corpora).at(-1);
  fs.writeFileSync(path.join(outRoot, 'budget-results.json'), JSON.stringify(report, null, 1));
  const md = renderMarkdown(report);
  fs.writeFileSync(path.join(outRoot, 'budget-results.md'), md);
  console.log(`\n${md}`);
  const over = report.budget.filter((b) => b.pass === false);
  if (over.length) {
    log(`over budget: ${over.map((b) => b.id).join(', ')}`);
    process.exitCode = 1;
  }
  const failed = Object.entries(report.corpora).filter(([, e]) => e.tools.gazette?.status !== 'ok');
  if (failed.length || !Object.keys(report.corpora).length) {
    log(`Gazette not measured on: ${failed.map(([name]) => name).join(', ') || 'any corpus'}`);
    process.exitCode = 1;
  }
}

await main();
