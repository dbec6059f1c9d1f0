import { expect, type Locator, type Page } from '@playwright/test';

export interface ClientDraft {
  voornaam?: string;
  tussenvoegsel?: string;
  achternaam?: string;
  geboortedatum?: string;
  bsn?: string;
}

export class NewClientPage {
  readonly heading: Locator;
  readonly voornaam: Locator;
  readonly tussenvoegsel: Locator;
  readonly achternaam: Locator;
  readonly geboortedatum: Locator;
  readonly bsn: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Nieuwe cliënt' });
    this.voornaam = page.getByRole('textbox', { name: 'Voornaam' });
    this.tussenvoegsel = page.getByRole('textbox', { name: 'Tussenvoegsel' });
    this.achternaam = page.getByRole('textbox', { name: 'Achternaam' });
    this.geboortedatum = page.getByRole('textbox', { name: 'Geboortedatum' });
    this.bsn = page.getByRole('textbox', { name: /^BSN/ });
    this.submit = page.getByRole('button', { name: 'Cliënt opslaan' });
    this.errorSummary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Controleer de gegevens' }) });
  }

  async fill(draft: ClientDraft): Promise<void> {
    for (const key of ['voornaam', 'tussenvoegsel', 'achternaam', 'geboortedatum', 'bsn'] as const) {
      const value = draft[key];
      if (value !== undefined) await this[key].fill(value);
    }
  }

  /**
   * A field shows this error: marked invalid, and "Fout: <message>" is part of its
   * accessible description (so screen readers read it with the field).
   */
  async expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const pattern = typeof message === 'string' ? new RegExp(`Fout: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : message;
    await expect(field).toHaveAccessibleDescription(pattern);
  }

  async expectFieldValid(field: Locator): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'false');
  }
}
