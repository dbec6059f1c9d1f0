import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--lang=nl-NL', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const p0 = await context.newPage();
await p0.goto('http://127.0.0.1:5391/?token=tk');
for (let i = 0; i < 3; i++) {
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:5391/#/clienten');
  await page.locator('[role="grid"] [aria-rowindex="2"]').waitFor();
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => `${e.name.replace(/^.*\//, '')} start=${e.startTime.toFixed(0)} reqStart=${e.requestStart.toFixed(0)} respStart=${e.responseStart.toFixed(0)} end=${e.responseEnd.toFixed(0)}`);
    const paints = performance.getEntriesByType('paint').map((e) => `${e.name}=${e.startTime.toFixed(0)}`);
    return { nav: `reqStart=${nav.requestStart.toFixed(0)} respEnd=${nav.responseEnd.toFixed(0)} dcl=${nav.domContentLoadedEventEnd.toFixed(0)} load=${nav.loadEventEnd.toFixed(0)}`, res, paints };
  });
  console.log(JSON.stringify(r, null, 1));
  await page.close();
}
await browser.close();
