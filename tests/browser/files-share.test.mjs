// Sharing in the browser: a plan in a link opens elsewhere as the same plan and can be kept; a
// plan too large for a link says so; Share by email saves the file and opens the mail program;
// and how large a plan still fits in a link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launch, settle, screenshotText, readsAs } from './harness.mjs';
import { openFilesApp, command, fileState, planText, waitForState, samplePlan, dialogText } from './files-support.mjs';

const kMaxLink = 8000;  // keeper.h: kMaxShareLink
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function linkFor(page) {
  await command(page, 'link');
  const state = await waitForState(page, (s) => s.link !== '' || s.linkProblem !== '');
  return state;
}

test('A plan shared as a link opens elsewhere as the same plan, and can be kept', async () => {
  const sender = await openFilesApp(browser, server.url);
  await command(sender.page, 'rename', 'Cynllun Caerdydd: linked ŵŷâ');
  const { link, linkProblem } = await linkFor(sender.page);
  const sent = await planText(sender.page);  // as sent: it says this copy saved it
  assert.equal(JSON.parse(sent).sync.saved_by, JSON.parse(sent).sync.seen[0].copy);
  assert.equal(linkProblem, '');
  assert.ok(link.startsWith(`${server.url}#plan=`), link.slice(0, 80));
  assert.ok(link.length <= kMaxLink);
  await settle(sender.page);
  const dialog = await dialogText(sender.page, 'files-link-dialog');
  assert.ok(readsAs(dialog, 'sees a copy of the plan'), `tesseract read: ${dialog}`);
  await sender.context.close();

  const requestsBefore = server.requests.length;
  const receiver = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await receiver.newPage();
  await page.goto(link);
  await page.waitForFunction(() => window.coplan && window.coplan.ready);
  await waitForState(page, (s) => s.fromLink);
  assert.equal(await planText(page), sent, 'the same plan, byte for byte');
  assert.ok(server.requests.slice(requestsBefore).every((p) => !p.includes('plan=')), 'the plan never reached the server');
  assert.equal((await fileState(page)).index.plans.length, 0, 'not kept until the person says so');
  await settle(page);
  const { text } = await screenshotText(page, 'files-link-opened');
  assert.ok(readsAs(text, 'came in a link'), `tesseract read: ${text}`);
  assert.ok(readsAs(text, 'Keep this plan'), `tesseract read: ${text}`);
  await command(page, 'keep');
  const kept = await waitForState(page, (s) => s.state === 'kept');
  assert.equal(kept.index.plans[0].title, 'Cynllun Caerdydd: linked ŵŷâ');
  assert.equal(await page.evaluate(() => location.hash), '', 'the plan is taken out of the address once kept');
  await receiver.close();
});

test('A link that was cut short says so and changes nothing', async () => {
  const sender = await openFilesApp(browser, server.url);
  const { link } = await linkFor(sender.page);
  await sender.context.close();
  const { context, page } = await openFilesApp(browser, link.slice(0, link.length - 40));
  await settle(page);
  const { text } = await screenshotText(page, 'files-link-broken');
  assert.ok(readsAs(text, 'could not be opened'), `tesseract read: ${text}`);
  assert.equal((await fileState(page)).fromLink, false);
  await context.close();
});

test('A plan too large for a link says so, and suggests a file', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  const text = readFileSync(samplePlan(400), 'utf8');
  assert.equal(await page.evaluate((t) => window.coplan.openText(t, 'large.coplan.json'), text), true);
  const { link, linkProblem } = await linkFor(page);
  assert.equal(link, '');
  assert.match(linkProblem, /too large to fit in a link/);
  await settle(page);
  const screen = await dialogText(page, 'files-link-too-large');
  assert.ok(readsAs(screen, 'too large to fit in a link'), `tesseract read: ${screen}`);
  assert.ok(readsAs(screen, 'Share by email'), `tesseract read: ${screen}`);
  await context.close();
});

test('Share by email saves the file and opens the mail program with a plain message', async () => {
  const { context, page } = await openFilesApp(browser, server.url, {
    init: [() => {
      window.__mail = [];
      document.addEventListener('click', (event) => {
        const a = event.target.closest && event.target.closest('a[href^="mailto:"]');
        if (a) { window.__mail.push(a.href); event.preventDefault(); }
      }, true);
    }],
  });
  await command(page, 'rename', 'Plan to email');
  const download = page.waitForEvent('download');
  await command(page, 'email');
  assert.equal((await download).suggestedFilename(), 'Plan to email.coplan.json');
  await page.waitForFunction(() => window.__mail.length === 1);
  const mail = new URL(await page.evaluate(() => window.__mail[0]));
  assert.equal(mail.protocol, 'mailto:');
  assert.equal(mail.searchParams.get('subject'), 'Our plan: Plan to email');
  const body = mail.searchParams.get('body');
  assert.match(body, /^\[Before you send this: attach the file Plan to email\.coplan\.json, which Coplan has just saved\./);
  assert.match(body, /is in the file Plan to email\.coplan\.json that comes with this email/);
  assert.doesNotMatch(body, /is attached/);
  assert.ok(body.includes(server.url), body);
  assert.match(body, /choose File, then Open, or drag the file onto the page/);
  await waitForState(page, (s) => !s.unsaved);
  await context.close();
});

// Not a pass/fail check of Coplan but the figure for the closing note: sample plans fill every
// field with made-up words, so real plans of the same size make shorter links.
test('The largest sample plan that fits in a link', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  const fits = async (actions) => {
    const text = readFileSync(samplePlan(actions, 3), 'utf8');
    await page.evaluate((t) => window.coplan.openText(t, 'sample.coplan.json'), text);
    const state = await linkFor(page);
    return { ok: state.link !== '', bytes: text.length, link: state.link.length };
  };
  let low = 0, high = 64;
  while (!(await fits(high)).ok) high = Math.floor(high / 2);
  while ((await fits(high * 2)).ok) high *= 2;
  low = high;
  high *= 2;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if ((await fits(mid)).ok) low = mid; else high = mid;
  }
  const best = await fits(low);
  const workshop = readFileSync(new URL('../data/good/workshop.coplan.json', import.meta.url), 'utf8');
  await page.evaluate((t) => window.coplan.openText(t, 'workshop.coplan.json'), workshop);
  const small = await linkFor(page);
  console.log(`largest sample plan in a ${kMaxLink}-character link: ${low} actions (file ${best.bytes} bytes, link ` +
    `${best.link} characters); the 3-action workshop plan (${workshop.length} bytes) makes a ${small.link.length}-character link`);
  assert.ok(low >= 1);
  await context.close();
});
