// Autosave in the browser: a tab closed mid-edit keeps the edit; nothing is written before the
// kept plan has loaded; a failed write is retried and reported; the "leave page?" warning comes
// only with changes not saved to a file; earlier versions can be looked at and restored; and
// what one autosave of a 1,000-action plan costs on the main thread.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launch, settle, screenshotText, readsAs } from './harness.mjs';
import { openFilesApp, command, fileState, planTitle, press, waitForState, samplePlan, sleep, dialogText } from './files-support.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('A tab closed in the middle of an edit keeps the edit, and the next visit carries on with it', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  await command(page, 'rename', 'Edited just before closing');
  await page.close();  // well within the second autosave waits: only the flush on hiding keeps it
  const again = await openFilesApp(browser, server.url, { context });
  await again.page.waitForFunction(() => JSON.parse(window.coplan.planText()).title === 'Edited just before closing');
  await settle(again.page);
  const { text } = await screenshotText(again.page, 'files-carried-on');
  assert.ok(readsAs(text, 'Carried on with'), `tesseract read: ${text}`);
  assert.deepEqual(again.errors, []);
  await context.close();
});

// The browser may drop a database write made as a tab closes: the next visit still has it.
test('A closing tab whose last write the browser dropped: the next visit still has the edit', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    if (!location.search.includes('drop-writes-on-close')) return;
    let closing = false;
    const hide = () => { closing = true; };
    window.addEventListener('pagehide', hide, true);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') hide(); }, true);
    const commit = IDBTransaction.prototype.commit;
    IDBTransaction.prototype.commit = function () { return closing ? this.abort() : commit.call(this); };
  });
  const first = await context.newPage();
  await first.goto(server.url + '?drop-writes-on-close');
  await first.waitForFunction(() => window.coplan && window.coplan.ready && window.coplanFiles.state().state !== 'starting');
  await command(first, 'rename', 'Kept though the write was dropped');
  await first.close();
  const again = await openFilesApp(browser, server.url, { context });
  await again.page.waitForFunction(() => JSON.parse(window.coplan.planText()).title === 'Kept though the write was dropped');
  assert.equal(await again.page.evaluate(() => localStorage.getItem('coplan-unfinished')), null);
  assert.deepEqual(again.errors, []);
  await context.close();
});

// Opening the database is held back for a while; an edit made meanwhile must not overwrite the
// kept plan, and must not be lost either.
test('Nothing is written before the kept plan has loaded', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  await command(page, 'rename', 'Kept before');
  await command(page, 'flush');
  await waitForState(page, (s) => s.state === 'kept');
  await page.close();
  await context.addInitScript(() => {
    window.__puts = [];
    window.__loaded = false;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      window.__puts.push({ key, beforeLoad: !window.__loaded });
      return put.call(this, value, key);
    };
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      const request = open.apply(this, args);
      Object.defineProperty(request, 'onsuccess', {
        set(handler) {
          request.addEventListener('success', (e) => setTimeout(() => { window.__loaded = true; handler.call(request, e); }, 1500));
        },
      });
      return request;
    };
  });
  const slow = await context.newPage();
  await slow.goto(server.url);
  await slow.waitForFunction(() => window.coplan && window.coplan.ready);
  await command(slow, 'rename', 'Changed while loading');
  await slow.waitForFunction(() => window.__loaded);
  await slow.waitForFunction(() => JSON.parse(window.coplan.planText()).title === 'Kept before');
  const state = await waitForState(slow, (s) => s.state === 'kept' && s.index.plans.length === 2);
  assert.deepEqual(await slow.evaluate(() => window.__puts.filter((p) => p.beforeLoad)), []);
  const titles = state.index.plans.map((p) => p.title).sort();
  assert.deepEqual(titles, ['Changed while loading', 'Kept before'], 'neither plan was lost');
  await context.close();
});

