// Headless Debian Chromium for tests (never a downloaded browser).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Flags from docs: no sandbox as root, and no background networking on a closed network.
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = process.env.GAZETTE_DIST ?? path.join(repoRoot, 'dist');
export const screenshotDir = path.join(repoRoot, 'target', 'screenshots');

export async function launch() {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ARGS, headless: true });
  // The interface language follows the browser's; pages read the Chinese
  // interface unless a test asks for another locale.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'zh-CN', ...options });
  const newPage = browser.newPage.bind(browser);
  browser.newPage = (options = {}) => newPage({ locale: 'zh-CN', ...options });
  return browser;
}

export function screenshotPath(name) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  return path.join(screenshotDir, `${name}.png`);
}

/**
 * Collects console errors, uncaught exceptions and every request that breaks
 * the zero-network rule (see `watchRequests`) of a page.
 */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  watchRequests(page, (problem) => errors.push(problem));
  return errors;
}

/**
 * Records every request of a page and its frames (returned, in order) and
 * reports each one that leaves the app: the page's first document request
 * sets the app's origin; for a file:// page, any request but documents
 * from disk (the page, its frames) is one too many: the single file needs
 * nothing else.
 */
export function watchRequests(page, onForeign = () => {}) {
  const requests = [];
  let home = null;
  page.on('request', (request) => {
    const url = new URL(request.url());
    requests.push(url.href);
    const isDocument = request.isNavigationRequest() && request.frame() === page.mainFrame();
    if (home === null && isDocument) {
      home = url;
      return;
    }
    if (home === null) return;
    const same = home.protocol === 'file:'
      ? request.isNavigationRequest() && url.protocol === 'file:'
      : url.origin === home.origin;
    if (!same) onForeign(`request off the app's origin (${home.protocol === 'file:' ? home.pathname : home.origin}): ${url.href}`);
  });
  return requests;
}

/** Listens for CSP violations from the first script on; read them with `cspViolations(page)`. */
export async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile || document.URL}`);
    });
  });
}

/** The CSP violations seen in the page and its frames so far. */
export async function cspViolations(page) {
  const all = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => window.__cspViolations ?? []).catch(() => [])));
  }
  return all;
}
