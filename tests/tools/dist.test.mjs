// The post-build transforms on a Trunk-shaped page, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { stripExports, offlineHtml, WASM_ELEMENT_ID, CORPUS_SLOT_ID } from '../../scripts/dist/offline.mjs';
import { externalizeBoot, strictPolicyProblems, PREFETCH_CORPUS } from '../../scripts/dist/hosted.mjs';

const TRUNK_INDEX = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>Gazette</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="./style-1.css" integrity="sha384-x"/>
<script type="module">
import init, * as bindings from './app-1.js';
const wasm = await init({ module_or_path: './app-1_bg.wasm' });
window.wasmBindings = bindings;
</script>
<link rel="modulepreload" href="./app-1.js" crossorigin="anonymous" integrity="sha384-y"><link rel="preload" href="./app-1_bg.wasm" crossorigin="anonymous" integrity="sha384-z" as="fetch" type="application/wasm"></head>
<body></body>
</html>`;

const GLUE = `let wasm;
export function search_ids(q) { return [q]; }
export class Handle {}
function __wbg_init(m) { return m; }
function initSync(m) { return m; }
const url = new URL('x', import.meta.url);
export { initSync, __wbg_init as default };
`;

function sha256(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

test('stripExports drops export keywords and names every export', () => {
  const { code, exported } = stripExports(GLUE);
  assert.deepEqual(exported, { search_ids: 'search_ids', Handle: 'Handle', initSync: 'initSync', default: '__wbg_init' });
  assert.doesNotMatch(code, /^export/m);
  assert.match(code, /^function search_ids/m);
  assert.match(code, /import\.meta\.url/, 'import.meta is left alone');
});

test('stripExports refuses glue it cannot inline', () => {
  assert.throws(() => stripExports(`import x from './y.js';\n${GLUE}`), /import\/export/);
  assert.throws(() => stripExports(`${GLUE}\nexport * from './z.js';`), /import\/export/);
  assert.throws(() => stripExports(`const s = "</script>";\n${GLUE}`), /<\/script/);
});

for (const gzip of [true, false]) {
  test(`the single file holds everything and a policy that names its one script and style (gzip ${gzip})`, () => {
    const wasm = crypto.randomBytes(5000);
    const css = 'body { margin: 0; }';
    const { html, sizes } = offlineHtml({ indexHtml: TRUNK_INDEX, glue: GLUE, wasm, css, gzip });
    assert.doesNotMatch(html, /<link\b[^>]*rel="(stylesheet|modulepreload|preload)"/);
    assert.doesNotMatch(html, /\b(src|href)="\.?\//, 'no reference to another file');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 3);
    const [data, slot, app] = scripts;
    assert.match(slot[1], new RegExp(`^ type="application/octet-stream" id="${CORPUS_SLOT_ID}"$`));
    assert.equal(slot[2], '', 'the template carries no corpus');
    assert.match(data[1], new RegExp(`id="${WASM_ELEMENT_ID}"`));
    assert.match(data[1], new RegExp(`data-encoding="${gzip ? 'gzip' : 'none'}"`));
    const packed = Buffer.from(data[2], 'base64');
    assert.deepEqual(gzip ? zlib.gunzipSync(packed) : packed, wasm);
    assert.equal(sizes.wasm, wasm.length);
    assert.equal(sizes.base64, data[2].length);
    assert.match(app[1], /type="module"/);
    assert.match(app[2], /__wbg_init\(\{ module_or_path: bytes \}\)/);
    assert.match(app[2], /window\.wasmBindings = \{ search_ids, Handle, initSync, "default": __wbg_init \}/);
    const style = html.match(/<style>([\s\S]*?)<\/style>/)[1];
    assert.ok(style.includes(css));
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
    assert.equal(policy, `default-src 'none'; script-src ${sha256(app[2])} 'wasm-unsafe-eval'; style-src ${sha256(style)}; img-src data:; base-uri 'none'; form-action 'none'`);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'), 'the policy comes before what it governs');
  });
}

test('the hosted page gets its loader from a file, with integrity, and nothing inline remains', () => {
  assert.ok(strictPolicyProblems(TRUNK_INDEX).includes('an inline <script>'));
  const moved = externalizeBoot(TRUNK_INDEX);
  assert.match(moved.name, /^boot-[0-9a-f]{16}\.js$/);
  assert.ok(moved.source.startsWith(`${PREFETCH_CORPUS}\n`));
  const digest = crypto.createHash('sha384').update(moved.source).digest('base64');
  assert.ok(moved.html.includes(`<script type="module" src="./${moved.name}" integrity="sha384-${digest}" crossorigin="anonymous"></script>`));
  assert.deepEqual(strictPolicyProblems(moved.html), []);
  assert.equal(externalizeBoot(moved.html), null, 'a second run changes nothing');
});

test('the loader fetches the wasm once, itself, before importing the glue; the page preloads only the glue', () => {
  const { source, html } = externalizeBoot(TRUNK_INDEX);
  assert.doesNotMatch(html, /rel="preload"/, 'no preload of the wasm (WebKit and Firefox fetched it a second time)');
  assert.match(html, /<link rel="modulepreload" href="\.\/app-1\.js" crossorigin="anonymous" integrity="sha384-y">/);
  assert.doesNotMatch(source, /^import /m, 'no static import: it would delay the wasm request until the glue is in');
  const fetchAt = source.indexOf("const wasmResponse = fetch('./app-1_bg.wasm', { integrity: 'sha384-z' });");
  const importAt = source.indexOf("const bindings = await import('./app-1.js');");
  assert.ok(fetchAt > 0 && importAt > fetchAt, source);
  assert.ok(source.includes('const wasm = await init({ module_or_path: wasmResponse });'));
  assert.ok(source.includes('window.wasmBindings = bindings;'));
  assert.equal((source.match(/fetch\(/g) ?? []).length, 2, 'the corpus and the wasm, one request each');
});

test('a loader post-build does not know is refused, not shipped with a double download', () => {
  const changed = TRUNK_INDEX.replace("init({ module_or_path: './app-1_bg.wasm' })", "init('./app-1_bg.wasm')");
  assert.throws(() => externalizeBoot(changed), /loader is not the one post-build knows/);
  const noPreload = TRUNK_INDEX.replace(/<link rel="preload"[^>]*>/, '');
  assert.ok(externalizeBoot(noPreload).source.includes("init({ module_or_path: './app-1_bg.wasm' })"), 'nothing to merge: left as Trunk wrote it');
});

test("trunk serve's live-reload script is no part of the hosted app", () => {
  const served = externalizeBoot(TRUNK_INDEX).html.replace('<body>', () => `<body><script>"use strict";
(function () { const address = '{{__TRUNK_ADDRESS__}}'; icon.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg"></svg>'; })()
</script>`);
  assert.deepEqual(strictPolicyProblems(served), []);
  assert.deepEqual(strictPolicyProblems(served.replace('{{__TRUNK_ADDRESS__}}', 'x')), ['an inline <script>']);
});

test('a strict policy would refuse these, and the check says so', () => {
  const page = `<style>p{}</style><p style="color:red" onclick="x()">
    <script src="https://cdn.example/x.js"></script><img src="/abs.png"><a href="//evil/">`;
  assert.deepEqual(strictPolicyProblems(page), [
    'an inline <style>',
    'a style="" attribute',
    'an inline event handler',
    'an absolute URL: https://cdn.example/x.js',
    'an absolute URL: /abs.png',
    'an absolute URL: //evil/',
  ]);
});
