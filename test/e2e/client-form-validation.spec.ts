/**
 * (b) Wrong input is refused with a clear Dutch message on the field, nothing is
 * saved, and the core's own VALIDATION / CONFLICT answers land on the right field.
 */
import { expect, test } from './fixtures';
import { clientTotal, rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';

const ELFPROEF = 'Dit BSN klopt niet (elfproef). Controleer het nummer op het identiteitsbewijs.';

test('ongeldig BSN (elfproef) wordt gemeld bij het verlaten van het veld', async ({ app, page }) => {
  await app.openSmallDemo();
  await app.clients.newClientLink.click();
  await app.newClient.bsn.fill('123456789');
  await expect(app.newClient.bsn).toHaveAttribute('aria-invalid', 'false');
  await page.keyboard.press('Tab');
  await app.newClient.expectFieldError(app.newClient.bsn, ELFPROEF);

  // Fixing it clears the message while typing.
  await app.newClient.bsn.fill('123456782');
  await app.newClient.expectFieldValid(app.newClient.bsn);

  // Too short says how many digits were typed.
  await app.newClient.bsn.fill('12345');
  await page.keyboard.press('Tab');
  await app.newClient.expectFieldError(app.newClient.bsn, /Een BSN heeft 9 cijfers; u typte er 5\./);
});

test('lege achternaam, ongeldig BSN en een geboortedatum in de toekomst: niets opgeslagen', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const before = await clientTotal(request);
  await app.clients.newClientLink.click();

  // 1. Empty achternaam + invalid BSN: caught in the form, summary with links, focus on the first error.
  await app.newClient.fill({ voornaam: 'Piet', geboortedatum: '01-02-1950', bsn: '123456789' });
  await app.newClient.submit.click();
  await expect(app.newClient.errorSummary).toBeVisible();
  await expect(app.newClient.errorSummary.getByRole('link')).toHaveText(['Vul de achternaam in.', ELFPROEF]);
  await app.newClient.expectFieldError(app.newClient.achternaam, 'Vul de achternaam in.');
  await app.newClient.expectFieldError(app.newClient.bsn, ELFPROEF);
  await expect(app.newClient.achternaam).toBeFocused();
  await expect(app.newClient.heading).toBeVisible();
  await app.shell.main.evaluate((el) => el.scrollTo(0, 0));
  await saveScreenshot(page, '06-nieuwe-client-fouten');

  // The summary link moves focus to its field.
  await app.newClient.errorSummary.getByRole('link', { name: ELFPROEF }).click();
  await expect(app.newClient.bsn).toBeFocused();

  // 2. Fix those; a birth date in the future is refused by the core (its clock decides what "today" is).
  await app.newClient.achternaam.fill('Jansen');
  await app.newClient.bsn.fill('');
  await app.newClient.geboortedatum.fill('01-01-2099');
  await app.newClient.submit.click();
  await app.newClient.expectFieldError(app.newClient.geboortedatum, /De geboortedatum ligt in de toekomst\./);
  await expect(app.newClient.geboortedatum).toBeFocused();
  await expect(app.newClient.errorSummary).toContainText('De geboortedatum ligt in de toekomst.');
  await expect(app.newClient.heading).toBeVisible();

  // 3. A date that does not exist never reaches the core.
  await app.newClient.geboortedatum.fill('31-02-1950');
  await app.newClient.submit.click();
  await app.newClient.expectFieldError(app.newClient.geboortedatum, /Dit is geen geldige datum/);

  // Nothing was saved: the core and the list agree.
  expect(await clientTotal(request)).toBe(before);
  await page.getByRole('link', { name: 'Annuleren' }).click();
  await app.clients.expectCount(`${before} cliënten`);
});

test('een BSN dat al bij een cliënt hoort geeft de CONFLICT-melding van de core', async ({ app, request }) => {
  await app.openSmallDemo();
  // Seed through the real handler.
  const existing = await rpc(request, 'clients.create', { achternaam: 'Dubbel', voornaam: 'Eerste', geboortedatum: '1944-04-04', bsn: '111222333' });
  await app.clients.expectCount('26 cliënten');

  await app.clients.newClientLink.click();
  await app.newClient.fill({ voornaam: 'Tweede', achternaam: 'Dubbel', geboortedatum: '05-05-1945', bsn: '111 222 333' });
  await app.newClient.submit.click();

  await app.newClient.expectFieldError(app.newClient.bsn, 'Er is al een cliënt met dit BSN.');
  await expect(app.newClient.bsn).toBeFocused();
  await expect(app.newClient.errorSummary).toContainText('Er is al een cliënt met dit BSN (Dubbel, Eerste). Open die cliënt in plaats van een nieuwe aan te maken.');

  // The summary offers the existing client.
  expect(await clientTotal(request)).toBe(26);
  await app.newClient.errorSummary.getByRole('link', { name: 'Open de cliënt met dit BSN' }).click();
  await app.client.expectClient('Eerste Dubbel');
  await expect(app.page).toHaveURL(new RegExp(`#/clienten/${existing.id}$`));
});