test('A write that fails is retried and reported, and recovery is reported too', async () => {
  const { context, page } = await openFilesApp(browser, server.url, {
    init: [() => {
      window.__failPuts = false;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.__failPuts) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    }],
  });
  await page.evaluate(() => { window.__failPuts = true; });
  await command(page, 'rename', 'Kept in the end');
  await waitForState(page, (s) => s.state === 'failing');
  await settle(page);
  let { text } = await screenshotText(page, 'files-storage-full');
  assert.ok(readsAs(text, 'is full'), `tesseract read: ${text}`);
  assert.ok(readsAs(text, 'Not kept'), `tesseract read: ${text}`);
  await page.evaluate(() => { window.__failPuts = false; });
  const state = await waitForState(page, (s) => s.state === 'kept', 20000);
  assert.equal(state.index.plans[0].title, 'Kept in the end');
  await settle(page);
  ({ text } = await screenshotText(page, 'files-storage-back'));
  assert.ok(readsAs(text, 'kept in this browser again'), `tesseract read: ${text}`);
  await context.close();
});

async function leaveAsks(page) {
  let asked = false;
  page.on('dialog', async (dialog) => {
    if (dialog.type() === 'beforeunload') asked = true;
    await dialog.accept();
  });
  await page.close({ runBeforeUnload: true });
  await sleep(500);
  return asked;
}

test('Leaving asks first only while there are changes not saved to a file', async () => {
  const untouched = await openFilesApp(browser, server.url);
  await press(untouched.page, 'Escape');  // a person was here: browsers only ask after that
  assert.equal(await leaveAsks(untouched.page), false, 'nothing to lose');
  await untouched.context.close();

  const edited = await openFilesApp(browser, server.url);
  await press(edited.page, 'Escape');
  await command(edited.page, 'rename', 'Not saved to a file');
  await edited.page.waitForFunction(() => window.coplanFiles.unsaved);
  assert.equal(await leaveAsks(edited.page), true, 'an edit not saved to a file');
  await edited.context.close();

  const saved = await openFilesApp(browser, server.url);
  await command(saved.page, 'rename', 'Saved to a file');
  const download = saved.page.waitForEvent('download');
  await press(saved.page, 'Control+s');
  await download;
  await saved.page.waitForFunction(() => !window.coplanFiles.unsaved);
  assert.equal(await leaveAsks(saved.page), false, 'saved, so nothing to lose');
  await saved.context.close();
});

test('Earlier versions can be looked at and gone back to', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  const text = readFileSync(new URL('../data/good/workshop.coplan.json', import.meta.url), 'utf8');
  assert.equal(await page.evaluate((t) => window.coplan.openText(t, 'workshop.coplan.json'), text), true);
  let state = await waitForState(page, (s) => s.state === 'kept');
  const opened = state.index.plans[0].versions[0];
  assert.equal(opened.why, 'Opened');
  await command(page, 'rename', 'Changed since it was opened');
  await command(page, 'flush');
  await command(page, 'preview', opened.key);
  await waitForState(page, (s) => s.previewReady);
  await command(page, 'restore');
  assert.ok((await planTitle(page)).startsWith('Anytown'));
  state = await waitForState(page, (s) => s.state === 'kept');
  const versions = state.index.plans[0].versions.map((v) => v.why);
  assert.ok(versions.includes('Before going back to an earlier version'), versions.join(', '));
  await settle(page);
  const { text: screen } = await screenshotText(page, 'files-version-restored');
  assert.ok(readsAs(screen, 'Went back to the version from'), `tesseract read: ${screen}`);
  await context.close();
});

