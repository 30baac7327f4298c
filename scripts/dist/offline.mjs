// The single self-contained HTML file: Trunk's dist/ (page, CSS, wasm-bindgen
// glue, wasm; the corpus goes into its slot later) folded into one file that works from
// file:// (no module import, no fetch: browsers block both there).
//
// The glue is inlined in one module script with its `export`s dropped, the
// wasm is embedded as base64 (gzip-compressed by default, unpacked with
// DecompressionStream) and handed to wasm-bindgen's init as bytes, the CSS is
// inlined. A Content-Security-Policy <meta> with the hashes of the one script
// and the one style lets nothing else run and nothing load: the file cannot
// make a network request even if its content wanted to.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

/** The id of the data block holding the wasm. */
export const WASM_ELEMENT_ID = 'gazette-wasm';

/**
 * The id of the corpus slot: empty here (the app template has no corpus);
 * `gazette build --site` and `gazette site` fill it with the corpus pack
 * (gzip, base64) and its length, and the app reads it at start.
 */
export const CORPUS_SLOT_ID = 'gazette-corpus';

/**
 * Drops the `export` keywords of a wasm-bindgen `--target web` glue module so
 * it can run as an inline script, and returns the exported names
 * (exported name -> local name).
 */
export function stripExports(glue) {
  const exported = {};
  let code = glue.replace(/^export (async function\*?|function\*?|class|const|let|var) ([\w$]+)/gm, (_, keyword, name) => {
    exported[name] = name;
    return `${keyword} ${name}`;
  });
  code = code.replace(/^export \{([^}]*)\};?[ \t]*$/gm, (_, list) => {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [local, as] = item.split(/\s+as\s+/);
      exported[as ?? local] = local;
    }
    return '';
  });
  const leftover = code.match(/^\s*(export\b|import\s*[\w{*'"])/m);
  if (leftover) throw new Error(`glue keeps an import/export the single file cannot run: ${leftover[0].trim()}`);
  if (/<\/script|<!--/i.test(code)) throw new Error('glue contains "</script" or "<!--", which would end the inline script');
  return { code, exported };
}

/** The boot code: base64 → (gunzip) → wasm-bindgen init with the bytes. */
function bootCode(exported) {
  const bindings = Object.entries(exported)
    .map(([name, local]) => (name === local ? name : `${JSON.stringify(name)}: ${local}`))
    .join(', ');
  return `
{
  const data = document.getElementById(${JSON.stringify(WASM_ELEMENT_ID)});
  const text = data.textContent;
  data.remove();
  const packed = typeof Uint8Array.fromBase64 === 'function'
    ? Uint8Array.fromBase64(text)
    : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const bytes = data.dataset.encoding === 'gzip'
    ? new Uint8Array(await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer())
    : packed;
  performance.mark('gazette:wasm-unpacked');
  const instance = await __wbg_init({ module_or_path: bytes });
  window.wasmBindings = { ${bindings} };
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
}
`;
}

function sha256(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy the single file carries: its one script and one style, wasm, nothing from anywhere. */
export function offlinePolicy(script, style) {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Builds the single file from Trunk's index.html, the glue, the wasm bytes
 * and the CSS. Returns the HTML and the sizes of its parts.
 */
export function offlineHtml({ indexHtml, glue, wasm, css, gzip = true }) {
  const { code, exported } = stripExports(glue);
  const script = `${code}\n${bootCode(exported)}`;
  if (/<\/style/i.test(css)) throw new Error('CSS contains "</style"');
  const style = `\n${css}\n`;
  const packed = gzip ? zlib.gzipSync(wasm, { level: 9 }) : wasm;
  const base64 = Buffer.from(packed).toString('base64');

  let html = indexHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>\s*/gi, '');
  const stylesheet = /<link\b[^>]*\brel="stylesheet"[^>]*>/i;
  if (!stylesheet.test(html)) throw new Error('index.html links no stylesheet');
  html = html.replace(stylesheet, () => `<style>${style}</style>`);
  const charset = /<meta charset="utf-8">/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset="utf-8">');
  const policy = offlinePolicy(script, style);
  html = html.replace(charset, (m) => `${m}\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  const data = `<script type="application/octet-stream" id="${WASM_ELEMENT_ID}" data-encoding="${gzip ? 'gzip' : 'none'}">${base64}</script>\n`
    + `<script type="application/octet-stream" id="${CORPUS_SLOT_ID}"></script>`;
  html = html.replace('</head>', () => `${data}\n<script type="module">${script}</script>\n</head>`);
  return {
    html,
    sizes: { wasm: wasm.length, packed: packed.length, base64: base64.length, html: Buffer.byteLength(html) },
  };
}
