/**
 * Issue 3, invalid input: each case gets a clear Dutch message on the right field,
 * nothing of that change is saved, and the rest of the plan stays intact. Checked
 * in the UI and against the core (its own refusal, and what it holds afterwards).
 */
import { expect, test } from './fixtures';
import { expectFieldError } from './pages/plan-page';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { TODAY, isoPlusMonths, monthStart, nl } from './support/dates';
import { rpc, rpcResult } from './support/rpc';
import { saveScreenshot } from './support/screenshots';
import { seedClientWithPlan } from './support/seed';

const ELFPROEF = 'Dit BSN klopt niet (elfproef). Controleer het nummer op het identiteitsbewijs.';

test('dossier wijzigen met een BSN dat de elfproef niet haalt: niets opgeslagen, het plan blijft heel', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const s = await seedClientWithPlan(request, { bsn: '123456782' });
  const before = await rpc(request, 'clients.dossier', { id: s.clientId });

  await page.goto(`/#/clienten/${s.clientId}`);
  await app.dossier.expectClient(s.name);
  await app.dossier.editButton.click();
  await expect(app.dossier.editForm.getByRole('heading', { name: 'Gegevens wijzigen' })).toBeFocused();
  const bsn = app.dossier.editForm.getByRole('textbox', { name: /^BSN/ });
  const telefoon = app.dossier.editForm.getByRole('textbox', { name: 'Telefoon' });
  await bsn.fill('123456789');
  await telefoon.fill('0475-123456');
  await app.dossier.saveEdit.click();

  await expectFieldError(bsn, ELFPROEF);
  await expect(bsn).toBeFocused();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Controleer de gegevens' }) });
  await expect(summary.getByRole('link', { name: ELFPROEF })).toBeVisible();
  await saveScreenshot(page, '30-dossier-bsn-elfproef');

  // The core refuses it too, with the same words on the same field.
  const refused = await rpcResult(request, 'clients.update', { id: s.clientId, patch: { bsn: '123456789' } });
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.details?.issues).toContainEqual({ path: 'patch.bsn', message: ELFPROEF });
  }

  // Nothing of the change was saved (not even the valid telephone number); the plan is untouched.
  const after = await rpc(request, 'clients.dossier', { id: s.clientId });
  expect(after.header.bsn).toBe('123456782');
  expect(after.header.telefoon).toBe(before.header.telefoon);
  expect(after.header.updatedAt).toBe(before.header.updatedAt);
  expect(after.currentVersion).toEqual(before.currentVersion);

  // Cancelling leaves the facts as they were.
  await app.dossier.editForm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(app.dossier.fact('BSN')).toContainText('123456782');
  await expect(app.dossier.editButton).toBeFocused();
});

test('financiering zonder begindatum: melding bij het veld, niets opgeslagen', async ({ app, page, request }, testInfo) => {
  await app.openSmallDemo();
  const s = await seedClientWithPlan(request);
  await page.goto(`/#/clienten/${s.clientId}/financiering`);
  await app.dossier.expectClient(s.name);
  await expect(app.dossier.tab('Financiering')).toHaveAttribute('aria-selected', 'true');

  await app.dossier.panel.getByRole('button', { name: 'Financiering toevoegen' }).click();
  const dialog = app.dossier.dialog('Financiering toevoegen');
  await dialog.getByRole('radio', { name: 'Zvw' }).check();
  await dialog.getByRole('combobox', { name: 'Zorgverzekeraar' }).selectOption({ index: 1 });
  await dialog.getByRole('radio', { name: 'Casemanagement dementie' }).check();
  const begin = dialog.getByRole('textbox', { name: /^Begindatum/ });
  await begin.fill('');
  await dialog.getByRole('button', { name: 'Financiering toevoegen' }).click();

  await expectFieldError(begin, 'Vul de begindatum van de financiering in.');
  await expect(begin).toBeFocused();
  await expect(dialog.getByRole('alert')).toContainText('Vul de begindatum van de financiering in.');
  await expectNoSeriousA11yViolations(page, testInfo, 'financiering-formulier-fouten');
  await saveScreenshot(page, '31-financiering-zonder-begindatum');

  // The core refuses the same entry on its own.
  const refused = await rpcResult(request, 'funding.add', {
    clientId: s.clientId,
    entry: { kind: 'ZVW', funderId: 'x', zvwSoort: 'casemanagement_dementie' },
  });
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.error.details?.issues).toContainEqual({ path: 'entry.startDate', message: 'Vul de begindatum van de financiering in.' });
  expect(await rpc(request, 'funding.list', { clientId: s.clientId })).toEqual([]);

  // Filling it in saves exactly one entry.
  await begin.fill(nl(monthStart()));
  await dialog.getByRole('button', { name: 'Financiering toevoegen' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.dossier.item('Zvw: Casemanagement dementie')).toBeVisible();
  expect(await rpc(request, 'funding.list', { clientId: s.clientId })).toHaveLength(1);
});

