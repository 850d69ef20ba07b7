// Shared pieces of the file tests (files-*.test.mjs): a page with or without the File System
// Access API, the File menu's commands and the keeper's state (window.coplanFiles), plans made by
// coplan-cli, and small waits.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { PNG } from 'pngjs';
import { ocr, outDir } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const dataDir = path.resolve(here, '../data');
export const cli = process.env.COPLAN_CLI || path.resolve(here, '../../build/native/src/cli/coplan-cli');

// A new browser context (its own storage) with the app open and its library loaded. Without
// `fileSystemAccess`, the browser behaves like Firefox and Safari: saving downloads the file.
export async function openFilesApp(browser, url, { fileSystemAccess = false, init = [], context } = {}) {
  const ctx = context || await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  if (!context) {
    if (!fileSystemAccess) await ctx.addInitScript(() => { window.showSaveFilePicker = undefined; window.showOpenFilePicker = undefined; });
    for (const script of init) await ctx.addInitScript(script);
  }
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForFunction(() => window.coplan && window.coplan.ready, null, { timeout: 30000 });
  await page.waitForFunction(() => window.coplanFiles.state().state !== 'starting', null, { timeout: 30000 });
  return { context: ctx, page, errors };
}

export const command = (page, what, argument = '') =>
  page.evaluate(([w, a]) => window.coplanFiles.command(w, a), [what, argument]);
export const fileState = (page) => page.evaluate(() => window.coplanFiles.state());
export const planText = (page) => page.evaluate(() => window.coplan.planText());
export const planTitle = async (page) => JSON.parse(await planText(page)).title;

// Waits until the keeper's state passes `check` (the page's CSP allows no eval, so Node polls).
export async function waitForState(page, check, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await fileState(page);
    if (check(state)) return state;
    if (Date.now() > end) throw new Error(`the keeper's state never passed ${check}: ${JSON.stringify(state)}`);
    await sleep(50);
  }
}

// Presses keys on the canvas as a person would (a real key press also lets the page open pickers).
export async function press(page, keys) {
  await page.focus('#canvas');
  await page.keyboard.press(keys);
}

export async function openWithChooser(page, file) {
  const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
  await press(page, 'Control+o');
  await (await chooser).setFiles(file);
}

// Drops a file on the page the way a file manager does (a drop event carrying the file).
export async function dropFile(page, file, name = path.basename(file)) {
  const text = readFileSync(file, 'utf8');
  const transfer = await page.evaluateHandle(([t, n]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'application/json' }));
    return dt;
  }, [text, name]);
  await page.dispatchEvent('#canvas', 'dragover', { dataTransfer: transfer });
  const hinted = await page.evaluate(() => !!document.querySelector('.drop-hint:not([hidden])'));
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer: transfer });
  return hinted;
}

// A made-up plan with every field filled (coplan-cli sample), as a file.
export function samplePlan(actions, seed = 1) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'coplan-sample-')), `sample-${actions}.coplan.json`);
  execFileSync(cli, ['sample', '--actions', String(actions), '--seed', String(seed), '-o', file]);
  return file;
}

export function validates(file) {
  try {
    execFileSync(cli, ['validate', file], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// What tesseract reads in the dialog that is open: the page around a modal dialog is dimmed, which
// confuses its reading of the whole screen, so only the dialog's bright box is read.
export async function dialogText(page, name) {
  mkdirSync(outDir, { recursive: true });
  const shot = PNG.sync.read(await page.screenshot());
  let [left, top, right, bottom] = [shot.width, shot.height, -1, -1];
  for (let y = 0; y < shot.height; y += 2) {
    for (let x = 0; x < shot.width; x += 2) {
      const i = (y * shot.width + x) * 4;
      if (Math.min(shot.data[i], shot.data[i + 1], shot.data[i + 2]) < 246) continue;
      left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return '';
  const file = path.join(outDir, `${name}.png`);
  writeFileSync(file, await page.screenshot({ clip: { x: left, y: top, width: right - left + 2, height: bottom - top + 2 } }));
  return ocr(file);
}
