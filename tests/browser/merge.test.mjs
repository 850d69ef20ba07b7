// Merging two copies of one plan in the browser, as two people would: two pages (each its own
// browser, as on two computers) get copies of one plan and change it apart, one field of one
// action differently in each; both save. The first merges the second's file through the File
// menu and its file chooser, keeps their side of the conflict in the review, confirms, and saves:
// the saved JSON holds both people's changes. Undo then gives back the plan from before the merge;
// dropping the file asks whether to open or merge it, and Escape in the review changes nothing; a
// file from a newer Coplan changes nothing either; Edit takes a value typed in the page's field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, settle, outDir, screenshotText, readsAs } from './harness.mjs';
import { openFilesApp, command, dataDir, dropFile, fileState, planText, press, waitForState } from './files-support.mjs';

let server, browser, folder;
before(async () => {
  server = await startServer();
  browser = await launch();
  folder = await mkdtemp(path.join(tmpdir(), 'coplan-merge-'));
});
after(async () => { await browser?.close(); await server?.close(); });

const plan = async (page) => JSON.parse(await planText(page));
const live = (p) => p.actions.filter((a) => !a.deleted);
const centre = (box) => [box[0] + box[2] / 2, box[1] + box[3] / 2];
const geometry = (page) => page.evaluate(() => window.coplan.canvasGeometry());

// Saves with Ctrl+S (the browser downloads the file) and returns the file's path and text.
async function save(page, name) {
  const download = page.waitForEvent('download');
  await press(page, 'Control+s');
  const file = path.join(folder, name);
  await (await download).saveAs(file);
  return { file, text: await readFile(file, 'utf8') };
}

async function typeInOverlay(page, text) {
  await page.waitForSelector('.text-overlay');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await settle(page);
}

// Adds an action to a change by double-clicking its lane, and types its title.
async function addAction(page, title, change) {
  const lane = (await geometry(page)).lanes[change];
  await page.mouse.dblclick(lane[0] + lane[2] / 2, lane[1] + lane[3] / 3);
  await typeInOverlay(page, title);
}

// Clicks a card and types a new title for it (F2).
async function retitle(page, id, title) {
  const [x, y] = centre((await geometry(page)).cards[id]);
  await page.mouse.click(x, y);
  await settle(page, 4);
  await page.keyboard.press('F2');
  await typeInOverlay(page, title);
}

