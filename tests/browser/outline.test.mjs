// The plan as an HTML outline: what a screen reader gets (ARIA snapshot against a golden file,
// Chromium's accessibility tree), and editing it with the keyboard alone: skip link, Edit, a
// status changed and saved, undo; Move with no drag; Tab out of the canvas; Backspace in fields.
// COPLAN_UPDATE_GOLDEN=1 writes the golden file afresh (read it before committing it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, openApp, settle } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const golden = path.join(here, 'golden', 'outline.aria.yml');
let server, browser, planText;

before(async () => {
  planText = await readFile(path.resolve(here, '../data/good/workshop.coplan.json'), 'utf8');
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function openPlan(options) {
  const opened = await openApp(browser, server.url, options);
  assert.equal(await opened.page.evaluate(([t]) => window.coplan.openText(t, 'workshop.coplan.json'), [planText]), true);
  await settle(opened.page);
  return opened;
}
const planJson = async (page) => JSON.parse(await page.evaluate(() => window.coplan.planText()));
const cafe = 'Monthly open café at the library';

// The accessible name of what has the focus (as Chromium computes it).
async function focusedName(page) {
  const cdp = await page.context().newCDPSession(page);
  const id = await page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return null;
    e.dataset.probe = String(Math.random());
    return e.dataset.probe;
  });
  if (!id) return '';
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-probe="${id}"]` });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return nodes[0]?.name?.value || '';
}

// Presses Tab (or Shift+Tab) until `wanted(name)` holds for what has the focus; at most `limit` times.
async function tabTo(page, wanted, { shift = false, limit = 80 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    await settle(page, 2);
    const name = await focusedName(page);
    if (wanted(name)) return name;
  }
  throw new Error(`Tab never reached the control (last: ${await focusedName(page)})`);
}

test('the outline reads as the golden file says: headings, lists, articles and their details', async () => {
  const { context, page, errors } = await openPlan();
  const snapshot = await page.locator('#outline').ariaSnapshot();
  if (process.env.COPLAN_UPDATE_GOLDEN) await writeFile(golden, snapshot + '\n');
  assert.equal(snapshot + '\n', await readFile(golden, 'utf8'));
  assert.deepEqual(errors, []);
  await context.close();
});

test("Chromium's accessibility tree: each action once, named by its title; every button named, and only once", async () => {
  const { context, page } = await openPlan();
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const live = nodes.filter((n) => !n.ignored);
  const articles = live.filter((n) => n.role?.value === 'article').map((n) => n.name?.value);
  const plan = await planJson(page);
  const titles = plan.actions.filter((a) => !a.deleted).map((a) => a.title);
  assert.deepEqual([...articles].sort(), [...titles].sort());
  const buttons = live.filter((n) => n.role?.value === 'button').map((n) => n.name?.value || '');
  assert.ok(buttons.length > 10, `${buttons.length} buttons`);
  assert.deepEqual(buttons.filter((b) => !b.trim()), [], 'every button has a name');
  const seen = new Set();
  for (const b of buttons) { assert.ok(!seen.has(b), `two buttons are called "${b}"`); seen.add(b); }
  assert.ok(buttons.includes(`Edit ${cafe}`) && buttons.includes(`Move ${cafe} to…`) && buttons.includes(`Delete ${cafe}`));
  const headings = live.filter((n) => n.role?.value === 'heading').map((n) => n.name?.value);
  assert.ok(headings.includes('Key change 2 of 5: Living in the place we call home'), headings.join(' | '));
  await context.close();
});

test('keyboard only: skip link, Edit, a new status, Save; the plan changed and undo from the outline puts it back', async () => {
  const { context, page } = await openPlan();
  await page.evaluate(() => document.getElementById('canvas').focus());
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
  // Shift+Tab leaves the canvas for the skip link before it; Enter follows it.
  await page.keyboard.press('Shift+Tab');
  await settle(page, 4);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.equal(await focusedName(page), 'Skip to the plan as a list');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'outline-title');
  await tabTo(page, (n) => n === `Edit ${cafe}`);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.getElementById('edit-dialog').open), true);
  await tabTo(page, (n) => n === 'Status');
  await page.keyboard.press('ArrowDown');  // in progress -> done
  await tabTo(page, (n) => n === 'Save');
  await page.keyboard.press('Enter');
  await settle(page, 4);
  assert.equal(await page.evaluate(() => document.getElementById('edit-dialog').open), false);
  const cafeIn = (plan) => plan.actions.find((a) => a.title === cafe);
  assert.equal(cafeIn(await planJson(page)).status, 'done');
  assert.equal(await focusedName(page), `Edit ${cafe}`, 'the focus is back on Edit');
  await page.waitForFunction(() => document.getElementById('outline-status').textContent.length > 0);
  assert.equal(await page.locator('#outline-status').textContent(), `Saved ${cafe}: its status is now Done.`);
  assert.equal(await page.locator('#outline-status').getAttribute('role'), 'status');
  // Undo, from the outline's own button.
  await tabTo(page, (n) => n.startsWith('Undo'), { shift: true });
  await page.keyboard.press('Enter');
  await settle(page, 4);
  assert.equal(cafeIn(await planJson(page)).status, 'in-progress');
  await page.waitForFunction(() => document.getElementById('outline-status').textContent.startsWith('Undone'));
  await context.close();
});

test('Tab leaves the canvas: after its last control the page has the keyboard', async () => {
  const { context, page } = await openPlan();
  await page.evaluate(() => document.getElementById('canvas').focus());
  let left = false;
  for (let i = 0; i < 60 && !left; i++) {
    await page.keyboard.press('Tab');
    await settle(page, 3);
    left = await page.evaluate(() => document.activeElement !== document.getElementById('canvas'));
  }
  assert.ok(left, 'Tab kept going round inside the canvas');
  assert.ok(await page.evaluate(() => document.getElementById('outline').contains(document.activeElement)));
  await context.close();
});

test('Backspace works in every field of the page', async () => {
  const { context, page } = await openPlan();
  await page.getByRole('button', { name: `Edit ${cafe}` }).focus();  // beside the canvas, the outline shows when it has the focus
  await page.keyboard.press('Enter');
  const fields = await page.$$('#edit-dialog input:not([type=checkbox]):not([type=date]), #edit-dialog textarea');
  assert.ok(fields.length >= 10);
  for (const field of fields) {
    await field.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('xyz');
    await page.keyboard.press('Backspace');
    const value = await field.inputValue();
    assert.ok(value.endsWith('xy'), `${await field.getAttribute('name')}: "${value}"`);
  }
  await context.close();
});

test('"Move … to…" moves an action to another change with no drag', async () => {
  const { context, page } = await openPlan();
  const before = (await planJson(page)).actions.find((a) => a.title === cafe);
  await page.evaluate(() => window.coplanOutline.setListView(true));  // the outline on screen, for the mouse
  await page.getByRole('button', { name: `Move ${cafe} to…` }).click();
  await page.getByLabel('The change to move it to').selectOption({ label: 'Sharing power as equals' });
  await page.getByRole('button', { name: 'Done' }).click();
  const plan = await planJson(page);
  const moved = plan.actions.find((a) => a.id === before.id);
  const sharing = plan.changes.find((c) => c.title === 'Sharing power as equals');
  assert.equal(moved.changes[0], sharing.id);
  await page.waitForFunction(() => document.getElementById('outline-status').textContent.length > 0);
  assert.equal(await page.locator('#outline-status').textContent(), `Moved ${cafe} to Sharing power as equals.`);
  // It is listed under its new change in the outline.
  const section = page.getByRole('region', { name: /Sharing power as equals/ });
  assert.equal(await section.getByRole('article', { name: cafe }).count(), 1);
  await context.close();
});
