/**
 * Issue 3, "offline editing that never loses work": autosave with a visible and
 * announced status, undo of the last change (button and Ctrl+Z), and comparing
 * versions side by side.
 */
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { TODAY, isoPlusMonths } from './support/dates';
import { rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';
import { seedClientWithPlan } from './support/seed';

test('autosave: typen → "Niet opgeslagen" → "Opgeslagen"; na herladen staat de tekst er; ongedaan maken zet de vorige tekst terug', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const s = await seedClientWithPlan(request);
  const old = s.version.verkenning!;
  await page.goto(`/#/clienten/${s.clientId}/plan/${s.version.id}`);
  await app.plan.expectShown();
  await expect(app.plan.verkenning).toHaveValue(old);
  await expect(app.plan.saveStatus).toHaveText('Opgeslagen');
  // The last change was the goal; that is what undo would do now.
  await expect(app.plan.undoButton).toHaveText(/^Ongedaan maken: /);

  const typed = ' Sinds oktober vergeet ze het fornuis uit te zetten.';
  await app.plan.verkenning.click();
  await page.keyboard.press('End');
  await page.keyboard.type(typed, { delay: 15 });
  await expect(app.plan.saveStatus).toHaveText('Niet opgeslagen');
  await expect(app.plan.saveStatus).toHaveAttribute('role', 'status');
  await expect(app.plan.saveStatus).toHaveText(/^Opgeslagen/);
  await saveScreenshot(page, '34-autosave-opgeslagen');
  expect((await rpc(request, 'plans.version', { versionId: s.version.id })).verkenning).toBe(old + typed);

  // A reload (or a crash) loses nothing.
  await page.reload();
  await app.plan.expectShown();
  await expect(app.plan.verkenning).toHaveValue(old + typed);
  await expect(app.plan.undoButton).toHaveText('Ongedaan maken: verkenning gewijzigd');

  // Undo: the text from before the typing is back, in the UI and in the core.
  await app.plan.undoButton.click();
  await expect(app.plan.verkenning).toHaveValue(old);
  await expect(app.shell.announcement('Ongedaan gemaakt: verkenning gewijzigd.')).toBeVisible();
  expect((await rpc(request, 'plans.version', { versionId: s.version.id })).verkenning).toBe(old);

  // Ctrl+Z outside a text field undoes the change before that: the goal goes.
  await expect(app.plan.goals).toHaveCount(1);
  await app.plan.heading.focus();
  await page.keyboard.press('Control+z');
  await expect(app.plan.goals).toHaveCount(0);
  expect((await rpc(request, 'plans.version', { versionId: s.version.id })).goals).toEqual([]);
});

test('versies vergelijken: een gewijzigd doel is gemarkeerd, een nieuw doel ook', async ({ app, page, request }, testInfo) => {
  await app.openSmallDemo();
  const s = await seedClientWithPlan(request);
  const v1 = s.version;
  await rpc(request, 'plans.setScores', {
    versionId: v1.id,
    scoredOn: TODAY,
    scoredBy: 'samen',
    scores: [
      { domain: 'lichaamsfuncties', score: 5 },
      { domain: 'meedoen', score: 3 },
    ],
  });
  await rpc(request, 'plans.addAction', {
    versionId: v1.id,
    action: { goalId: v1.goals[0]!.id, description: 'Zoon Kees kookt op zondag mee.', performerKind: 'client', startDate: v1.ingangsdatum!, financing: 'INFORMEEL' },
  });
  await rpc(request, 'plans.establish', { versionId: v1.id, consent: { date: TODAY, method: 'papier', by: s.name } });

  // Evaluate version 1 in the UI.
  await page.goto(`/#/clienten/${s.clientId}/plan/${v1.id}`);
  await app.plan.expectShown();
  await app.plan.evaluateButton.click();
  const evaluation = app.plan.dialog('Versie 1 evalueren');
  await evaluation.getByRole('textbox', { name: 'Uitkomst van de evaluatie' }).fill('Koken lukt beter met hulp van Kees; de kookwekker helpt.');
  await evaluation.getByRole('combobox', { name: /Ik wil zelf blijven koken/ }).selectOption({ label: 'Loopt' });
  await evaluation.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
  await expect(evaluation).toBeHidden();
  await expect(page.locator('.plan-version')).toContainText('Geëvalueerd');
  await expect(page.getByRole('region', { name: 'Evaluatie' })).toContainText('de kookwekker helpt');
  const evaluated = await rpc(request, 'plans.version', { versionId: v1.id });
  expect(evaluated).toMatchObject({ status: 'geevalueerd', evaluatedOn: TODAY });
  expect(evaluated.goals[0]!.status).toBe('lopend');

  // Version 2: the goal is reworded and reached in part, a goal is added, the verkenning grows.
  await app.plan.newVersionButton.click();
  await expect(page.locator('.plan-version')).toContainText('Versie 2');
  const v2id = /plan\/([^/?]+)$/.exec(page.url())![1]!;
  const v2 = await rpc(request, 'plans.version', { versionId: v2id });
  expect(v2.goals).toHaveLength(1);
  await rpc(request, 'plans.updateGoal', { id: v2.goals[0]!.id, patch: { description: 'Ik wil zelf koken, met een kookwekker', status: 'deels_behaald' } });
  await rpc(request, 'plans.addGoal', { versionId: v2id, goal: { domain: 'meedoen', description: 'Ik wil naar de soos', targetDate: isoPlusMonths(TODAY, 2), status: 'nieuw' } });
  await rpc(request, 'plans.updateVersion', { versionId: v2id, patch: { verkenning: `${v1.verkenning} Ze heeft nu een kookwekker.` } });
  await rpc(request, 'plans.setScores', { versionId: v2id, scoredOn: TODAY, scoredBy: 'samen', scores: [{ domain: 'meedoen', score: 5 }] });

  await page.reload();
  await app.plan.expectShown();
  await app.plan.compareLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Versies vergelijken/);
  await expect(page.getByRole('combobox', { name: 'Oudere versie' })).toHaveValue(v1.id);
  await expect(page.getByRole('combobox', { name: 'Nieuwere versie' })).toHaveValue(v2id);

  const goals = page.getByTestId('vergelijk-doel');
  const badge = (text: string) => page.locator('.change-badge', { hasText: text });
  const changed = goals.filter({ has: badge('Gewijzigd') });
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('del').filter({ hasText: 'blijven' })).toHaveCount(1);
  await expect(changed.locator('ins').filter({ hasText: 'kookwekker' })).toHaveCount(1);
  await expect(changed).toContainText('status: Loopt → Deels behaald');
  await expect(goals.filter({ has: badge('Toegevoegd') })).toContainText('Ik wil naar de soos');
  await expect(page.getByRole('status').filter({ hasText: 'Doelen: 1 toegevoegd, 1 gewijzigd, 0 verwijderd.' })).toBeVisible();
  // Texts: the added words are marked, and the action carried over unchanged.
  await expect(page.getByRole('region', { name: 'Verkenning en wensen' }).locator('ins').filter({ hasText: 'kookwekker' })).toHaveCount(1);
  await expect(page.getByTestId('vergelijk-actie').filter({ hasText: 'Zoon Kees kookt' }).locator('.change-badge')).toHaveText('Ongewijzigd');
  const scores = page.getByRole('region', { name: 'Scores per levensdomein' });
  await expect(scores.getByRole('row', { name: /Meedoen/ })).toContainText('+2');
  await expectNoSeriousA11yViolations(page, testInfo, 'versies-vergelijken');
  await saveScreenshot(page, '35-versies-vergelijken');
});

