/**
 * The shell: skip link, landmarks, focus on the <h1> after navigation, titles,
 * the error boundary, unknown routes, and following changes made elsewhere.
 */
import { expect, test } from './fixtures';
import { resetServer, rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';

test('skiplink, landmarks, focus op de kop na navigatie', async ({ app, page }) => {
  await app.openSmallDemo();
  // A fresh load: the skip link is the first thing Tab reaches.
  await page.reload();
  await app.clients.expectShown();
  await page.keyboard.press('Tab');
  await expect(app.shell.skipLink).toBeFocused();
  await expect(app.shell.skipLink).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(app.clients.heading).toBeFocused();

  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(1);

  await app.shell.goTo('Beheer');
  await expect(app.beheer.heading).toBeFocused();
  await expect(app.shell.navLink('Beheer')).toHaveAttribute('aria-current', 'page');
  await app.shell.goTo('Cliënten');
  await expect(app.clients.heading).toBeFocused();
});

test('een scherm dat vastloopt toont een Nederlandse melding en "Opnieuw proberen" werkt', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const someone = (await rpc(request, 'clients.list', { offset: 0, limit: 1 })).rows[0]!;
  app.allowConsoleErrors(/Cannot read properties of undefined|Schotvrij: scherm kon niet worden getoond/);

  // A broken answer makes the dossier throw while rendering.
  await page.route('**/rpc/clients.dossier', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { header: { id: someone.id } } }) }));
  await page.goto(`/#/clienten/${someone.id}`);
  const panel = page.getByRole('alert').filter({ hasText: 'Er ging iets mis' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Wat u al had opgeslagen, blijft bewaard.');
  // The menu still works: only the screen failed.
  await expect(app.shell.nav).toBeVisible();
  await saveScreenshot(page, '12-foutmelding-scherm');

  await page.unroute('**/rpc/clients.dossier');
  await panel.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await app.client.expectClient([someone.voornaam, someone.tussenvoegsel, someone.achternaam].filter(Boolean).join(' '));
});

test('onbekende pagina en onbekende cliënt', async ({ app, page }) => {
  await app.openSmallDemo();
  await page.goto('/#/bestaat-niet');
  await expect(app.shell.h1).toHaveText('Pagina niet gevonden');
  await page.goto('/#/clienten/bestaat-niet');
  await expect(app.shell.h1).toHaveText('Cliënt niet gevonden');
  await expect(page.getByRole('alert')).toContainText('Deze cliënt bestaat niet (meer) in deze omgeving.');
});

test('wijzigingen van elders komen binnen via de events (nieuwe cliënt, omgeving gesloten)', async ({ app, request }) => {
  await app.openSmallDemo();
  await app.clients.expectCount('25 cliënten');
  await rpc(request, 'clients.create', { achternaam: 'Elders', voornaam: 'Ingevoerd', geboortedatum: '1950-05-05' });
  await app.clients.expectCount('26 cliënten');
  await expect(app.clients.row('Elders, Ingevoerd')).toBeVisible();

  // The workspace is wiped under the app: it returns to the start screen by itself.
  await resetServer(request);
  await app.start.expectShown();
});
