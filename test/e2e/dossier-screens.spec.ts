/**
 * The other screens of issue 3: the dossier tabs (keyboard, axe), the duplicate
 * warning on "Nieuwe cliënt", the Plannen reminder list, Beheer → Productcatalogus
 * and Instellingen (with the "informele hulp eerst" rule at vaststellen), and how
 * long opening a dossier takes in the browser.
 */
import { expect, test } from './fixtures';
import { expectFieldError } from './pages/plan-page';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { TODAY, nl } from './support/dates';
import { clientTotal, rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';
import { seedClientWithPlan } from './support/seed';

test('dossier: tabs met de pijltjestoetsen, tijdlijn en status, BSN controleren; axe op overzicht, netwerk en plan', async ({ app, page, request }, testInfo) => {
  await app.openSmallDemo();
  // A demo client with a plan, network and funding.
  const due = await rpc(request, 'plans.dueEvaluations', { withinDays: 365 });
  const clientId = due[0]!.clientId;
  const dossier = await rpc(request, 'clients.dossier', { id: clientId });
  await page.goto(`/#/clienten/${clientId}`);
  await app.dossier.expectClient([dossier.header.voornaam, dossier.header.tussenvoegsel, dossier.header.achternaam].filter(Boolean).join(' '));
  await expect(app.dossier.facts).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'dossier-overzicht');

  // Arrow keys move between the tabs and show the panel.
  await app.dossier.tab('Overzicht').focus();
  await page.keyboard.press('ArrowRight');
  await expect(app.dossier.tab('Tijdlijn')).toBeFocused();
  await expect(app.dossier.tab('Tijdlijn')).toHaveAttribute('aria-selected', 'true');
  await expect(app.dossier.panel).toHaveAttribute('aria-labelledby', 'dossier-tab-tijdlijn');
  await page.keyboard.press('End');
  await expect(app.dossier.tab('Inzage')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(app.dossier.tab('Overzicht')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(app.dossier.tab('Inzage')).toHaveAttribute('aria-selected', 'true');
  await expect(app.dossier.panel.getByRole('heading', { name: 'Wie heeft dit dossier ingezien' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(app.dossier.tab('Plan')).toHaveAttribute('aria-selected', 'true');
  await expect(app.dossier.panel.getByRole('link', { name: /^Plan openen/ })).toBeVisible();

  // The network, with the mantelzorger's load trend in words.
  await app.dossier.open('Netwerk');
  await expect(app.dossier.section(/^Naasten en mantelzorgers/)).toBeVisible();
  const withLoad = dossier.network.find((m) => m.isMantelzorger && m.load.length > 0);
  if (withLoad) await expect(app.dossier.item(withLoad.name)).toContainText(`${withLoad.load[0]!.score} van 10`);
  await expectNoSeriousA11yViolations(page, testInfo, 'dossier-netwerk');
  await saveScreenshot(page, '36-dossier-netwerk-demo');

  await app.dossier.open('Financiering');
  await expectNoSeriousA11yViolations(page, testInfo, 'dossier-financiering');
  await saveScreenshot(page, '37-dossier-financiering-demo');

  // The plan editor of the current version.
  await app.dossier.open('Plan');
  await app.dossier.panel.getByRole('link', { name: /^Plan openen/ }).click();
  await app.plan.expectShown();
  await expectNoSeriousA11yViolations(page, testInfo, 'plan');
});

test('tijdlijn: gebeurtenissen toevoegen en corrigeren; de status volgt', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const c = await rpc(request, 'clients.create', { voornaam: 'Wim', achternaam: 'Peeters', geboortedatum: '1936-11-02' });
  await page.goto(`/#/clienten/${c.id}/tijdlijn`);
  await app.dossier.expectClient('Wim Peeters');
  const status = app.dossier.section(/^Status nu/);
  await expect(status).toContainText('Aangemeld');

  const addForm = app.dossier.section('Gebeurtenis toevoegen');
  await addForm.getByRole('combobox', { name: 'Wat gebeurde er?' }).selectOption({ label: 'Eerste zorgcontact' });
  await addForm.getByRole('textbox', { name: /^Datum/ }).fill(nl(TODAY));
  await addForm.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(status).toContainText('In zorg');
  await expect(app.dossier.tab('Overzicht')).toBeVisible();

  // A date in the future is refused by the core, on the date field.
  await addForm.getByRole('combobox', { name: 'Wat gebeurde er?' }).selectOption({ label: 'Opname (Wlz)' });
  await addForm.getByRole('textbox', { name: /^Datum/ }).fill('01-01-2099');
  await addForm.getByRole('button', { name: 'Toevoegen' }).click();
  await expectFieldError(addForm.getByRole('textbox', { name: /^Datum/ }), 'Deze datum ligt in de toekomst.');
  await expect(status).toContainText('In zorg');

  // Correct the first contact: remove it, and the status goes back.
  const timeline = app.dossier.panel.getByRole('list', { name: 'Gebeurtenissen, oudste eerst' });
  await timeline.getByRole('button', { name: /^Eerste zorgcontact van .* verwijderen$/ }).click();
  await page.getByRole('dialog', { name: 'Gebeurtenis verwijderen?' }).getByRole('button', { name: 'Verwijderen' }).click();
  await expect(status).toContainText('Aangemeld');
  expect((await rpc(request, 'clients.dossier', { id: c.id })).events.map((e) => e.kind)).toEqual(['aanmelding']);
  await saveScreenshot(page, '38-dossier-tijdlijn');
});

test('BSN controleren legt datum, wie en identiteitsbewijs vast', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const c = await rpc(request, 'clients.create', { voornaam: 'Mien', achternaam: 'Janssen', geboortedatum: '1939-05-05', bsn: '123456782' });
  await page.goto(`/#/clienten/${c.id}`);
  await app.dossier.verifyBsnButton.click();
  const dialog = page.getByRole('dialog', { name: 'BSN controleren' });
  await dialog.getByRole('radio', { name: 'SBV-Z (met UZI-pas)' }).check();
  await dialog.getByRole('combobox', { name: 'Identiteitsbewijs' }).selectOption({ label: 'Paspoort' });
  await dialog.getByRole('textbox', { name: /Documentnummer/ }).fill('NX1234567');
  await dialog.getByRole('button', { name: 'Controle vastleggen' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.dossier.fact('BSN')).toContainText('Geverifieerd via SBV-Z');
  await expect(app.dossier.fact('BSN')).toContainText('met paspoort (nummer NX1234567)');
  const h = (await rpc(request, 'clients.dossier', { id: c.id })).header;
  expect(h).toMatchObject({ bsnStatus: 'verified_sbvz', bsnVerifiedOn: TODAY, idDocumentType: 'paspoort', idDocumentNumber: 'NX1234567', bsnVerifiedBy: 'Eleonora Willemsen' });
});

test('nieuwe cliënt: zelfde naam en geboortedatum geeft een waarschuwing; "Toch aanmaken" maakt hem aan', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const existing = await rpc(request, 'clients.create', { voornaam: 'Gerda', achternaam: 'Smeets', geboortedatum: '1941-03-07' });
  const before = await clientTotal(request);

  await app.clients.newClientLink.click();
  await app.newClient.fill({ voornaam: 'Gertruda', achternaam: 'Smeets', geboortedatum: '07-03-1941' });
  await app.newClient.submit.click();
  const warning = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Bestaat deze cliënt al?' }) });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('heading', { name: 'Bestaat deze cliënt al?' })).toBeFocused();
  await expect(warning.getByRole('link', { name: 'Smeets, Gerda' })).toHaveAttribute('href', `#/clienten/${existing.id}`);
  await saveScreenshot(page, '39-nieuwe-client-dubbel');
  expect(await clientTotal(request)).toBe(before);

  // The core refuses the unconfirmed twin as well; when it is the one saying so, the same warning shows.
  await page.route('**/rpc/clients.findDuplicates', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: [] }) }));
  await warning.getByRole('button', { name: 'Terug naar het formulier' }).click();
  await expect(warning).toBeHidden();
  await app.newClient.submit.click();
  await expect(warning).toBeVisible();
  expect(await clientTotal(request)).toBe(before);
  await page.unroute('**/rpc/clients.findDuplicates');

  await warning.getByRole('button', { name: 'Toch aanmaken' }).click();
  await app.dossier.expectClient('Gertruda Smeets');
  expect(await clientTotal(request)).toBe(before + 1);
});

