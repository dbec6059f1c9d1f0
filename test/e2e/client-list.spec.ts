/**
 * (c) The client register: server-side search and filter, and the virtualised
 * grid at network scale (9,000 clients, kassier): few DOM rows, pages fetched on
 * demand, keyboard navigation.
 */
import { expect, test } from './fixtures';
import { clientTotal, rpc } from './support/rpc';
import { saveScreenshot } from './support/screenshots';

function listNameOf(r: { voornaam: string | null; tussenvoegsel: string | null; achternaam: string }): string {
  const rest = [r.voornaam, r.tussenvoegsel].filter(Boolean).join(' ');
  return rest ? `${r.achternaam}, ${rest}` : r.achternaam;
}

test('zoeken en filteren verkleinen de lijst (naam, volledig BSN, geboortedatum, status)', async ({ app, page, request }) => {
  await app.openSmallDemo();
  await app.clients.expectCount('25 cliënten');
  const all = await rpc(request, 'clients.list', { offset: 0, limit: 100 });

  // By name: the list shows what the core finds, and every row matches.
  const surname = all.rows[3]!.achternaam;
  const expected = await clientTotal(request, surname);
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(25);
  await app.clients.search(surname);
  await app.clients.expectCount(`${expected} ${expected === 1 ? 'cliënt' : 'cliënten'} gevonden`);
  await expect(app.clients.rows).toHaveCount(expected);
  for (const text of await app.clients.rows.allInnerTexts()) expect(text).toContain(surname);

  // By full BSN (the list itself shows only the last three digits).
  const withBsn = all.rows.find((r) => r.bsnMasked !== null)!;
  const detail = await rpc(request, 'clients.get', { id: withBsn.id });
  await app.clients.search(detail.bsn!);
  await app.clients.expectCount('1 cliënt gevonden');
  await expect(app.clients.row(listNameOf(withBsn))).toBeVisible();

  // By birth date typed as dd-mm-jjjj.
  const [y, m, d] = withBsn.geboortedatum.split('-');
  await app.clients.search(`${d}-${m}-${y}`);
  await expect(app.clients.row(listNameOf(withBsn))).toBeVisible();
  await expect(app.clients.count).toHaveText(new RegExp(`^${await clientTotal(request, `${d}-${m}-${y}`)} cliënt(en)? gevonden$`));

  // Nothing found: a helpful empty state, no grid.
  await app.clients.search('qxzqxz');
  await app.clients.expectCount('0 cliënten gevonden');
  await expect(app.clients.emptyState).toHaveText('Geen cliënten gevonden');
  await expect(app.clients.grid).toHaveCount(0);

  // Status filter, server-side.
  await app.clients.search('');
  await app.clients.expectCount('25 cliënten');
  const inCare = (await rpc(request, 'clients.list', { offset: 0, limit: 1, status: ['in_zorg'] })).total;
  await app.clients.statusFilter.selectOption({ label: 'In zorg' });
  await app.clients.expectCount(`${inCare} ${inCare === 1 ? 'cliënt' : 'cliënten'} gevonden`);
  await expect(app.clients.rows).toHaveCount(inCare);
  for (const text of await app.clients.rows.allInnerTexts()) expect(text).toContain('In zorg');
  await saveScreenshot(page, '07-clientenlijst-filter');
});

