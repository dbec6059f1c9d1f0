import type { Locator, Page } from '@playwright/test';

/** Beheer → Identiteit. */
export class IdentityPage {
  readonly heading: Locator;
  readonly fingerprint: Locator;
  readonly downloadButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Identiteit van deze installatie' });
    this.fingerprint = page.getByTestId('vingerafdruk');
    this.downloadButton = page.getByRole('button', { name: 'Identiteitsbestand downloaden' });
  }
}
