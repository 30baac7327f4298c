// Prepares one corpus for the browser benchmark, from a corpus JSON made by `gazette build`:
//   node bench/prepare.mjs <name> <corpus.json>
// Writes, under target/bench/:
//   site/pages, site/lib, site/vendor        the benchmark pages and what they import
//   site/<name>/docs.json                    the documents every JS tool loads (id, title, date, source, text)
//   site/<name>/pagefind/                    the Pagefind index (Node API, one record per document)
//   <name>/oracle.json                       the reference result set of every query
//   <name>/pagefind-ids.json                 Pagefind page id -> document id (read by the runner only)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { QUERIES } from './queries.mjs';
import { searchable, queryTerms, termMatches } from './lib/text.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const outRoot = process.env.BENCH_OUT ?? path.join(repoRoot, 'target', 'bench');
const siteDir = path.join(outRoot, 'site');

const [name, corpusPath] = process.argv.slice(2);
if (!name || !corpusPath) {
  console.error('usage: node bench/prepare.mjs <name> <corpus.json>');
  process.exit(2);
}

const log = (msg) => console.log(`[prepare ${name}] ${msg}`);
const time = async (label, fn) => {
  const t0 = performance.now();
  const r = await fn();
  log(`${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return r;
};

function copyStatic() {
  for (const sub of ['pages', 'lib']) {
    fs.cpSync(path.join(benchDir, sub), path.join(siteDir, sub), { recursive: true });
  }
  const vendor = path.join(siteDir, 'vendor');
  fs.mkdirSync(vendor, { recursive: true });
  const nm = path.join(repoRoot, 'node_modules');
  // Source maps are left out: a browser without devtools never fetches them.
  const strip = (src) => src.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  fs.writeFileSync(path.join(vendor, 'minisearch.js'),
    strip(fs.readFileSync(path.join(nm, 'minisearch/dist/es/index.js'), 'utf8')));
  fs.copyFileSync(path.join(nm, 'flexsearch/dist/flexsearch.bundle.module.min.mjs'),
    path.join(vendor, 'flexsearch.js'));
}

function oracle(docs) {
  const hay = docs.map(searchable);
  return QUERIES.map((query) => {
    const terms = queryTerms(query);
    const ids = [];
    for (let i = 0; i < docs.length; i++) {
      if (terms.every((t) => termMatches(hay[i], t))) ids.push(docs[i].id);
    }
    return { query, terms, ids: ids.sort() };
  });
}

async function buildPagefind(docs, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (errors.length) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
  // Records go to the Pagefind binary in batches: one at a time waits on every round trip.
  for (let i = 0; i < docs.length; i += 200) {
    await Promise.all(docs.slice(i, i + 200).map(async (d) => {
      const r = await index.addCustomRecord({ url: d.id, content: `${d.title}\n${d.text}`, language: 'zh' });
      if (r.errors.length) throw new Error(`pagefind addCustomRecord ${d.id}: ${r.errors.join('; ')}`);
    }));
  }
  const w = await index.writeFiles({ outputPath: dir });
  if (w.errors.length) throw new Error(`pagefind writeFiles: ${w.errors.join('; ')}`);
  await pagefind.close();
  // A result's id is its fragment's name; the fragment (gzip, "pagefind_dcd" + JSON) holds the url.
  const ids = {};
  const fragDir = path.join(dir, 'fragment');
  for (const f of fs.readdirSync(fragDir)) {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(fragDir, f))).toString('utf8');
    const { url } = JSON.parse(raw.slice(raw.indexOf('{')));
    ids[f.replace(/\.pf_fragment$/, '')] = url.replace(/^\//, '');
  }
  return ids;
}

const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
const docs = corpus.docs.map(({ id, title, date, source, text }) => ({ id, title, date, source, text }));
log(`${docs.length} documents from ${corpusPath}`);

copyStatic();
const dataDir = path.join(siteDir, name);
const metaDir = path.join(outRoot, name);
fs.mkdirSync(dataDir, { recursive: true });
fs.mkdirSync(metaDir, { recursive: true });
fs.writeFileSync(path.join(dataDir, 'docs.json'), JSON.stringify(docs));

const queries = await time('oracle', () => oracle(docs));
fs.writeFileSync(path.join(metaDir, 'oracle.json'),
  JSON.stringify({ corpus: name, docs: docs.length, queries }, null, 1));
for (const q of queries) log(`  oracle ${String(q.ids.length).padStart(6)}  ${q.query}`);

const pfIds = await time('pagefind index', () => buildPagefind(docs, path.join(dataDir, 'pagefind')));
const mapped = Object.keys(pfIds).length;
if (mapped !== docs.length) log(`WARNING: pagefind wrote ${mapped} fragments for ${docs.length} documents`);
fs.writeFileSync(path.join(metaDir, 'pagefind-ids.json'), JSON.stringify(pfIds));
log('done');
