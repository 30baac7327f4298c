// Renders search-results.json as Markdown. Also a CLI to re-render a saved result:
//   node bench/report.mjs [target/bench/search-results.json]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LABEL = {
  brute: 'brute force (`includes`)',
  gazette: 'Gazette',
  minisearch: 'MiniSearch',
  flexsearch: 'FlexSearch',
  pagefind: 'Pagefind',
  'pagefind-exact': 'Pagefind, exact phrase',
};

const int = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
const fixed = (n, d) => (n == null ? '–' : n.toFixed(d));
const mb = (b) => (b == null ? '–' : (b / 2 ** 20).toFixed(1));
const ms = (n) => (n == null ? '–' : n < 1 ? n.toFixed(3) : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US'));
// Recall/precision with d decimals, more when a value below 1 would print as 1.
const frac = (n, d = 2) => {
  if (n == null) return '–';
  while (n < 1 && n.toFixed(d) === (1).toFixed(d) && d < 6) d++;
  return n.toFixed(d);
};
const ratio = (r) => (r == null ? '–' : r < 0.1 ? r.toFixed(3) : r.toFixed(2));

function mainTable(entry, nQueries) {
  const rows = [
    `| tool | raw bytes | gzip bytes | ready ms | heap MB | p50 ms | p95 ms | exact (of ${nQueries}) | mean recall | mean precision | ready ×BF | p95 ×BF | heap ×BF |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [tool, r] of Object.entries(entry.tools)) {
    const name = LABEL[tool] ?? tool;
    if (r.status !== 'ok') {
      rows.push(`| ${name} | ${r.status}: ${String(r.reason).split('\n')[0].replace(/\|/g, '\\|')} |||||||||||||`);
      continue;
    }
    const firstScreen = r.firstScreenMs != null ? ` (first screen ${ms(r.firstScreenMs)})` : '';
    rows.push(`| ${name} | ${int(r.bytes.raw)} | ${int(r.bytes.gzip)} | ${ms(r.readyMs)}${firstScreen} | ${mb(r.memory.total)} | ` +
      `${ms(r.p50)} | ${ms(r.p95)} | ${r.exact} | ${frac(r.meanRecall, 3)} | ${frac(r.meanPrecision, 3)} | ` +
      `${ratio(r.ratios?.ready)} | ${ratio(r.ratios?.p95)} | ${ratio(r.ratios?.memory)} |`);
  }
  return rows.join('\n');
}

function detailTable(entry) {
  const rows = [
    '| tool | gzip bytes at ready | first query ms | heap MB: JS / ArrayBuffers / wasm | heap MB after queries | run s |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const [tool, r] of Object.entries(entry.tools)) {
    if (r.status !== 'ok') continue;
    const m = r.memory;
    rows.push(`| ${LABEL[tool] ?? tool} | ${int(r.bytesAtReady.gzip)} | ${ms(r.firstQueryMs)} | ` +
      `${mb(m.jsHeap)} / ${mb(m.arrayBuffers)} / ${mb(m.wasm)} | ${mb(r.memoryAfterQueries.total)} | ${fixed(r.wallSeconds, 0)} |`);
  }
  return rows.join('\n');
}

function queryTable(entry) {
  const tools = Object.entries(entry.tools).filter(([, r]) => r.status === 'ok');
  const rows = [
    `| query | oracle | ${tools.map(([t]) => LABEL[t] ?? t).join(' | ')} |`,
    `|---|---:|${tools.map(() => '---:').join('|')}|`,
  ];
  entry.oracle.forEach((o, i) => {
    const cells = tools.map(([, r]) => {
      const q = r.perQuery[i];
      const exact = q.recall === 1 && q.precision === 1;
      return exact ? `${q.count}` : `${q.count} (r ${frac(q.recall)}, p ${frac(q.precision)})`;
    });
    rows.push(`| ${o.query} | ${o.count} | ${cells.join(' | ')} |`);
  });
  return rows.join('\n');
}

export function renderMarkdown(report) {
  const env = report.environment;
  const out = [
    `Measured ${env.date.slice(0, 10)} at commit ${env.commit}, Chromium ${env.chromium} headless, ` +
      `Node ${env.node}, ${env.cpus}, ${env.memGB} GB; ${report.queries.length} queries × ${report.repeats} runs; ` +
      `×BF = divided by the brute force's figure in the same run.`,
  ];
  for (const [corpus, entry] of Object.entries(report.corpora)) {
    out.push('', `#### ${corpus} corpus (${int(entry.docs)} documents)`, '', mainTable(entry, report.queries.length));
    out.push('', detailTable(entry));
    out.push('', `Result counts per query (r = recall, p = precision against the oracle, shown when not exact):`,
      '', queryTable(entry));
  }
  for (const s of report.skipped ?? []) out.push('', s);
  return out.join('\n') + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../target/bench/search-results.json');
  process.stdout.write(renderMarkdown(JSON.parse(fs.readFileSync(file, 'utf8'))));
}
