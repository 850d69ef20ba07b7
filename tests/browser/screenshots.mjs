// Takes the README's screenshots of the page (docs/images): the canvas at 100 %, 200 % and 300 %
// text, each theme, a chosen typeface and the List view. A program, not a test:
//   node screenshots.mjs [out folder, default ../../docs/images]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, settle } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] || path.join(here, '../../docs/images'));
const plan = await readFile(path.resolve(here, '../data/good/workshop.coplan.json'), 'utf8');
const server = await startServer();
const browser = await launch();

async function shot(name, settings, { list = false, viewport = { width: 1200, height: 760 } } = {}) {
  const context = await browser.newContext({ viewport });
  const kept = Object.entries({ theme: 'light', 'text-size': '1.00', typeface: 'noto-sans', 'line-spacing': '1.00',
    'less-motion': 'no', ...settings }).map(([k, v]) => `${k}=${v}\n`).join('');
  await context.addInitScript((text) => localStorage.setItem('coplan-view', text), kept);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.coplan && window.coplan.ready, null, { timeout: 30000 });
  await page.evaluate((t) => window.coplan.openText(t, 'workshop.coplan.json'), plan);
  if (list) await page.evaluate(() => window.coplanOutline.setListView(true));
  await settle(page, 30);
  await page.waitForTimeout(500);  // a chosen typeface arrives, and is baked
  await settle(page, 30);
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  await context.close();
  console.log(`${name}.png`);
}

try {
  await shot('text-100', {});
  await shot('text-200', { 'text-size': '2.00' });
  await shot('text-300', { 'text-size': '3.00' });
  await shot('theme-dark', { theme: 'dark' });
  await shot('theme-high-contrast', { theme: 'high-contrast' });
  await shot('typeface-atkinson', { typeface: 'atkinson', 'text-size': '1.50' });
  await shot('list-view', {}, { list: true });
  await shot('list-view-320', { theme: 'dark' }, { list: true, viewport: { width: 320, height: 640 } });
} finally {
  await browser.close();
  await server.close();
}
