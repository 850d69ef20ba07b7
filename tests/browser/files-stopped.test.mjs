// When the module stops (a crash: "RuntimeError: unreachable", out of memory), the page says
// "Coplan stopped", and the next visit is not locked out: a plan becomes the last plan only once
// it has been drawn, and a plan Coplan stopped while opening is not opened again at the start.
// A test-only word in the address (?test-stop=WORD) makes the module trap while it draws a plan
// whose title has it, so the crash does not depend on what the reader refuses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, settle, screenshotText, readsAs } from './harness.mjs';
import { openFilesApp, command, fileState, planTitle, openWithChooser, waitForState, dataDir, dialogText, sleep }
  from './files-support.mjs';

const workshop = readFileSync(path.join(dataDir, 'good/workshop.coplan.json'), 'utf8');
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// A plan file like the shipped example with another title.
function planFile(title, name) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'coplan-stop-')), name);
  writeFileSync(file, JSON.stringify({ ...JSON.parse(workshop), title }));
  return file;
}

// The text kept in this browser under `key` (straight from IndexedDB).
const storedText = (page, key) => page.evaluate((k) => new Promise((resolve, reject) => {
  const open = indexedDB.open('coplan', 1);
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const get = open.result.transaction('kv').objectStore('kv').get(k);
    get.onsuccess = () => { resolve(get.result === undefined ? null : new TextDecoder().decode(get.result)); open.result.close(); };
    get.onerror = () => reject(get.error);
  };
}), key);

const stoppedShown = (page) => page.evaluate(() => !document.getElementById('status').hidden &&
  document.querySelector('#status h1').textContent === 'Coplan stopped' && !!document.querySelector('#status button'));

// A plan kept in the context's browser storage, drawn, as the last plan.
async function keepEarlierPlan(context, title) {
  const { page } = await openFilesApp(browser, server.url, { context });
  await command(page, 'rename', title);
  await command(page, 'flush');
  const state = await waitForState(page, (s) => s.state === 'kept');
  await sleep(300);  // its settings (the last plan) are written once it was drawn
  const kept = { key: state.key, text: await storedText(page, state.key) };
  await page.close();
  return kept;
}

// The app in the context's storage, once it has carried on with the plan called `title`.
async function carryOn(context, url, title) {
  const opened = await openFilesApp(browser, url, { context });
  await opened.page.waitForFunction((t) => JSON.parse(window.coplan.planText()).title === t, title);
  await settle(opened.page);
  return opened;
}

// A context of its own (its own storage) where files are picked with the page's file input.
async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.addInitScript(() => { window.showSaveFilePicker = undefined; window.showOpenFilePicker = undefined; });
  return context;
}

test('A plan that stops Coplan as it is drawn: "Coplan stopped", then the next visit carries on with the earlier plan', async () => {
  const context = await newContext();
  const earlier = await keepEarlierPlan(context, 'The earlier plan');
  const { page } = await carryOn(context, `${server.url}?test-stop=STOPS`, 'The earlier plan');
  await openWithChooser(page, planFile('Anytown STOPS Coplan', 'stops.coplan.json'));
  await page.waitForFunction(() => document.querySelector('#status h1').textContent === 'Coplan stopped');
  assert.ok(await stoppedShown(page));
  const { text: stoppedText } = await screenshotText(page, 'stopped-shown');
  assert.ok(readsAs(stoppedText, 'Reload the page to carry on'), `tesseract read: ${stoppedText}`);
  await page.close();

  const again = await carryOn(context, `${server.url}?test-stop=STOPS`, 'The earlier plan');
  const { text } = await screenshotText(again.page, 'stopped-next-visit');
  assert.ok(readsAs(text, 'Coplan stopped last time while it was opening'), `tesseract read: ${text}`);
  const state = await fileState(again.page);
  assert.deepEqual(state.index.plans.map((p) => p.title).sort(), ['Anytown STOPS Coplan', 'The earlier plan']);
  assert.equal(await storedText(again.page, earlier.key), earlier.text, 'the earlier plan is kept as it was');
  await command(again.page, 'my-plans');
  await settle(again.page);
  const plans = await dialogText(again.page, 'stopped-my-plans');
  for (const words of ['My plans', 'The earlier plan', 'Anytown STOPS'])
    assert.ok(readsAs(plans, words), `expected "${words}"; tesseract read: ${plans}`);
  await context.close();
});

