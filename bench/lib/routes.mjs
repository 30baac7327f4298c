// Timing a route of the app as a reader sees it, and the repost pairs a comparison is timed on;
// shared by bench/compare.mjs and the comparison scenario of bench/scenarios.mjs.

/**
 * In the page: sets the hash and resolves with the milliseconds until `selector` is in the page
 * and two animation frames have passed (so layout and paint are included).
 */
export async function timeRoute(page, hash, selector) {
  return page.evaluate(async ([h, sel]) => {
    const t0 = performance.now();
    location.hash = h;
    await new Promise((resolve) => {
      const check = () => {
        if (document.querySelector(sel)) {
          requestAnimationFrame(() => requestAnimationFrame(resolve));
          return true;
        }
        return false;
      };
      if (check()) return;
      const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    return performance.now() - t0;
  }, [hash, selector]);
}

/** The selector that shows a comparison of `a` and `b` has rendered its rows. */
export const comparisonShown = (a, b) => `.compare-page[data-compare="${a}/${b}"] .pane-b > .crow`;

/** The selector that shows a document page has rendered (its related list comes last). */
export const documentShown = '.related-heading';

/**
 * Repost pairs (a cluster's canonical member and another member) whose texts both have at most
 * `maxChars` characters, longest first (ties by id): the typical pairs a reader compares.
 */
export function repostPairs(corpus, maxChars = 5000) {
  const length = new Map(corpus.docs.map((d) => [d.id, [...d.text].length]));
  const pairs = (corpus.relations?.clusters ?? []).flatMap((c) => c.members
    .filter((m) => m !== c.canonical && length.has(m) && length.has(c.canonical))
    .map((m) => [c.canonical, m]));
  const size = ([a, b]) => length.get(a) + length.get(b);
  return pairs
    .filter(([a, b]) => length.get(a) <= maxChars && length.get(b) <= maxChars)
    .sort((x, y) => size(y) - size(x) || x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}

/** The q-quantile of samples (nearest rank). */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
