/**
 * Issue 3, "Must reach": the arrangeur's whole story in the real UI on the real
 * core — demo (arrangeur) → a new client → two naasten (one mantelzorger) → a
 * Wmo toewijzing → a plan with Positieve Gezondheid scores, two goals and three
 * actions (one by the mantelzorger) → vastgesteld with the client's signature →
 * printed to PDF → exported as FHIR. Screenshots under test-results/screenshots/.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isValidBsn } from '../../shared/domain/bsn';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { TODAY, isoPlusDays, isoPlusMonths, monthStart, nl } from './support/dates';
import { rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';

const BSN = '123456782';
const CLIENT = 'Hendrika Verhoeven';
const GOAL_1 = 'Ik wil zelf mijn boodschappen blijven doen';
const GOAL_2 = 'Ik wil weer zingen in het koor';

interface FhirResource {
  resourceType: string;
  id?: string;
  [k: string]: unknown;
}
interface FhirBundle {
  resourceType: string;
  type: string;
  entry: { fullUrl?: string; resource: FhirResource }[];
}

/** Every `reference` in the bundle points at an entry in it. */
function unresolvedReferences(bundle: FhirBundle): string[] {
  const known = new Set<string>();
  for (const e of bundle.entry) {
    if (e.fullUrl) known.add(e.fullUrl);
    if (e.resource.id) known.add(`${e.resource.resourceType}/${e.resource.id}`);
  }
  const refs: string[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        if (k === 'reference' && typeof v === 'string') refs.push(v);
        else walk(v);
      }
    }
  };
  walk(bundle.entry.map((e) => e.resource));
  return refs.filter((r) => !known.has(r));
}