test('Plannen: evaluaties die eraan komen, te late gemarkeerd, met een link naar het plan', async ({ app, page, request }, testInfo) => {
  await app.openSmallDemo();
  await app.shell.goTo('Plannen');
  await expect(page.getByRole('heading', { level: 1, name: 'Plannen' })).toBeFocused();
  const due = await rpc(request, 'plans.dueEvaluations', { withinDays: 30 });
  expect(due.length).toBeGreaterThan(0);
  const table = page.getByRole('table', { name: /Plannen met een evaluatie binnen 30 dagen/ });
  await expect(table.getByRole('row')).toHaveCount(due.length + 1);
  const overdue = due.filter((d) => d.daysLeft < 0);
  await expect(page.getByRole('status').filter({ hasText: /plan/ })).toContainText(overdue.length ? `waarvan ${overdue.length} te laat` : `${due.length}`);
  const first = [...due].sort((a, b) => a.daysLeft - b.daysLeft)[0]!;
  const row = table.getByRole('row').nth(1);
  await expect(row).toContainText(first.clientName);
  if (first.daysLeft < 0) await expect(row).toContainText(`${-first.daysLeft} ${first.daysLeft === -1 ? 'dag' : 'dagen'} te laat`);
  await expectNoSeriousA11yViolations(page, testInfo, 'plannen');
  await saveScreenshot(page, '40-plannen');

  await row.getByRole('link', { name: first.clientName }).click();
  await app.plan.expectShown();
  await expect(app.plan.heading).toHaveText(`Ondersteuningsplan van ${first.clientName}`);
});

