/**
 * (f) Beheer: system facts, counts per table, a verified backup made on request
 * and listed (Beheer → Reservekopieën), and the database check with each of its checks.
 */
import { expect, test } from './fixtures';
import { rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';

test('reservekopie maken en terugzien; database controleren', async ({ app, page, request }) => {
  await app.openSmallDemo();
  await app.shell.goTo('Beheer');
  await expect(app.beheer.heading).toBeFocused();
  await expect(page).toHaveTitle('Beheer – Schotvrij');

  const info = await rpc(request, 'system.info');
  await expect(app.beheer.installation).toContainText(info.appVersion);
  await expect(app.beheer.installation).toContainText(`versie ${info.schemaVersion} van ${info.latestSchemaVersion}`);
  await expect(app.beheer.installation).toContainText(info.dbPath);
  await expect(app.beheer.installation.getByRole('definition').filter({ hasText: /^(Ja|Nee)$/ })).toHaveText(info.encrypted ? 'Ja' : 'Nee');
  await expect(app.beheer.installation).toContainText('Demo-omgeving');

  // Counts per table, as the core reports them.
  const stats = await rpc(request, 'system.stats');
  await expect(app.beheer.count('Cliënten')).toHaveText(String(stats.counts.client));
  await expect(app.beheer.count('Casemanagers')).toHaveText(String(stats.counts.casemanager));
  await expect(app.beheer.count('Organisaties')).toHaveText(String(stats.counts.organisation));

  // The main page links to Reservekopieën, where backups are made and listed.
  await expect(app.beheer.backups.getByRole('link', { name: 'Reservekopieën bekijken of terugzetten' })).toBeVisible();
  await app.security.open('Reservekopieën');

  // A manual backup: announced, listed with its kind and contents, and known to the core.
  const before = await rpc(request, 'system.backups');
  const manualBefore = before.filter((b) => b.kind === 'manual').length;
  await app.security.backupButton.click();
  await expect(app.shell.announcement(/Reservekopie gemaakt en gecontroleerd/)).toBeVisible();
  const after = await rpc(request, 'system.backups');
  expect(after.filter((b) => b.kind === 'manual')).toHaveLength(manualBefore + 1);
  const made = after.find((b) => b.kind === 'manual')!;
  expect(made.counts.client).toBe(stats.counts.client);
  await expect(app.security.backupTable.getByRole('row')).toHaveCount(after.length + 1);
  const fileName = made.file.split(/[\\/]/).pop()!;
  const row = app.security.backupRow(fileName);
  await expect(row).toContainText('Handmatig');
  await expect(row).toContainText(`${stats.counts.client} cliënten`);
  await expect(row.getByRole('button', { name: /^Terugzetten/ })).toBeVisible();
  await expect(app.security.backupMade).toContainText('Laatste reservekopie:');

  await app.security.subnav.getByRole('link', { name: 'Installatie en database' }).click();

  // The database check lists every check with its outcome.
  await app.beheer.verifyButton.click();
  await expect(app.beheer.verifySection).toContainText('De database is in orde.');
  const verify = await rpc(request, 'system.verify', { full: true });
  await expect(app.beheer.verifyChecks).toHaveCount(verify.checks.length);
  await expect(app.beheer.verifyChecks.filter({ hasText: 'Integriteit van het databasebestand' })).toContainText('In orde');
  await expect(app.beheer.verifyChecks.filter({ hasText: 'Verwijzingen tussen gegevens' })).toContainText('In orde');
  await expect(app.beheer.verifyChecks.filter({ hasText: 'Databaseversie en migraties' })).toContainText('In orde');
  await app.shell.main.evaluate((el) => el.scrollTo(0, 0));
  await saveScreenshot(page, '11-beheer');
});
