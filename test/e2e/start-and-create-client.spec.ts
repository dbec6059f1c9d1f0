/**
 * (a) The main path: start screen → demo (small, arrangeur) → the demo clients
 * are listed → a new client is created with the keyboard only → it is on its
 * page and in the list.
 */
import { isValidBsn } from '../../shared/domain/bsn';
import { expect, test } from './fixtures';
import { clientTotal, rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';

const NEW_BSN = '123456782';

test('demo-omgeving openen toont de demo-cliënten van de arrangeur', async ({ app, page, request }) => {
  await app.start.expectShown();
  await expect(page).toHaveTitle('Welkom – Schotvrij');
  await saveScreenshot(page, '01-startscherm');

  await app.openSmallDemo();
  await app.shell.expectWorkspace({ organisation: 'Zorggroep Maasland', role: 'Arrangeur / casemanager', demo: true });

  // The list shows what the core holds for this arrangeur — checked against the core itself.
  const total = await clientTotal(request);
  expect(total).toBe(25);
  await app.clients.expectCount('25 cliënten');
  await expect(page).toHaveTitle('Cliënten – Schotvrij');

  const first = await rpc(request, 'clients.list', { offset: 0, limit: 3 });
  for (const [i, row] of first.rows.entries()) {
    const name = [row.voornaam, row.tussenvoegsel].filter(Boolean).join(' ');
    await expect(app.clients.rowAtIndex(i)).toContainText(name ? `${row.achternaam}, ${name}` : row.achternaam);
    await expect(app.clients.rowAtIndex(i)).toContainText(row.bsnMasked ?? 'onbekend');
  }
  // Only the last three BSN digits are on screen.
  await expect(app.clients.grid).not.toContainText(/\b\d{9}\b/);
  await saveScreenshot(page, '02-clientenlijst-demo');
});

test('nieuwe cliënt met het toetsenbord aanmaken; zichtbaar op de cliëntpagina en in de lijst', async ({ app, page, request }) => {
  expect(isValidBsn(NEW_BSN)).toBe(true);
  await app.openSmallDemo();
  await app.clients.expectCount('25 cliënten');

  // Alt+N from the list, then only Tab, typing and Enter.
  await page.keyboard.press('Alt+N');
  await expect(app.newClient.heading).toBeVisible();
  await expect(app.newClient.heading).toBeFocused();
  await expect(page).toHaveTitle('Nieuwe cliënt – Schotvrij');

  await page.keyboard.press('Tab');
  await expect(app.newClient.voornaam).toBeFocused();
  await page.keyboard.type('Jan');
  await page.keyboard.press('Tab');
  await expect(app.newClient.tussenvoegsel).toBeFocused();
  await page.keyboard.type('van den');
  await page.keyboard.press('Tab');
  await expect(app.newClient.achternaam).toBeFocused();
  await page.keyboard.type('Bergh');
  await page.keyboard.press('Tab');
  await expect(app.newClient.geboortedatum).toBeFocused();
  await page.keyboard.type('7-3-1941');
  await page.keyboard.press('Tab');
  await expect(app.newClient.bsn).toBeFocused();
  await page.keyboard.type('1234.56.782');
  await saveScreenshot(page, '03-nieuwe-client-ingevuld');
  await page.keyboard.press('Enter');

  // The client's own page, announced politely.
  await app.client.expectClient('Jan van den Bergh');
  await expect(app.shell.announcement('Jan van den Bergh is toegevoegd aan de cliëntenlijst.')).toBeVisible();
  await expect(app.client.heading).toBeFocused();
  await expect(app.client.fact('Geboortedatum')).toContainText('7 maart 1941');
  await expect(app.client.fact('Geboortedatum')).toContainText('07-03-1941');
  await expect(app.client.fact('BSN')).toContainText(NEW_BSN);
  await expect(app.client.fact('BSN')).toContainText('Niet geverifieerd');
  await expect(app.client.fact('Status')).toHaveText('Aangemeld');
  await expect(app.client.fact('Casemanager')).toHaveText('Eleonora Willemsen');
  await expect(app.client.fact('Organisatie')).toHaveText('Zorggroep Maasland');
  await saveScreenshot(page, '04-clientpagina-nieuw');

  // Saved exactly once, in the core.
  expect(await clientTotal(request)).toBe(26);
  expect(await clientTotal(request, NEW_BSN)).toBe(1);

  // And in the list (the list reloads on the 'changed' event, not by guessing).
  await app.client.backLink.click();
  await app.clients.expectCount('26 cliënten');
  await app.clients.search('Bergh');
  await app.clients.expectCount('1 cliënt gevonden');
  await expect(app.clients.row('Bergh, Jan van den')).toBeVisible();
  await expect(app.clients.row('Bergh, Jan van den')).toContainText('••••••782');
  await expect(app.clients.row('Bergh, Jan van den')).toContainText('Aangemeld');
  await saveScreenshot(page, '05-clientenlijst-met-nieuwe-client');
});