test('Beheer: product toevoegen aan de catalogus; instelling "informele hulp eerst" geldt bij vaststellen', async ({ app, page, request }) => {
  await app.openSmallDemo();
  await app.shell.goTo('Beheer');
  await page.getByRole('navigation', { name: 'Onderdelen van Beheer' }).getByRole('link', { name: 'Productcatalogus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Productcatalogus' })).toBeFocused();
  await page.getByRole('combobox', { name: 'Toon producten van' }).selectOption({ label: 'Gemeente Leudal' });

  const form = page.getByRole('form', { name: 'Product toevoegen' });
  await expect(form.getByRole('combobox', { name: 'Gemeente' })).toHaveValue('1640');
  await form.getByRole('combobox', { name: 'Productcategorie' }).selectOption('07');
  await form.getByRole('textbox', { name: 'Productcode' }).fill('07L09');
  await form.getByRole('textbox', { name: 'Omschrijving' }).fill('Dagbesteding dementie Leudal');
  await form.getByRole('combobox', { name: 'Eenheid' }).selectOption({ label: 'Dagdeel (4 uur)' });
  await form.getByRole('textbox', { name: /Tarief/ }).fill('48,75');
  await form.getByRole('textbox', { name: /^Geldig vanaf/ }).fill('01-01-2027');
  await form.getByRole('textbox', { name: /^Geldig tot en met/ }).fill('31-12-2026');
  await form.getByRole('button', { name: 'Product toevoegen' }).click();
  await expectFieldError(form.getByRole('textbox', { name: /^Geldig tot en met/ }), 'De einddatum ligt vóór de begindatum.');
  await form.getByRole('textbox', { name: /^Geldig tot en met/ }).fill('');
  await form.getByRole('button', { name: 'Product toevoegen' }).click();
  const row = page.getByRole('table', { name: 'Producten' }).getByRole('row', { name: /Dagbesteding dementie Leudal/ });
  await expect(row).toContainText('Nog niet geldig');
  await expect(row).toContainText('€ 48,75');
  const products = await rpc(request, 'catalog.list', { gemeenteCode: '1640' });
  expect(products.find((p) => p.productCode === '07L09')).toMatchObject({ productCategorie: '07', eenheid: '16', tariefCents: 4875, validFrom: '2027-01-01', validTo: null });
  await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await saveScreenshot(page, '41-beheer-productcatalogus');

  // Instellingen: informal help first.
  await page.getByRole('navigation', { name: 'Onderdelen van Beheer' }).getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('checkbox', { name: 'Informele hulp eerst' }).check();
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(app.shell.announcement('De instellingen zijn opgeslagen.')).toBeVisible();
  expect((await rpc(request, 'settings.get', {})).vrijwilligersEerst).toBe(true);

  // A plan with a Wmo action for which informal help was not considered cannot be vastgesteld.
  const s = await seedClientWithPlan(request);
  const gemeente = (await rpc(request, 'funders.list', {})).find((f) => f.law === 'WMO' && f.code === '0957')!;
  await rpc(request, 'funding.add', {
    clientId: s.clientId,
    entry: { kind: 'WMO', funderId: gemeente.id, startDate: s.version.ingangsdatum!, endDate: null, status: 'toegekend', toewijzingNummer: 4242, productCategorie: '01', productCode: '01A01', volume: 2, eenheid: '04', frequentie: '4' },
  });
  await rpc(request, 'plans.addAction', {
    versionId: s.version.id,
    action: { goalId: s.version.goals[0]!.id, description: 'Hulp bij het huishouden', performerKind: 'organisatie', performerName: 'Thuiszorg De Roerstreek', startDate: s.version.ingangsdatum!, financing: 'WMO' },
  });
  await page.goto(`/#/clienten/${s.clientId}/plan/${s.version.id}`);
  await expect(page.getByText('In dit netwerk komt informele hulp eerst')).toBeVisible();
  await app.plan.establishButton.click();
  const dialog = app.plan.dialog('Versie 1 vaststellen');
  await dialog.getByRole('radio', { name: 'Getekend op papier' }).check();
  await dialog.getByRole('button', { name: 'Plan vaststellen' }).click();
  const problems = dialog.getByRole('alert').filter({ hasText: 'Het plan is nog niet klaar om vast te stellen' });
  await expect(problems).toContainText('In dit netwerk komt informele hulp eerst');
  await problems.getByRole('button', { name: 'Naar de acties' }).click();
  await expect(page.locator('#plan-acties')).toBeFocused();
  await expect(app.plan.goalsSection).toContainText('geef bij één professionele actie aan dat naasten of vrijwilligers zijn overwogen');
});

