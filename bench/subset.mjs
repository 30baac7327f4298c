// Writes a share of a corpus JSON: every k-th document of its canonical (date) order, so a 25 %
// corpus is spread over the whole year and is contained in the 50 % one. 200 % is synthetic:
// every document twice (the copy with its own id and path), 500 % five times, to check how
// figures grow beyond the real corpus.
//   node bench/subset.mjs <corpus.json> <percent: 25 | 50 | 100 | 200 | 500> <out.json>
import fs from 'node:fs';
import path from 'node:path';

const [input, percent, output] = process.argv.slice(2);
const step = { 25: 4, 50: 2, 100: 1, 200: 1, 500: 1 }[percent];
const copies = { 200: 2, 500: 5 }[percent] ?? 1;
if (!input || !output || !step) {
  console.error('usage: node bench/subset.mjs <corpus.json> <25|50|100|200|500> <out.json>');
  process.exit(2);
}
const corpus = JSON.parse(fs.readFileSync(input, 'utf8'));
let docs = corpus.docs.filter((_, n) => n % step === 0);
if (copies > 1) {
  docs = docs.flatMap((d) => [d, ...Array.from({ length: copies - 1 }, (_, k) => (
    { ...d, id: `${d.id}c${k + 2}`, path: `copy-${k + 2}/${d.path}`, duplicate_paths: [] }))]);
}
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, JSON.stringify({ ...corpus, docs }));
console.log(`[subset] ${docs.length} of ${corpus.docs.length} documents (${percent} %) -> ${output}`);
