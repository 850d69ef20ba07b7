// Privacy and offline: after the page has loaded it makes no network requests at all, whatever
// the person does with files; the Content-Security-Policy stops requests to other sites; once
// loaded, the page opens and works with the network off; and it can be installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launch, settle } from './harness.mjs';
import { openFilesApp, command, press, openWithChooser, waitForState, dataDir, sleep } from './files-support.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Loaded means: the module draws, the library is read and the offline copy is in place.
async function loaded(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => caches.keys().then((keys) => keys.some((k) => k.startsWith('coplan-'))));
  await settle(page, 20);
  await sleep(500);
}

test('No network requests after the page has loaded, whatever is done with files', async () => {
  const { context, page, errors } = await openFilesApp(browser, server.url);
  const seen = [];
  context.on('request', (request) => seen.push(request.url()));
  await loaded(page);
  const served = server.requests.length;
  const requested = seen.length;

  await command(page, 'rename', 'Private plan');
  await command(page, 'flush');
  const download = page.waitForEvent('download');
  await press(page, 'Control+s');
  await download;
  await command(page, 'link');
  await waitForState(page, (s) => s.link !== '');
  await press(page, 'Escape');  // closes the link dialog
  await settle(page, 5);
  await openWithChooser(page, path.join(dataDir, 'good/workshop.coplan.json'));
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).title.startsWith('Anytown'));
  await command(page, 'my-plans');
  await settle(page, 30);
  await sleep(1500);

  const after = seen.slice(requested).filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.deepEqual(after, [], 'requests made after loading');
  assert.deepEqual(server.requests.slice(served), [], 'requests that reached the server after loading');
  assert.ok(seen.every((url) => url.startsWith(server.url) || url.startsWith('blob:') || url.startsWith('data:')),
    `only this site, ever: ${seen.join(' ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('The Content-Security-Policy stops requests to other sites', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  const result = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    let fetched = true;
    try { await fetch('http://127.0.0.2:9/elsewhere'); } catch { fetched = false; }
    const img = new Image();
    img.src = 'http://127.0.0.2:9/pixel.png';
    await new Promise((r) => { img.onerror = r; img.onload = r; });
    await new Promise((r) => setTimeout(r, 100));
    return { fetched, violations };
  });
  assert.equal(result.fetched, false);
  assert.ok(result.violations.includes('connect-src'), result.violations.join(', '));
  assert.ok(result.violations.includes('img-src'), result.violations.join(', '));
  await context.close();
});

test('Once loaded, the page opens and works with the network off', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  await loaded(page);
  await command(page, 'rename', 'Planned offline');
  await command(page, 'flush');
  await waitForState(page, (s) => s.state === 'kept');
  const served = server.requests.length;
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.coplan && window.coplan.ready, null, { timeout: 30000 });
  await page.waitForFunction(() => JSON.parse(window.coplan.planText()).title === 'Planned offline');
  await command(page, 'rename', 'Changed offline');
  await command(page, 'flush');
  await waitForState(page, (s) => s.state === 'kept' && s.index.plans[0].title === 'Changed offline');
  assert.equal(server.requests.length, served, 'everything came from the offline copy');
  await context.close();
});

test('The page can be installed: a manifest and a service worker', async () => {
  const { context, page } = await openFilesApp(browser, server.url);
  await loaded(page);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.short_name, 'Coplan');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.length > 0);
  const cached = await page.evaluate(async () => {
    const key = (await caches.keys()).find((k) => k.startsWith('coplan-'));
    const cache = await caches.open(key);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const file of ['/coplan.wasm', '/coplan.js', '/index.html', '/coplan-files.js', '/manifest.webmanifest'])
    assert.ok(cached.includes(file), `${file} is kept offline: ${cached.join(' ')}`);
  const version = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('coplan-')));
  assert.notEqual(version, 'coplan-dev', 'the build writes a fingerprint of the site into the worker');
  await context.close();
});

test('The offline copy is made after the first frame, not while the module starts', async () => {
  const registered = () => {
    window.swRegisteredAt = 0;
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => { window.swRegisteredAt = performance.now(); return register(...args); };
  };
  const { context, page } = await openFilesApp(browser, server.url, { init: [registered] });
  await loaded(page);
  const [at, firstPaint] = await page.evaluate(() => [window.swRegisteredAt, window.coplanBench.firstPaint]);
  assert.ok(firstPaint > 0 && at > firstPaint, `worker registered at ${at} ms, first frame at ${firstPaint} ms`);
  await context.close();
});