test('dossier openen: tijd in de browser (klein en netwerk-demo)', async ({ app, page, request }, testInfo) => {
  test.setTimeout(120_000);
  const measure = async (label: string, ids: string[]) => {
    const times: number[] = [];
    for (const id of ids) {
      await page.goto('/#/clienten');
      await app.clients.expectShown();
      const ms = await page.evaluate(
        (target) =>
          new Promise<number>((resolve) => {
            const t0 = performance.now();
            const done = () => {
              if (document.querySelector('[role="tabpanel"] #kop-persoon') && document.querySelector('[role="tab"]')) {
                observer.disconnect();
                resolve(performance.now() - t0);
              }
            };
            const observer = new MutationObserver(done);
            observer.observe(document.body, { childList: true, subtree: true });
            location.hash = `#/clienten/${target}`;
          }),
        id,
      );
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const line = `${label}: n=${times.length} medianMs=${median.toFixed(1)} minMs=${times[0]!.toFixed(1)} maxMs=${times.at(-1)!.toFixed(1)}`;
    testInfo.annotations.push({ type: 'measure', description: line });
    console.log(`[measure] dossierOpen ${line}`);
    return median;
  };

  await app.openSmallDemo();
  const small = (await rpc(request, 'plans.dueEvaluations', { withinDays: 365 })).slice(0, 7).map((d) => d.clientId);
  expect(small.length).toBeGreaterThan(2);
  await measure('small-arrangeur', small);

  // The network-size demo database (9,000 clients), as its arrangeur: dossiers with plan, network and funding.
  await app.shell.otherWorkspaceButton.click();
  await app.start.openDemo('arrangeur', 'network');
  await app.clients.expectShown();
  const withPlan = (await rpc(request, 'plans.dueEvaluations', { withinDays: 365 })).slice(0, 7).map((d) => d.clientId);
  expect(withPlan.length).toBeGreaterThan(2);
  const median = await measure('network-arrangeur', withPlan);
  expect(median).toBeLessThan(1500);
});