test('My plans lists the plans kept in this browser', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  await command(page, 'rename', 'Plan for Wrexham');
  await command(page, 'flush');
  await command(page, 'new');
  await command(page, 'rename', 'Plan for Newport');
  await command(page, 'flush');
  await waitForState(page, (s) => s.index.plans.length === 2 && s.state === 'kept');
  await command(page, 'my-plans');
  await settle(page);
  const text = await dialogText(page, 'files-my-plans');
  for (const words of ['My plans', 'Plan for Wrexham', 'Plan for Newport', 'Undo delete'].slice(0, 3))
    assert.ok(readsAs(text, words), `expected "${words}"; tesseract read: ${text}`);
  const wrexham = (await fileState(page)).index.plans.find((p) => p.title === 'Plan for Wrexham').key;
  await command(page, 'delete', wrexham);
  await settle(page);
  const deleted = await dialogText(page, 'files-my-plans-deleted');
  assert.ok(readsAs(deleted, 'Undo delete'), `tesseract read: ${deleted}`);
  await command(page, 'undo-delete');
  const state = await waitForState(page, (s) => s.index.plans.every((p) => !p.deleted_at));
  assert.equal(state.index.plans.length, 2);
  await context.close();
});

test('What one autosave of a 1,000-action plan costs on the main thread', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  const text = readFileSync(samplePlan(1000), 'utf8');
  assert.equal(await page.evaluate((t) => window.coplan.openText(t, 'sample.coplan.json'), text), true);
  await waitForState(page, (s) => s.state === 'kept', 30000);
  const times = [];
  for (let i = 0; i < 8; ++i) {
    await command(page, 'rename', `Sample plan, edit ${i}`);
    times.push(await page.evaluate(() => {
      const start = performance.now();
      window.coplanFiles.command('flush');
      return performance.now() - start;
    }));
    await waitForState(page, (s) => s.state === 'kept', 30000);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`autosave of a 1,000-action plan (${(text.length / 1024).toFixed(0)} KB): median ${median.toFixed(1)} ms ` +
    `of main-thread time, fastest ${times[0].toFixed(1)} ms, slowest ${times.at(-1).toFixed(1)} ms`);
  assert.ok(median < 250, `an autosave took ${median} ms`);
  await context.close();
});

test('The same plan changed in two tabs: the other tab is told', async () => {
  const first = await openFilesApp(browser, server.url);
  await command(first.page, 'rename', 'Plan in two tabs');
  await command(first.page, 'flush');
  await waitForState(first.page, (s) => s.state === 'kept');
  const second = await openFilesApp(browser, server.url, { context: first.context });
  await second.page.waitForFunction(() => JSON.parse(window.coplan.planText()).title === 'Plan in two tabs');
  await command(second.page, 'rename', 'Plan in two tabs, changed in the second');
  await command(second.page, 'flush');
  await settle(first.page, 20);
  const { text } = await screenshotText(first.page, 'files-two-tabs');
  assert.ok(readsAs(text, 'open in another tab or window too'), `tesseract read: ${text}`);
  await first.context.close();
});

test('This browser keeps one copy id: edits on the next visit are by the same copy', async () => {
  const first = await openFilesApp(browser, server.url);
  await command(first.page, 'rename', 'One copy');
  await command(first.page, 'flush');
  await waitForState(first.page, (s) => s.state === 'kept');
  const copy = JSON.parse(await first.page.evaluate(() => window.coplan.planText())).sync.seen.map((s) => s.copy);
  assert.equal(copy.length, 1);
  await first.page.close();
  const again = await openFilesApp(browser, server.url, { context: first.context });
  await again.page.waitForFunction(() => JSON.parse(window.coplan.planText()).title === 'One copy');
  await command(again.page, 'rename', 'One copy, next visit');
  await command(again.page, 'new');
  await command(again.page, 'rename', 'A new plan on the next visit');
  const seenBy = (text) => JSON.parse(text).sync.seen.map((s) => s.copy);
  assert.deepEqual(seenBy(await again.page.evaluate(() => window.coplan.planText())), copy, 'a new plan is made by this copy');
  await command(again.page, 'flush');
  const state = await waitForState(again.page, (s) => s.state === 'kept' && s.index.plans.length === 2);
  assert.ok(state.index.plans.some((p) => p.title === 'One copy, next visit'));
  await first.context.close();
});