test('actie uit een wet zonder financiering in die periode: de melding van de core bij "Wie betaalt dit?"', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const s = await seedClientWithPlan(request);
  // A Wmo entry that ENDS before the plan starts: the law exists, but not for this period.
  const gemeente = (await rpc(request, 'funders.list', {})).find((f) => f.law === 'WMO' && f.code === '0957')!;
  await rpc(request, 'funding.add', {
    clientId: s.clientId,
    entry: { kind: 'WMO', funderId: gemeente.id, startDate: '2026-01-01', endDate: '2026-02-28', status: 'toegekend', toewijzingNummer: 777, productCategorie: '02', productCode: '02A01', volume: 2, eenheid: '04', frequentie: '2' },
  });
  await page.goto(`/#/clienten/${s.clientId}/plan/${s.version.id}`);
  await app.plan.expectShown();
  await app.plan.goal('Ik wil zelf blijven koken').getByRole('button', { name: /^Actie toevoegen bij/ }).click();
  const dialog = app.plan.dialog('Actie toevoegen');
  await dialog.getByRole('textbox', { name: 'Wat gebeurt er?' }).fill('Wijkverpleging helpt bij het klaarzetten van de maaltijd.');
  await dialog.getByRole('radio', { name: 'Een organisatie' }).check();
  await dialog.getByRole('combobox', { name: 'Welke organisatie?' }).selectOption({ label: 'Thuiszorg De Roerstreek' });
  await dialog.getByRole('radio', { name: 'De zorgverzekeraar betaalt (Zvw)' }).check();
  await expect(dialog.getByRole('combobox', { name: 'Welke Zvw-financiering?' })).toHaveAccessibleDescription(/geen toegekende Zvw-financiering/);
  await dialog.getByRole('button', { name: 'Actie toevoegen' }).click();

  const law = dialog.getByRole('group', { name: /Wie betaalt dit\?/ });
  await expect(law).toHaveAccessibleDescription(/Fout: De cliënt heeft geen toegekende financiering uit de Zvw \(zorgverzekeraar\) voor deze periode/);
  await expect(dialog.getByRole('alert')).toContainText('geen toegekende financiering uit de Zvw');
  await saveScreenshot(page, '32-actie-zonder-financiering');

  // Wmo exists but ends before the action starts: refused as well.
  await dialog.getByRole('radio', { name: 'De gemeente betaalt (Wmo)' }).check();
  await dialog.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(law).toHaveAccessibleDescription(/Fout: De cliënt heeft geen toegekende financiering uit de Wmo \(gemeente\) voor deze periode/);

  // Nothing saved; the plan is as it was.
  const v = await rpc(request, 'plans.version', { versionId: s.version.id });
  expect(v.actions).toEqual([]);
  expect(v.goals).toEqual(s.version.goals);
  expect(v.verkenning).toBe(s.version.verkenning);

  // As informal help (the client's son) it is fine.
  await dialog.getByRole('radio', { name: 'Onbetaald: naasten of vrijwilligers' }).check();
  await dialog.getByRole('radio', { name: 'De cliënt zelf' }).check();
  await dialog.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(dialog).toBeHidden();
  expect((await rpc(request, 'plans.version', { versionId: s.version.id })).actions).toHaveLength(1);
});

