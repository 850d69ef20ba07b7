// Copy and paste as text between two tabs and from other programs, and pinch to zoom with a
// touchpad and on a touch screen, all through real browser input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, settle } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const plan = (page) => page.evaluate(() => JSON.parse(window.coplan.planText()));
const geometry = (page) => page.evaluate(() => window.coplan.canvasGeometry());
const live = (p) => p.actions.filter((a) => !a.deleted);
const laneOf = (p, title) => p.changes.findIndex((c) => c.title === title);
const titles = (p) => live(p).map((a) => a.title).sort();

async function addCard(page, lane, title, height = 0.3) {
  const g = await geometry(page);
  await page.mouse.dblclick(g.lanes[lane][0] + g.lanes[lane][2] / 2, g.lanes[lane][1] + g.lanes[lane][3] * height);
  await page.waitForSelector('.text-overlay');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await settle(page);
}

async function clickLane(page, lane) {
  const g = await geometry(page);
  await page.mouse.click(g.lanes[lane][0] + g.lanes[lane][2] / 2, g.lanes[lane][1] + g.lanes[lane][3] * 0.8);
  await settle(page);
}

test('cards copied in one tab paste into another as new actions; cut removes them', async () => {
  const { context, page: first } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await settle(first);
  let p = await plan(first);
  const home = laneOf(p, 'Living in the place we call home');
  await addCard(first, home, 'Tea at the library');
  await addCard(first, home, 'Ask the housing team to visit', 0.6);
  assert.deepEqual(titles(await plan(first)), ['Ask the housing team to visit', 'Tea at the library']);
  await first.keyboard.press('Control+A');
  await settle(first);
  await first.keyboard.press('Control+C');
  await settle(first);

  // Another tab with its own plan (a separate profile, so it does not open the first tab's plan).
  const other = await openApp(browser, server.url);
  const second = other.page;
  await settle(second);
  assert.equal(live(await plan(second)).length, 0);
  p = await plan(second);
  const power = laneOf(p, 'Sharing power as equals');
  await clickLane(second, power);
  await second.keyboard.press('Control+V');
  await settle(second);
  p = await plan(second);
  assert.deepEqual(titles(p), ['Ask the housing team to visit', 'Tea at the library']);
  for (const a of live(p)) assert.deepEqual(a.changes, [p.changes[power].id], 'pasted into the chosen change');
  const firstIds = live(await plan(first)).map((a) => a.id);
  for (const a of live(p)) assert.ok(!firstIds.includes(a.id), 'pasted cards are new actions');

  // Cut in the first tab: the cards go, and their text is on the clipboard for other programs.
  await first.bringToFront();
  await first.keyboard.press('Control+A');
  await first.keyboard.press('Control+X');
  await settle(first);
  assert.equal(live(await plan(first)).length, 0);
  const clipboard = await first.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(clipboard.trim().split('\n').sort(), ['Ask the housing team to visit', 'Tea at the library']);
  await context.close();
  await other.context.close();
});

test('text copied in another program pastes as one action per line', async () => {
  const { context, page } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await settle(page);
  await page.evaluate(() => navigator.clipboard.writeText('Peer support group\nCommunity café on Fridays\n'));
  const p0 = await plan(page);
  const lane = laneOf(p0, 'Communities where everyone belongs');
  await clickLane(page, lane);
  await page.keyboard.press('Control+V');
  await settle(page);
  const p = await plan(page);
  assert.deepEqual(titles(p), ['Community café on Fridays', 'Peer support group']);
  await context.close();
});

const laneWidth = async (page) => (await geometry(page)).lanes[0][2];

test('a touchpad pinch (a wheel with ctrlKey, no key held) zooms smoothly around the pointer', async () => {
  const { context, page } = await openApp(browser, server.url);
  await settle(page);
  const cdp = await context.newCDPSession(page);
  const before = await geometry(page);
  const [x, y] = [before.lanes[2][0] + 10, before.lanes[2][1] + 10];
  for (let i = 0; i < 5; i++) {
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY: -10, modifiers: 2 });
  }
  await settle(page);
  const after = await geometry(page);
  const grew = after.lanes[0][2] / before.lanes[0][2];
  assert.ok(grew > 1.03 && grew < 1.2, `five small pinch steps zoom in a little (×${grew.toFixed(3)})`);
  const stayed = Math.hypot(after.lanes[2][0] + 10 * grew - x, after.lanes[2][1] + 10 * grew - y);
  assert.ok(stayed < 3, `the point under the fingers stays put (moved ${stayed.toFixed(1)} px)`);
  await context.close();
});

test('two fingers on a touch screen pinch to zoom in and out', async () => {
  const { context, page } = await openApp(browser, server.url, { hasTouch: true });
  await settle(page);
  const cdp = await context.newCDPSession(page);
  const start = await laneWidth(page);
  const touch = async (type, spread) => {
    const points = type === 'touchEnd' ? [] : [{ x: 640 - spread, y: 450, id: 1 }, { x: 640 + spread, y: 450, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  };
  await touch('touchStart', 100);
  for (const spread of [120, 140, 160, 180, 200]) await touch('touchMove', spread);
  await touch('touchEnd', 0);
  await settle(page);
  const wider = await laneWidth(page);
  assert.ok(Math.abs(wider / start - 2) < 0.1, `spreading the fingers to twice as far apart zooms ×2 (×${(wider / start).toFixed(2)})`);
  await touch('touchStart', 200);
  for (const spread of [150, 100]) await touch('touchMove', spread);
  await touch('touchEnd', 0);
  await settle(page);
  const back = await laneWidth(page);
  assert.ok(Math.abs(back / start - 1) < 0.1, `pinching back zooms out again (×${(back / start).toFixed(2)})`);
  assert.equal(live(await plan(page)).length, 0, 'the pinch added or moved nothing');
  await context.close();
});
