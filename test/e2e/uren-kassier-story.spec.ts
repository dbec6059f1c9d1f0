/**
 * Issue 4, "Must reach" end to end, with two installations side by side: the
 * casemanager's laptop (`app`) and the network's kassier (`kassier`, another server
 * with its own data folder). On the laptop: time registered with the keyboard only
 * (including repeat-last in ≤ 3 keystrokes), a timer that survives a page reload,
 * and a month exported as a signed bundle. At the kassier: the laptop trusted from
 * its identity file, the bundle imported, the totals equal to what the laptop
 * registered, a re-import reported as duplicate, a tampered copy refused with a
 * Dutch reason, and a revoked laptop refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FUNDING_KIND_PLAIN } from '../../renderer/src/app/labels';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { TODAY, nl } from './support/dates';
import { rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';
import { clockNl, findFundedClient, monthEnd, nlNumber, sumMinutes } from './support/uren';

test('uren met het toetsenbord, timer over een herlaadbeurt, export; bij de kassier vertrouwen, inlezen en totalen', async ({ app, page, request, kassier }, testInfo) => {
  test.setTimeout(180_000);
  const month = TODAY.slice(0, 7);
  const from = `${month}-01`;
  const to = monthEnd(month);

  // ---------------------------------------------------------------- the laptop
  await app.openSmallDemo();
  const client = await findFundedClient(request);
  const todayRows = app.uren.dayRows(TODAY);
  await app.shell.goTo('Uren');
  await app.uren.expectShown();

  // 1. The timer: started, still running with its start time after a reload.
  const timerClient = app.uren.timer.getByRole('combobox', { name: /^Cliënt/ });
  await timerClient.fill(client.achternaam);
  await expect(app.uren.clientOptions(app.uren.timer)).toHaveCount(1);
  await timerClient.press('Enter');
  await expect(timerClient).toHaveValue(client.name);
  await app.uren.timer.getByRole('combobox', { name: 'Activiteit' }).selectOption({ label: 'Overleg / MDO' });
  await app.uren.timer.getByRole('button', { name: 'Timer starten' }).click();
  await expect(app.uren.timerClock).toBeVisible();
  const running = (await rpc(request, 'timer.get'))!;
  expect(running.activityCode).toBe('overleg');
  const startedAt = clockNl(running.startedAt);
  await expect(app.uren.timer).toContainText(`Gestart om ${startedAt}`);
  await expect(app.uren.shellTimer).toBeVisible();
  await expect(app.uren.timerClock).toHaveText(/^0:0\d:\d\d$/);

  await page.reload();
  await app.uren.expectShown();
  await expect(app.uren.timer).toContainText(`Gestart om ${startedAt}`);
  await expect(app.uren.timer).toContainText(client.name);
  await expect(app.uren.shellTimer).toBeVisible();
  expect((await rpc(request, 'timer.get'))!.startedAt).toBe(running.startedAt);
  await saveScreenshot(page, '50-uren-timer-na-herladen');

  // 2. Keyboard only: Alt+R to Tijd, type, Tab, type-ahead + Enter, first letters of the activity, Enter saves.
  await page.keyboard.press('Alt+R');
  await expect(app.uren.time).toBeFocused();
  await expect(app.uren.date).toHaveValue(nl(TODAY));
  await page.keyboard.type('09:00-09:45');
  await page.keyboard.press('Tab');
  await expect(app.uren.client).toBeFocused();
  await page.keyboard.type(client.achternaam);
  await expect(app.uren.clientOptions()).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(app.uren.client).toHaveValue(client.name);
  await page.keyboard.press('Tab');
  await expect(app.uren.activity).toBeFocused();
  await page.keyboard.type('Dir');
  await expect(app.uren.activity).toHaveValue('direct');
  // The attribution is proposed live, before saving, in plain words with its reason.
  await expect(app.uren.proposal).toContainText(FUNDING_KIND_PLAIN[client.law]);
  await expect(app.uren.proposal).toContainText('financiering op deze datum');
  await page.keyboard.press('Tab');
  await expect(app.uren.note).toBeFocused();
  await page.keyboard.type('Huisbezoek');
  let t0 = Date.now();
  await page.keyboard.press('Enter');
  const entered = todayRows.filter({ hasText: '09:00–09:45' });
  await expect(entered).toHaveCount(1);
  const entryMs = Date.now() - t0;
  await expect(entered).toContainText(client.name);
  await expect(entered).toContainText('Direct cliëntcontact');
  await expect(entered).toContainText(FUNDING_KIND_PLAIN[client.law]);
  await expect(entered).toContainText('Open');
  await expect(app.shell.announcement(/Geregistreerd: 09:00–09:45/)).toBeVisible();
  // Ready for the next one: focus back on Tijd, the date kept.
  await expect(app.uren.time).toBeFocused();
  await expect(app.uren.time).toHaveValue('');

  // 3. Repeat-last: Alt+H, then Enter — counted.
  let keystrokes = 0;
  const press = async (key: string) => {
    keystrokes += 1;
    await page.keyboard.press(key);
  };
  await press('Alt+H');
  await expect(app.uren.repeatDialog).toBeVisible();
  await expect(app.uren.repeatDialog).toContainText(client.name);
  await expect(app.uren.repeatDialog.getByRole('button', { name: 'Herhalen' })).toBeFocused();
  t0 = Date.now();
  await press('Enter');
  await expect(entered).toHaveCount(2);
  const repeatMs = Date.now() - t0;
  expect(keystrokes, 'repeat-last in at most 3 keystrokes').toBeLessThanOrEqual(3);
  expect(keystrokes).toBe(2);
  await expect(app.uren.repeatDialog).toBeHidden();
  const measure = `repeat-last: ${keystrokes} keystrokes (Alt+H, Enter); Enter → row visible ${repeatMs} ms; keyboard entry Enter → row visible ${entryMs} ms`;
  testInfo.annotations.push({ type: 'measure', description: measure });
  console.log(`[measure] ${measure}`);
  const mine = (await rpc(request, 'registrations.list', { from: TODAY, to: TODAY })).filter((r) => r.startTime === '09:00' && r.endTime === '09:45');
  expect(mine.map((r) => [r.clientId, r.activityCode, r.minutes, r.basis])).toEqual([
    [client.id, 'direct', 45, 'client'],
    [client.id, 'direct', 45, 'client'],
  ]);

  // 4. Stop the timer once it ran over half a minute (shorter spans write nothing).
  await expect(app.uren.timerClock).toHaveText(/^0:(00:(3[1-9]|[45]\d)|0[1-9]:\d\d)$/, { timeout: 45_000 });
  await app.uren.timer.getByRole('button', { name: 'Stoppen en registreren' }).click();
  await expect(app.shell.announcement(/Timer gestopt\. Geregistreerd:/)).toBeVisible();
  const fromTimer = todayRows.filter({ hasText: 'Overleg / MDO' });
  await expect(fromTimer).toHaveCount(1);
  await expect(fromTimer).toContainText(`${startedAt}–`);
  await expect(app.uren.shellTimer).toHaveCount(0);
  expect(await rpc(request, 'timer.get')).toBeNull();
  await expectNoSeriousA11yViolations(page, testInfo, 'uren-week');
  await app.uren.week.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await saveScreenshot(page, '51-uren-week');

  // 5. Export the month: the preview's minutes are what the laptop holds for the month.
  const laptopTotals = await rpc(request, 'registrations.totals', { from, to, groupBy: 'month' });
  const laptopMinutes = sumMinutes(laptopTotals);
  const laptopRows = laptopTotals.reduce((s, r) => s + r.count, 0);
  await app.uren.subnav.getByRole('link', { name: 'Exporteren' }).click();
  await expect(app.export.heading).toBeVisible();
  await expect(app.export.month).toHaveValue(month);
  await expect(app.export.minutes).toHaveText(String(laptopMinutes));
  await expect(app.export.rows).toHaveText(String(laptopRows));
  const uiLaptopMinutes = Number(await app.export.minutes.textContent());
  await expectNoSeriousA11yViolations(page, testInfo, 'uren-exporteren');
  await saveScreenshot(page, '52-uren-exporteren');
  const [download] = await Promise.all([page.waitForEvent('download'), app.export.exportButton.click()]);
  const bundleName = download.suggestedFilename();
  expect(bundleName).toMatch(new RegExp(`^registraties-${month}-\\d{8}-0001\\.schotvrij\\.zip$`));
  const bundlePath = testInfo.outputPath(bundleName);
  await download.saveAs(bundlePath);
  await expect(app.export.rows).toHaveText('0');
  await expect(app.export.batches.getByRole('row', { name: new RegExp(bundleName.replace(/\./g, '\\.')) })).toContainText(String(laptopRows));
  // A lost download is never lost: the same bytes again.
  const [again] = await Promise.all([page.waitForEvent('download'), app.export.redownload(bundleName).click()]);
  const againPath = testInfo.outputPath(`opnieuw-${bundleName}`);
  await again.saveAs(againPath);
  expect(readFileSync(againPath).equals(readFileSync(bundlePath))).toBe(true);
  // Exported rows are fixed now.
  expect((await rpc(request, 'registrations.list', { from: TODAY, to: TODAY })).every((r) => r.state === 'geexporteerd')).toBe(true);

  // 6. The laptop's identity, for the kassier.
  await app.shell.goTo('Beheer');
  await page.getByRole('navigation', { name: 'Onderdelen van Beheer' }).getByRole('link', { name: 'Identiteit' }).click();
  await expect(app.identity.heading).toBeVisible();
  const fingerprint = (await app.identity.fingerprint.textContent())!.trim();
  expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  expect(fingerprint).toBe((await rpc(request, 'identity.get')).fingerprint);
  await expectNoSeriousA11yViolations(page, testInfo, 'beheer-identiteit');
  await saveScreenshot(page, '53-beheer-identiteit');
  const [idDownload] = await Promise.all([page.waitForEvent('download'), app.identity.downloadButton.click()]);
  const identityPath = testInfo.outputPath(idDownload.suggestedFilename());
  await idDownload.saveAs(identityPath);
  expect(idDownload.suggestedFilename()).toMatch(/^identiteit-.+\.json$/);

  // ---------------------------------------------------------------- the kassier
  const k = kassier.app;
  const kp = kassier.page;
  await k.start.openDemo('kassier', 'small');
  await expect(k.shell.nav.getByRole('link')).toHaveText(['Kassier', 'Cliënten', 'Beheer']);
  await k.shell.goTo('Kassier');

  // 7. Trust the laptop: the fingerprint shown must be compared by phone first.
  await k.kassier.go('Vertrouwde installaties');
  await k.kassier.identityFile.setInputFiles(identityPath);
  await expect(k.kassier.identityPreview).toContainText(fingerprint);
  await k.kassier.trustButton.click();
  await expect(k.kassier.trustSummary).toContainText('Vergelijk eerst de vingerafdruk per telefoon');
  expect(await rpc(kassier.request, 'trust.list')).toEqual([]);
  await k.kassier.compared.check();
  await saveScreenshot(kp, '54-kassier-vertrouwen');
  await k.kassier.trustButton.click();
  const signerRow = k.kassier.signers.getByRole('row', { name: /Eleonora Willemsen/ });
  await expect(signerRow).toContainText('Vertrouwd');
  await expect(signerRow).toContainText(fingerprint);
  expect((await rpc(kassier.request, 'trust.list')).map((s) => s.fingerprint)).toEqual([fingerprint]);

  // 8. Import the bundle: accepted whole, with progress from the core's events.
  await k.kassier.go('Importeren');
  await k.kassier.bundleFiles.setInputFiles(bundlePath);
  await k.kassier.importButton.click();
  await expect(k.kassier.summary).toHaveText('Ingelezen 1 · dubbel 0 · geweigerd 0');
  await expect(k.kassier.report(bundleName)).toContainText('Ingelezen');
  await expect(k.kassier.report(bundleName)).toContainText(`${nlNumber(laptopRows)} regels, waarvan ${nlNumber(laptopRows)} nieuw`);
  await expect(k.kassier.progress).toHaveAttribute('value', '100');
  await expect(k.kassier.progressText).toContainText(`laatste bundel ${nlNumber(laptopRows)} van ${nlNumber(laptopRows)} regels`);
  await expect(kp.getByText(/Vóór het inlezen is een gecontroleerde reservekopie gemaakt/)).toBeVisible();

  // 9. The totals: what the laptop registered this month, through both screens and both cores.
  await k.kassier.go('Totalen');
  await expect(k.kassier.from).toHaveValue(nl(from));
  await expect(k.kassier.to).toHaveValue(nl(to));
  await expect(k.kassier.totalMinutes).toHaveText(nlNumber(uiLaptopMinutes));
  const kassierTotals = await rpc(kassier.request, 'kassier.totals', { from, to, groupBy: 'organisation' });
  expect(sumMinutes(kassierTotals)).toBe(laptopMinutes);
  expect(uiLaptopMinutes).toBe(laptopMinutes);
  await expect(k.kassier.totals.getByRole('row', { name: /Zorggroep Maasland/ })).toContainText(nlNumber(laptopMinutes));
  // Grouped per law the sum is the same; per law it matches the laptop's own split.
  await k.kassier.groupBy.selectOption('law');
  await k.kassier.showTotals.click();
  await expect(kp.getByRole('heading', { name: /^Per wet,/ })).toBeVisible();
  await expect(k.kassier.totalMinutes).toHaveText(nlNumber(laptopMinutes));
  const laptopPerLaw = await rpc(request, 'registrations.totals', { from, to, groupBy: 'law' });
  const kassierPerLaw = await rpc(kassier.request, 'kassier.totals', { from, to, groupBy: 'law' });
  for (const law of ['WMO', 'ZVW', 'WLZ']) {
    expect(sumMinutes(kassierPerLaw.filter((r) => r.key === law)), `minutes paid from ${law}`).toBe(sumMinutes(laptopPerLaw.filter((r) => r.key === law)));
  }
  await expectNoSeriousA11yViolations(kp, testInfo, 'kassier-totalen');
  await k.kassier.totals.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await saveScreenshot(kp, '55-kassier-totalen');

  // 10. The same bundle again is a duplicate; a copy with one flipped byte is refused whole, in Dutch.
  const bytes = readFileSync(bundlePath);
  const tampered = Buffer.from(bytes);
  tampered[Math.floor(tampered.length / 2)]! ^= 0x01;
  const tamperedName = 'gewijzigde-bundel.schotvrij.zip';
  const tamperedPath = testInfo.outputPath(tamperedName);
  writeFileSync(tamperedPath, tampered);
  await k.kassier.go('Importeren');
  await k.kassier.bundleFiles.setInputFiles([bundlePath, tamperedPath]);
  await k.kassier.importButton.click();
  await expect(k.kassier.summary).toHaveText('Ingelezen 0 · dubbel 1 · geweigerd 1');
  await expect(k.kassier.report(bundleName)).toContainText('Dubbel: al eerder ingelezen');
  const refused = k.kassier.report(tamperedName);
  await expect(refused).toContainText('Geweigerd');
  await expect(refused).toContainText('Het hele bestand is geweigerd; er is niets van ingelezen.');
  // The reason on screen is the core's own Dutch reason (a refusal writes nothing, so asking again is safe).
  const verdict = await rpc(kassier.request, 'import.bundle', { fileName: tamperedName, base64: tampered.toString('base64'), backup: false });
  expect(verdict.status).toBe('refused');
  await expect(refused.getByRole('list', { name: `Redenen van weigering van ${tamperedName}` })).toContainText(verdict.reasons[0]!.message);
  expect(sumMinutes(await rpc(kassier.request, 'kassier.totals', { from, to, groupBy: 'organisation' }))).toBe(laptopMinutes);
  await expectNoSeriousA11yViolations(kp, testInfo, 'kassier-importeren-geweigerd');
  await refused.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await saveScreenshot(kp, '56-kassier-importeren-geweigerd');

  // 11. What was read in.
  await k.kassier.go('Ingelezen bundels');
  await expect(k.kassier.batches.getByRole('row')).toHaveCount(2);
  await expect(k.kassier.batches.getByRole('row', { name: new RegExp(bundleName.replace(/\./g, '\\.')) })).toContainText('Zorggroep Maasland');

  // 12. A lost laptop is revoked: its bundles are refused from then on.
  await k.kassier.go('Vertrouwde installaties');
  await signerRow.getByRole('button', { name: /intrekken$/ }).click();
  const confirm = kp.getByRole('dialog', { name: 'Installatie intrekken?' });
  await confirm.getByRole('button', { name: 'Intrekken' }).click();
  await expect(confirm).toBeHidden();
  await expect(signerRow).toContainText('Ingetrokken op');
  await k.kassier.go('Importeren');
  await k.kassier.bundleFiles.setInputFiles(bundlePath);
  await k.kassier.importButton.click();
  await expect(k.kassier.report(bundleName)).toContainText('Afzender ingetrokken');
});
