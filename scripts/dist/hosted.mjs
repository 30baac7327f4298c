// dist/ for static hosting under a strict Content-Security-Policy
// (script-src 'self'; style-src 'self'): Trunk writes its loader as an inline
// module script, which such a policy refuses. It moves to a file of its own.
import crypto from 'node:crypto';

const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/;

/**
 * The site's corpus is fetched while the app's wasm loads and compiles, not
 * after it: the app takes this response (src/corpus_load.rs), or the error
 * (kept as a value, so a page opened from disk logs no unhandled rejection).
 * Only for the site's own corpus; `?corpus=` is read, and checked, by the app.
 */
export const PREFETCH_CORPUS = "if (!new URLSearchParams(location.search).has('corpus')) "
  + "window.gazetteCorpusResponse = fetch('corpus.gazette').catch((error) => error);";

/**
 * Moves Trunk's inline loader into `boot-<hash>.js`. Returns the new HTML and
 * the file to write, or null when there is no inline loader (already moved).
 */
export function externalizeBoot(indexHtml) {
  const found = indexHtml.match(INLINE_MODULE);
  if (!found) return null;
  const source = `${PREFETCH_CORPUS}\n${fetchLikePreload(found[1].trim(), indexHtml)}\n`;
  const hash = crypto.createHash('sha384').update(source, 'utf8');
  const name = `boot-${hash.copy().digest('hex').slice(0, 16)}.js`;
  const integrity = `sha384-${hash.digest('base64')}`;
  const tag = `<script type="module" src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  return { html: indexHtml.replace(INLINE_MODULE, () => tag), name, source };
}

/**
 * The loader's wasm request made to match Trunk's preload of it, integrity
 * included: WebKit reuses a preload only for a request with the same
 * integrity, and fetched the wasm twice without it.
 */
function fetchLikePreload(loader, indexHtml) {
  const preload = indexHtml.match(/<link rel="preload" href="([^"]+\.wasm)"[^>]*\bintegrity="([^"]+)"/);
  if (!preload) return loader;
  const [, href, integrity] = preload;
  return loader.replace(`module_or_path: '${href}'`,
    () => `module_or_path: new Request('${href}', { integrity: '${integrity}' })`);
}

/** `trunk serve` adds a live-reload script to the page (never `trunk build`): not part of the app. */
const DEV_SERVER_SCRIPT = /<script>(?:(?!<\/script>)[\s\S])*\{\{__TRUNK_ADDRESS__\}\}[\s\S]*?<\/script>/g;

/** What a strict policy would refuse in a page: inline scripts, styles, handlers, absolute URLs. */
export function strictPolicyProblems(page) {
  const html = page.replace(DEV_SERVER_SCRIPT, '');
  const problems = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc=/.test(m[1]) && m[2].trim()) problems.push('an inline <script>');
  }
  if (/<style\b/i.test(html)) problems.push('an inline <style>');
  if (/\sstyle="/i.test(html)) problems.push('a style="" attribute');
  if (/\son[a-z]+="/i.test(html)) problems.push('an inline event handler');
  for (const m of html.matchAll(/\s(?:src|href)="([^"]*)"/gi)) {
    if (/^(?:[a-z]+:)?\/\//i.test(m[1]) || m[1].startsWith('/')) problems.push(`an absolute URL: ${m[1]}`);
  }
  return problems;
}
