// A small W3C WebDriver client (Node's fetch only) for Debian's Firefox ESR
// (geckodriver) and WebKitGTK (WebKitWebDriver, whose MiniBrowser has no
// headless mode: it runs on a private Xvfb display). `launchWebDriver`
// returns a browser whose pages answer the part of Playwright's Page API the
// shared journeys (journeys.mjs) use, so every browser runs one
// implementation of each step: locator(…).first()/nth()/locator()/click()/
// fill()/pressSequentially()/check()/count()/isVisible()/textContent()/
// inputValue()/getAttribute(), waitForSelector, waitForFunction (polling),
// evaluate, url, goto, goBack, reload, screenshot, frame(selector).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const DEFAULT_TIMEOUT = 30_000;
const POLL = 100;

function which(bin) {
  if (bin.includes('/')) return fs.existsSync(bin) ? bin : null;
  for (const dir of (process.env.PATH ?? '').split(':').concat([path.join(os.homedir(), '.cargo/bin')])) {
    const file = path.join(dir, bin);
    if (dir && fs.existsSync(file)) return file;
  }
  return null;
}

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The browsers this client drives, what each needs, and how to start a session. */
export const BROWSERS = {
  firefox: {
    title: 'Firefox ESR',
    install: 'scripts/setup.sh test installs Debian\'s firefox-esr and geckodriver (cargo install)',
    find() {
      const driver = which(process.env.GECKODRIVER ?? 'geckodriver');
      const binary = which(process.env.FIREFOX ?? 'firefox-esr');
      if (!driver) return { missing: 'geckodriver' };
      if (!binary) return { missing: 'firefox-esr' };
      return { driver, binary, display: false };
    },
    args: (port) => ['--port', String(port), '--host', '127.0.0.1', '--log', 'error'],
    capabilities: ({ binary }, { width, height }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary,
        args: ['-headless', `--width=${width}`, `--height=${height}`],
        prefs: {
          // The interface follows the browser's language: Chinese, as in the Chromium tests.
          'intl.accept_languages': 'zh-CN, zh',
          // A closed network: nothing of the browser's own may try to go out.
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'app.update.disabledForTesting': true,
        },
      },
    }),
  },
  webkit: {
    title: 'WebKitGTK',
    install: 'scripts/setup.sh test installs Debian\'s webkit2gtk-driver (MiniBrowser) and xvfb',
    find() {
      const driver = which(process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver');
      const binary = process.env.MINIBROWSER ?? MINIBROWSER;
      if (!driver) return { missing: 'WebKitWebDriver (webkit2gtk-driver)' };
      if (!fs.existsSync(binary)) return { missing: `${binary} (libwebkit2gtk-4.1-0)` };
      if (!which('Xvfb')) return { missing: 'Xvfb (xvfb)' };
      return { driver, binary, display: true };
    },
    args: (port) => [`--port=${port}`, '--host=local'],
    capabilities: ({ binary }) => ({
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    }),
  },
};

/** Null when `kind` can run here, else a sentence naming what is missing. */
export function missing(kind) {
  const found = BROWSERS[kind].find();
  return found.missing ? `${found.missing} not found (${BROWSERS[kind].install})` : null;
}

/** The browser's version line, e.g. "Mozilla Firefox 153.8.0esr". */
export function browserVersion(kind) {
  const found = BROWSERS[kind].find();
  const run = kind === 'webkit'
    ? spawnSync('dpkg-query', ['-W', '-f', 'WebKitGTK ${Version}', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' })
    : spawnSync(found.binary, ['--version'], { encoding: 'utf8' });
  return (run.stdout ?? '').trim();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A private X display (Xvfb picks a free number and tells it on fd 3). */
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp', '-noreset'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  xvfb.stderr.on('data', (d) => { stderr += d; });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`Xvfb did not start: ${stderr}`)), 10_000);
  });
  return { display, kill: () => xvfb.kill() };
}

