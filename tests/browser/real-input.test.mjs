// The page driven as people drive it: playwright's mouse and keyboard with human timing (move,
// wait, press, hold, let go), and a fast typist at 40 ms a key. Keys typed straight after N go into
// the new card's title (none is read as a shortcut); quick "+" presses all zoom; every button of the
// canvas's toolbar does what it says when clicked; a drag let go outside the window ends there, and
// one started while a title is typed works; two clicks seconds apart are two clicks, not a double-click.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, settle } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const plan = (page) => page.evaluate(() => JSON.parse(window.coplan.planText()));
const geometry = (page) => page.evaluate(() => window.coplan.canvasGeometry());
const live = (p) => p.actions.filter((a) => !a.deleted);
const liveNotes = (p) => (p.notes || []).filter((n) => !n.deleted);
const centre = (box) => [box[0] + box[2] / 2, box[1] + box[3] / 2];
const wait = (page, ms) => page.waitForTimeout(ms);

// A person's click: the pointer travels there, rests, the button is held a moment.
async function click(page, x, y) {
  await page.mouse.move(x, y, { steps: 8 });
  await wait(page, 150);
  await page.mouse.down();
  await wait(page, 120);
  await page.mouse.up();
  await wait(page, 150);
}

// A person's key press: held for 70 ms, then a pause.
async function press(page, key) {
  await page.keyboard.down(key);
  await wait(page, 70);
  await page.keyboard.up(key);
  await wait(page, 90);
}

// Waits until the page's frames have read everything (the app draws only when something changed).
async function until(page, what, check) {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await wait(page, 100);
  }
  assert.fail(what);
}

// A click on an empty part of the first change gives the canvas the keyboard there.
async function focusFirstChange(page) {
  const g = await geometry(page);
  const lane = g.lanes[0];
  await click(page, lane[0] + lane[2] / 2, lane[1] + lane[3] - 20);
  await until(page, 'a click on a change did not give the canvas the keyboard', async () => (await geometry(page)).keyboard);
}

