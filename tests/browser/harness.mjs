// Shared pieces of the browser tests: a loopback server for the built site that logs every
// request, Debian's Chromium driven by playwright-core, and OCR of screenshots.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const siteDir = process.env.COPLAN_SITE || path.resolve(here, '../../build/web/site');
export const outDir = path.resolve(here, 'out');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.svg': 'image/svg+xml',
};

// Serves the site on 127.0.0.1 (a free port) and records each request's path.
export async function startServer() {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    const file = path.join(siteDir, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
    if (!file.startsWith(siteDir)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((r) => server.close(r)) };
}

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

// Debian's Chromium; elsewhere the program COPLAN_CHROMIUM names, or Ubuntu's snap.
export const chromiumPath = process.env.COPLAN_CHROMIUM
  || ['/usr/bin/chromium', '/snap/bin/chromium'].find((p) => existsSync(p)) || '/usr/bin/chromium';

export async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...extraArgs] });
}

// Opens the app in a new page and waits until the module draws. Collects console errors.
export async function openApp(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForFunction(() => window.coplan && window.coplan.ready, null, { timeout: 30000 });
  return { context, page, errors };
}

// Lets the app draw a few frames (fonts for the current zoom are baked between frames).
export async function settle(page, frames = 12) {
  await page.evaluate((n) => new Promise((resolve) => {
    let left = n;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), frames);
}

// Takes a screenshot, keeps it in tests/browser/out/ and returns the text tesseract reads in it.
export async function screenshotText(page, name) {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `${name}.png`);
  await writeFile(file, await page.screenshot());
  return { file, text: ocr(file) };
}

// True if `words` appear in OCR output; spaces and case are ignored (OCR often drops spaces).
export function readsAs(text, words) {
  const squash = (s) => s.toLowerCase().replace(/\s+/g, '');
  return squash(text).includes(squash(words));
}

export function ocr(file) {
  return execFileSync('tesseract', [file, 'stdout', '--psm', '3'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .replace(/\s+/g, ' ');
}
