import { expect, type Locator, type Page } from '@playwright/test';

export class ClientDetailPage {
  readonly heading: Locator;
  readonly facts: Locator;
  readonly backLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.facts = page.getByRole('region', { name: 'Persoonsgegevens' });
    this.backLink = page.getByRole('link', { name: 'Terug naar de cliëntenlijst' });
  }

  /** The value next to a label in the facts list ("Geboortedatum", "BSN", …). */
  fact(label: string): Locator {
    return this.facts.getByRole('definition').filter({ has: this.page.locator(`xpath=preceding-sibling::dt[1][normalize-space()="${label}"]`) });
  }

  async expectClient(name: string): Promise<void> {
    await expect(this.heading).toHaveText(name);
    await expect(this.facts).toBeVisible();
  }
}