for (const [name, delay] of [['at 40 ms a key', 40], ['at human speed', 140]]) {
  test(`N then typing ${name}: one card with that title, and no note`, async () => {
    const { context, page, errors } = await openApp(browser, server.url);
    await settle(page);
    await focusFirstChange(page);
    const notes = liveNotes(await plan(page)).length;
    // No waiting for the text field: the title is typed as soon as N is down.
    await page.keyboard.press('n', { delay: delay / 2 });
    await page.keyboard.type('Tea and cake', { delay });
    await page.keyboard.press('Enter', { delay: delay / 2 });
    await until(page, 'the title was not finished', async () => !(await geometry(page)).typing);
    const p = await plan(page);
    assert.deepEqual(live(p).map((a) => a.title), ['Tea and cake']);
    assert.equal(live(p)[0].changes[0], p.changes[0].id, 'the card is in the change that had the focus');
    assert.equal(liveNotes(p).length, notes, 'no key typed into the title made a note');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the wheel over the canvas moves the plan, and the browser refuses nothing it was asked', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  const said = [];
  page.on('console', (msg) => said.push(msg.text()));
  await settle(page);
  const before = (await geometry(page)).lanes[0];
  await page.mouse.move(before[0] + before[2] / 2, before[1] + 20, { steps: 5 });
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 120), await wait(page, 120);
  await until(page, 'the wheel did not move the plan', async () => (await geometry(page)).lanes[0][1] !== before[1]);
  assert.deepEqual(said.filter((text) => /passive/i.test(text)), [], 'a wheel event the page could not stop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('five quick "+" presses zoom in five steps, with the mouse still', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await settle(page);
  await focusFirstChange(page);
  const before = (await geometry(page)).lanes[0][2];
  for (let i = 0; i < 5; i++) await page.keyboard.press('+', { delay: 20 }), await wait(page, 20);
  const wanted = before * 1.25 ** 5;
  await until(page, `five presses of + did not zoom 1.25^5 times (lane ${before} px wide)`, async () =>
    Math.abs((await geometry(page)).lanes[0][2] - wanted) < 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each button of the canvas toolbar does what it says when clicked', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await settle(page);
  const button = async (label) => centre((await geometry(page)).places[label]);
  const laneWidth = async () => (await geometry(page)).lanes[0][2];

  // Add action: a card in the first change, its title typed at once.
  await click(page, ...(await button('Add action')));
  await page.waitForSelector('.text-overlay');
  await page.keyboard.type('From the toolbar', { delay: 60 });
  await press(page, 'Enter');
  await until(page, 'Add action did not add a titled card', async () =>
    live(await plan(page)).some((a) => a.title === 'From the toolbar'));

  // Add note: a note, its text typed at once.
  await click(page, ...(await button('Add note')));
  await page.waitForSelector('.text-overlay');
  await page.keyboard.type('A note from the toolbar', { delay: 60 });
  await page.keyboard.press('Control+Enter');
  await until(page, 'Add note did not add a note', async () =>
    liveNotes(await plan(page)).some((n) => n.text === 'A note from the toolbar'));

  // Zoom in and out: a step of 1.25 each.
  await click(page, ...(await button('Fit')));
  await settle(page);
  const fitted = await laneWidth();
  await click(page, ...(await button('Zoom in')));
  await until(page, 'Zoom in did not zoom in', async () => Math.abs((await laneWidth()) - fitted * 1.25) < 1);
  await click(page, ...(await button('Zoom out')));
  await until(page, 'Zoom out did not zoom out', async () => Math.abs((await laneWidth()) - fitted) < 1);

  // Vision moves the view to the vision; Fit shows the whole plan again.
  const fittedLane = (await geometry(page)).lanes[0];
  const moved = (lane) => lane.some((v, i) => Math.abs(v - fittedLane[i]) > 5);
  await click(page, ...(await button('Vision')));
  await until(page, 'Vision did not go to the vision', async () => moved((await geometry(page)).lanes[0]));
  await click(page, ...(await button('Fit')));
  await until(page, 'Fit did not fit the plan', async () => !moved((await geometry(page)).lanes[0]));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a card dragged out of the window and let go there goes back; the next click moves nothing', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await settle(page);
  await focusFirstChange(page);
  await page.keyboard.press('n');
  await page.keyboard.type('Drag me', { delay: 40 });
  await page.keyboard.press('Enter');
  await until(page, 'the card was not added', async () => live(await plan(page)).length === 1);
  const id = live(await plan(page))[0].id;
  const before = live(await plan(page))[0].position;
  const [cx, cy] = centre((await geometry(page)).cards[id]);
  await page.mouse.move(cx, cy, { steps: 5 });
  await wait(page, 150);
  await page.mouse.down();
  await wait(page, 150);
  for (let i = 1; i <= 12; i++) await page.mouse.move(cx, cy - (cy + 40) * i / 12), await wait(page, 20);  // past the top edge
  await wait(page, 150);
  await page.mouse.up();
  await wait(page, 300);
  // Elsewhere, a click on another change.
  const lane = (await geometry(page)).lanes[3];
  await click(page, lane[0] + lane[2] / 2, lane[1] + lane[3] - 20);
  await settle(page);
  const after = live(await plan(page))[0];
  assert.deepEqual(after.position, before, 'the card stayed where it was');
  assert.deepEqual(after.changes, [(await plan(page)).changes[0].id]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a card dragged while another title is being typed moves, and the title is kept', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await settle(page);
  await focusFirstChange(page);
  await page.keyboard.press('n');
  await page.keyboard.type('First', { delay: 40 });
  await page.keyboard.press('Enter');
  await until(page, 'the first card was not added', async () => live(await plan(page)).length === 1);
  const first = live(await plan(page))[0].id;
  await page.keyboard.press('n');
  await page.keyboard.type('Second', { delay: 40 });
  await page.waitForSelector('.text-overlay');
  // With the title still being typed, the first card is dragged to the fourth change.
  const g = await geometry(page);
  const [cx, cy] = centre(g.cards[first]);
  const tx = g.lanes[3][0] + g.lanes[3][2] / 2;
  await page.mouse.move(cx, cy, { steps: 5 });
  await wait(page, 150);
  await page.mouse.down();
  await wait(page, 150);
  for (let i = 1; i <= 12; i++) await page.mouse.move(cx + (tx - cx) * i / 12, cy), await wait(page, 25);
  await wait(page, 150);
  await page.mouse.up();
  await until(page, 'the dragged card did not move to the fourth change', async () => {
    const p = await plan(page);
    return live(p).find((a) => a.id === first).changes[0] === p.changes[3].id;
  });
  assert.deepEqual(live(await plan(page)).map((a) => a.title).sort(), ['First', 'Second']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two single clicks on a change, seconds apart, add nothing', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await settle(page);
  const lane = (await geometry(page)).lanes[1];
  const [x, y] = [lane[0] + lane[2] / 2, lane[1] + lane[3] - 30];
  await click(page, x, y);
  await wait(page, 1500);
  await click(page, x, y);
  await wait(page, 1000);
  assert.equal(live(await plan(page)).length, 0, 'no card was added');
  assert.equal(await page.$('.text-overlay'), null, 'no title is being typed');
  assert.deepEqual(errors, []);
  await context.close();
});