test('evaluatiedatum vóór de ingangsdatum: melding bij het veld, de rest van het plan gaat door', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const s = await seedClientWithPlan(request, { dates: false });
  await page.goto(`/#/clienten/${s.clientId}/plan/${s.version.id}`);
  await app.plan.expectShown();
  const start = isoPlusMonths(TODAY, 1);
  await app.plan.setDate(app.plan.ingangsdatum, nl(start));
  await app.plan.expectSaved();
  const evaluationBefore = (await rpc(request, 'plans.version', { versionId: s.version.id })).evaluatiedatum;
  await app.plan.setDate(app.plan.evaluatiedatum, nl(monthStart()));

  await expectFieldError(app.plan.evaluatiedatum, 'De evaluatiedatum ligt vóór de ingangsdatum van het plan.');
  await expect(app.plan.saveStatus).toHaveText('Opslaan mislukt');
  await expect(app.plan.evaluatiedatum).toHaveValue(nl(monthStart()));
  await saveScreenshot(page, '33-evaluatiedatum-voor-ingang');

  // The core holds the valid start, the evaluation date from before, and the plan as it was.
  let v = await rpc(request, 'plans.version', { versionId: s.version.id });
  expect(v.ingangsdatum).toBe(start);
  expect(v.evaluatiedatum).toBe(evaluationBefore);
  expect(v.goals).toHaveLength(1);
  const refused = await rpcResult(request, 'plans.updateVersion', { versionId: s.version.id, patch: { evaluatiedatum: monthStart() } });
  expect(refused.ok).toBe(false);

  // Nothing else is lost: typing in the verkenning still saves.
  await app.plan.wensen.fill('Blijven koken, met hulp bij de boodschappen.');
  await expect.poll(async () => (await rpc(request, 'plans.version', { versionId: s.version.id })).wensen).toBe('Blijven koken, met hulp bij de boodschappen.');

  // Correcting the date clears the message.
  await app.plan.setDate(app.plan.evaluatiedatum, nl(isoPlusMonths(start, 6)));
  await app.plan.expectSaved();
  await expect(app.plan.evaluatiedatum).toHaveAttribute('aria-invalid', 'false');
  v = await rpc(request, 'plans.version', { versionId: s.version.id });
  expect(v.evaluatiedatum).toBe(isoPlusMonths(start, 6));
});

test('vaststellen van een onvolledig plan: de problemen staan bij de velden van het plan', async ({ app, page, request }, testInfo) => {
  await app.openSmallDemo();
  const s = await seedClientWithPlan(request, { dates: false, goal: false });
  await page.goto(`/#/clienten/${s.clientId}/plan/${s.version.id}`);
  await app.plan.expectShown();
  await app.plan.establishButton.click();
  const dialog = app.plan.dialog('Versie 1 vaststellen');
  await dialog.getByRole('radio', { name: 'Mondeling, met een getuige' }).check();
  await dialog.getByRole('button', { name: 'Plan vaststellen' }).click();
  // The witness is checked in the form.
  await expectFieldError(dialog.getByRole('textbox', { name: 'Naam van de getuige' }), 'Vul de naam van de getuige in bij mondelinge instemming.');
  await dialog.getByRole('textbox', { name: 'Naam van de getuige' }).fill('Kees Hermans (zoon)');
  await dialog.getByRole('button', { name: 'Plan vaststellen' }).click();

  const problems = dialog.getByRole('alert').filter({ hasText: 'Het plan is nog niet klaar om vast te stellen' });
  await expect(problems).toContainText('Vul de ingangsdatum van het plan in.');
  await expect(problems).toContainText('Een plan heeft ten minste één doel.');
  await expectNoSeriousA11yViolations(page, testInfo, 'vaststellen-problemen');
  await problems.getByRole('button', { name: 'Naar de ingangsdatum' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.plan.ingangsdatum).toBeFocused();
  await expectFieldError(app.plan.ingangsdatum, 'Vul de ingangsdatum van het plan in.');
  await expect(app.plan.goalsSection).toContainText('Een plan heeft ten minste één doel.');
  expect((await rpc(request, 'plans.version', { versionId: s.version.id })).status).toBe('concept');
});
