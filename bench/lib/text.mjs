// Text semantics shared by the oracle (Node), the brute-force page and the bigram tokenizers
// (browser). They mirror the Gazette engine: per-code-point NFKC + lowercase, invisible marks
// dropped, word-start matching for terms that begin with a (non-CJK) letter or digit.

const isInvisible = (cp) =>
  cp === 0x00ad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
  (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff;

const CJK_RANGES = [
  [0x1100, 0x11ff], [0x2e80, 0x2fdf], [0x3005, 0x3007], [0x3021, 0x3029], [0x3040, 0x30ff],
  [0x3130, 0x318f], [0x31f0, 0x31ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7af],
  [0xf900, 0xfaff], [0x20000, 0x3134f],
];

export function isCjk(cp) {
  for (const [lo, hi] of CJK_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}

const ALNUM = /[\p{Alphabetic}\p{N}]/u;
// Cached per BMP code point: 0 unknown, 1 word char, 2 not.
const wordCache = new Uint8Array(0x10000);

export function isWordChar(cp) {
  if (cp < 0x10000) {
    let s = wordCache[cp];
    if (s === 0) {
      s = ALNUM.test(String.fromCodePoint(cp)) && !isCjk(cp) ? 1 : 2;
      wordCache[cp] = s;
    }
    return s === 1;
  }
  return ALNUM.test(String.fromCodePoint(cp)) && !isCjk(cp);
}

function mapCodePoint(ch) {
  let out = '';
  for (const x of ch.normalize('NFKC')) {
    for (const y of x.toLowerCase()) if (!isInvisible(y.codePointAt(0))) out += y;
  }
  return out;
}

// Per-code-point NFKC is slow, so each code point is mapped once: BMP status in a table
// (0 unknown, 1 unchanged, 2 mapped), the mapped strings in a Map.
const bmpState = new Uint8Array(0x10000);
const mapped = new Map();

function lookup(cp) {
  if (cp < 0x10000) {
    const st = bmpState[cp];
    if (st === 1) return null;
    if (st === 2) return mapped.get(cp);
  } else if (mapped.has(cp)) {
    return mapped.get(cp);
  }
  const ch = String.fromCodePoint(cp);
  const m = mapCodePoint(ch);
  const same = m === ch;
  if (cp < 0x10000) bmpState[cp] = same ? 1 : 2;
  if (!same || cp >= 0x10000) mapped.set(cp, same ? null : m);
  return same ? null : m;
}

/** Gazette's normalization: per code point, NFKC then lowercase, invisible marks dropped. */
export function normalize(s) {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i);
    const w = cp > 0xffff ? 2 : 1;
    // ASCII other than A-Z maps to itself: skip the lookup on the hot path.
    if (cp >= 0x80 || (cp >= 0x41 && cp <= 0x5a)) {
      const m = lookup(cp);
      if (m !== null) {
        out += s.slice(runStart, i) + m;
        runStart = i + w;
      }
    }
    i += w;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/** The string a document is searched in. */
export function searchable(doc) {
  return normalize(doc.title) + '\n' + normalize(doc.text);
}

/** Splits a query on whitespace into normalized terms (all must match). */
export function queryTerms(query) {
  return query.split(/\s+/).filter(Boolean).map(normalize).filter(Boolean);
}

function codePointBefore(s, i) {
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.codePointAt(i - 2);
  }
  return lo;
}

/** Whether a normalized term occurs in a searchable string, words matched from their start. */
export function termMatches(hay, term) {
  if (!isWordChar(term.codePointAt(0))) return hay.includes(term);
  for (let i = hay.indexOf(term); i !== -1; i = hay.indexOf(term, i + 1)) {
    if (i === 0 || !isWordChar(codePointBefore(hay, i))) return true;
  }
  return false;
}

/**
 * Emits the tokens the MiniSearch and FlexSearch configurations index: CJK bigrams (a lone CJK
 * character as itself) and lowercase words of letters/digits. Input must be normalized.
 */
export function bigramTokens(s) {
  const out = [];
  let cjkPrev = ''; // previous CJK char of the current run
  let cjkRun = 0;
  let word = '';
  const endCjk = () => {
    if (cjkRun === 1) out.push(cjkPrev);
    cjkRun = 0;
    cjkPrev = '';
  };
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (isCjk(cp)) {
      if (word) { out.push(word); word = ''; }
      if (cjkRun > 0) out.push(cjkPrev + ch);
      cjkPrev = ch;
      cjkRun++;
    } else {
      endCjk();
      if (isWordChar(cp)) word += ch;
      else if (word) { out.push(word); word = ''; }
    }
  }
  endCjk();
  if (word) out.push(word);
  return out;
}
