import type { Locator, Page } from '@playwright/test';

export class NewWorkspacePage {
  readonly heading: Locator;
  readonly roleGroup: Locator;
  readonly naam: Locator;
  readonly zorgverlenerAgb: Locator;
  readonly organisatie: Locator;
  readonly agb: Locator;
  readonly soort: Locator;
  readonly netwerk: Locator;
  readonly wachtwoord: Locator;
  readonly wachtwoordHerhaal: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Nieuwe omgeving inrichten' });
    this.roleGroup = page.getByRole('group', { name: 'Uw rol' });
    this.naam = page.getByRole('textbox', { name: 'Uw naam' });
    this.zorgverlenerAgb = page.getByRole('textbox', { name: /^Uw AGB-code als zorgverlener/ });
    this.organisatie = page.getByRole('textbox', { name: 'Organisatie', exact: true });
    this.agb = page.getByRole('textbox', { name: /AGB-code van de organisatie/ });
    this.soort = page.getByRole('combobox', { name: 'Soort organisatie' });
    this.netwerk = page.getByRole('textbox', { name: 'Netwerk' });
    this.wachtwoord = page.getByRole('textbox', { name: 'Wachtwoord', exact: true });
    this.wachtwoordHerhaal = page.getByRole('textbox', { name: 'Herhaal het wachtwoord', exact: true });
    this.submit = page.getByRole('button', { name: 'Omgeving inrichten' });
    this.errorSummary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Controleer de gegevens' }) });
  }

  async fillPassword(password: string, repeat = password): Promise<void> {
    await this.wachtwoord.fill(password);
    await this.wachtwoordHerhaal.fill(repeat);
  }

  role(label: string | RegExp): Locator {
    return this.roleGroup.getByRole('radio', { name: label });
  }
}