test('Zelfredzaamheid-Matrix als staven met tabel; doel wijzigen, actie verwijderen en terugzetten', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const client = await rpc(request, 'clients.create', { voornaam: 'Bep', achternaam: 'Lemmens', geboortedatum: '1945-09-09' });
  let v = await rpc(request, 'plans.create', { clientId: client.id, domainSet: 'zrm-2017' });
  v = await rpc(request, 'plans.addGoal', { versionId: v.id, goal: { domain: 'financien', description: 'Mijn rekeningen op tijd betalen', targetDate: null, status: 'nieuw' } });
  v = await rpc(request, 'plans.addAction', {
    versionId: v.id,
    action: { goalId: v.goals[0]!.id, description: 'Neef Tom kijkt elke maand de post na.', performerKind: 'client', startDate: v.ingangsdatum!, financing: 'INFORMEEL', frequencyCount: 1, frequencyUnit: 'maand' },
  });
  for (const [date, score] of [
    [isoPlusMonths(TODAY, -2), 2],
    [TODAY, 3],
  ] as const) {
    await rpc(request, 'plans.setScores', { versionId: v.id, scoredOn: date, scoredBy: 'professional', scores: [{ domain: 'financien', score }, { domain: 'huisvesting', score: 4 }] });
  }
  await page.goto(`/#/clienten/${client.id}/plan/${v.id}`);
  await app.plan.expectShown();
  await expect(page.getByTestId('score-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(app.plan.scoresTable.getByRole('row')).toHaveCount(14);
  await expect(app.plan.scoresTable.getByRole('row', { name: /Financiën/ })).toContainText('2');
  await expect(app.plan.scoresTable.getByRole('row', { name: /Financiën/ })).toContainText('3');
  await page.getByRole('region', { name: 'Scores per levensdomein' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await saveScreenshot(page, '42-plan-zrm-staven');

  // Change the goal through its dialog.
  const goal = app.plan.goal(/Mijn rekeningen op tijd betalen/);
  await goal.getByRole('button', { name: /^Doel .* wijzigen$/ }).click();
  const dialog = app.plan.dialog('Doel wijzigen');
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Loopt' });
  await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(goal).toContainText('Loopt');

  // Remove the action, then undo: it is back, with its goal.
  await page.getByTestId('actie').getByRole('button', { name: /verwijderen$/ }).click();
  await page.getByRole('dialog', { name: 'Actie verwijderen?' }).getByRole('button', { name: 'Actie verwijderen' }).click();
  await expect(page.getByTestId('actie')).toHaveCount(0);
  await expect(app.plan.undoButton).toHaveText(/^Ongedaan maken: actie .* verwijderd$/);
  await app.plan.undoButton.click();
  await expect(goal.getByTestId('actie')).toContainText('Neef Tom kijkt elke maand de post na.');
  const after = await rpc(request, 'plans.version', { versionId: v.id });
  expect(after.actions).toHaveLength(1);
  expect(after.goals[0]!.status).toBe('lopend');
});
