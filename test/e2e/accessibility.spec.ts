/**
 * (e) axe-core on every screen of this slice, in the states people see them:
 * 0 serious or critical violations (WCAG 2.1 A/AA rules plus best practices).
 */
import { expect, test } from './fixtures';
import { rpc } from './support/rpc';
import { expectNoSeriousA11yViolations } from './support/a11y';

test('startscherm en "Nieuwe omgeving inrichten" met fouten', async ({ app, page }, testInfo) => {
  await app.start.expectShown();
  await expectNoSeriousA11yViolations(page, testInfo, 'startscherm');

  await app.start.newWorkspaceLink.click();
  await app.newWorkspace.submit.click();
  await expect(app.newWorkspace.errorSummary).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'nieuwe-omgeving-fouten');
});

test('cliëntenlijst, nieuwe cliënt met fouten, cliëntpagina, Beheer', async ({ app, page, request }, testInfo) => {
  await app.openSmallDemo();
  await expect(app.clients.rowAtIndex(0)).toBeVisible();
  await app.clients.grid.focus();
  await page.keyboard.press('ArrowDown');
  await expectNoSeriousA11yViolations(page, testInfo, 'clientenlijst');

  await app.clients.search('qxzqxz');
  await expect(app.clients.emptyState).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'clientenlijst-leeg');
  await app.clients.search('');

  await app.clients.newClientLink.click();
  await app.newClient.fill({ geboortedatum: '31-13-1950', bsn: '123456789' });
  await app.newClient.submit.click();
  await expect(app.newClient.errorSummary).toBeVisible();
  await app.newClient.expectFieldError(app.newClient.bsn, /elfproef/);
  await expectNoSeriousA11yViolations(page, testInfo, 'nieuwe-client-fouten');

  const someone = (await rpc(request, 'clients.list', { offset: 0, limit: 1 })).rows[0]!;
  await page.goto(`/#/clienten/${someone.id}`);
  await expect(app.client.facts).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'clientpagina');

  await app.shell.goTo('Beheer');
  await app.beheer.verifyButton.click();
  await expect(app.beheer.verifyChecks.first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'beheer');
  await app.security.open('Reservekopieën');
  await app.security.backupButton.click();
  await expect(app.security.backupTable).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'beheer-reservekopieen');
});