test('netwerk van 9.000 cliënten: gevirtualiseerd, pagina’s op aanvraag, einde van de lijst bereikbaar', async ({ app, page, request }, testInfo) => {
  const listCalls: number[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/rpc/clients.list')) {
      const body = r.postDataJSON() as { offset?: number } | null;
      listCalls.push(body?.offset ?? 0);
    }
  });
  await app.start.openDemo('kassier', 'network');
  await app.shell.expectWorkspace({ organisation: 'Zorggroep Maasland', role: 'Kassier', demo: true });
  await app.clients.expectShown();
  await app.clients.expectCount('9.000 cliënten');
  await expect(app.clients.grid).toHaveAttribute('aria-rowcount', '9001');
  await expect(app.clients.rowAtIndex(0)).not.toContainText('Laden');

  // Far fewer rows in the DOM than clients.
  const domRows = await app.clients.rows.count();
  expect(domRows).toBeGreaterThan(5);
  expect(domRows).toBeLessThan(80);

  // Jump to the end with the keyboard: the last page is fetched and shown.
  const last = (await rpc(request, 'clients.list', { offset: 8999, limit: 1 })).rows[0]!;
  const callsBeforeEnd = listCalls.length;
  await app.clients.grid.focus();
  const t0 = Date.now();
  await page.keyboard.press('End');
  const lastRow = app.clients.rowAtIndex(8999);
  await expect(lastRow).toContainText(listNameOf(last));
  const msToLastRow = Date.now() - t0;
  await expect(lastRow).toHaveAttribute('aria-selected', 'true');
  await expect(app.clients.grid).toHaveAttribute('aria-activedescendant', (await lastRow.getAttribute('id'))!);
  const domRowsAtEnd = await app.clients.rows.count();
  expect(domRowsAtEnd).toBeLessThan(80);
  // Only the pages around the end were asked for — not the 44 pages in between.
  const endCalls = listCalls.slice(callsBeforeEnd);
  expect(endCalls.length).toBeGreaterThan(0);
  expect(endCalls.length).toBeLessThanOrEqual(3);
  expect(Math.min(...endCalls)).toBeGreaterThanOrEqual(8600);
  const gridNodes = await app.clients.grid.evaluate((el) => el.querySelectorAll('*').length);
  await saveScreenshot(page, '08-netwerk-einde-lijst');

  // Scroll (not keyboard) into the middle: placeholders are replaced by the right rows.
  const middle = (await rpc(request, 'clients.list', { offset: 4500, limit: 1 })).rows[0]!;
  await app.clients.grid.evaluate((el) => {
    el.scrollTop = 40 + 4500 * 44 - 100;
  });
  await expect(app.clients.rowAtIndex(4500)).toContainText(listNameOf(middle));

  // Mount of the 9,000-row grid from a warm page cache: leave and come back, timed in the page.
  await app.shell.goTo('Beheer');
  await expect(app.beheer.heading).toBeVisible();
  const mountMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const done = () => {
          const row = document.querySelector('[role="grid"] [aria-rowindex="2"]');
          if (row && !row.textContent?.includes('Laden')) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        };
        const observer = new MutationObserver(done);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        (document.querySelector('nav a[href="#/clienten"]') as HTMLAnchorElement).click();
      }),
  );
  // Back on the list, the active row (the last one) is brought into view again.
  await expect(app.clients.activeRow()).toContainText(listNameOf(last));
  await expect(app.clients.activeRow()).toHaveAttribute('aria-rowindex', '9001');

  const measure = `total=9000 domRows=${domRows} domRowsAtEnd=${domRowsAtEnd} gridDomNodes=${gridNodes} listRequestsForEnd=${endCalls.length} msEndKeyToLastRowVisible=${msToLastRow} msGridMountWarm=${mountMs.toFixed(1)} listRequestsTotal=${listCalls.length}`;
  testInfo.annotations.push({ type: 'measure', description: measure });
  console.log(`[measure] ${measure}`);
});

test('toetsenbord in de lijst: pijltjes, Home/End, Enter opent, terug bewaart de plek', async ({ app, page, request }) => {
  await app.openSmallDemo();
  const rows = (await rpc(request, 'clients.list', { offset: 0, limit: 100 })).rows;

  // Tab from the filters into the grid: the first row becomes active.
  await app.clients.statusFilter.focus();
  await page.keyboard.press('Tab');
  await expect(app.clients.grid).toBeFocused();
  await expect(app.clients.activeRow()).toHaveAttribute('aria-rowindex', '2');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(app.clients.activeRow()).toHaveAttribute('aria-rowindex', '4');
  await page.keyboard.press('ArrowUp');
  await expect(app.clients.activeRow()).toContainText(listNameOf(rows[1]!));
  await page.keyboard.press('End');
  await expect(app.clients.activeRow()).toContainText(listNameOf(rows[24]!));
  await page.keyboard.press('Home');
  await expect(app.clients.activeRow()).toContainText(listNameOf(rows[0]!));
  await page.keyboard.press('PageDown');
  const afterPageDown = Number(await app.clients.activeRow().getAttribute('aria-rowindex'));
  expect(afterPageDown).toBeGreaterThan(6);
  await page.keyboard.press('PageUp');
  await expect(app.clients.activeRow()).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');

  // Enter opens the active client; focus lands on its name.
  await page.keyboard.press('Enter');
  const chosen = rows[2]!;
  await app.client.expectClient([chosen.voornaam, chosen.tussenvoegsel, chosen.achternaam].filter(Boolean).join(' '));
  await expect(app.client.heading).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/clienten/${chosen.id}$`));

  // Back: the same row is still the active one.
  await page.goBack();
  await app.clients.expectShown();
  await expect(app.clients.activeRow()).toContainText(listNameOf(chosen));
});
