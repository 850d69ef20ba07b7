// What is typed in a field still open is kept by autosave, so a closed tab or a crashed browser
// loses a second or two of it at most: a title typed into a new card, kept when the tab is closed
// before Enter, and when the whole browser is killed (SIGKILL) 0.2 s after Enter. Kept without an
// undo step per letter; Escape on a card that had a title drops it from what is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, launch, chromiumArgs, chromiumPath, settle } from './harness.mjs';
import { openFilesApp, sleep, waitForState } from './files-support.mjs';

const typed = 'Tea and cake for everyone';
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const plan = (page) => page.evaluate(() => JSON.parse(window.coplan.planText()));
const live = (p) => p.actions.filter((a) => !a.deleted);

// The plan kept in this tab's storage under `key`, as the next visit would find it.
const keptPlan = (page, key) => page.evaluate((key) => new Promise((resolve) => {
  const open = indexedDB.open('coplan', 1);
  open.onsuccess = () => {
    const get = open.result.transaction('kv').objectStore('kv').get(key);
    get.onsuccess = () => {
      resolve(get.result ? JSON.parse(new TextDecoder().decode(get.result)) : null);
      open.result.close();
    };
  };
}), key);

// Waits up to ten seconds for the titles of the plan kept to be `titles`.
async function untilKept(page, titles) {
  let kept = null;
  for (const end = Date.now() + 10000; Date.now() < end; await sleep(100)) {
    const { key } = await page.evaluate(() => window.coplanFiles.state());
    kept = key ? await keptPlan(page, key) : null;
    if (kept && JSON.stringify(live(kept).map((a) => a.title)) === JSON.stringify(titles)) return;
  }
  assert.fail(`the plan kept has ${JSON.stringify(kept && live(kept).map((a) => a.title))}, not ${JSON.stringify(titles)}`);
}

// A click on an empty part of the first change, N, then the title typed at 80 ms a key.
async function typeANewTitle(page) {
  const g = await page.evaluate(() => window.coplan.canvasGeometry());
  const lane = g.lanes[0];
  await page.mouse.click(lane[0] + lane[2] / 2, lane[1] + lane[3] - 20);
  await sleep(300);
  await page.keyboard.press('n');
  await page.waitForSelector('.text-overlay');
  await page.keyboard.type(typed, { delay: 80 });
}

// The titles of the plan the next visit carries on with.
async function titlesNextVisit(context) {
  const { page } = await openFilesApp(browser, server.url, { context });
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).actions.some((a) => !a.deleted));
  return live(await plan(page)).map((a) => a.title);
}

test('A title typed into a new card and the tab closed before Enter: the next visit has it', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  await settle(page);
  await typeANewTitle(page);
  await sleep(100);
  assert.equal(live(await plan(page))[0].title, '', 'not an edit until it is finished');
  await page.close();
  assert.deepEqual(await titlesNextVisit(context), [typed]);
  await context.close();
});

test('A title being typed is kept as the plan kept, with no undo step per letter', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  await settle(page);
  await typeANewTitle(page);
  const state = await waitForState(page, (s) => s.state === 'kept');
  await sleep(1500);
  const kept = await keptPlan(page, state.key);
  assert.deepEqual(live(kept).map((a) => a.title), [typed]);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).actions.filter((a) => !a.deleted)
    .map((a) => a.title).join() === '');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).actions.every((a) => a.deleted));
  await context.close();
});

test('Escape on a card that had a title: what was typed is kept while typing, and dropped after', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  await settle(page);
  await typeANewTitle(page);
  await page.keyboard.press('Enter');
  await sleep(300);
  await page.keyboard.press('Enter');  // a new title for the card
  await page.waitForSelector('.text-overlay');
  await page.keyboard.type(' again', { delay: 80 });
  await untilKept(page, [`${typed} again`]);
  await page.keyboard.press('Escape');
  await untilKept(page, [typed]);
  assert.deepEqual(live(await plan(page)).map((a) => a.title), [typed]);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).actions.filter((a) => !a.deleted)
    .map((a) => a.title).join() === '', null, { timeout: 5000 });
  await context.close();
});

// The main Chromium process of a persistent profile in `dir` (one of our own, started here).
function browserProcess(dir) {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmdline = '';
    try { cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
    const args = cmdline.split('\0');
    if (args.includes(`--user-data-dir=${dir}`) && !args.some((a) => a.startsWith('--type='))) return Number(pid);
  }
  return 0;
}

test('The browser killed 0.2 s after Enter: the next start has the title', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'coplan-profile-'));
  const start = () => chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath, headless: true, args: chromiumArgs, viewport: { width: 1280, height: 800 } });
  let first, again;
  try {  // a failure closes these browsers too, or the test run never ends
    first = await start();
    const { page } = await openFilesApp(browser, server.url, { context: first });
    await settle(page);
    await typeANewTitle(page);
    await page.keyboard.press('Enter');
    await sleep(200);
    const pid = browserProcess(dir);
    assert.ok(pid > 0, 'the browser process was found');
    process.kill(pid, 'SIGKILL');
    await first.close().catch(() => {});
    again = await start();
    const titles = await titlesNextVisit(again);
    assert.equal(titles.length, 1, JSON.stringify(titles));
    assert.ok(typed.startsWith(titles[0]) && titles[0].length >= 10,
      `only ${JSON.stringify(titles[0])} of ${JSON.stringify(typed)} was kept: more than a second or two was lost`);
  } finally {
    await first?.close().catch(() => {});
    await again?.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
});
