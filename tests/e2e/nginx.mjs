// Debian's nginx serving dist/ with the location block of docs/embedding.md,
// copied from the document as written, on a free port of 127.0.0.1. Its
// access log is kept, so a test can count the requests a page made.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, spawnSync } from 'node:child_process';
import { distDir, repoRoot } from './browser.mjs';

export const NGINX = '/usr/sbin/nginx';
/** Null when nginx can run here, else why not. */
export const nginxMissing = fs.existsSync(NGINX) ? null : `${NGINX} not found; scripts/test.sh installs Debian's nginx`;

/** The ```nginx block of docs/embedding.md, pointed at this dist/. */
export function documentedLocation() {
  const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'embedding.md'), 'utf8');
  const block = doc.match(/```nginx\n([\s\S]*?)```/)?.[1];
  assert.ok(block, 'docs/embedding.md has an nginx block');
  assert.match(block, /alias \/srv\/gazette\/dist\/;/);
  return block.replace('/srv/gazette/dist/', `${distDir}/`);
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts nginx; returns `{ url, requests(), close() }`: `url` is the
 * documented location (`/gazette/`), `requests()` the paths asked for so far.
 */
export async function startNginx() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-nginx-'));
  const port = await freePort();
  const accessLog = path.join(work, 'access.log');
  fs.writeFileSync(path.join(work, 'nginx.conf'), `daemon off;
master_process off;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  log_format path '$request_uri';
  access_log ${accessLog} path;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${port};
${documentedLocation()}
  }
}
`);
  const check = spawnSync(NGINX, ['-t', '-p', work, '-c', `${work}/nginx.conf`], { encoding: 'utf8' });
  assert.equal(check.status, 0, `nginx -t: ${check.stderr}`);
  const nginx = spawn(NGINX, ['-p', work, '-c', `${work}/nginx.conf`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/gazette/`;
  for (let i = 0; i < 100; i++) {
    try { await fetch(url); break; } catch { await new Promise((r) => setTimeout(r, 50)); }
  }
  const probes = 1; // the fetch above
  return {
    url,
    requests: () => (fs.existsSync(accessLog) ? fs.readFileSync(accessLog, 'utf8').split('\n').filter(Boolean).slice(probes) : []),
    close: () => new Promise((resolve) => {
      if (nginx.exitCode !== null) return resolve();
      nginx.once('exit', () => resolve());
      nginx.kill();
    }),
  };
}
