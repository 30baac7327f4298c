// What a reader does in the app, timed by bench/budget.mjs for the main-thread budget (no task
// over 200 ms after start-up). Each scenario runs on a page whose start-up is over; the runner
// records every long task (PerformanceObserver `longtask`) and slow input event (Event Timing)
// from the scenario's start until the main thread has been quiet for a second, so a scenario only
// has to act like a reader and wait for what it expects to see. `run(page)` may return figures of
// its own (added to the report).
//
// To add a scenario: append an entry with a
// `name`, a `label` for the report and a `run(page, context)`; the runner, the report and the
// budget check pick it up with no other change. `context.corpusFile` is the corpus JSON the app
// embeds.
import fs from 'node:fs';
import {
  comparisonShown, documentShown, quantile, repostPairs, timeRoute,
} from './lib/routes.mjs';

/** Ten characters, typed one key at a time as a reader types them. */
export const TYPED_QUERY = '网络数据安全管理条例';

/** Pause between keys: longer than the search box's 120 ms debounce, so every prefix is searched. */
export const KEY_INTERVAL_MS = 250;

/**
 * Records, in the page, when each search-box input happened and when the results changed (any
 * change under <main> outside the search box: rows, their links, which carry the query, counts).
 */
const INPUT_RECORDER = () => {
  window.__benchInputs = [];
  window.__benchRenders = [];
  document.addEventListener('input', (e) => window.__benchInputs.push(e.timeStamp), true);
  new MutationObserver((mutations) => {
    if (mutations.some((m) => !m.target.parentElement?.closest('.search-box') && !m.target.closest?.('.search-box'))) {
      window.__benchRenders.push(performance.now());
    }
  }).observe(document.querySelector('main'), { childList: true, characterData: true, attributes: true, subtree: true });
};

async function typeQuery(page) {
  await page.waitForSelector('#search-input');
  await page.evaluate(INPUT_RECORDER);
  const input = page.locator('#search-input');
  await input.click();
  await input.pressSequentially(TYPED_QUERY, { delay: KEY_INTERVAL_MS });
  await page.waitForFunction((q) => decodeURIComponent(location.hash).includes(q)
    && /找到 \d+ 篇/.test(document.querySelector('#list-heading')?.textContent ?? ''), TYPED_QUERY);
  const { inputs, renders, found } = await page.evaluate(() => ({
    inputs: window.__benchInputs,
    renders: window.__benchRenders,
    found: document.querySelector('#list-heading').textContent,
  }));
  const last = inputs[inputs.length - 1];
  const shown = renders.find((t) => t >= last);
  return {
    keys: inputs.length,
    // From the last key to the results heading (includes the 120 ms debounce).
    lastKeyToResultsMs: shown != null ? shown - last : null,
    found: found.match(/找到 (\d+) 篇/)?.[1] ?? null,
  };
}

/** Facet values clicked on and off, as a reader narrows and widens the list. */
const FACET_CLICKS = [['source', 0], ['year', 0], ['kind', 0], ['agency', 0], ['origin', 0], ['source', 1]];

async function toggleFacets(page) {
  // From the whole corpus (an earlier scenario may have left a query with few results).
  await timeRoute(page, '#/', '.facet-value input');
  let clicks = 0;
  for (const [facet, nth] of FACET_CLICKS) {
    for (let twice = 0; twice < 2; twice++) {
      const box = page.locator(`.facet[data-facet=${facet}] .facet-value input`).nth(nth);
      if (!(await box.count())) continue;
      const before = await page.locator('#list-heading').textContent();
      await box.click();
      clicks += 1;
      // Wait until the counts changed (or a quiet moment when a click changes nothing).
      await page.waitForFunction((b) => document.querySelector('#list-heading')?.textContent !== b, before, { timeout: 5_000 })
        .catch(() => {});
      await page.waitForTimeout(250);
    }
  }
  return { clicks };
}

/** How many repost pairs the comparison scenario opens (the longest within 5,000 characters). */
export const COMPARED_PAIRS = 20;

/**
 * Opens the comparison of typical repost pairs from the list, and for each pair the reading view
 * of its first document (the baseline, in the same page and run): time from setting the hash to
 * the rendered rows plus two frames.
 */
async function compareReposts(page, { corpusFile }) {
  const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));
  const pairs = repostPairs(corpus).slice(0, COMPARED_PAIRS);
  if (!pairs.length) return { comparisons: 0 };
  const comparison = [];
  const document = [];
  for (const [a, b] of pairs) {
    await timeRoute(page, '#/', '.doc-row');
    document.push(await timeRoute(page, `#/doc/${a}`, documentShown));
    await timeRoute(page, '#/', '.doc-row');
    comparison.push(await timeRoute(page, `#/compare/${a}/${b}`, comparisonShown(a, b)));
  }
  const p95 = quantile(comparison, 0.95);
  const documentP95 = quantile(document, 0.95);
  return {
    comparisons: pairs.length,
    comparisonP50Ms: quantile(comparison, 0.5),
    comparisonP95Ms: p95,
    documentViewP95Ms: documentP95,
    comparisonToDocumentView: p95 / documentP95,
  };
}

export const SCENARIOS = [
  { name: 'type-query', label: `typing “${TYPED_QUERY}” one key every ${KEY_INTERVAL_MS} ms`, run: typeQuery },
  { name: 'toggle-facets', label: 'clicking facet values (source, year, kind, agency, origin) on and off', run: toggleFacets },
  {
    name: 'compare-reposts',
    label: `opening the comparison of ${COMPARED_PAIRS} repost pairs (and each first document's page)`,
    run: compareReposts,
  },
];
