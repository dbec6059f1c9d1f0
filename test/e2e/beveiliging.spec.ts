/**
 * Issue 7, security: an encrypted real workspace behind a password, the recovery
 * key shown once, the lock screen, "Wachtwoord vergeten?", the access log per
 * client (NEN 7513), Beheer → Beveiliging, Reservekopieën and Toegangslog.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type App } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { rpc, rpcResult } from './support/rpc';
import { saveScreenshot } from './support/screenshots';

const PASSWORD = 'lindeboom in de winter';
const NEW_PASSWORD = 'kastanje in de herfst';

/** A real, encrypted workspace through the core (the UI path is the story test). */
async function encryptedWorkspace(app: App, page: Page, request: APIRequestContext, password = PASSWORD): Promise<string> {
  const { recoveryKey } = await rpc(request, 'workspace.create', {
    rol: 'arrangeur',
    gebruikersNaam: 'Fatima el Amrani',
    organisatieNaam: 'Thuiszorg De Linde',
    organisatieAgb: '12345678',
    netwerkNaam: 'Dementienetwerk Venlo',
    wachtwoord: password,
  });
  await page.goto('/');
  await app.clients.expectShown();
  return recoveryKey;
}

async function newClient(request: APIRequestContext, achternaam: string): Promise<{ id: string; name: string }> {
  const c = await rpc(request, 'clients.create', { voornaam: 'Truus', achternaam, geboortedatum: '1940-02-14' });
  return { id: c.id, name: `Truus ${achternaam}` };
}

