// What every benchmark page shares: where its corpus is, and how it says "ready to search".
const params = new URLSearchParams(location.search);

/** Corpus name from `?corpus=`; its data lives in `../<corpus>/` next to `pages/`. */
export const corpus = params.get('corpus') ?? 'policy';
export const mode = params.get('mode') ?? 'default';
export const corpusUrl = (file) => new URL(`../${corpus}/${file}`, location.href).href;

/** Fetches the slim document list: [{id, title, date, source, text}]. */
export async function loadDocs() {
  const res = await fetch(corpusUrl('docs.json'));
  if (!res.ok) throw new Error(`docs.json: HTTP ${res.status}`);
  return res.json();
}

/**
 * Publishes the page's search function (query -> array of document ids, or a promise of one)
 * and marks the moment it became usable; the runner measures from navigation start.
 */
export function signalReady(search) {
  window.benchSearch = search;
  window.__benchReadyAt ??= performance.now();
  document.documentElement.dataset.bench = 'ready';
}

/** Reports a page failure to the runner instead of leaving it waiting for "ready". */
export function signalError(err) {
  window.__benchError = String(err?.stack ?? err);
  document.documentElement.dataset.bench = 'error';
}
