// Saving and opening plan files in the browser: Save downloads a file that validates, says this
// copy saved it, and opens to the same plan; Open through the file chooser and by dropping a file;
// the same file opened again is one entry in My plans; a bad file changes nothing; opening over
// unsaved work keeps it first; with the File System Access API, Save writes back to the file that
// was opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, settle, screenshotText, readsAs } from './harness.mjs';
import { openFilesApp, command, fileState, planText, planTitle, press, openWithChooser, dropFile, dataDir,
  validates, waitForState } from './files-support.mjs';

const workshop = path.join(dataDir, 'good/workshop.coplan.json');
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('Save downloads the plan as a file that validates, says this copy saved it, and opens to the same plan', async () => {
  const { context, page, errors } = await openFilesApp(browser, server.url);
  await command(page, 'rename', 'Plan for Caerffili ŵ');
  const before = JSON.parse(await planText(page));
  assert.equal(before.sync.saved_by, undefined, 'a new plan was never saved');
  assert.equal((await fileState(page)).unsaved, true);
  const download = page.waitForEvent('download');
  await press(page, 'Control+s');
  const file = await download;
  assert.equal(file.suggestedFilename(), 'Plan for Caerffili ŵ.coplan.json');
  const saved = path.join(await mkdtemp(path.join(tmpdir(), 'coplan-saved-')), 'saved.coplan.json');
  await file.saveAs(saved);
  const text = await readFile(saved, 'utf8');
  assert.equal(text, await planText(page), 'the file holds the plan as it is');
  const copy = before.sync.seen[0].copy;
  assert.equal(JSON.parse(text).sync.saved_by, copy, 'saved by this copy');
  assert.deepEqual({ ...JSON.parse(text), sync: {} }, { ...before, sync: {} }, 'nothing else changed');
  assert.ok(validates(saved), 'coplan-cli validates the saved file');
  await waitForState(page, (s) => !s.unsaved);
  await settle(page);
  const { text: screen } = await screenshotText(page, 'files-saved');
  assert.ok(readsAs(screen, 'to your downloads'), `tesseract read: ${screen}`);

  const other = await openFilesApp(browser, server.url);
  assert.equal(await other.page.evaluate((t) => window.coplan.openText(t, 'saved.coplan.json'), text), true);
  assert.equal(await planText(other.page), text, 'opened again, it is the same plan');
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});

test('Open through the file chooser', async () => {
  const { context, page, errors } = await openFilesApp(browser, server.url);
  await openWithChooser(page, workshop);
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).title.startsWith('Anytown'));
  const state = await waitForState(page, (s) => s.index.plans.length === 1 && s.state === 'kept');
  assert.equal(state.index.plans[0].file, 'workshop.coplan.json');
  assert.equal(state.index.plans[0].versions[0].why, 'Opened');
  await settle(page);
  const { text } = await screenshotText(page, 'files-opened');
  assert.ok(readsAs(text, 'Opened workshop.coplan'), `tesseract read: ${text}`);
  assert.deepEqual(errors, []);
  await context.close();
});

// Desktop: the same path. Browser: the same file name holding the same plan (its lineage).
test('The same file opened again is one entry in My plans; another plan in a file of that name is another', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  for (let i = 0; i < 3; ++i) {
    await openWithChooser(page, workshop);
    await page.waitForFunction(() => JSON.parse(window.coplan.planText()).title.startsWith('Anytown'));
    await waitForState(page, (s) => s.state === 'kept');
  }
  let state = await waitForState(page, (s) => s.state === 'kept');
  assert.equal(state.index.plans.length, 1, JSON.stringify(state.index.plans.map((p) => [p.title, p.file])));
  const plan = JSON.parse(await readFile(workshop, 'utf8'));
  assert.equal(state.index.plans[0].changed_at, plan.changed_at, 'Last change is the plan\'s own');
  const other = path.join(await mkdtemp(path.join(tmpdir(), 'coplan-other-')), 'workshop.coplan.json');
  await writeFile(other, JSON.stringify({ ...plan, title: 'Another plan', sync: { ...plan.sync, lineage: '0000111122223333' } }));
  await openWithChooser(page, other);
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).title === 'Another plan');
  state = await waitForState(page, (s) => s.state === 'kept' && s.index.plans.length === 2);
  assert.deepEqual(state.index.plans.map((p) => p.file), ['workshop.coplan.json', 'workshop.coplan.json']);
  await context.close();
});