test('het verhaal: inrichten met wachtwoord, herstelsleutel bewaren, vergrendelen, wachtwoord vergeten, herstellen en zien wie het dossier inzag', async ({ app, page, request, context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  // 1. Set up the real workspace: the password twice, with the explanation why.
  await app.start.newWorkspaceLink.click();
  await app.newWorkspace.role('Arrangeur / casemanager').check();
  await app.newWorkspace.naam.fill('Fatima el Amrani');
  await app.newWorkspace.organisatie.fill('Thuiszorg De Linde');
  await app.newWorkspace.agb.fill('12345678');
  await app.newWorkspace.netwerk.fill('Dementienetwerk Venlo');
  await app.newWorkspace.fillPassword(PASSWORD);
  await expect(page.getByRole('group', { name: 'Wachtwoord' })).toHaveAccessibleDescription(/ook de makers van Schotvrij niet/);
  await saveScreenshot(page, '70-beveiliging-inrichten-wachtwoord');
  await app.newWorkspace.submit.click();

  // 2. The recovery key, once: large, in groups; printable alone; copyable.
  await expect(app.recoveryKey.heading).toBeVisible();
  await expect(app.recoveryKey.heading).toBeFocused();
  await expect(page.getByRole('main')).toContainText('Schotvrij laat deze sleutel maar één keer zien.');
  const recoveryKey = await app.recoveryKey.read();
  expect(recoveryKey).toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{4})+$/);
  const status = await rpc(request, 'workspace.status');
  expect(status.security).toMatchObject({ encrypted: true, locked: false });
  await saveScreenshot(page, '71-beveiliging-herstelsleutel');
  await expectNoSeriousA11yViolations(page, testInfo, 'herstelsleutel');

  await app.recoveryKey.copyButton.click();
  await expect(app.shell.announcement('De herstelsleutel is gekopieerd.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.replace(/[\s-]/g, '')).toBe(recoveryKey.replace(/\s/g, ''));

  // On paper only the key sheet: no header, no buttons, no checkbox.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('.recovery-print')).toBeVisible();
  await expect(page.locator('.recovery-print')).toContainText('Thuiszorg De Linde');
  await expect(page.locator('.recovery-print').getByTestId('herstelsleutel')).toHaveText(recoveryKey);
  await saveScreenshot(page, '72-beveiliging-herstelsleutel-afdruk');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.recovery-print')).toBeHidden();

  // Continuing needs the box ticked.
  await app.recoveryKey.continueButton('Verder naar Schotvrij').click();
  await expect(app.recoveryKey.storedError).toBeVisible();
  await app.recoveryKey.confirmStored();
  await app.clients.expectShown();
  await expect(app.shell.lockButton).toBeVisible();

  // 3. A client, created in the UI and opened.
  await app.clients.newClientLink.click();
  await app.newClient.fill({ voornaam: 'Truus', achternaam: 'Hermans', geboortedatum: '14-02-1940' });
  await app.newClient.submit.click();
  await app.client.expectClient('Truus Hermans');
  const clientUrl = page.url();

  // 4. Lock: the lock screen at the same URL, nothing of the client on the page.
  await app.shell.lockButton.click();
  await app.lock.expectShown();
  await expect(app.lock.password).toBeFocused();
  await expect(app.lock.reason).toHaveText('U heeft Schotvrij vergrendeld.');
  expect(page.url()).toBe(clientUrl);
  await expect(page.locator('body')).not.toContainText('Hermans');
  await expect(page).toHaveTitle('Vergrendeld – Schotvrij');
  expect((await rpcResult(request, 'clients.list', { offset: 0, limit: 1 })).ok).toBe(false);
  await saveScreenshot(page, '73-beveiliging-vergrendeld');
  await expectNoSeriousA11yViolations(page, testInfo, 'vergrendeld');

  // 5. "Forgot" the password: a wrong one is refused.
  await app.lock.unlock('was het niet iets met bomen');
  await expect(app.lock.error).toHaveText(/Dit wachtwoord klopt niet\./);
  await expect(app.lock.password).toBeFocused();
  await expect(app.lock.password).toHaveValue('');
  await expect(app.lock.password).toHaveAttribute('aria-invalid', 'true');
  await saveScreenshot(page, '74-beveiliging-verkeerd-wachtwoord');

  // 6. Recover with the recovery key and a new password.
  await app.lock.forgotLink.click();
  await expect(app.lock.recoverHeading).toBeFocused();
  await app.lock.newPassword.fill(NEW_PASSWORD);
  await app.lock.newPasswordRepeat.fill('iets anders');
  await app.lock.recoverButton.click();
  await expect(app.lock.recoverErrors.getByRole('link')).toHaveText(['Vul de herstelsleutel in.', /De twee wachtwoorden zijn niet gelijk/]);
  await expect(app.lock.recoveryKey).toBeFocused();
  // As typed from the paper: lower case with dashes is fine.
  await app.lock.recoveryKey.fill(recoveryKey.toLowerCase().replace(/ /g, '-'));
  await app.lock.newPasswordRepeat.fill(NEW_PASSWORD);
  await saveScreenshot(page, '75-beveiliging-herstellen');
  await expectNoSeriousA11yViolations(page, testInfo, 'herstellen');
  await app.lock.recoverButton.click();
  await app.clients.expectShown();
  await expect(app.shell.announcement(/nieuw wachtwoord ingesteld/)).toBeVisible();
  await expect(app.clients.row('Hermans, Truus')).toBeVisible();

  // 7. Who saw the dossier: our own create, reads, lock and unlock-by-recovery are there.
  await app.clients.row('Hermans, Truus').click();
  await app.client.expectClient('Truus Hermans');
  await app.dossier.tab('Inzage').click();
  const inzage = page.getByRole('region', { name: 'Wie heeft dit dossier ingezien' });
  await expect(inzage).toBeVisible();
  const table = inzage.getByRole('table', { name: 'Wie heeft dit dossier ingezien' });
  await expect(table.getByRole('row').filter({ hasText: 'Cliënt ingeschreven' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'Dossier ingezien' }).first()).toContainText('Fatima el Amrani');
  await expect(table.getByRole('row').filter({ hasText: 'Dossier ingezien' }).first()).toContainText('Thuiszorg De Linde');
  const log = await rpc(request, 'audit.list', { offset: 0, limit: 100, clientId: clientUrl.split('/').pop()! });
  expect(log.rows.some((r) => r.action === 'clients.create')).toBe(true);
  expect(log.rows.some((r) => r.action === 'clients.dossier' || r.action === 'clients.get')).toBe(true);
  await saveScreenshot(page, '76-beveiliging-inzage-dossier');
  await expectNoSeriousA11yViolations(page, testInfo, 'inzage-dossier');

  // A period without entries, and back to everything.
  await inzage.getByRole('textbox', { name: 'Van' }).fill('01-01-2001');
  await inzage.getByRole('textbox', { name: 'Tot en met' }).fill('31-12-2001');
  await inzage.getByRole('button', { name: 'Toon' }).click();
  await expect(inzage).toContainText('Geen regels in deze periode.');
  await inzage.getByRole('button', { name: 'Hele periode' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'Cliënt ingeschreven' })).toHaveCount(1);

  // On paper, the same lines.
  await inzage.getByRole('link', { name: 'Afdrukken / PDF' }).click();
  const sheet = page.getByTestId('afdruk');
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Wie heeft het dossier van Truus Hermans ingezien');
  await expect(sheet.getByRole('row').filter({ hasText: 'Cliënt ingeschreven' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' })).toBeVisible();
  await saveScreenshot(page, '77-beveiliging-inzage-afdruk');

  // The old password no longer opens it; the new one does.
  await page.keyboard.press('Control+L');
  await app.lock.unlock(PASSWORD);
  await expect(app.lock.error).toHaveText(/Dit wachtwoord klopt niet\./);
  await app.lock.unlock(NEW_PASSWORD);
  await expect(page.getByTestId('afdruk')).toBeVisible();
});

test('wachtwoord wijzigen; daarna opent alleen het nieuwe wachtwoord, met wachttijd na herhaalde fouten', async ({ app, page, request }, testInfo) => {
  await encryptedWorkspace(app, page, request);
  await app.shell.goTo('Beheer');
  await app.security.open('Beveiliging');
  await expect(app.security.encryption).toContainText('Versleuteld');
  await saveScreenshot(page, '78-beveiliging-beheer');
  await expectNoSeriousA11yViolations(page, testInfo, 'beheer-beveiliging');

  // A wrong current password is put on its field.
  await app.security.currentPassword.fill('niet mijn wachtwoord');
  await app.security.newPassword.fill(NEW_PASSWORD);
  await app.security.newPasswordRepeat.fill(NEW_PASSWORD);
  await app.security.changePasswordButton.click();
  await expect(app.security.currentPassword).toHaveAccessibleDescription(/Het huidige wachtwoord klopt niet/);
  await expect(app.security.currentPassword).toBeFocused();

  await app.security.currentPassword.fill(PASSWORD);
  await app.security.changePasswordButton.click();
  await expect(app.shell.announcement(/Uw wachtwoord is gewijzigd/)).toBeVisible();
  await expect(app.security.currentPassword).toHaveValue('');

  // Lock-after and retention are saved.
  await app.security.lockAfter.getByRole('combobox', { name: 'Vergrendelen na' }).selectOption({ label: '5 minuten' });
  await app.security.lockAfter.getByRole('button', { name: 'Opslaan' }).click();
  await expect(app.shell.announcement(/na 5 minuten zonder activiteit/)).toBeVisible();
  expect((await rpc(request, 'workspace.status')).security?.lockAfterMinutes).toBe(5);
  await app.security.retention.getByRole('textbox', { name: /Bewaartermijn/ }).fill('3');
  await app.security.retention.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
  await expect(app.security.retention.getByRole('textbox', { name: /Bewaartermijn/ })).toHaveAccessibleDescription(/Bewaar het toegangslog minstens 5 jaar\./);
  await app.security.retention.getByRole('textbox', { name: /Bewaartermijn/ }).fill('25');
  await app.security.retention.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
  await expect(app.shell.announcement('Het toegangslog wordt voortaan 25 jaar bewaard.')).toBeVisible();
  expect((await rpc(request, 'settings.get', {})).auditBewaarJaren).toBe(25);

  // Lock; the old password is refused, and after repeated failures the button waits.
  await app.shell.lockButton.click();
  await app.lock.unlock(PASSWORD);
  await expect(app.lock.error).toHaveText(/Dit wachtwoord klopt niet\./);
  await app.lock.unlock('nog een keer fout');
  await expect(app.lock.error).toHaveText('Dit wachtwoord klopt niet.');
  // From the third wrong try on, the core makes the next one wait, and the screen says how long.
  await app.lock.unlock('en nog eens fout');
  await expect(app.lock.error).toContainText(/U kunt het over 1 seconde opnieuw proberen\./);
  // The button waits out the delay (Playwright's click waits for it too); the next wrong try doubles it.
  await app.lock.unlock('nog steeds fout');
  await expect(app.lock.error).toContainText(/U kunt het over 2 seconden opnieuw proberen\./);
  await expect(app.lock.unlockButton).toHaveText(/Nog [12] s wachten/);
  await expect(app.lock.unlockButton).toHaveAttribute('aria-disabled', 'true');
  await saveScreenshot(page, '79-beveiliging-wachttijd');
  await expect(app.lock.unlockButton).toHaveText('Ontgrendelen', { timeout: 15_000 });

  // The new password opens it, back where the lock found us.
  await app.lock.unlock(NEW_PASSWORD);
  await expect(app.security.heading).toHaveText('Beveiliging');
  await expect(app.security.heading).toBeFocused();
});

test('sleutel vernieuwen: een backup eerst, een nieuwe herstelsleutel, en de oude werkt niet meer', async ({ app, page, request }, testInfo) => {
  const oldKey = await encryptedWorkspace(app, page, request);
  await app.shell.goTo('Beheer');
  await app.security.open('Beveiliging');
  await app.security.rekeyButton.click();
  const dialog = page.getByRole('dialog', { name: 'Sleutel vernieuwen?' });
  await expect(dialog).toContainText('Schotvrij maakt eerst een gecontroleerde reservekopie.');
  await expect(dialog).toContainText('De oude herstelsleutel werkt daarna niet meer');
  await expect(dialog.getByRole('textbox', { name: 'Uw wachtwoord' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Uw wachtwoord' }).fill('fout wachtwoord');
  await dialog.getByRole('button', { name: 'Sleutel vernieuwen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Het huidige wachtwoord klopt niet/);
  await dialog.getByRole('textbox', { name: 'Uw wachtwoord' }).fill(PASSWORD);
  await saveScreenshot(page, '83-beveiliging-sleutel-vernieuwen');
  await expectNoSeriousA11yViolations(page, testInfo, 'sleutel-vernieuwen');
  await dialog.getByRole('button', { name: 'Sleutel vernieuwen' }).click();

  // The new key, once, on the same screen as at setup.
  await expect(app.recoveryKey.heading).toHaveText('Uw nieuwe herstelsleutel');
  await expect(page.getByRole('main')).toContainText('Uw oude herstelsleutel werkt vanaf nu niet meer');
  const newKey = await app.recoveryKey.read();
  expect(newKey.replace(/\s/g, '')).not.toBe(oldKey.replace(/[\s-]/g, '').toUpperCase());
  await app.recoveryKey.stored.check();
  await app.recoveryKey.continueButton('Klaar').click();
  await expect(app.security.heading).toHaveText('Beveiliging');
  await expect(app.shell.announcement(/De sleutel is vernieuwd/)).toBeVisible();
  const backups = await rpc(request, 'system.backups');
  expect(backups.some((b) => b.kind === 'pre-rekey')).toBe(true);

  // Locked, the old recovery key is refused; the new one works.
  await page.keyboard.press('Control+L');
  await app.lock.forgotLink.click();
  await app.lock.recoveryKey.fill(oldKey);
  await app.lock.newPassword.fill(NEW_PASSWORD);
  await app.lock.newPasswordRepeat.fill(NEW_PASSWORD);
  await app.lock.recoverButton.click();
  await expect(app.lock.recoverErrors).toContainText('Deze herstelsleutel klopt niet.');
  await expect(app.lock.recoveryKey).toBeFocused();
  await app.lock.recoveryKey.fill(newKey);
  await app.lock.recoverButton.click();
  await app.clients.expectShown();
});

test('een reservekopie terugzetten vanuit Beheer → Reservekopieën', async ({ app, page, request }, testInfo) => {
  await encryptedWorkspace(app, page, request);
  await newClient(request, 'Voorkopie');
  await app.shell.goTo('Beheer');
  await app.security.open('Reservekopieën');
  await app.security.backupButton.click();
  await expect(app.shell.announcement(/Reservekopie gemaakt en gecontroleerd/)).toBeVisible();
  const manual = (await rpc(request, 'system.backups')).find((b) => b.kind === 'manual')!;
  const name = manual.file.split(/[\\/]/).pop()!;
  const row = app.security.backupRow(name);
  await expect(row).toContainText('1 cliënt');
  await expect(row).toContainText('Handmatig');

  // After the backup: another client, which the restore takes away.
  await newClient(request, 'Nakopie');
  await expect.poll(async () => (await rpc(request, 'clients.list', { offset: 0, limit: 10 })).total).toBe(2);

  await row.getByRole('button', { name: /^Terugzetten/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Reservekopie terugzetten?' });
  await expect(dialog).toContainText('1 cliënt');
  await expect(dialog).toContainText('Schotvrij maakt eerst een reservekopie van de huidige gegevens');
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await saveScreenshot(page, '80-beveiliging-terugzetten-bevestigen');
  await expectNoSeriousA11yViolations(page, testInfo, 'terugzetten-bevestigen');
  await dialog.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.shell.announcement(/is teruggezet/)).toBeVisible();

  // A pre-restore backup holds the state from before (2 clients); the data is the backup's.
  await expect(app.security.backupTable.getByRole('row').filter({ hasText: 'Vóór terugzetten' })).toContainText('2 cliënten');
  await saveScreenshot(page, '81-beveiliging-teruggezet');
  await app.shell.goTo('Cliënten');
  await app.clients.expectCount('1 cliënt');
  await expect(app.clients.row('Voorkopie, Truus')).toBeVisible();
  await expect(app.clients.row('Nakopie, Truus')).toHaveCount(0);
});

test('vergrendelen met de knop en met Ctrl+L: de cliënt-URL toont het vergrendelscherm, zonder cliëntgegevens', async ({ app, page, request }) => {
  await encryptedWorkspace(app, page, request);
  const client = await newClient(request, 'Geheimhouding');
  await page.goto(`/#/clienten/${client.id}`);
  await app.client.expectClient(client.name);

  await app.shell.lockButton.click();
  await app.lock.expectShown();
  expect(page.url()).toContain(`/clienten/${client.id}`);
  await expect(page.locator('body')).not.toContainText('Geheimhouding');
  await expect(app.shell.nav).toHaveCount(0);

  // Unlocking returns to the same client; the open shell tells the core the user is active (idle lock).
  const touched = page.waitForRequest((r) => r.url().endsWith('/rpc/workspace.touch'));
  await app.lock.unlock(PASSWORD);
  await app.client.expectClient(client.name);
  await touched;

  // Ctrl+L from anywhere in the shell; the client URL, opened afresh, shows only the lock screen.
  await app.client.facts.click();
  await page.keyboard.press('Control+L');
  await app.lock.expectShown();
  await expect(app.lock.reason).toHaveText('U heeft Schotvrij vergrendeld.');
  // There and back again: the password field has the focus.
  await app.lock.forgotLink.click();
  await page.getByRole('link', { name: 'Terug naar ontgrendelen' }).click();
  await expect(app.lock.password).toBeFocused();
  await page.goto(`/#/clienten/${client.id}`);
  await page.reload();
  await app.lock.expectShown();
  await expect(page.locator('body')).not.toContainText('Geheimhouding');
  expect(await rpcResult(request, 'clients.get', { id: client.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

  // "Andere omgeving kiezen" leads to the start screen; the real workspace asks for its password again.
  await app.lock.otherWorkspace.click();
  await app.start.expectShown();
  await app.start.openOwnButton.click();
  await app.lock.expectShown();
  await expect(app.lock.password).toBeFocused();

  // The demo cannot be locked: no button, and Ctrl+L does nothing.
  await app.lock.otherWorkspace.click();
  await app.start.openDemo('arrangeur', 'small');
  await expect(app.shell.lockButton).toHaveCount(0);
  await page.keyboard.press('Control+L');
  await expect(app.clients.heading).toBeVisible();
});

test('Beheer → Toegangslog: de controle van de keten en alle regels', async ({ app, page, request }, testInfo) => {
  await encryptedWorkspace(app, page, request);
  const client = await newClient(request, 'Logboek');
  await page.goto(`/#/clienten/${client.id}`);
  await app.client.expectClient(client.name);

  await app.shell.goTo('Beheer');
  await expect(page.getByRole('main')).not.toContainText('Let op: de map met uw gegevens');
  await app.security.open('Toegangslog');
  await expect(app.security.logCheck).toContainText('Het log is compleet en ongewijzigd.');
  await expect(app.security.logCount).toContainText(/\d+ regels, nieuwste eerst\./);
  await expect(app.security.logGrid.getByRole('row').filter({ hasText: 'Cliënt ingeschreven' })).toHaveCount(1);
  await expect(app.security.logGrid.getByRole('row').filter({ hasText: 'Dossier ingezien' }).first()).toBeVisible();
  await app.security.logGrid.scrollIntoViewIfNeeded();
  await saveScreenshot(page, '82-beveiliging-toegangslog');
  await expectNoSeriousA11yViolations(page, testInfo, 'toegangslog');

  // Only additions.
  await page.getByRole('combobox', { name: 'Soort handeling' }).selectOption({ label: 'Gegevens toegevoegd' });
  await expect(app.security.logGrid.getByRole('row').filter({ hasText: 'Cliënt ingeschreven' })).toHaveCount(1);
  await expect(app.security.logGrid.getByRole('row').filter({ hasText: 'Dossier ingezien' })).toHaveCount(0);

  // Enter on a line about a client opens who saw that dossier.
  await app.security.logGrid.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Wie heeft dit dossier ingezien' })).toBeVisible();
  await expect(app.client.heading).toHaveText(client.name);
});
