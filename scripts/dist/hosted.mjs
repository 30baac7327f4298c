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
 * Moves Trunk's inline loader into `boot-<hash>.js` and drops the page's
 * preload of the wasm (`earlyWasmFetch`). Returns the new HTML and the file
 * to write, or null when there is no inline loader (already moved).
 */
export function externalizeBoot(indexHtml) {
  const found = indexHtml.match(INLINE_MODULE);
  if (!found) return null;
  const { loader, html } = earlyWasmFetch(found[1].trim(), indexHtml);
  const source = `${PREFETCH_CORPUS}\n${loader}\n`;
  const hash = crypto.createHash('sha384').update(source, 'utf8');
  const name = `boot-${hash.copy().digest('hex').slice(0, 16)}.js`;
  const integrity = `sha384-${hash.digest('base64')}`;
  const tag = `<script type="module" src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  return { html: html.replace(INLINE_MODULE, () => tag), name, source };
}

const PRELOAD_WASM = /<link rel="preload" href="([^"]+\.wasm)"[^>]*>/;
const STATIC_IMPORT = /^import init, \* as bindings from '([^']+)';$/m;

/**
 * One download of the wasm in every browser: the loader fetches it itself,
 * first thing, with the preload's integrity, then imports the glue (its
 * modulepreload stays, so the glue still loads in parallel), and the page no
 * longer preloads the wasm. Measured (tests/e2e/browsers.test.mjs): with
 * Trunk's `<link rel="preload" as="fetch">`, WebKitGTK 2.50 fetched the wasm
 * twice per load whatever the loader's request looked like (it never hands
 * a preload to fetch()), and Firefox ESR 153 twice once the request carried
 * the integrity; Chromium used the preload either way.
 */
export function earlyWasmFetch(loader, indexHtml) {
  const preload = indexHtml.match(PRELOAD_WASM);
  if (!preload) return { loader, html: indexHtml };
  const href = preload[1];
  const integrity = preload[0].match(/\bintegrity="([^"]+)"/)?.[1];
  const glue = loader.match(STATIC_IMPORT)?.[1];
  const call = `init({ module_or_path: '${href}' })`;
  if (!glue || !loader.includes(call)) {
    throw new Error(`Trunk's loader is not the one post-build knows (import of the glue, ${call}): ${loader}`);
  }
  const options = integrity ? `, { integrity: '${integrity}' }` : '';
  const early = [
    '// The wasm first, before the glue is imported (one request: the page has no preload of it).',
    `const wasmResponse = fetch('${href}'${options});`,
    'wasmResponse.catch(() => {}); // a failure surfaces in init, not as an unhandled rejection',
    `const bindings = await import('${glue}');`,
    'const init = bindings.default;',
  ].join('\n');
  return {
    loader: loader.replace(STATIC_IMPORT, () => early).replace(call, () => 'init({ module_or_path: wasmResponse })'),
    html: indexHtml.replace(PRELOAD_WASM, ''),
  };
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