test('A last plan that stops Coplan at the start: the next visit starts empty, says so, and My plans is intact', async () => {
  const context = await newContext();
  const kept = await keepEarlierPlan(context, 'Plan that STOPS at the start');
  const crashing = await context.newPage();
  await crashing.goto(`${server.url}?test-stop=STOPS`);
  await crashing.waitForFunction(() => document.querySelector('#status h1').textContent === 'Coplan stopped',
    null, { timeout: 30000 });
  await crashing.close();

  for (const visit of [1, 2]) {
    const { page } = await openFilesApp(browser, `${server.url}?test-stop=STOPS`, { context });
    await sleep(500);
    assert.equal(await planTitle(page), 'Our plan', 'a new, empty plan');
    assert.equal(await stoppedShown(page), false);
    await settle(page);
    const { text } = await screenshotText(page, `stopped-at-start-${visit}`);
    assert.equal(readsAs(text, 'started with a new, empty plan'), visit === 1, `visit ${visit}; tesseract read: ${text}`);
    const state = await fileState(page);
    assert.deepEqual(state.index.plans.map((p) => p.title), ['Plan that STOPS at the start']);
    assert.equal(await storedText(page, kept.key), kept.text, 'the plan in My plans is as it was');
    if (visit === 1) {
      await command(page, 'my-plans');
      await settle(page);
      const plans = await dialogText(page, 'stopped-at-start-my-plans');
      assert.ok(readsAs(plans, 'Plan that STOPS at the start'), `tesseract read: ${plans}`);
    }
    await page.close();
  }
  await context.close();
});

// The reader may refuse such titles (then a message says why); either way the next visit starts,
// says what happened, reaches My plans, and the earlier plan is as it was.
test('Plans with a 50 MB and a 10 MB title, then a reload: a clear message, My plans, the earlier plan intact', async () => {
  const context = await newContext();
  const earlier = await keepEarlierPlan(context, 'The earlier plan');
  let { page } = await carryOn(context, server.url, 'The earlier plan');
  for (const mb of [50, 10]) {
    const title = 'w'.repeat(mb * 1000 * 1000);
    await openWithChooser(page, planFile(title, `title-${mb}-mb.coplan.json`));
    for (let i = 0; i < 300; ++i) {  // opened, refused, or stopped
      if (await stoppedShown(page)) break;
      const state = await fileState(page).catch(() => null);
      if (state && state.index.plans.some((p) => p.file === `title-${mb}-mb.coplan.json`) && state.state === 'kept') break;
      if (i > 40 && state && (await planTitle(page)) === 'The earlier plan') break;  // refused
      await sleep(100);
    }
    if (await stoppedShown(page)) {
      await page.close();
      ({ page } = await openFilesApp(browser, server.url, { context }));
    }
  }
  await page.close();
  ({ page } = await openFilesApp(browser, server.url, { context }));
  await sleep(1000);
  await settle(page);
  const { text } = await screenshotText(page, 'big-titles-reloaded');
  assert.ok(['Carried on with', 'Coplan stopped last time', 'could not'].some((w) => readsAs(text, w)),
    `a message says what happened; tesseract read: ${text}`);
  assert.equal(await stoppedShown(page), false);
  assert.equal(await storedText(page, earlier.key), earlier.text, 'the earlier plan is kept as it was');
  await command(page, 'my-plans');
  await settle(page);
  const plans = await dialogText(page, 'big-titles-my-plans');
  for (const words of ['My plans', 'The earlier plan'])
    assert.ok(readsAs(plans, words), `expected "${words}"; tesseract read: ${plans}`);
  await context.close();
});
