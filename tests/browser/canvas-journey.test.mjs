// The canvas journey, with the mouse and with the keyboard only: add an action to "Living in the
// place we call home", type its title (Welsh letters and input-method text too), move it to
// another change, link it to a second change, undo and redo, search for it; then check the
// plan's JSON and a screenshot. With the keyboard, N then Escape first leaves no card behind, and
// the title is typed and left with Escape, which keeps it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, settle, screenshotText, readsAs } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const plan = (page) => page.evaluate(() => JSON.parse(window.coplan.planText()));
const geometry = (page) => page.evaluate(() => window.coplan.canvasGeometry());
const changeIndex = (p, title) => p.changes.findIndex((c) => c.title === title);
const live = (p) => p.actions.filter((a) => !a.deleted);
const centre = (box) => [box[0] + box[2] / 2, box[1] + box[3] / 2];

async function typeTitle(page, ascii, composed, finish = 'Enter') {
  await page.waitForSelector('.text-overlay');
  await page.keyboard.type(ascii);
  await page.keyboard.insertText(composed);  // what an input method or on-screen keyboard sends
  await page.keyboard.press(finish);
  await settle(page);
}

test('with the mouse: add, type, move, link, undo, redo, find', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await settle(page);
  let p = await plan(page);
  const home = changeIndex(p, 'Living in the place we call home');
  const power = changeIndex(p, 'Sharing power as equals');
  const lives = changeIndex(p, 'Leading the lives we want to live');
  let g = await geometry(page);
  const lane = g.lanes[home];
  await page.mouse.dblclick(lane[0] + lane[2] / 2, lane[1] + lane[3] / 3);
  await typeTitle(page, 'Tea and chat at the library', ' – croeso ŵŷâ 😀');
  p = await plan(page);
  assert.equal(live(p).length, 1);
  let action = live(p)[0];
  assert.equal(action.title, 'Tea and chat at the library – croeso ŵŷâ 😀');
  assert.deepEqual(action.changes, [p.changes[home].id]);

  // Drag the card to "Sharing power as equals".
  g = await geometry(page);
  const [cx, cy] = centre(g.cards[action.id]);
  const target = g.lanes[power];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(cx + (target[0] + target[2] / 2 - cx) * i / 10, cy, { steps: 1 });
  await page.mouse.up();
  await settle(page);
  p = await plan(page);
  action = live(p)[0];
  assert.deepEqual(action.changes, [p.changes[power].id], 'the drag moved it to another change');

  // Link it to a second change: the dragged card still has the focus; Alt and that change's number.
  assert.equal((await geometry(page)).focused, action.id);
  await page.keyboard.press(`Alt+${lives + 1}`);
  await settle(page);
  p = await plan(page);
  action = live(p)[0];
  assert.deepEqual(action.changes, [p.changes[power].id, p.changes[lives].id]);

  // Undo the link, then redo it.
  await page.keyboard.press('Control+z');
  await settle(page);
  assert.deepEqual(live(await plan(page))[0].changes, [p.changes[power].id]);
  await page.keyboard.press('Control+Shift+z');
  await settle(page);
  assert.deepEqual(live(await plan(page))[0].changes, [p.changes[power].id, p.changes[lives].id]);

  // Find it.
  await page.keyboard.press('Control+f');
  await settle(page, 4);
  await page.waitForSelector('.text-overlay');
  await page.keyboard.type('library');
  await page.keyboard.press('Enter');
  await settle(page);
  const { text } = await screenshotText(page, 'canvas-journey-mouse');
  assert.ok(readsAs(text, 'action matches'), `tesseract read: ${text}`);  // OCR reads the 1 as T or I
  assert.ok(readsAs(text, 'Tea and chat'), `tesseract read: ${text}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the keyboard only: the same journey', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await settle(page);
  let p = await plan(page);
  const home = changeIndex(p, 'Living in the place we call home');
  const power = changeIndex(p, 'Sharing power as equals');
  const lives = changeIndex(p, 'Leading the lives we want to live');
  await page.focus('#canvas');
  // Tab to the canvas, move the lane focus to "Living in the place we call home", add an action.
  for (let i = 0; i < 20; i++) {
    const focusedCanvas = await page.evaluate(() => window.coplan.canvasHasKeyboard());
    if (focusedCanvas) break;
    await page.keyboard.press('Tab');
    await settle(page, 2);
  }
  assert.equal(await page.evaluate(() => window.coplan.canvasHasKeyboard()), true, 'Tab reaches the canvas');
  for (let i = 0; i < home; i++) await page.keyboard.press('ArrowRight');
  // N, then Escape before any title: the new card is gone, and redo does not bring it back.
  await page.keyboard.press('n');
  await page.waitForSelector('.text-overlay');
  await page.keyboard.press('Escape');
  await settle(page);
  assert.equal(live(await plan(page)).length, 0, 'Escape took the untitled card away');
  await page.keyboard.press('Control+Shift+z');
  await settle(page);
  assert.equal(live(await plan(page)).length, 0, 'redo does not bring it back');
  // N, type a title, then Escape to leave: a new card keeps what was typed.
  await page.keyboard.press('n');
  await typeTitle(page, 'Tea and chat at the library', ' ŵŷâ', 'Escape');
  p = await plan(page);
  assert.equal(live(p).length, 1, 'Escape kept the new card');
  let action = live(p)[0];
  assert.equal(action.title, 'Tea and chat at the library ŵŷâ', 'Escape kept the typed title');
  assert.deepEqual(action.changes, [p.changes[home].id]);
  // "]" moves the focused card one change to the right, until it is in "Sharing power as equals".
  for (let i = home; i < power; i++) {
    await page.keyboard.press(']');
    await settle(page, 3);
    p = await plan(page);
    assert.deepEqual(live(p)[0].changes, [p.changes[i + 1].id], `after pressing ] ${i - home + 1} times`);
  }
  p = await plan(page);
  action = live(p)[0];
  assert.deepEqual(action.changes, [p.changes[power].id]);
  // Alt and a change's number: the action also serves that change.
  await page.keyboard.press(`Alt+${lives + 1}`);
  await settle(page);
  p = await plan(page);
  assert.deepEqual(live(p)[0].changes, [p.changes[power].id, p.changes[lives].id]);
  await page.keyboard.press('Control+z');
  await settle(page);
  assert.deepEqual(live(await plan(page))[0].changes, [p.changes[power].id]);
  await page.keyboard.press('Control+y');
  await settle(page);
  assert.deepEqual(live(await plan(page))[0].changes, [p.changes[power].id, p.changes[lives].id]);
  await page.keyboard.press('/');
  await settle(page, 4);
  await page.waitForSelector('.text-overlay');
  await page.keyboard.type('tea and chat');
  await page.keyboard.press('Enter');
  await settle(page);
  const { text } = await screenshotText(page, 'canvas-journey-keyboard');
  assert.ok(readsAs(text, 'Tea and chat'), `tesseract read: ${text}`);
  assert.deepEqual(errors, []);
  await context.close();
});
