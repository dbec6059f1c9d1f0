/**
 * The settings behind time registration (Beheer → Instellingen: the contract's
 * attribution rules; Beheer → Activiteiten), and the kassier's CSV import for
 * member organisations that do not use Schotvrij.
 */
import { expect, test } from './fixtures';
import { expectFieldError } from './pages/plan-page';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { TODAY, monthStart, nl } from './support/dates';
import { rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';
import { monthEnd, nlNumber, sumMinutes } from './support/uren';

test('toerekening per zorgverzekeraar en nazorg instellen; activiteiten hernoemen en uitzetten', async ({ app, page, request }, testInfo) => {
  await app.openSmallDemo();
  const before = await rpc(request, 'settings.get');
  const insurers = (await rpc(request, 'funders.list')).filter((f) => f.law === 'ZVW');
  expect(insurers.length).toBeGreaterThan(1);
  const [first, second] = insurers as [(typeof insurers)[0], (typeof insurers)[0]];

  await app.shell.goTo('Beheer');
  const beheerNav = page.getByRole('navigation', { name: 'Onderdelen van Beheer' });
  await beheerNav.getByRole('link', { name: 'Instellingen' }).click();
  const form = page.getByRole('form', { name: 'Tijdregistratie: toerekening' });
  const standard = form.getByRole('textbox', { name: 'Dagen dat de zorgverzekeraar na een Wlz-opname nog betaalt' });
  const firstDays = form.getByRole('textbox', { name: new RegExp(`^${first.name.replace(/[()]/g, '\\$&')} \\(UZOVI ${first.code}\\)`) });
  const secondDays = form.getByRole('textbox', { name: new RegExp(`^${second.name.replace(/[()]/g, '\\$&')} \\(UZOVI ${second.code}\\)`) });
  const nazorg = form.getByRole('textbox', { name: 'Dagen nazorg na overlijden' });
  await expect(standard).toHaveValue(String(before.attribution.postAdmissionDays));
  await expect(firstDays).toHaveValue(String(before.attribution.postAdmissionDaysByFunder[first.code] ?? ''));
  await expect(nazorg).toHaveValue(String(before.attribution.nazorgDays));

  await nazorg.fill('zes weken');
  await secondDays.fill('400');
  await form.getByRole('button', { name: 'Toerekening opslaan' }).click();
  await expectFieldError(nazorg, 'Vul een heel aantal dagen in, van 0 tot en met 365.');
  await expectFieldError(secondDays, 'Vul een heel aantal dagen in, van 0 tot en met 365.');
  await expect(secondDays).toBeFocused();
  await expectNoSeriousA11yViolations(page, testInfo, 'beheer-instellingen-toerekening-fouten');
  expect((await rpc(request, 'settings.get')).attribution).toEqual(before.attribution);

  await nazorg.fill('30');
  await secondDays.fill('14');
  await firstDays.fill('');
  await form.getByRole('button', { name: 'Toerekening opslaan' }).click();
  await expect(app.shell.announcement('De regels voor toerekening zijn opgeslagen.')).toBeVisible();
  const after = await rpc(request, 'settings.get');
  expect(after.attribution).toEqual({ postAdmissionDays: before.attribution.postAdmissionDays, postAdmissionDaysByFunder: { [second.code]: 14 }, nazorgDays: 30 });
  expect([after.vrijwilligersEerst, after.evaluatieTermijnMaanden]).toEqual([before.vrijwilligersEerst, before.evaluatieTermijnMaanden]);
  await saveScreenshot(page, '62-beheer-toerekening');

  // Activiteiten: rename one, stop offering another.
  await beheerNav.getByRole('link', { name: 'Activiteiten' }).click();
  const table = page.getByRole('table', { name: 'Soorten activiteit' });
  await table.getByRole('button', { name: 'Scholing wijzigen' }).click();
  let dialog = page.getByRole('dialog', { name: 'Activiteit Scholing wijzigen' });
  await dialog.getByRole('textbox', { name: 'Naam' }).fill('');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Naam' }).fill('Scholing en intervisie');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /^Scholing en intervisie/ })).toBeVisible();

  await table.getByRole('button', { name: 'Preventie (groepsgericht) wijzigen' }).click();
  dialog = page.getByRole('dialog', { name: 'Activiteit Preventie (groepsgericht) wijzigen' });
  await dialog.getByRole('checkbox', { name: 'Te kiezen bij registreren' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Wmo' }).check();
  await expectNoSeriousA11yViolations(page, testInfo, 'beheer-activiteit-wijzigen');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /^Preventie/ })).toContainText('Nee');
  await expect(table.getByRole('row', { name: /^Preventie/ })).toContainText('Wmo');
  const active = await rpc(request, 'activities.list');
  expect(active.map((a) => a.code)).not.toContain('preventie');
  expect(active.find((a) => a.code === 'scholing')?.name).toBe('Scholing en intervisie');

  // The entry form offers what is active, under its new name.
  await app.shell.goTo('Uren');
  await expect(app.uren.activity.locator('option', { hasText: 'Scholing en intervisie' })).toHaveCount(1);
  await expect(app.uren.activity.locator('option', { hasText: 'Preventie' })).toHaveCount(0);
});

