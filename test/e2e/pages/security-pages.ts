import { expect, type Locator, type Page } from '@playwright/test';

/** The one-time recovery key screen (after setup, "Sleutel vernieuwen", "Database versleutelen"). */
export class RecoveryKeyScreen {
  readonly heading: Locator;
  readonly key: Locator;
  readonly printButton: Locator;
  readonly copyButton: Locator;
  readonly stored: Locator;
  readonly storedError: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: /herstelsleutel/i });
    this.key = page.getByRole('main').getByTestId('herstelsleutel');
    this.printButton = page.getByRole('button', { name: 'Afdrukken' });
    this.copyButton = page.getByRole('button', { name: 'Kopiëren' });
    this.stored = page.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' });
    this.storedError = page.getByText(/Vink aan dat u de herstelsleutel heeft bewaard/);
  }

  continueButton(name: string | RegExp = /Verder naar Schotvrij|Klaar/): Locator {
    return this.page.getByRole('button', { name });
  }

  /** The key as printed: groups of four, separated by spaces. */
  async read(): Promise<string> {
    await expect(this.key).toBeVisible();
    return (await this.key.innerText()).replace(/\s+/g, ' ').trim();
  }

  async confirmStored(): Promise<void> {
    await this.stored.check();
    await this.continueButton().click();
  }
}

/** "Schotvrij is vergrendeld" and "Wachtwoord vergeten". */
export class LockScreen {
  readonly heading: Locator;
  readonly reason: Locator;
  readonly password: Locator;
  readonly unlockButton: Locator;
  readonly error: Locator;
  readonly forgotLink: Locator;
  readonly otherWorkspace: Locator;
  // Recovery form
  readonly recoverHeading: Locator;
  readonly recoveryKey: Locator;
  readonly newPassword: Locator;
  readonly newPasswordRepeat: Locator;
  readonly recoverButton: Locator;
  readonly recoverErrors: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Schotvrij is vergrendeld' });
    this.reason = page.locator('.lock-reason');
    this.password = page.getByRole('textbox', { name: 'Wachtwoord', exact: true });
    this.unlockButton = page.getByRole('form', { name: 'Ontgrendelen' }).getByRole('button', { name: /Ontgrendelen|Nog \d+ s wachten|Bezig/ });
    this.error = page.getByRole('form', { name: 'Ontgrendelen' }).getByRole('alert');
    this.forgotLink = page.getByRole('link', { name: 'Wachtwoord vergeten?' });
    this.otherWorkspace = page.getByRole('button', { name: 'Andere omgeving kiezen' });
    this.recoverHeading = page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' });
    this.recoveryKey = page.getByRole('textbox', { name: 'Herstelsleutel' });
    this.newPassword = page.getByRole('textbox', { name: 'Nieuw wachtwoord', exact: true });
    this.newPasswordRepeat = page.getByRole('textbox', { name: 'Herhaal het nieuwe wachtwoord', exact: true });
    this.recoverButton = page.getByRole('button', { name: /Nieuw wachtwoord instellen|Nog \d+ s wachten|Bezig/ });
    this.recoverErrors = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Controleer de gegevens' }) });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async unlock(password: string): Promise<void> {
    await this.expectShown();
    await this.password.fill(password);
    await this.unlockButton.click();
  }
}

/** Beheer → Beveiliging, Reservekopieën and Toegangslog. */
export class SecurityPages {
  readonly subnav: Locator;
  readonly heading: Locator;
  // Beveiliging
  readonly encryption: Locator;
  readonly passwordForm: Locator;
  readonly currentPassword: Locator;
  readonly newPassword: Locator;
  readonly newPasswordRepeat: Locator;
  readonly changePasswordButton: Locator;
  readonly lockAfter: Locator;
  readonly retention: Locator;
  readonly rekeyButton: Locator;
  // Reservekopieën
  readonly backupButton: Locator;
  readonly backupMade: Locator;
  readonly backups: Locator;
  readonly backupTable: Locator;
  // Toegangslog
  readonly logCheck: Locator;
  readonly logGrid: Locator;
  readonly logCount: Locator;

  constructor(readonly page: Page) {
    this.subnav = page.getByRole('navigation', { name: 'Onderdelen van Beheer' });
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.encryption = page.getByRole('region', { name: 'Versleuteling' });
    this.passwordForm = page.getByRole('form', { name: 'Wachtwoord wijzigen' });
    this.currentPassword = this.passwordForm.getByRole('textbox', { name: 'Huidig wachtwoord', exact: true });
    this.newPassword = this.passwordForm.getByRole('textbox', { name: 'Nieuw wachtwoord', exact: true });
    this.newPasswordRepeat = this.passwordForm.getByRole('textbox', { name: 'Herhaal het nieuwe wachtwoord', exact: true });
    this.changePasswordButton = this.passwordForm.getByRole('button', { name: /Wachtwoord wijzigen|Bezig|Nog \d+ s wachten/ });
    this.lockAfter = page.getByRole('form', { name: 'Automatisch vergrendelen' });
    this.retention = page.getByRole('form', { name: 'Toegangslog bewaren' });
    this.rekeyButton = page.getByRole('button', { name: 'Sleutel vernieuwen…' });
    this.backupButton = page.getByRole('button', { name: 'Reservekopie maken' });
    this.backupMade = page.getByRole('region', { name: 'Nu een reservekopie maken' });
    this.backups = page.getByRole('region', { name: 'Beschikbare reservekopieën' });
    this.backupTable = this.backups.getByRole('table', { name: 'Beschikbare reservekopieën' });
    this.logCheck = page.getByTestId('logcontrole');
    this.logGrid = page.getByRole('grid', { name: 'Toegangslog' });
    this.logCount = page.locator('#log-aantal');
  }

  async open(part: 'Beveiliging' | 'Reservekopieën' | 'Toegangslog'): Promise<void> {
    await this.subnav.getByRole('link', { name: part }).click();
    await expect(this.heading).toHaveText(part);
  }

  backupRow(name: string | RegExp): Locator {
    return this.backupTable.getByRole('row').filter({ hasText: name });
  }
}