test('Open by dropping a file on the page', async () => {
  const { context, page, errors } = await openFilesApp(browser, server.url);
  const hinted = await dropFile(page, workshop);
  assert.equal(hinted, true, 'the page says where to drop while a file is dragged over it');
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).title.startsWith('Anytown'));
  assert.equal(await page.evaluate(() => document.querySelector('.drop-hint').hidden), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('A bad file shows an error and changes nothing', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  await command(page, 'rename', 'My own plan');
  await command(page, 'flush');
  await waitForState(page, (s) => s.state === 'kept');
  await page.waitForFunction(() => document.title === 'My own plan — Coplan');  // the tab names the plan
  const before = await planText(page);
  const stateBefore = await fileState(page);
  await openWithChooser(page, path.join(dataDir, 'bad/truncated.coplan.json'));
  await settle(page, 20);
  const { text } = await screenshotText(page, 'files-bad-file');
  assert.ok(readsAs(text, 'could not be opened'), `tesseract read: ${text}`);
  const said = await page.evaluate(() => document.getElementById('outline-alert').textContent);
  assert.ok(said.startsWith('The file “truncated.coplan.json” could not be opened'), said);
  assert.equal(await planText(page), before);
  assert.deepEqual((await fileState(page)).index, stateBefore.index, 'nothing kept or removed');
  await context.close();
});

test('Opening over unsaved work keeps the old plan in My plans first, and says so', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  await command(page, 'rename', 'Work in progress');
  await waitForState(page, (s) => s.state === 'kept');
  const oldKey = (await fileState(page)).key;
  await openWithChooser(page, workshop);
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).title.startsWith('Anytown'));
  const state = await waitForState(page, (s) => s.index.plans.length === 2 && s.state === 'kept');
  const old = state.index.plans.find((p) => p.key === oldKey);
  assert.equal(old.title, 'Work in progress');
  assert.equal(old.unsaved, true);
  assert.equal(old.versions.at(-1).why, 'Before opening workshop.coplan.json');
  await settle(page);
  const { text } = await screenshotText(page, 'files-kept-first');
  assert.ok(readsAs(text, 'had changes that were not saved to a file'), `tesseract read: ${text}`);
  await command(page, 'switch', oldKey);
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).title === 'Work in progress');
  await context.close();
});

// The operating system's file dialogs cannot be driven headless, so they are stood in for by a
// file handle in memory; everything after the dialog is the browser's own.
test('With the File System Access API, Save writes back to the file that was opened', async () => {
  const original = await readFile(workshop, 'utf8');
  const { context, page, errors } = await openFilesApp(browser, server.url, {
    fileSystemAccess: true,
    init: [[(text) => {
      window.__written = [];
      window.__saveAsked = 0;
      const handle = {
        kind: 'file', name: 'workshop.coplan.json',
        getFile: async () => new File([text], 'workshop.coplan.json'),
        queryPermission: async () => 'granted',
        createWritable: async () => {
          const parts = [];
          return { write: async (blob) => parts.push(await blob.text()), close: async () => window.__written.push(parts.join('')) };
        },
      };
      window.showOpenFilePicker = async () => [handle];
      window.showSaveFilePicker = async () => { window.__saveAsked += 1; return handle; };
    }, original].reduce((fn, arg) => `(${fn})(${JSON.stringify(arg)})`)],
  });
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await press(page, 'Control+o');
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).title.startsWith('Anytown'));
  await waitForState(page, (s) => s.state === 'kept');
  await command(page, 'rename', 'Anytown, written back');
  await press(page, 'Control+s');
  await page.waitForFunction(() => window.__written.length === 1);
  const written = JSON.parse(await page.evaluate(() => window.__written[0]));
  assert.equal(written.title, 'Anytown, written back');
  assert.equal(await page.evaluate(() => window.__saveAsked), 0, 'Save did not ask where');
  assert.equal(downloads, 0);
  await waitForState(page, (s) => !s.unsaved);
  await command(page, 'save-as');
  await page.waitForFunction(() => window.__written.length === 2);
  assert.equal(await page.evaluate(() => window.__saveAsked), 1, 'Save as asks where');
  assert.deepEqual(errors, []);
  await context.close();
});
