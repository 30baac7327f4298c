#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml), also runnable by hand:
//   node scripts/post-build.mjs [--dist DIR] [--out FILE] [--no-gzip]
// 1. dist/ for strict hosting: Trunk's inline loader moves to boot-<hash>.js,
//    and the page is checked for anything a strict CSP would refuse.
// 2. dist/gazette-offline.html: the whole app in one file for file:// use, with an
//    empty corpus slot (scripts/add-corpus.sh, then `gazette site`, fills it).
// Prints the sizes. DIR defaults to Trunk's staging directory, then dist/.
import fs from 'node:fs';
import path from 'node:path';
import { externalizeBoot, strictPolicyProblems } from './dist/hosted.mjs';
import { offlineHtml } from './dist/offline.mjs';
import { readTrunkDist } from './dist/read.mjs';

const OFFLINE_NAME = 'gazette-offline.html';

function parseArgs(argv) {
  const args = { dir: process.env.TRUNK_STAGING_DIR ?? 'dist', out: null, gzip: process.env.GAZETTE_OFFLINE_GZIP !== '0' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') args.dir = argv[++i];
    else if (argv[i] === '--out') args.out = argv[++i];
    else if (argv[i] === '--no-gzip') args.gzip = false;
    else throw new Error(`unknown argument ${argv[i]} (usage: post-build.mjs [--dist DIR] [--out FILE] [--no-gzip])`);
  }
  args.out ??= path.join(args.dir, OFFLINE_NAME);
  return args;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

function main() {
  const { dir, out, gzip } = parseArgs(process.argv.slice(2));
  const indexPath = path.join(dir, 'index.html');
  let indexHtml = fs.readFileSync(indexPath, 'utf8');

  const moved = externalizeBoot(indexHtml);
  if (moved) {
    fs.writeFileSync(path.join(dir, moved.name), moved.source);
    indexHtml = moved.html;
    fs.writeFileSync(indexPath, indexHtml);
  }
  for (const page of fs.readdirSync(dir).filter((f) => f.endsWith('.html') && f !== OFFLINE_NAME)) {
    const problems = strictPolicyProblems(fs.readFileSync(path.join(dir, page), 'utf8'));
    if (problems.length) throw new Error(`${page} would break under a strict CSP: ${problems.join('; ')}`);
  }

  const { html, sizes } = offlineHtml({ ...readTrunkDist(dir), gzip });
  fs.writeFileSync(out, html);
  console.log(`[gazette] ${path.basename(out)}: ${sizes.html} bytes (${kb(sizes.html)}); `
    + `app wasm ${kb(sizes.wasm)} raw, ${kb(sizes.packed)} ${gzip ? 'gzip' : 'uncompressed'}, ${kb(sizes.base64)} base64`);
}

try {
  main();
} catch (err) {
  console.error(`[gazette] post-build: error: ${err.message}`);
  process.exit(1);
}
