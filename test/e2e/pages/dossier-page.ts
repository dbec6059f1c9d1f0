import { expect, type Locator, type Page } from '@playwright/test';

export type DossierTab = 'Overzicht' | 'Tijdlijn' | 'Netwerk' | 'Financiering' | 'Plan' | 'Inzage';

/** The client dossier: header, ARIA tabs and what each tab shows. */
export class DossierPage {
  readonly heading: Locator;
  readonly tablist: Locator;
  readonly panel: Locator;
  readonly facts: Locator;
  readonly editButton: Locator;
  readonly editForm: Locator;
  readonly saveEdit: Locator;
  readonly verifyBsnButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.tablist = page.getByRole('tablist', { name: 'Onderdelen van het dossier' });
    this.panel = page.getByRole('tabpanel');
    this.facts = page.getByRole('region', { name: 'Persoonsgegevens' });
    this.editButton = page.getByRole('button', { name: 'Gegevens wijzigen' });
    this.editForm = page.getByRole('form', { name: 'Gegevens wijzigen' });
    this.saveEdit = this.editForm.getByRole('button', { name: 'Wijzigingen opslaan' });
    this.verifyBsnButton = page.getByRole('button', { name: /BSN controleren|Controle opnieuw vastleggen/ });
  }

  tab(name: DossierTab): Locator {
    return this.tablist.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  async open(name: DossierTab): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  async expectClient(name: string): Promise<void> {
    await expect(this.heading).toHaveText(name);
    await expect(this.tablist).toBeVisible();
  }

  fact(label: string): Locator {
    return this.facts.getByRole('definition').filter({ has: this.page.locator(`xpath=preceding-sibling::dt[1][normalize-space()="${label}"]`) });
  }

  /** A section card of the current tab by its heading ("Naasten en mantelzorgers", "Wmo"). */
  section(name: string | RegExp): Locator {
    return this.panel.getByRole('region', { name });
  }

  /** A network member, funding entry or other list item by its heading. */
  item(name: string | RegExp): Locator {
    return this.panel.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name }) });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }
}
