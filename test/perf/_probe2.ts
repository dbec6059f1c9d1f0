import { chromium, type Page } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--lang=nl-NL', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'] });
const context = await browser.newContext(process.argv[3] ? { locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 800 } } : { viewport: { width: 1280, height: 800 } });
const p0 = await context.newPage();
await p0.goto('http://127.0.0.1:5391/?token=tk');
const mode = process.argv[2];
const read = (page: Page) => page.evaluate(() => {
    const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]);
    return `status=${res.find((e) => e.name.endsWith('workspace.status'))?.responseEnd.toFixed(0)} list=${res.find((e) => e.name.endsWith('clients.list'))?.responseEnd.toFixed(0)} fcp=${performance.getEntriesByType('paint').map((e) => e.startTime.toFixed(0)).join(',')}`;
});
for (let i = 0; i < 6; i++) {
  const page = await context.newPage();
  if (mode === 'init') await page.addInitScript({ content: `(() => { const obs = new MutationObserver(() => { document.querySelector('[role="grid"] [aria-rowindex="2"]'); }); obs.observe(document, { childList: true, subtree: true, characterData: true }); })()` });
  await page.goto('http://127.0.0.1:5391/#/clienten', { waitUntil: mode === 'commit' || mode === 'init' ? 'commit' : 'load' });
  if (mode === 'commit' || mode === 'init') await page.waitForFunction(() => !!document.querySelector('[role="grid"] [aria-rowindex="2"]'));
  else await page.locator('[role="grid"] [aria-rowindex="2"]').waitFor();
  if (!process.argv[4]) await page.waitForTimeout(300);
  console.log(mode, await read(page));
  await page.close();
  if (process.argv[4] === 'after') await new Promise((r) => setTimeout(r, 300));
}
await browser.close();
