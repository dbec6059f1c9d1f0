import type { Locator, Page } from '@playwright/test';

export class BeheerPage {
  readonly heading: Locator;
  readonly installation: Locator;
  readonly counts: Locator;
  readonly backups: Locator;
  readonly verifySection: Locator;
  readonly verifyButton: Locator;
  readonly verifyChecks: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Beheer' });
    this.installation = page.getByRole('region', { name: 'Deze installatie' });
    this.counts = page.getByRole('table', { name: 'Aantal records per tabel' });
    // On the main page: the last backup and the way to Beheer → Reservekopieën (SecurityPages).
    this.backups = page.getByRole('region', { name: 'Reservekopieën' });
    this.verifySection = page.getByRole('region', { name: 'Database controleren' });
    this.verifyButton = this.verifySection.getByRole('button', { name: 'Database controleren' });
    this.verifyChecks = this.verifySection.getByRole('list', { name: 'Uitkomst per controle' }).getByRole('listitem');
  }

  count(label: string): Locator {
    return this.counts.getByRole('row', { name: new RegExp(`^${label} `) }).getByRole('cell');
  }
}
