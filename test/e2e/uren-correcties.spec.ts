/**
 * Uren beyond the happy path: an exported registration is corrected only with a
 * reason and becomes version 2 (peers.md #5); a closed week refuses new entries
 * with the core's Dutch message; the entry form's errors, the live proposal with
 * its warnings after a Wlz admission, and "Afwijken" with a required reason.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectFieldError } from './pages/plan-page';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { TODAY, isoPlusDays, nl } from './support/dates';
import { rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';
import { findFundedClient, seedAdmittedClient } from './support/uren';
import { isoWeekOf, weekNumber, weekdayName } from '../../renderer/src/features/uren/time-format';

test('een geëxporteerde registratie corrigeren vraagt een reden en maakt versie 2', async ({ app, page, request }, testInfo) => {
  await app.openSmallDemo();
  const client = await findFundedClient(request);
  const month = TODAY.slice(0, 7);
  const made = await rpc(request, 'registrations.create', { date: TODAY, minutes: 50, clientId: client.id, activityCode: 'direct', note: 'Telefonisch overleg met de dochter' });
  const exported = await rpc(request, 'export.registrations', { period: month });
  expect(exported.batch.rowCount).toBeGreaterThan(0);

  await app.shell.goTo('Uren');
  const row = app.uren.dayRows(TODAY).filter({ hasText: client.name });
  await expect(row).toContainText('50 min');
  await expect(row).toContainText('Geëxporteerd');
  await row.getByRole('button', { name: /^Corrigeren: / }).click();
  const dialog = app.uren.dialog('Geëxporteerde registratie corrigeren');
  await expect(dialog).toContainText('Deze registratie is geëxporteerd en ligt vast.');
  await expect(dialog).toContainText('er komt een nieuwe versie (2) die versie 1 vervangt');
  const time = dialog.getByRole('textbox', { name: 'Tijd' });
  const reason = dialog.getByRole('textbox', { name: 'Reden van de correctie' });
  await expect(time).toHaveValue('50');
  await time.fill('40');
  await dialog.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expectFieldError(reason, 'Deze registratie is al geëxporteerd. Geef de reden van de correctie.');
  await expect(reason).toBeFocused();
  expect(await rpc(request, 'registrations.history', { id: made.id })).toHaveLength(1);
  await expectNoSeriousA11yViolations(page, testInfo, 'uren-correctie-zonder-reden');
  await saveScreenshot(page, '57-uren-correctie-reden');

  await reason.fill('Telfout: het gesprek duurde 40 minuten');
  await dialog.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.shell.announcement('Correctie opgeslagen: versie 2 vervangt versie 1.')).toBeVisible();
  await expect(row).toContainText('40 min');
  await expect(row).toContainText('Gecorrigeerd');
  await expect(row).toContainText('Open');

  const history = await rpc(request, 'registrations.history', { id: made.id });
  expect(history.map((v) => [v.version, v.supersedes, v.minutes, v.state, v.correctionReason])).toEqual([
    [1, null, 50, 'geexporteerd', null],
    [2, 1, 40, 'open', 'Telfout: het gesprek duurde 40 minuten'],
  ]);
  // The correction waits for the next export of the month.
  const preview = await rpc(request, 'export.preview', { period: month });
  expect(preview.corrections).toBe(1);

  await row.getByRole('button', { name: /^Wijzigen: / }).click();
  const again = app.uren.dialog('Registratie wijzigen');
  const versions = again.getByRole('list', { name: 'Versies, oudste eerst' }).getByRole('listitem');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('Versie 1');
  await expect(versions.nth(0)).toContainText('Geëxporteerd');
  await expect(versions.nth(1)).toContainText('Versie 2 (vervangt versie 1)');
  await expect(versions.nth(1)).toContainText('Reden: Telfout: het gesprek duurde 40 minuten');
  await saveScreenshot(page, '58-uren-versie-2');
  await again.getByRole('button', { name: 'Annuleren' }).click();
  await expect(again).toBeHidden();
});

test('week afsluiten weigert een nieuwe registratie in die week met een Nederlandse melding; heropenen kan weer', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const before = await rpc(request, 'registrations.create', { date: TODAY, minutes: 30, activityCode: 'administratie' });
  const week = isoWeekOf(TODAY);
  await app.shell.goTo('Uren');
  await app.uren.closeWeekButton.click();
  await expect(app.shell.announcement(`Week ${weekNumber(week)} is afgesloten`)).toBeVisible();
  await expect(app.uren.week).toContainText('Week afgesloten');
  await expect(app.uren.dayRows(TODAY).filter({ hasText: 'Administratie' })).toContainText('Week afgesloten');
  expect((await rpc(request, 'weeks.list')).map((w) => w.week)).toContain(week);

  await app.uren.time.fill('45');
  await app.uren.activity.selectOption({ label: 'Scholing' });
  await app.uren.submit.click();
  const message = `Week ${week.replace('-W', ' week ')} is afgesloten. Open de week opnieuw om hierin iets te veranderen.`;
  await expectFieldError(app.uren.date, message);
  await expect(app.uren.errorSummary).toContainText(message);
  await expect(app.uren.dayRows(TODAY).filter({ hasText: 'Scholing' })).toHaveCount(0);
  expect((await rpc(request, 'registrations.list', { from: TODAY, to: TODAY })).map((r) => r.id)).toEqual([before.id]);
  await saveScreenshot(page, '59-uren-week-afgesloten');

  await app.uren.reopenWeekButton.click();
  await expect(app.uren.closeWeekButton).toBeVisible();
  await app.uren.submit.click();
  await expect(app.uren.dayRows(TODAY).filter({ hasText: 'Scholing' })).toHaveCount(1);
  expect(await rpc(request, 'weeks.list')).toEqual([]);

  // The week by keyboard: Alt+PageUp / Alt+PageDown.
  const previous = isoWeekOf(isoPlusDays(TODAY, -7));
  await page.keyboard.press('Alt+PageUp');
  await expect(app.uren.weekHeading).toHaveText(new RegExp(`^Week ${weekNumber(previous)} `));
  await expect(app.uren.dayRows(TODAY)).toHaveCount(0);
  await page.keyboard.press('Alt+PageDown');
  await expect(app.uren.weekHeading).toHaveText(new RegExp(`^Week ${weekNumber(week)} `));

  // The week as a CSV for people: Dutch headers, ';', hours with a decimal comma.
  const [download] = await Promise.all([page.waitForEvent('download'), app.uren.week.getByRole('button', { name: 'CSV van deze week' }).click()]);
  expect(download.suggestedFilename()).toBe(`uren-${week}.csv`);
  const text = readFileSync(await download.path(), 'utf8');
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Datum;Dag;Begin;Eind;Minuten;Uren;Cliënt;Naaste;Activiteit;Soort tijd;Toerekening;Financiering;Grondslag;Afgeweken;Reden afwijken;Status;Versie;Reden correctie;Notitie');
  const scholing = lines.find((l) => l.includes(';Scholing;'))!.split(';');
  expect(scholing.slice(0, 6)).toEqual([nl(TODAY), weekdayName(TODAY), '', '', '45', '0,75']);
  expect(lines.at(-1)).toMatch(/^Totaal;;;;75;1,25;/);
});

test('invoer met fouten, het voorstel met waarschuwing na een Wlz-opname, en afwijken met een reden', async ({ app, page, request }, testInfo) => {
  await app.openSmallDemo();
  // Insurer 9901 pays six weeks after admission in the demo contract, 9902 nothing.
  const paid = await seedAdmittedClient(request, { achternaam: 'Opnamevijf', funderCode: '9901', daysAgo: 5 });
  const unpaid = await seedAdmittedClient(request, { achternaam: 'Opnametien', funderCode: '9902', daysAgo: 10 });
  await app.shell.goTo('Uren');

  // Nothing filled in: the summary and the fields say what is missing.
  await app.uren.submit.click();
  await expect(app.uren.errorSummary).toBeVisible();
  await expectFieldError(app.uren.time, 'Vul de tijd in: begin en eind (09:00-10:30) of het aantal minuten (45).');
  await expectFieldError(app.uren.activity, 'Kies de activiteit.');
  await expect(app.uren.time).toBeFocused();
  // Unreadable time, a client typed but not chosen, an end before the start.
  await app.uren.time.fill('tien voor twaalf');
  await app.uren.client.fill('Niemand bestaat zo');
  await app.uren.activity.selectOption({ label: 'Direct cliëntcontact' });
  await app.uren.submit.click();
  await expectFieldError(app.uren.time, /Deze tijd is niet te lezen/);
  await expectFieldError(app.uren.client, 'Kies de cliënt uit de lijst: typ een deel van de naam en kies met Enter.');
  await app.uren.time.fill('11:00-10:00');
  await app.uren.submit.click();
  await expectFieldError(app.uren.time, /De eindtijd ligt vóór de begintijd/);
  await expectNoSeriousA11yViolations(page, testInfo, 'uren-invoer-fouten');
  await saveScreenshot(page, '60-uren-invoer-fouten');

  // Five days after admission with insurer 9901: still paid, with the warm handover warning.
  await app.uren.client.fill('Opnamevijf');
  await expect(app.uren.clientOptions()).toHaveCount(1);
  await app.uren.client.press('Enter');
  await expect(app.uren.client).toHaveValue(paid.name);
  await expect(app.uren.proposal).toContainText('De zorgverzekeraar betaalt (Zvw)');
  await expect(app.uren.proposal).toContainText('Na de opname betaalt de zorgverzekeraar nog 42 dagen (dag 5).');
  await expect(app.uren.proposal).toContainText('Denk aan de warme overdracht aan het verpleeghuis.');
  // Ten days after admission with insurer 9902: nothing pays any more.
  await app.uren.client.fill('Opnametien');
  await expect(app.uren.clientOptions()).toHaveCount(1);
  await app.uren.client.press('Enter');
  await expect(app.uren.proposal).toContainText('Niet toe te rekenen aan een financiering');
  await expect(app.uren.proposal).toContainText('zorg voor een warme overdracht');
  await saveScreenshot(page, '61-uren-voorstel-waarschuwing');

  // Afwijken: the funding entry chosen by hand needs a reason.
  await app.uren.time.fill('10:00-10:30');
  await app.uren.override.check();
  const insurerOption = app.uren.overrideTo.locator('option', { hasText: 'De zorgverzekeraar betaalt (Zvw)' });
  await expect(insurerOption).toHaveCount(1);
  await app.uren.overrideTo.selectOption({ label: (await insurerOption.textContent())! });
  await app.uren.submit.click();
  await expectFieldError(app.uren.overrideReason, 'Geef de reden waarom u afwijkt van het voorstel.');
  await app.uren.overrideReason.fill('Afspraak met de verzekeraar: overdracht loopt nog');
  await app.uren.submit.click();
  const row = app.uren.dayRows(TODAY).filter({ hasText: unpaid.name });
  await expect(row).toContainText('afgeweken');
  await expect(row).toContainText('De zorgverzekeraar betaalt (Zvw)');
  const saved = (await rpc(request, 'registrations.list', { from: TODAY, to: TODAY })).find((r) => r.clientId === unpaid.id)!;
  expect([saved.overridden, saved.overrideReason, saved.basis, saved.law, saved.minutes]).toEqual([true, 'Afspraak met de verzekeraar: overdracht loopt nog', 'client', 'ZVW', 30]);

  // Week totals per client and per law come from the core.
  const totals = await rpc(request, 'registrations.totals', { from: TODAY, to: TODAY, groupBy: 'client' });
  expect(totals.find((t) => t.key === unpaid.id)?.minutes).toBe(30);
  await expect(app.uren.perClient.getByRole('row', { name: new RegExp(unpaid.name) })).toContainText('30 min');
  await expect(app.uren.perLaw.getByRole('row', { name: /De zorgverzekeraar betaalt \(Zvw\)/ })).toBeVisible();
});

test('open registratie in place wijzigen en verwijderen; geëxporteerde laten vervallen met reden; timer weggooien', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const month = TODAY.slice(0, 7);
  const open = await rpc(request, 'registrations.create', { date: TODAY, minutes: 20, activityCode: 'administratie' });
  await app.shell.goTo('Uren');

  // Open (not exported): a change is made in place, no new version.
  let row = app.uren.dayRows(TODAY).filter({ hasText: 'Administratie' });
  await row.getByRole('button', { name: /^Wijzigen: / }).click();
  let dialog = app.uren.dialog('Registratie wijzigen');
  await expect(dialog.getByRole('textbox', { name: 'Reden van de correctie' })).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Tijd' }).fill('25');
  await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('25 min');
  await expect(row).not.toContainText('Gecorrigeerd');
  expect((await rpc(request, 'registrations.history', { id: open.id })).map((v) => [v.version, v.minutes])).toEqual([[1, 25]]);

  // …and removed for good.
  await row.getByRole('button', { name: /^Wijzigen: / }).click();
  dialog = app.uren.dialog('Registratie wijzigen');
  await dialog.getByRole('button', { name: 'Verwijderen…' }).click();
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(app.shell.announcement('De registratie is verwijderd.')).toBeVisible();

  // Exported: it cannot disappear, it "vervalt" — a tombstone version with a reason, exported next time.
  const sent = await rpc(request, 'registrations.create', { date: TODAY, minutes: 60, activityCode: 'scholing' });
  await rpc(request, 'export.registrations', { period: month });
  row = app.uren.dayRows(TODAY).filter({ hasText: 'Scholing' });
  await row.getByRole('button', { name: /^Corrigeren: / }).click();
  dialog = app.uren.dialog('Geëxporteerde registratie corrigeren');
  await dialog.getByRole('button', { name: 'Laten vervallen…' }).click();
  await dialog.getByRole('button', { name: 'Laten vervallen', exact: true }).click();
  await expectFieldError(dialog.getByRole('textbox', { name: 'Reden', exact: true }), 'Geef de reden waarom deze registratie vervalt.');
  await dialog.getByRole('textbox', { name: 'Reden', exact: true }).fill('Scholing ging niet door');
  await dialog.getByRole('button', { name: 'Laten vervallen', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  expect((await rpc(request, 'registrations.history', { id: sent.id })).map((v) => [v.version, v.supersedes, v.correctionReason])).toEqual([
    [1, null, null],
    [2, 1, 'Scholing ging niet door'],
  ]);
  expect((await rpc(request, 'export.preview', { period: month })).tombstones).toBe(1);

  // A running timer thrown away writes nothing.
  await rpc(request, 'timer.start', { activityCode: 'coordinatie', note: null });
  await expect(app.uren.timerClock).toBeVisible();
  await app.uren.timer.getByRole('button', { name: 'Weggooien' }).click();
  const confirm = page.getByRole('dialog', { name: 'Timer weggooien?' });
  await expect(confirm.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Weggooien' }).click();
  await expect(confirm).toBeHidden();
  await expect(app.uren.timer.getByRole('button', { name: 'Timer starten' })).toBeVisible();
  expect(await rpc(request, 'timer.get')).toBeNull();
  await expect(app.uren.dayRows(TODAY).filter({ hasText: 'Coördinatie' })).toHaveCount(0);
});
