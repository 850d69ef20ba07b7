// The action table, plan health and the find bar, driven with the mouse and keyboard only: what
// they show (read back by OCR), edits made in the table (checked in the plan's JSON), and a gap
// followed to the canvas.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, openApp, settle, readsAs, outDir } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// Twice the pixels make tesseract read small words reliably; wide shows the whole top bar and
// most of the table's columns.
const wide = { viewport: { width: 1800, height: 900 }, deviceScaleFactor: 2 };
let server, browser, planText;

// The workshop plan (3 live actions, 1 deleted) and one more action with Welsh letters in it.
async function buildPlan() {
  const plan = JSON.parse(await readFile(path.resolve(here, '../data/good/workshop.coplan.json'), 'utf8'));
  plan.actions.push({
    id: 'a5', title: 'Gardd Tŷ Gwyn', changes: ['ch3'], lead: 'Siân', lead_has_lived_experience: true,
    involvement: 'co-produce', when: 'now', status: 'done', how_we_will_know: ['I grow my own food'],
    tags: ['garden'], position: { x: 400, y: 300 },
  });
  return JSON.stringify(plan, null, 2);
}

before(async () => {
  planText = await buildPlan();
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function openPlan(options = wide) {
  const opened = await openApp(browser, server.url, options);
  assert.equal(await opened.page.evaluate(([t]) => window.coplan.openText(t, 'workshop.coplan.json'), [planText]), true);
  await settle(opened.page);
  return opened;
}

const planJson = async (page) => JSON.parse(await page.evaluate(() => window.coplan.planText()));
const actionIn = (plan, id) => plan.actions.find((a) => a.id === id);

// Reads the screen once with tesseract: its words with their boxes, in CSS pixels.
async function readScreen(page, name) {
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `${name}.png`);
  await writeFile(file, await page.screenshot());
  const tsv = execFileSync('tesseract', [file, 'stdout', '--psm', '11', 'tsv'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const clean = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const boxes = tsv.split('\n').slice(1).map((line) => line.split('\t'))
    .filter((f) => f.length >= 12 && clean(f[11]) !== '')
    .map((f) => ({ left: f[6] / ratio, top: f[7] / ratio, width: f[8] / ratio, height: f[9] / ratio,
      word: f[11], text: clean(f[11]) }));
  const text = boxes.map((b) => b.word).join(' ');
  // Where `words` (on one line) are: the centre of the first word read and of the whole phrase.
  // Tesseract sometimes joins words ("actionhasnolead"), so letters are compared, not words.
  const find = (words) => {
    const wanted = clean(words);
    for (let i = 0; i < boxes.length; ++i) {
      let joined = '';
      for (let j = i; j < boxes.length && Math.abs(boxes[j].top - boxes[i].top) < boxes[i].height; ++j) {
        joined += boxes[j].text;
        const at = joined.indexOf(wanted);
        if (at < 0) continue;
        if (at >= boxes[i].text.length) break;  // it starts in a later word
        const first = boxes[i], last = boxes[j];
        return { x: first.left + first.width / 2, y: first.top + first.height / 2, left: first.left,
          midX: (first.left + last.left + last.width) / 2 };
      }
    }
    return null;
  };
  const at = (words) => {
    const found = find(words);
    assert.ok(found, `expected to find "${words}" on screen (see out/${name}.png); tesseract read: ${text}`);
    return found;
  };
  return { text, find, at, reads: (words) => readsAs(text, words) };
}

// What matters here is that the module never stops (an abort or a failed check inside it); other
// console messages belong to other parts of the page.
const moduleStopped = /abort|RuntimeError|Assertion|unreachable/i;
async function assertAlive(page, errors) {
  assert.deepEqual(errors.filter((e) => moduleStopped.test(e)), []);
  assert.ok((await page.evaluate(() => window.coplan.planText())).startsWith('{'), 'the module still answers');
}

// Points at a place, then clicks it, as a person does (the pointer arrives before the click).
async function clickAt(page, place) {
  await page.mouse.move(place.midX, place.y);
  await settle(page, 4);
  await page.mouse.click(place.midX, place.y);
  await settle(page);
}

async function wheel(page, at, dx, dy) {
  await page.mouse.move(at.x, at.y);
  await settle(page, 4);
  await page.mouse.wheel(dx, dy);
  await settle(page);
}

// Opens the plan and goes to one of the tabs along the top by clicking it.
async function openTab(tab, name, options) {
  const opened = await openPlan(options);
  await clickAt(opened.page, (await readScreen(opened.page, `${name}-start`)).at(tab));
  return opened;
}

test('the action table lists the live actions with their choices and the changes as columns', async () => {
  const { context, page, errors } = await openTab('Action table', 'table');
  const screen = await readScreen(page, 'table');
  for (const words of ['4 actions', 'Accessible bus map made with wheelchair', 'Priya', 'Lived experience',
    'Co-produce', 'Involvement', 'Due date', 'Communities', 'No lead yet']) {
    assert.ok(screen.reads(words), `expected "${words}" in the table; tesseract read: ${screen.text}`);
  }
  assert.ok(!screen.reads('Old idea we dropped'), 'a deleted action must not be listed');
  // The last changes' columns are further right.
  await wheel(page, screen.at('Due date'), 4000, 0);
  await wheel(page, screen.at('Due date'), 4000, 0);
  const right = await readScreen(page, 'table-right');
  for (const words of ['Sharing power', 'Getting about', 'Accessible bus map']) {
    assert.ok(right.reads(words), `expected "${words}" once scrolled; tesseract read: ${right.text}`);
  }
  await assertAlive(page, errors);
  await context.close();
});

test('sorting by a column reorders the rows', async () => {
  const { context, page } = await openTab('Action table', 'sort');
  const rowsY = (screen) => ['Monthly open', 'Ask the council', 'Accessible bus map'].map((t) => screen.at(t).y);
  const before = await readScreen(page, 'sort-before');
  const [monthly, ask, accessible] = rowsY(before);
  assert.ok(monthly < ask && ask < accessible, 'at first the rows follow the plan');
  const header = before.at('Action Canvas');  // the "Action" column's header, beside "Canvas"
  await clickAt(page, { midX: header.x, y: header.y });
  const [m2, a2, acc2] = rowsY(await readScreen(page, 'sort-after'));
  assert.ok(acc2 < a2 && a2 < m2, `sorted by title: Accessible, Ask, Monthly (y ${acc2}, ${a2}, ${m2})`);
  await context.close();
});

test('edits in the table reach the plan: a status, a lead with Welsh letters, a change ticked', async () => {
  const { context, page, errors } = await openTab('Action table', 'edit');
  const table = await readScreen(page, 'edit-table');
  const row = table.at('Accessible bus map');
  // The status: open the row's choice and pick "Done".
  await clickAt(page, { midX: table.at('Status').x + 40, y: row.y });
  await clickAt(page, (await readScreen(page, 'edit-status-open')).at('Done'));
  assert.equal(actionIn(await planJson(page), 'a3').status, 'done');

  // The lead: typed into the field as an input method would (no key events for the letters).
  await clickAt(page, { midX: table.at('No lead yet').midX, y: row.y });
  await page.keyboard.insertText('Siân Ŵyn');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(actionIn(await planJson(page), 'a3').lead, 'Siân Ŵyn');

  // A tick under "Sharing power as equals" (scrolled into view) links the action to that change;
  // a second click unlinks it. The tick box sits where the column's title starts.
  await wheel(page, table.at('Due date'), 1000, 0);
  const sharing = { midX: (await readScreen(page, 'edit-right')).at('Sharing power').left + 10, y: row.y };
  await clickAt(page, sharing);
  assert.deepEqual(actionIn(await planJson(page), 'a3').changes, ['ch6', 'ch5']);
  await clickAt(page, sharing);
  assert.deepEqual(actionIn(await planJson(page), 'a3').changes, ['ch6']);

  // Undo takes back the last edit only.
  await page.keyboard.press('Control+z');
  await settle(page);
  const undone = actionIn(await planJson(page), 'a3');
  assert.deepEqual(undone.changes, ['ch6', 'ch5']);
  assert.equal(undone.lead, 'Siân Ŵyn');
  await assertAlive(page, errors);
  await context.close();
});

test('a row works from the keyboard: Tab from the title reaches "Show", which shows the canvas', async () => {
  const { context, page } = await openTab('Action table', 'keys');
  await clickAt(page, (await readScreen(page, 'keys-table')).at('Accessible bus map'));  // into the title
  await page.keyboard.press('Escape');  // leave the title as it was
  await settle(page, 4);
  await page.keyboard.press('Tab');     // shows where the keyboard is: on the title
  await settle(page, 4);
  await page.keyboard.press('Tab');     // the next control: "Show"
  await settle(page, 4);
  await page.keyboard.press('Space');
  await settle(page);
  const screen = await readScreen(page, 'keys-canvas');
  assert.ok(!screen.reads('tick a box to link'), `the table should have given way to the canvas; tesseract read: ${screen.text}`);
  assert.ok(screen.reads('Accessible bus map'), `the action should be in view; tesseract read: ${screen.text}`);
  assert.equal(actionIn(await planJson(page), 'a3').title, 'Accessible bus map made with wheelchair users');
  await context.close();
});

test('plan health names the gaps in plain English, and a gap leads to the canvas', async () => {
  const { context, page, errors } = await openTab('Plan health', 'health');
  const screen = await readScreen(page, 'health');
  for (const words of ['Living in the place we call home has no actions yet',
    'Sharing power as equals has no actions yet', 'action has no lead', 'What to do',
    'Actions for each change']) {
    assert.ok(screen.reads(words), `expected "${words}" in plan health; tesseract read: ${screen.text}`);
  }
  assert.ok(!screen.reads('no lead with lived experience'), 'every live action involves people with lived experience enough');

  // Further down: counts for each part of the vision, and the ladder of participation.
  await wheel(page, screen.at('Actions for each change'), 0, 2000);
  const lower = await readScreen(page, 'health-lower');
  for (const words of ['How much power is shared', 'Co-design', 'Co-produce', 'the people and things that we love']) {
    assert.ok(lower.reads(words), `expected "${words}" lower down; tesseract read: ${lower.text}`);
  }
  assert.ok(lower.reads('3 of 4 actions are co-designed or co-produced'), `tesseract read: ${lower.text}`);
  await wheel(page, screen.at('Actions for each change'), 0, -2000);

  await clickAt(page, screen.at('action has no lead'));
  const after = await readScreen(page, 'health-gap-canvas');
  assert.ok(!after.reads('What to do'), `plan health should have given way to the canvas; read: ${after.text}`);
  assert.ok(after.reads('Accessible bus map'), `the action with no lead should be in view; read: ${after.text}`);
  await assertAlive(page, errors);
  await context.close();
});

test('find: words without their accents, a count, the table filtered, a filter, Escape closes', async () => {
  const { context, page, errors } = await openPlan();
  await page.keyboard.press('Control+f');
  await settle(page, 4);
  await page.keyboard.insertText('ty');  // the action says "Tŷ"
  await page.keyboard.press('Enter');
  await settle(page);
  let screen = await readScreen(page, 'find-ty');
  // Notes are searched too: "community" in the glimpse of Wigan has "ty" in it.
  assert.ok(screen.reads('1 action and 1 note match'), `tesseract read: ${screen.text}`);
  assert.ok(screen.reads('Gardd'), `the match is listed; tesseract read: ${screen.text}`);
  assert.ok(screen.reads("Note: Wigan's community deal"), `the note is listed; tesseract read: ${screen.text}`);

  await clickAt(page, screen.at('Action table'));
  screen = await readScreen(page, 'find-table');
  assert.ok(screen.reads('1 of 4 actions match'), `tesseract read: ${screen.text}`);
  assert.ok(!screen.reads('Accessible bus map'), `other actions are hidden; tesseract read: ${screen.text}`);

  // A filter on top of the words: no action both says "ty" and is an idea.
  await clickAt(page, screen.at('Status: Any status'));
  await clickAt(page, (await readScreen(page, 'find-status-open')).at('Idea'));
  screen = await readScreen(page, 'find-none');
  assert.ok(screen.reads('No actions match'), `tesseract read: ${screen.text}`);

  await clickAt(page, screen.at('Only show'));  // the bar has the keyboard
  await page.keyboard.press('Escape');
  await settle(page);
  screen = await readScreen(page, 'find-closed');
  assert.ok(!screen.reads('Only show'), `Escape closes the find bar; tesseract read: ${screen.text}`);
  assert.ok(screen.reads('Accessible bus map'), `every action is back; tesseract read: ${screen.text}`);
  await assertAlive(page, errors);
  await context.close();
});
