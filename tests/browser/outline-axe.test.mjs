// axe-core's WCAG 2.2 AA checks (tags wcag2a, wcag2aa, wcag21aa, wcag22aa) find nothing: on load,
// with the edit dialog open, and in List view 320 px wide; in each theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { startServer, launch, openApp, settle } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
let server, browser, planText;

before(async () => {
  planText = await readFile(path.resolve(here, '../data/good/workshop.coplan.json'), 'utf8');
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function openPlan(options) {
  const opened = await openApp(browser, server.url, options);
  await opened.page.evaluate(([t]) => window.coplan.openText(t, 'workshop.coplan.json'), [planText]);
  await settle(opened.page);
  return opened;
}

async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// Chooses a theme the way the app keeps it, so the page follows as it does after the View menu.
async function useTheme(page, theme) {
  await page.evaluate((t) => window.coplanOutline.applySettings(
    `theme=${t}\ntext-size=1.00\ntypeface=noto-sans\nline-spacing=1.00\nless-motion=no\n`), theme);
}

test('no violations on load', async () => {
  const { context, page } = await openPlan();
  assert.deepEqual(await violations(page), []);
  await context.close();
});

for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`no violations with the edit dialog open (${theme} theme)`, async () => {
    const { context, page } = await openPlan();
    await useTheme(page, theme);
    await page.getByRole('button', { name: 'Edit Monthly open café at the library' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.getElementById('edit-dialog').open), true);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });

  test(`no violations in List view 320 px wide (${theme} theme)`, async () => {
    const { context, page } = await openPlan({ viewport: { width: 320, height: 640 } });
    await useTheme(page, theme);
    await page.evaluate(() => window.coplanOutline.setListView(true));
    await settle(page);
    assert.deepEqual(await violations(page), []);
    // Nothing is cut off sideways: the page reflows at 320 px.
    const wide = await page.evaluate(() => document.getElementById('outline').scrollWidth);
    assert.ok(wide <= 320, `the list is ${wide} px wide`);
    await context.close();
  });
}
