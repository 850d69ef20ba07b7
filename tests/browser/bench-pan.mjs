// Side-by-side benchmark in headless Chromium (software WebGL): loads ?bench=N in a fresh browser
// `loads` times and reports how soon after the module started the plan was painted (one load
// varies a lot on two shared cores), then pans at "fit whole plan" frame by frame and reports the
// frame intervals. A program that prints figures, not a test.
//   node bench-pan.mjs [N=5000] [frames=120] [loads=7]
import { readFileSync } from 'node:fs';
import { startServer, launch } from './harness.mjs';

const cards = Number(process.argv[2] || 5000);
const frames = Number(process.argv[3] || 120);
const loads = Math.max(1, Number(process.argv[4] || 7));
const server = await startServer();
let browser;

// A fresh browser (nothing cached or compiled) with the page loaded and painted.
async function load() {
  await browser?.close();
  browser = await launch();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${server.url}?bench=${cards}`);
  await page.waitForFunction(() => window.coplan && window.coplan.ready, null, { timeout: 60000 });
  const [paint, sincePage] = await page.evaluate(() =>
    [window.coplanBench.firstPaint - window.coplanBench.moduleStarted, window.coplanBench.firstPaint]);
  return { page, paint, sincePage };
}

try {
  const paints = [], sincePages = [];
  let page;
  for (let i = 0; i < loads; i++) {
    const loaded = await load();
    paints.push(loaded.paint);
    sincePages.push(loaded.sincePage);
    page = loaded.page;
  }
  const intervals = await page.evaluate(async (n) => {
    window.coplanBench.zoomToFit();
    await new Promise((r) => setTimeout(r, 500));
    const times = [];
    let last = performance.now();
    for (let i = 0; i < n; i++) {
      window.coplanBench.panBy(i % 40 < 20 ? 8 : -8, 0);
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times;
  }, frames);
  intervals.sort((a, b) => a - b);
  const at = (q) => intervals[Math.min(intervals.length - 1, Math.floor(intervals.length * q))];
  console.log(`cards on the canvas: ${await page.evaluate(() => window.coplanBench.count())}`);
  const median = (v) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];
  console.log(`painted ${median(paints).toFixed(0)} ms after the module started, median of ${loads} loads ` +
    `(${Math.min(...paints).toFixed(0)}–${Math.max(...paints).toFixed(0)}; ` +
    `${median(sincePages).toFixed(0)} ms after the page was asked for)`);
  console.log(`panning at "fit whole plan", ${frames} frames: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`);
  // Software WebGL shares the machine's cores: the figures mean little without the load beside them.
  console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
} finally {
  await browser?.close();
  await server.close();
}