test('het hele verhaal: cliënt, netwerk, Wmo, plan, vaststellen, PDF en FHIR', async ({ app, page, request }, testInfo) => {
  test.setTimeout(150_000);
  expect(isValidBsn(BSN)).toBe(true);
  const start = monthStart();
  const end = isoPlusMonths(start, 6);
  const evaluation = isoPlusMonths(TODAY, 5);

  // 1. Demo as arrangeur, then a new client.
  await app.openSmallDemo();
  await app.clients.newClientLink.click();
  await app.newClient.fill({ voornaam: 'Hendrika', achternaam: 'Verhoeven', geboortedatum: '12-04-1938', bsn: BSN });
  await app.newClient.submit.click();
  await app.dossier.expectClient(CLIENT);
  const clientId = /#\/clienten\/([^/?]+)$/.exec(page.url())![1]!;
  await expect(app.dossier.fact('BSN')).toContainText('Niet geverifieerd');
  await saveScreenshot(page, '20-dossier-overzicht');

  // 2. Two naasten, one of them mantelzorger (with a load score).
  await app.dossier.open('Netwerk');
  const naasten = app.dossier.section(/^Naasten en mantelzorgers/);
  await naasten.getByRole('button', { name: 'Naaste toevoegen' }).click();
  let dialog = app.dossier.dialog('Naaste toevoegen');
  await dialog.getByRole('textbox', { name: 'Naam' }).fill('Anna Verhoeven');
  await dialog.getByRole('combobox', { name: 'Relatie met de cliënt' }).selectOption({ label: 'Dochter' });
  await dialog.getByRole('checkbox', { name: 'Mantelzorger' }).check();
  await dialog.getByRole('textbox', { name: /Wat doet deze persoon/ }).fill('Doet de boodschappen en regelt de post.');
  await dialog.getByRole('textbox', { name: /Wat heeft deze persoon nodig/ }).fill('Eén middag per week vrij, en iemand om mee te praten.');
  await dialog.getByRole('button', { name: 'Toevoegen aan het netwerk' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.dossier.item('Anna Verhoeven')).toContainText('Mantelzorger');

  await naasten.getByRole('button', { name: 'Naaste toevoegen' }).click();
  dialog = app.dossier.dialog('Naaste toevoegen');
  await dialog.getByRole('textbox', { name: 'Naam' }).fill('Johan Verhoeven');
  await dialog.getByRole('combobox', { name: 'Relatie met de cliënt' }).selectOption({ label: 'Zoon' });
  await dialog.getByRole('textbox', { name: /Wat doet deze persoon/ }).fill('Komt op zondag op bezoek.');
  await dialog.getByRole('button', { name: 'Toevoegen aan het netwerk' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.dossier.tab('Netwerk')).toHaveText('Netwerk (2)');

  await app.dossier.item('Anna Verhoeven').getByRole('button', { name: 'Belasting van Anna Verhoeven vastleggen' }).click();
  dialog = app.dossier.dialog('Belasting van Anna Verhoeven');
  await dialog.getByRole('radio', { name: '7', exact: true }).check();
  await dialog.getByRole('textbox', { name: /Toelichting/ }).fill('Zwaar sinds de val in september.');
  await dialog.getByRole('button', { name: 'Belasting vastleggen' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.dossier.item('Anna Verhoeven')).toContainText('7 van 10');
  const network = await rpc(request, 'network.list', { clientId });
  expect(network.map((m) => [m.name, m.isMantelzorger])).toEqual(expect.arrayContaining([['Anna Verhoeven', true], ['Johan Verhoeven', false]]));
  await saveScreenshot(page, '21-dossier-netwerk');

  // 3. A Wmo toewijzing: gemeente, then a product from THAT gemeente's catalogue.
  await app.dossier.open('Financiering');
  await app.dossier.panel.getByRole('button', { name: 'Financiering toevoegen' }).click();
  dialog = app.dossier.dialog('Financiering toevoegen');
  await expect(dialog.getByRole('radio', { name: 'Wmo' })).toBeChecked();
  await dialog.getByRole('combobox', { name: 'Gemeente' }).selectOption({ label: 'Gemeente Roermond (gemeentecode 0957)' });
  await dialog.getByRole('textbox', { name: /^Begindatum/ }).fill(nl(start));
  await dialog.getByRole('textbox', { name: /^Einddatum/ }).fill(nl(end));
  const product = dialog.getByRole('combobox', { name: 'Product' });
  await expect(product.locator('option', { hasText: 'Begeleiding individueel — Begeleiding (code 02A01' })).toHaveCount(1);
  await product.selectOption('02|02A01');
  await dialog.getByRole('textbox', { name: 'Toewijzingnummer' }).fill('123456');
  await dialog.getByRole('textbox', { name: 'Volume' }).fill('3');
  await dialog.getByRole('combobox', { name: 'Eenheid' }).selectOption({ label: 'Uur' });
  await dialog.getByRole('combobox', { name: 'Frequentie' }).selectOption({ label: 'Per week' });
  await saveScreenshot(page, '22-financiering-wmo-formulier');
  await dialog.getByRole('button', { name: 'Financiering toevoegen' }).click();
  await expect(dialog).toBeHidden();
  const wmo = app.dossier.item('Wmo-toewijzing 123456');
  await expect(wmo).toContainText('Begeleiding individueel (productcode 02A01)');
  await expect(wmo).toContainText('3 uur per week');
  await expect(wmo).toContainText('Gemeente Roermond');
  const funding = await rpc(request, 'funding.list', { clientId });
  expect(funding).toHaveLength(1);
  expect(funding[0]).toMatchObject({ kind: 'WMO', toewijzingNummer: 123456, productCode: '02A01', startDate: start, endDate: end, volume: 3, eenheid: '04', frequentie: '2' });
  await saveScreenshot(page, '23-dossier-financiering');

  // 4. The plan, with Positieve Gezondheid.
  await app.dossier.open('Plan');
  await expect(app.dossier.panel.getByRole('radio', { name: 'Positieve Gezondheid' })).toBeChecked();
  await app.dossier.panel.getByRole('button', { name: 'Plan beginnen' }).click();
  await app.plan.expectShown();
  await expect(app.plan.heading).toHaveText(`Ondersteuningsplan van ${CLIENT}`);
  await app.plan.verkenning.fill('Mevrouw woont alleen sinds haar man overleed. Ze vergeet afspraken en eet onregelmatig. Dochter Anna komt bijna elke dag.');
  await app.plan.wensen.fill('“Ik wil in mijn eigen huis blijven wonen en zelf mijn boodschappen doen.”');
  await app.plan.naasten.fill('Anna wil één middag per week vrij hebben en iemand om haar zorgen mee te delen.');
  await app.plan.setDate(app.plan.ingangsdatum, nl(start));
  await app.plan.setDate(app.plan.evaluatiedatum, nl(evaluation));
  await app.plan.expectSaved();

  // Two score sets, so the spider web shows progress.
  const domains = ['Lichaamsfuncties', 'Mentaal welbevinden', 'Zingeving', 'Kwaliteit van leven', 'Meedoen', 'Dagelijks functioneren'];
  const scoreSet = async (date: string, scores: number[]) => {
    await app.plan.scoresButton.click();
    const d = app.plan.dialog(/^Scores vastleggen/);
    await d.getByRole('textbox', { name: /Datum van de meting/ }).fill(nl(date));
    await d.getByRole('radio', { name: 'Samen' }).check();
    for (const [i, name] of domains.entries()) await d.getByRole('combobox', { name }).selectOption(String(scores[i]));
    await d.getByRole('button', { name: 'Scores opslaan' }).click();
    await expect(d).toBeHidden();
  };
  await scoreSet(isoPlusDays(TODAY, -30), [5, 4, 6, 5, 3, 4]);
  await scoreSet(TODAY, [6, 6, 7, 6, 5, 5]);
  await expect(app.plan.scoresTable.getByRole('row', { name: /Meedoen/ })).toContainText('3');
  await expect(app.plan.scoresTable.getByRole('row', { name: /Meedoen/ })).toContainText('5');
  await expect(page.getByTestId('score-chart')).toBeVisible();

  // Two goals.
  const addGoal = async (domain: string, text: string, target: string) => {
    await app.plan.addGoalButton.click();
    const d = app.plan.dialog('Doel toevoegen');
    await d.getByRole('combobox', { name: 'Levensdomein' }).selectOption({ label: domain });
    await d.getByRole('textbox', { name: 'Het doel, in de woorden van de cliënt' }).fill(text);
    await d.getByRole('textbox', { name: /Streefdatum/ }).fill(nl(target));
    await d.getByRole('button', { name: 'Doel toevoegen' }).click();
    await expect(d).toBeHidden();
  };
  await addGoal('Dagelijks functioneren', GOAL_1, isoPlusMonths(TODAY, 4));
  await addGoal('Meedoen', GOAL_2, isoPlusMonths(TODAY, 3));
  await expect(app.plan.goals).toHaveCount(2);

  // Three actions: the mantelzorger (informal), an organisation (Wmo), the client (own money).
  const addAction = async (goal: string, fill: (d: ReturnType<typeof app.plan.dialog>) => Promise<void>) => {
    await app.plan.goal(goal).getByRole('button', { name: /^Actie toevoegen bij/ }).click();
    const d = app.plan.dialog('Actie toevoegen');
    await expect(d.getByRole('textbox', { name: /^Vanaf/ })).toHaveValue(nl(start));
    await fill(d);
    await d.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(d).toBeHidden();
  };
  await addAction(GOAL_1, async (d) => {
    await d.getByRole('textbox', { name: 'Wat gebeurt er?' }).fill('Anna doet elke zaterdag samen met haar moeder de boodschappen.');
    await d.getByRole('radio', { name: 'Iemand uit het netwerk' }).check();
    await d.getByRole('combobox', { name: 'Wie uit het netwerk?' }).selectOption({ label: 'Anna Verhoeven — dochter (mantelzorger)' });
    await d.getByRole('textbox', { name: /^Hoe vaak/ }).fill('1');
    await d.getByRole('combobox', { name: 'Per' }).selectOption('week');
    await d.getByRole('radio', { name: 'Onbetaald: naasten of vrijwilligers' }).check();
  });
  await addAction(GOAL_1, async (d) => {
    await d.getByRole('textbox', { name: 'Wat gebeurt er?' }).fill('Begeleider helpt de week te plannen en de administratie bij te houden.');
    await d.getByRole('radio', { name: 'Een organisatie' }).check();
    await d.getByRole('combobox', { name: 'Welke organisatie?' }).selectOption({ label: 'Zorggroep Maasland' });
    await d.getByRole('textbox', { name: /^Hoe vaak/ }).fill('3');
    await d.getByRole('combobox', { name: 'Per' }).selectOption('week');
    await d.getByRole('radio', { name: 'De gemeente betaalt (Wmo)' }).check();
    await expect(d.getByRole('combobox', { name: 'Welke Wmo-financiering?' }).locator('option')).toHaveCount(2);
    await d.getByRole('checkbox', { name: /Informele hulp \(naasten, vrijwilligers\) eerst overwogen/ }).check();
    await d.getByRole('textbox', { name: /Toelichting/ }).fill('Anna doet al veel; plannen en administratie lukken haar niet ook nog.');
  });
  await addAction(GOAL_2, async (d) => {
    await d.getByRole('textbox', { name: 'Wat gebeurt er?' }).fill('Hendrika meldt zich aan bij het ouderenkoor in de wijk.');
    await d.getByRole('radio', { name: 'De cliënt zelf' }).check();
    await d.getByRole('combobox', { name: 'Per' }).selectOption('eenmalig');
    await d.getByRole('radio', { name: 'De cliënt betaalt zelf' }).check();
  });
  const byMantelzorger = page.getByTestId('actie').filter({ hasText: 'Anna doet elke zaterdag' });
  await expect(byMantelzorger).toContainText('Anna Verhoeven');
  await expect(byMantelzorger).toContainText('Onbetaald: naasten of vrijwilligers');
  const byWmo = page.getByTestId('actie').filter({ hasText: 'Begeleider helpt' });
  await expect(byWmo).toContainText('De gemeente betaalt (Wmo)');
  await expect(byWmo).toContainText('3 keer per week');
  await expect(page.getByTestId('actie')).toHaveCount(3);

  const versionId = /#\/clienten\/[^/]+\/plan\/([^/?]+)$/.exec(page.url())![1]!;
  const concept = await rpc(request, 'plans.version', { versionId });
  expect(concept.goals).toHaveLength(2);
  expect(concept.actions).toHaveLength(3);
  // The core linked the single fitting Wmo entry to the Wmo action by itself.
  expect(concept.actions.find((a) => a.financing === 'WMO')!.fundingId).toBe(funding[0]!.id);
  expect(concept.actions.find((a) => a.performerKind === 'netwerk')!.performerMemberId).toBe(network.find((m) => m.name === 'Anna Verhoeven')!.id);
  expect(concept.scoreHistory).toHaveLength(2);
  await app.shell.main.evaluate((el) => el.scrollTo(0, 0));
  await saveScreenshot(page, '24-plan-concept');
  await app.plan.goalsSection.scrollIntoViewIfNeeded();
  await saveScreenshot(page, '25-plan-doelen-acties');

  // 5. Vaststellen with the client's signature on the screen.
  await app.plan.establishButton.click();
  dialog = app.plan.dialog('Versie 1 vaststellen');
  await dialog.getByRole('radio', { name: 'Getekend op het scherm' }).check();
  const pad = dialog.locator('canvas[data-ready]');
  await expect(pad).toBeVisible();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) await page.mouse.move(box.x + 40 + i * 14, box.y + box.height * (0.6 - 0.25 * Math.sin(i / 2.5)), { steps: 2 });
  await page.mouse.up();
  await expect(dialog.getByText('Er is getekend.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Wie heeft ingestemd?' })).toHaveValue(CLIENT);
  await expectNoSeriousA11yViolations(page, testInfo, 'vaststellen-dialoog');
  await saveScreenshot(page, '26-vaststellen-handtekening');
  await dialog.getByRole('button', { name: 'Plan vaststellen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.plan-version')).toContainText('Vastgesteld');
  await expect(app.plan.verkenning).toHaveCount(0); // read-only now
  const agreed = await rpc(request, 'plans.version', { versionId });
  expect(agreed.status).toBe('vastgesteld');
  expect(agreed.consent).toMatchObject({ method: 'handtekening_scherm', by: CLIENT, date: TODAY });
  expect(agreed.consent!.signature).toMatch(/^data:image\/png;base64,/);
  await expect(page.getByRole('region', { name: 'Instemming' }).getByRole('img', { name: `Handtekening van ${CLIENT}` })).toBeVisible();

  // 6. Print to PDF: the print view, rendered by Chromium's PDF printer.
  await app.plan.printLink.click();
  const sheet = page.getByTestId('afdruk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ondersteuningsplan van ${CLIENT}`);
  await expect(sheet.getByTestId('score-chart')).toBeVisible();
  await expect(sheet).toContainText(CLIENT);
  await expect(sheet).toContainText(GOAL_1);
  await expect(sheet).toContainText(GOAL_2);
  await expect(sheet).toContainText('De gemeente betaalt (Wmo) — Begeleiding individueel');
  await expect(sheet).toContainText(`${CLIENT} heeft op`);
  // No internal codes or ids on paper.
  const printed = (await sheet.innerText()).replace(/\s+/g, ' ');
  expect(printed).not.toContain('123456');
  expect(printed).not.toContain('02A01');
  expect(printed).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  expect(printed).not.toContain(BSN);
  // Type size on paper: at least 12pt (16px) for the body text.
  const bodyPx = await sheet.locator('.print-action-what').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(bodyPx).toBeGreaterThanOrEqual(16);
  await expectNoSeriousA11yViolations(page, testInfo, 'afdrukweergave');
  await saveScreenshot(page, '27-afdrukweergave');

  const pdfPath = join(process.cwd(), 'test-results', 'ondersteuningsplan.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pdf = readFileSync(pdfPath);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(statSync(pdfPath).size).toBeGreaterThan(30_000);
  testInfo.annotations.push({ type: 'measure', description: `pdfPages=${pages.length} pdfBytes=${statSync(pdfPath).size}` });

  // 7. FHIR export: a download with the core's file name, a Bundle with the CarePlan.
  await page.getByRole('link', { name: 'Terug naar het plan' }).click();
  await app.plan.expectShown();
  const downloading = page.waitForEvent('download');
  await app.plan.exportButton.click();
  const download = await downloading;
  const fhirPath = join(process.cwd(), 'test-results', download.suggestedFilename());
  await download.saveAs(fhirPath);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const bundle = JSON.parse(readFileSync(fhirPath, 'utf8')) as FhirBundle;
  expect(bundle.resourceType).toBe('Bundle');
  const of = (type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);
  const carePlans = of('CarePlan');
  expect(carePlans).toHaveLength(1);
  const carePlan = carePlans[0] as FhirResource & { activity: unknown[]; status: string; intent: string; subject: { reference: string } };
  expect(carePlan.activity).toHaveLength(3);
  expect(carePlan.status).toBe('active');
  expect(carePlan.intent).toBe('plan');
  expect(of('Goal')).toHaveLength(2);
  expect(of('CareTeam')).toHaveLength(1);
  expect(of('Patient')).toHaveLength(1);
  expect(unresolvedReferences(bundle)).toEqual([]);
  await expect(app.shell.announcement(/geëxporteerd als FHIR-bestand/)).toBeVisible();
  await saveScreenshot(page, '28-plan-vastgesteld');
});