// Where a word is on screen, read by tesseract (the topmost if there are several), in CSS pixels.
async function wordAt(page, word, name) {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `${name}.png`);
  await writeFile(file, await page.screenshot());
  // Sparse text first; a word next to an icon is sometimes read only as part of a block.
  for (const psm of ['11', '6', '3']) {
    const tsv = execFileSync('tesseract', [file, 'stdout', '--psm', psm, 'tsv'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const found = tsv.split('\n').map((line) => line.split('\t'))
      .filter((f) => f.length >= 12 && f[11].replace(/[^A-Za-z]/g, '') === word)
      .map((f) => ({ x: Number(f[6]) + Number(f[8]) / 2, y: Number(f[7]) + Number(f[9]) / 2 }))
      .sort((a, b) => a.y - b.y);
    if (found.length > 0) return found[0];
  }
  assert.fail(`"${word}" is not on screen (see out/${name}.png)`);
}

async function clickWord(page, word, name) {
  const at = await wordAt(page, word, name);
  await page.mouse.move(at.x, at.y);
  await settle(page, 4);
  await page.mouse.click(at.x, at.y);
  await settle(page);
}

test('two copies edited apart merge in the review; the saved file has both; undo goes back', async () => {
  // The plan both start from: one action, saved by the first person and sent to the second.
  const one = await openFilesApp(browser, server.url);
  await settle(one.page);
  await addAction(one.page, 'Bus map', 0);
  const busMap = live(await plan(one.page))[0].id;
  const sent = await save(one.page, 'our-plan.coplan.json');
  const two = await openFilesApp(browser, server.url);
  assert.equal(await two.page.evaluate((t) => window.coplan.openText(t, 'our-plan.coplan.json'), sent.text), true);
  await settle(two.page);

  // Apart: the same field of the same action changed differently, and a change each of their own.
  await retitle(one.page, busMap, 'Bus map with the council');
  await addAction(one.page, 'Walk and talk', 1);
  await retitle(two.page, busMap, 'Bus map by Priya');
  await command(two.page, 'rename', 'Plan from Priya');
  await save(one.page, 'council.coplan.json');
  const theirs = await save(two.page, 'priya.coplan.json');
  const beforeMerge = await planText(one.page);

  // File, then "Merge a copy into this plan…", then their file in the file chooser.
  // The File button where the app drew it (reading it by OCR beside its icon is unreliable).
  const [fx, fy] = centre((await geometry(one.page)).places.File);
  await one.page.mouse.move(fx, fy);
  await settle(one.page, 4);
  await one.page.mouse.click(fx, fy);
  await settle(one.page);
  const chooser = one.page.waitForEvent('filechooser', { timeout: 10000 });
  await clickWord(one.page, 'Merge', 'merge-file-menu');
  await (await chooser).setFiles(theirs.file);
  const state = await waitForState(one.page, (s) => s.reviewing);
  assert.equal(state.conflicts, 1, 'one conflict: the title of the bus map');
  assert.equal(await planText(one.page), beforeMerge, 'nothing changes while the review is open');

  // The review from the keyboard: it starts on "Keep mine"; Tab to "Keep theirs", Enter; then
  // Tab past Edit, Keep all of mine and Keep all of theirs to Merge, Enter.
  await settle(one.page);
  await one.page.screenshot({ path: path.join(outDir, 'merge-review.png') });
  await one.page.keyboard.press('Tab');
  await settle(one.page, 4);
  await one.page.keyboard.press('Enter');
  await settle(one.page, 4);
  for (let i = 0; i < 4; i++) {
    await one.page.keyboard.press('Tab');
    await settle(one.page, 4);
  }
  await one.page.keyboard.press('Enter');
  await waitForState(one.page, (s) => !s.reviewing);

  const saved = JSON.parse((await save(one.page, 'merged.coplan.json')).text);
  const titles = live(saved).map((a) => a.title).sort();
  assert.deepEqual(titles, ['Bus map by Priya', 'Walk and talk'], 'their title for the bus map, and our new action');
  assert.equal(saved.title, 'Plan from Priya', 'their new plan title came in without a question');
  assert.equal(JSON.stringify(saved), JSON.stringify(await plan(one.page)), 'the saved file is the plan on screen');

  await press(one.page, 'Control+z');
  await settle(one.page);
  assert.equal(await planText(one.page), beforeMerge, 'one undo takes the whole merge back');
  assert.equal((await fileState(one.page)).reviewing, false);

  // Dropping their file on the page asks first, with merging as the first choice (Enter); Escape
  // in the review cancels it and changes nothing.
  await dropFile(one.page, theirs.file);
  await waitForState(one.page, (s) => s.asking === 'Open “priya.coplan.json” or merge it?');
  await settle(one.page);
  await one.page.keyboard.press('Enter');
  await waitForState(one.page, (s) => s.reviewing && s.conflicts === 1);
  await settle(one.page);
  await one.page.keyboard.press('Escape');
  await waitForState(one.page, (s) => !s.reviewing);
  assert.equal(await planText(one.page), beforeMerge, 'cancelled: the plan is as it was');

  // A file from a newer Coplan is refused with the same words as opening it, and changes nothing.
  await dropFile(one.page, path.join(dataDir, 'bad/newer-version.coplan.json'));
  await settle(one.page, 20);
  const { text } = await screenshotText(one.page, 'merge-bad-file');
  assert.ok(readsAs(text, 'could not be opened, so your plan was left as it was'), `tesseract read: ${text}`);
  assert.equal(await planText(one.page), beforeMerge);
  const after = await fileState(one.page);
  assert.equal(after.reviewing || after.asking !== '', false, 'nothing asked, nothing to review');

  // Edit: a value of one's own, typed into the page's own text field (Welsh letters as an input
  // method sends them), then Merge: past Keep all of mine and Keep all of theirs.
  await dropFile(one.page, theirs.file);
  await waitForState(one.page, (s) => s.asking !== '');
  await settle(one.page);
  await one.page.keyboard.press('Enter');
  await waitForState(one.page, (s) => s.reviewing);
  await settle(one.page);
  for (const key of ['Tab', 'Tab', 'Enter']) {
    await one.page.keyboard.press(key);
    await settle(one.page, 4);
  }
  await one.page.waitForSelector('.text-overlay');
  await one.page.keyboard.press('Control+a');
  await one.page.keyboard.insertText('Map bws gyda’n gilydd ŵ');
  await one.page.keyboard.press('Enter');
  await settle(one.page);
  for (const key of ['Tab', 'Tab', 'Tab', 'Enter']) {
    await one.page.keyboard.press(key);
    await settle(one.page, 4);
  }
  await waitForState(one.page, (s) => !s.reviewing);
  const typed = live(await plan(one.page)).find((a) => a.id === busMap);
  assert.equal(typed.title, 'Map bws gyda’n gilydd ŵ');
  assert.deepEqual([...one.errors, ...two.errors], []);
  await one.context.close();
  await two.context.close();
});
