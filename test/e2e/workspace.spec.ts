/**
 * (d) "Nieuwe omgeving inrichten" creates a real, encrypted workspace (password
 * twice, then the recovery key once); "Andere omgeving" closes it and the start
 * screen offers to open it again.
 */
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { TODAY } from './support/dates';
import { rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';

test('nieuwe omgeving inrichten, sluiten en weer openen', async ({ app, page, request }) => {
  await app.start.newWorkspaceLink.click();
  await expect(app.newWorkspace.heading).toBeVisible();
  await expect(app.newWorkspace.heading).toBeFocused();
  await expect(page).toHaveTitle('Nieuwe omgeving inrichten – Schotvrij');

  // The contract schema speaks first: missing role and name, an AGB of 7 digits.
  await app.newWorkspace.organisatie.fill('Thuiszorg De Linde');
  await app.newWorkspace.agb.fill('1234567');
  await app.newWorkspace.submit.click();
  await expect(app.newWorkspace.errorSummary).toBeVisible();
  await expect(app.newWorkspace.errorSummary.getByRole('link')).toHaveText(['Kies uw rol.', 'Vul uw naam in.', 'Een AGB-code heeft 8 cijfers.', 'Vul de naam van het netwerk in.', 'Vul een wachtwoord in.']);
  await expect(app.newWorkspace.agb).toHaveAttribute('aria-invalid', 'true');
  await expect(app.newWorkspace.agb).toHaveAccessibleDescription(/Fout: Een AGB-code heeft 8 cijfers\./);
  await expect(app.newWorkspace.role('Arrangeur / casemanager')).toBeFocused();
  await saveScreenshot(page, '09-nieuwe-omgeving-fouten');
  const statusBefore = await rpc(request, 'workspace.status');
  expect(statusBefore.available.eigen).toBe(false);

  await app.newWorkspace.role('Arrangeur / casemanager').check();
  await app.newWorkspace.naam.fill('Fatima el Amrani');
  // An arrangeur is a casemanager: their own AGB travels with their exported hours.
  await app.newWorkspace.zorgverlenerAgb.fill('87654321');
  await app.newWorkspace.agb.fill('12345678');
  await app.newWorkspace.soort.selectOption({ label: 'Verpleging, verzorging en thuiszorg (VVT)' });
  await app.newWorkspace.netwerk.fill('Dementienetwerk Venlo');
  // Too short, and a repeat that differs: the form says so before anything is created.
  await app.newWorkspace.fillPassword('kort', 'anders');
  await app.newWorkspace.submit.click();
  await expect(app.newWorkspace.errorSummary.getByRole('link')).toHaveText(['Kies een wachtwoord van minstens 10 tekens.', /De twee wachtwoorden zijn niet gelijk/]);
  await expect(app.newWorkspace.wachtwoord).toBeFocused();
  await app.newWorkspace.fillPassword('lindeboom in de winter');
  await app.newWorkspace.submit.click();

  // The recovery key, once; continuing needs the box ticked.
  await expect(app.recoveryKey.heading).toBeVisible();
  await app.recoveryKey.continueButton().click();
  await expect(app.recoveryKey.storedError).toBeVisible();
  await expect(app.recoveryKey.stored).toBeFocused();
  await app.recoveryKey.confirmStored();

  // A real, empty workspace: no demo badge, the organisation and role in the header.
  await app.clients.expectShown();
  await app.shell.expectWorkspace({ organisation: 'Thuiszorg De Linde', role: 'Arrangeur / casemanager', demo: false });
  await expect(app.shell.header).toContainText('Fatima el Amrani');
  await app.clients.expectCount('0 cliënten');
  await expect(app.clients.emptyState).toHaveText('Nog geen cliënten');
  const created = await rpc(request, 'workspace.status');
  expect(created.active?.kind).toBe('eigen');
  expect(created.active?.installation).toMatchObject({ organisationName: 'Thuiszorg De Linde', organisationAgb: '12345678', role: 'arrangeur', networkName: 'Dementienetwerk Venlo', demo: null });
  await saveScreenshot(page, '10-eigen-omgeving-leeg');

  // Beheer knows the same installation.
  await app.shell.goTo('Beheer');
  await expect(app.beheer.installation).toContainText('Thuiszorg De Linde');
  await expect(app.beheer.installation).toContainText('AGB 12345678');
  await expect(app.beheer.installation).toContainText('Eigen omgeving');

  // The casemanager's AGB is in the exported bundle (registrations.csv, casemanager_agb).
  await rpc(request, 'registrations.create', { date: TODAY, minutes: 30, activityCode: 'administratie' });
  const bundle = await rpc(request, 'export.registrations', { period: TODAY.slice(0, 7) });
  const csv = strFromU8(unzipSync(Buffer.from(bundle.base64, 'base64'))['registrations.csv']!).trim().split('\n');
  const header = csv[0]!.split(',');
  expect(csv).toHaveLength(2);
  expect(csv[1]!.split(',')[header.indexOf('casemanager_agb')]).toBe('87654321');

  // Back to the start screen, and open it again.
  await app.shell.otherWorkspaceButton.click();
  await app.start.expectShown();
  await expect(app.start.heading).toBeFocused();
  await expect(app.start.newWorkspaceLink).toHaveCount(0);
  await app.start.openOwnButton.click();
  await app.clients.expectShown();
  await app.shell.expectWorkspace({ organisation: 'Thuiszorg De Linde', role: 'Arrangeur / casemanager', demo: false });

  // A second real workspace is refused by the host (CONFLICT), shown in the form's summary.
  await app.shell.otherWorkspaceButton.click();
  await app.start.expectShown();
  await page.goto('/#/inrichten');
  await app.newWorkspace.role('Kassier').check();
  await app.newWorkspace.naam.fill('Iemand Anders');
  await app.newWorkspace.organisatie.fill('Tweede Organisatie');
  await app.newWorkspace.netwerk.fill('Ander netwerk');
  await app.newWorkspace.fillPassword('nog een wachtwoord');
  await app.newWorkspace.submit.click();
  await expect(app.newWorkspace.errorSummary).toContainText('Er is al een eigen omgeving op deze computer. Open die in plaats van een nieuwe in te richten.');
  expect((await rpc(request, 'workspace.status')).active).toBeNull();
});

test('elke rol krijgt het eigen hoofdmenu; de onderdelen die nog komen zeggen wat er komt', async ({ app, page }) => {
  await app.start.openDemo('ketenregisseur', 'small');
  await expect(app.shell.nav.getByRole('link')).toHaveText(['Ketenregie binnenkort', 'Cliënten', 'Beheer']);
  await app.shell.goTo(/Ketenregie/);
  await expect(app.shell.h1).toHaveText('Ketenregie');
  await expect(app.shell.main).toContainText('Komt in een volgende versie');
  await expect(app.shell.main).toContainText('NZa-kwartaalrapportage');
  await expect(app.shell.navLink(/Ketenregie/)).toHaveAttribute('aria-current', 'page');
  // The ketenregisseur demo holds no client records (they arrive later as pseudonymous bundles).
  await app.shell.goTo('Cliënten');
  await app.clients.expectCount('0 cliënten');

  await app.shell.otherWorkspaceButton.click();
  await app.start.openDemo('kassier', 'small');
  // The kassier registers no time of its own: the imported hours live under Kassier.
  await expect(app.shell.nav.getByRole('link')).toHaveText(['Kassier', 'Cliënten', 'Beheer']);
  await app.shell.goTo('Kassier');
  await expect(app.shell.h1).toHaveText('Importeren');
  await page.goto('/#/uren');
  await expect(app.shell.h1).toHaveText('Pagina niet gevonden');

  await app.shell.otherWorkspaceButton.click();
  await app.start.openDemo('arrangeur', 'small');
  await expect(app.shell.nav.getByRole('link')).toHaveText(['Cliënten', 'Plannen', 'Uren', 'Beheer']);
  await app.shell.goTo('Plannen');
  await expect(page).toHaveTitle('Plannen – Schotvrij');
  await expect(app.shell.h1).toHaveText('Plannen');
  await app.shell.goTo('Uren');
  await expect(page).toHaveTitle('Uren – Schotvrij');
  await expect(app.shell.h1).toHaveText('Uren');
  await expect(app.shell.main).not.toContainText('Komt in een volgende versie');
  await page.goto('/#/kassier');
  await expect(app.shell.h1).toHaveText('Pagina niet gevonden');
});
