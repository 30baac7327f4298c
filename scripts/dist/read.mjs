// Reads what a Trunk build left in a dist directory: the page, the
// wasm-bindgen glue, the wasm and the stylesheet.
import fs from 'node:fs';
import path from 'node:path';

/** The one wasm file of a Trunk build and its glue (`X_bg.wasm` and `X.js`). */
function findApp(dir) {
  const wasms = fs.readdirSync(dir).filter((f) => f.endsWith('_bg.wasm'));
  if (wasms.length !== 1) throw new Error(`expected one *_bg.wasm in ${dir}, found ${wasms.length}`);
  const glue = wasms[0].replace(/_bg\.wasm$/, '.js');
  if (!fs.existsSync(path.join(dir, glue))) throw new Error(`no glue ${glue} next to ${wasms[0]} in ${dir}`);
  return { wasm: path.join(dir, wasms[0]), glue: path.join(dir, glue) };
}

/** `{ indexHtml, glue, wasm, css }` of the Trunk build in `dir`. */
export function readTrunkDist(dir) {
  const indexHtml = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const href = indexHtml.match(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/i)?.[1];
  if (!href) throw new Error(`${dir}/index.html links no stylesheet`);
  const app = findApp(dir);
  return {
    indexHtml,
    glue: fs.readFileSync(app.glue, 'utf8'),
    wasm: fs.readFileSync(app.wasm),
    css: fs.readFileSync(path.join(dir, href), 'utf8'),
  };
}
