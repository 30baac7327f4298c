// Adds two 30,000-character documents to a corpus for the comparison benchmark: A is real
// paragraphs of the corpus joined until 30,000 characters; B is A edited the way reposts are
// (a word changed in every 7th paragraph, every 11th paragraph dropped, a new paragraph after
// every 13th, two paragraphs moved). Deterministic.
//   node bench/long-pair.mjs <corpus.json> <out.json>
import fs from 'node:fs';

const [input, output] = process.argv.slice(2);
const corpus = JSON.parse(fs.readFileSync(input, 'utf8'));
const source = [...corpus.docs].sort((x, y) => x.id.localeCompare(y.id));
const a = [];
let chars = 0;
for (const doc of source) {
  for (const p of doc.text.split('\n\n').map((s) => s.trim()).filter((s) => [...s].length >= 20)) {
    if (chars >= 30000) break;
    a.push(p);
    chars += [...p].length + 2;
  }
  if (chars >= 30000) break;
}
const b = [];
a.forEach((p, n) => {
  if (n % 11 === 10) return;
  b.push(n % 7 === 3 ? p.replace(/[\u4e00-\u9fff]{2}/, '有关') : p);
  if (n % 13 === 12) b.push(`（本段为转载时新增的说明文字，编号 ${n}，用于检验对照中仅一侧有的段落。）`);
});
const moved = b.splice(5, 2);
b.splice(b.length - 5, 0, ...moved);
const doc = (id, title, text, date) => ({
  id, path: `bench/${id}.md`, title, date, source: '基准测试', url: null, text, agencies: [],
});
corpus.docs.push(
  doc('30000000000a', '基准：三万字文档 A', a.join('\n\n'), '2024-01-01T00:00:00+08:00'),
  doc('30000000000b', '基准：三万字文档 B（改动、删减、增补、移动）', b.join('\n\n'), '2024-01-02T00:00:00+08:00'),
);
fs.writeFileSync(output, JSON.stringify(corpus));
console.error(`A ${[...a.join('\n\n')].length} characters, B ${[...b.join('\n\n')].length} characters`);