test('kassier: CSV van een organisatie zonder Schotvrij inlezen, dubbel, en geweigerd met regel en veld', async ({ app, page, request }, testInfo) => {
  await app.start.openDemo('kassier', 'small');
  const orgs = (await rpc(request, 'organisations.list')).filter((o) => o.agb && !o.isKassier);
  const org = orgs[0]!;
  const date = nl(monthStart());
  const csv = ['organisatie_agb;registratie_id;datum;uren;activiteit;financier;financier_code;bsn', `${org.agb};EXT-1;${date};1,5;direct;ZVW;9901;123456782`, `${org.agb};EXT-2;${date};0,75;overleg;GEEN;;`].join('\n');
  const file = { name: 'uren-extern.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };

  await app.shell.goTo('Kassier');
  await app.kassier.csvButton.click();
  await expectFieldError(app.kassier.csvOrganisation, 'Kies de organisatie van wie dit bestand is.');
  await expectFieldError(app.kassier.csvFile, 'Kies het CSV-bestand.');

  await app.kassier.csvOrganisation.selectOption(org.agb!);
  await app.kassier.csvFile.setInputFiles(file);
  await app.kassier.csvButton.click();
  await expect(app.kassier.report('uren-extern.csv')).toContainText('Ingelezen');
  await expect(app.kassier.report('uren-extern.csv')).toContainText('2 regels, waarvan 2 nieuw');
  const from = monthStart();
  const to = monthEnd(TODAY.slice(0, 7));
  const totals = await rpc(request, 'kassier.totals', { from, to, groupBy: 'organisation' });
  expect(sumMinutes(totals.filter((t) => t.key === org.agb))).toBe(135);

  // The same file again changes nothing.
  await app.kassier.csvOrganisation.selectOption(org.agb!);
  await app.kassier.csvFile.setInputFiles(file);
  await app.kassier.csvButton.click();
  await expect(app.kassier.report('uren-extern.csv')).toContainText('Dubbel: al eerder ingelezen');

  // A BSN that fails the elfproef: the whole file is refused, with the line and the field.
  const bad = { name: 'uren-fout.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace('123456782', '123456789').replace('EXT-', 'FOUT-'), 'utf8') };
  await app.kassier.csvOrganisation.selectOption(org.agb!);
  await app.kassier.csvFile.setInputFiles(bad);
  await app.kassier.csvButton.click();
  const refused = app.kassier.report('uren-fout.csv');
  await expect(refused).toContainText('Geweigerd');
  await expect(refused).toContainText('BSN voldoet niet aan de elfproef: Regel 1: het BSN voldoet niet aan de elfproef.');
  await expect(refused).toContainText('(regel 1, veld bsn)');
  expect(sumMinutes(await rpc(request, 'kassier.totals', { from, to, groupBy: 'organisation' }))).toBe(sumMinutes(totals));
  await expectNoSeriousA11yViolations(page, testInfo, 'kassier-csv-geweigerd');

  // The totals screen shows it per organisation.
  await app.kassier.go('Totalen');
  await expect(app.kassier.totals.getByRole('row', { name: new RegExp(org.name) })).toContainText(nlNumber(135));
  await expect(app.kassier.totals.getByRole('row', { name: new RegExp(org.name) })).toContainText('2:15');
  await app.kassier.go('Ingelezen bundels');
  await expect(app.kassier.batches.getByRole('row', { name: /uren-extern\.csv/ })).toContainText('CSV');
});