/**
 * The interface follows the browser's language, Chinese in every test.
 * WebKitGTK takes navigator.language from the process locale (LC_CTYPE),
 * and a fresh Debian has no zh_CN.UTF-8 locale (only C.UTF-8): then a
 * locale of that name is made from C.UTF-8's data under LOCPATH (only the
 * name matters here; texts, fonts and collation come from the page).
 */
function chineseLocale() {
  const env = { LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN:zh' };
  const have = spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout ?? '';
  if (/^zh_CN\.utf-?8$/im.test(have)) return env;
  const source = ['/usr/lib/locale/C.utf8', '/usr/lib/locale/C.UTF-8'].find((d) => fs.existsSync(d));
  if (!source) return env;
  const dir = path.join(os.tmpdir(), 'gazette-locale');
  fs.mkdirSync(dir, { recursive: true });
  const link = path.join(dir, 'zh_CN.UTF-8');
  try { fs.symlinkSync(source, link); } catch (err) { if (err.code !== 'EEXIST') throw err; }
  return { ...env, LOCPATH: dir };
}

class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value?.error ?? 'error'}: ${value?.message ?? JSON.stringify(value)}`);
    this.code = value?.error;
  }
}

/** Starts the driver (and a display when the browser needs one) and a session. */
export async function launchWebDriver(kind, { width = 1440, height = 900 } = {}) {
  const spec = BROWSERS[kind];
  const found = spec.find();
  if (found.missing) throw new Error(missing(kind));
  const xvfb = found.display ? await startXvfb() : null;
  const port = await freePort();
  const env = { ...process.env, ...chineseLocale() };
  delete env.LC_ALL;
  if (xvfb) env.DISPLAY = xvfb.display;
  else delete env.DISPLAY;
  const driver = spawn(found.driver, spec.args(port), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (d) => { log = (log + d).slice(-20_000); };
  driver.stdout.on('data', keep);
  driver.stderr.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const stop = () => { driver.kill(); xvfb?.kill(); };
  try {
    for (let i = 0; ; i++) {
      try {
        const status = await (await fetch(`${base}/status`)).json();
        if (status.value?.ready !== false) break;
      } catch { /* not listening yet */ }
      if (i > 200 || driver.exitCode !== null) throw new Error(`${found.driver} did not start: ${log}`);
      await sleep(50);
    }
    const created = await command(base, 'POST', '/session', {
      capabilities: { alwaysMatch: spec.capabilities(found, { width, height }) },
    }, 120_000);
    const session = new Session(base, created.sessionId, kind, created.capabilities);
    await session.setViewport(width, height);
    return new Browser(session, stop, () => log);
  } catch (err) {
    stop();
    throw err;
  }
}

async function command(base, method, url, body, timeout = 60_000) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeout),
  });
  const text = await response.text();
  let json;
  try { json = JSON.parse(text); } catch { throw new Error(`${method} ${url}: HTTP ${response.status}: ${text.slice(0, 300)}`); }
  if (!response.ok || json.value?.error) throw new WebDriverError(`${method} ${url}`, json.value);
  return json.value;
}

/** One WebDriver session: one browser window, its current browsing context tracked. */
class Session {
  constructor(base, id, kind, capabilities) {
    this.base = base;
    this.id = id;
    this.kind = kind;
    this.capabilities = capabilities;
    this.context = null; // css selector of the iframe commands go to, or null: the top level
  }

  send(method, url, body) {
    return command(this.base, method, `/session/${this.id}${url}`, body);
  }

  /** Makes `frame` (null, or the css selector of an iframe of the top page) current. */
  async enter(frame) {
    if (this.context === frame) return;
    await this.send('POST', '/frame', { id: null });
    this.context = null;
    if (frame === null) return;
    const [el] = await this.send('POST', '/elements', { using: 'css selector', value: frame });
    if (!el) throw new Error(`no iframe ${frame}`);
    await this.send('POST', '/frame', { id: el });
    this.context = frame;
  }

  /** Sizes the window so that the page's viewport is width × height CSS pixels. */
  async setViewport(width, height) {
    await this.enter(null);
    let rect = { width, height };
    for (let i = 0; i < 3; i++) {
      await this.send('POST', '/window/rect', rect);
      const inner = await this.send('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
      if (inner[0] === width && inner[1] === height) return;
      rect = { width: rect.width + width - inner[0], height: rect.height + height - inner[1] };
    }
  }
}

/** What a test holds: one window, navigated page after page (`newPage` reuses it). */
class Browser {
  constructor(session, stop, log) {
    this.session = session;
    this.kind = session.kind;
    this.version = session.capabilities?.browserVersion;
    this.stopDriver = stop;
    this.driverLog = log;
  }

  async newPage({ viewport } = {}) {
    await this.session.enter(null);
    await this.session.send('POST', '/url', { url: 'about:blank' });
    if (viewport) await this.session.setViewport(viewport.width, viewport.height);
    return new Page(this.session, null);
  }

  async close() {
    try { await this.session.send('DELETE', ''); } catch { /* the browser may be gone already */ }
    this.stopDriver();
  }
}

function serializeArg(arg) {
  return arg === undefined ? null : arg;
}

/** A page (or a frame of it): Playwright's names, WebDriver underneath. */
export class Page {
  constructor(session, frame) {
    this.session = session;
    this.frameSelector = frame;
  }

  async send(method, url, body) {
    await this.session.enter(this.frameSelector);
    return this.session.send(method, url, body);
  }

  /** The iframe `selector` of this (top-level) page, as a page of its own. */
  frame(selector) {
    return new Page(this.session, selector);
  }

  locator(selector) {
    return new Locator(this, [{ css: selector }]);
  }

  async goto(url) {
    await this.session.enter(null);
    await this.session.send('POST', '/url', { url });
  }

  async reload() {
    await this.session.enter(null);
    await this.session.send('POST', '/refresh', {});
  }

  async goBack() {
    if (this.frameSelector === null) {
      await this.session.enter(null);
      await this.session.send('POST', '/back', {});
    } else {
      await this.evaluate(() => history.back());
    }
  }

  async url() {
    return this.evaluate(() => location.href);
  }

  /** Runs `fn(arg)` in the page (or frame); a promise it returns is awaited. Elements pass as arguments. */
  async evaluate(fn, arg, elements = []) {
    const script = `return (${fn}).apply(null, arguments);`;
    return this.send('POST', '/execute/sync', { script, args: [serializeArg(arg), ...elements] });
  }

  /** Polls `fn(arg)` until it returns something truthy; returns that value. */
  async waitForFunction(fn, arg, { timeout = DEFAULT_TIMEOUT, polling = POLL } = {}) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.evaluate(fn, arg);
        if (last) return last;
      } catch (err) {
        if (Date.now() > end) throw err;
      }
      if (Date.now() > end) throw new Error(`waitForFunction timed out after ${timeout} ms (last: ${JSON.stringify(last)}): ${fn}`);
      await sleep(polling);
    }
  }

  /** Waits until an element matching `selector` is visible (Playwright's default state). */
  async waitForSelector(selector, { timeout = DEFAULT_TIMEOUT } = {}) {
    await this.waitForFunction((sel) => [...document.querySelectorAll(sel)].some((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    }), selector, { timeout });
    return this.locator(selector);
  }

  waitForTimeout(ms) {
    return sleep(ms);
  }

  /** A PNG of the window's viewport (WebDriver has no full-page shot in every browser). */
  async screenshot({ path: file } = {}) {
    await this.session.enter(null);
    // Let the window paint what its frames just changed (WebKitGTK showed an iframe's old height).
    await this.session.send('POST', '/execute/sync', {
      script: 'return new Promise((done) => { setTimeout(done, 1000); requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))); });',
      args: [],
    });
    const png = Buffer.from(await this.session.send('GET', '/screenshot'), 'base64');
    if (file) fs.writeFileSync(file, png);
    return png;
  }
}

/** A lazy query, resolved again for every action (as Playwright's locators are). */
class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  locator(selector) { return new Locator(this.page, [...this.steps, { css: selector }]); }
  first() { return this.nth(0); }
  nth(index) { return new Locator(this.page, [...this.steps, { nth: index }]); }

  toString() {
    return this.steps.map((s) => (s.css !== undefined ? s.css : `>> nth=${s.nth}`)).join(' ');
  }

  /** The element references matching now. */
  async all() {
    let found = null; // null: the document
    for (const step of this.steps) {
      if (step.nth !== undefined) {
        found = found && found[step.nth] ? [found[step.nth]] : [];
        continue;
      }
      const query = { using: 'css selector', value: step.css };
      if (found === null) {
        found = await this.page.send('POST', '/elements', query);
      } else {
        const next = [];
        for (const el of found) next.push(...(await this.page.send('POST', `/element/${el[ELEMENT]}/elements`, query)));
        found = next;
      }
    }
    return found ?? [];
  }

  async count() {
    return (await this.all()).length;
  }

  /** Retries `action(element)` until one element matches and the action succeeds. */
  async act(name, action, { timeout = DEFAULT_TIMEOUT } = {}) {
    const end = Date.now() + timeout;
    let last = null;
    for (;;) {
      try {
        const els = await this.all();
        if (els.length > 1) throw new Error(`strict mode violation: ${this} matched ${els.length} elements`);
        if (els.length === 1) return await action(els[0]);
        last = new Error(`no element matches ${this}`);
      } catch (err) {
        if (/strict mode/.test(err.message)) throw err;
        last = err; // stale after a re-render, not yet interactable, covered: try again
      }
      if (Date.now() > end) throw new Error(`${name} ${this}: ${last?.message}`);
      await sleep(POLL);
    }
  }

  evaluateOn(el, fn, arg) {
    return this.page.evaluate(`(arg, el) => (${fn})(el, arg)`, arg, [el]);
  }

  evaluate(fn, arg) {
    return this.act('evaluate', (el) => this.evaluateOn(el, fn, arg));
  }

  /** Scrolls the element into view (in its frame and the frames around it) and throws unless it is
   *  visible and has kept its box for two frames (Playwright's "stable"; an iframe out of view may
   *  not run its animations). */
  async stable(el) {
    const ok = await this.evaluateOn(el, (e) => new Promise((resolve) => {
      e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = () => JSON.stringify(e.getBoundingClientRect());
      const first = box();
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const r = e.getBoundingClientRect();
        resolve(box() === first && r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden');
      }));
    }));
    if (!ok) throw new Error('not visible and still');
  }

  click() {
    return this.act('click', async (el) => {
      await this.stable(el);
      await this.page.send('POST', `/element/${el[ELEMENT]}/click`, {});
    });
  }

  async check() {
    await this.act('check', async (el) => {
      const checked = () => this.evaluateOn(el, (e) => e.checked);
      if (await checked()) return;
      await this.stable(el);
      await this.page.send('POST', `/element/${el[ELEMENT]}/click`, {});
      for (let i = 0; i < 20 && !(await checked()); i++) await sleep(50);
      if (!(await checked())) throw new Error('not checked after a click');
    });
  }

  /** Sets the value at once and fires `input` (Playwright's fill is no key strokes either). */
  fill(value) {
    return this.act('fill', (el) => this.evaluateOn(el, (e, v) => {
      e.focus();
      e.value = v;
      e.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: v }));
    }, value));
  }

  /** Real key strokes, one character at a time. */
  async pressSequentially(text, { delay = 0 } = {}) {
    for (const ch of text) {
      await this.act('pressSequentially', (el) => this.page.send('POST', `/element/${el[ELEMENT]}/value`, { text: ch }));
      if (delay) await sleep(delay);
    }
  }

  async isVisible() {
    const [el] = await this.all();
    if (!el) return false;
    return this.evaluateOn(el, (e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    }).catch(() => false);
  }

  textContent() { return this.act('textContent', (el) => this.evaluateOn(el, (e) => e.textContent)); }
  inputValue() { return this.act('inputValue', (el) => this.evaluateOn(el, (e) => e.value)); }
  getAttribute(name) { return this.act('getAttribute', (el) => this.evaluateOn(el, (e, n) => e.getAttribute(n), name)); }
}
