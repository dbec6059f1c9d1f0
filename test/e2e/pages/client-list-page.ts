import { expect, type Locator, type Page } from '@playwright/test';

export class ClientListPage {
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly statusFilter: Locator;
  readonly count: Locator;
  readonly grid: Locator;
  /** Data rows only (the header row lives in the first rowgroup). */
  readonly rows: Locator;
  readonly newClientLink: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Cliënten' });
    this.searchBox = page.getByRole('searchbox', { name: 'Zoeken' });
    this.statusFilter = page.getByRole('combobox', { name: 'Status' });
    this.count = page.getByRole('search').getByRole('status');
    this.grid = page.getByRole('grid', { name: 'Cliëntenlijst' });
    this.rows = this.grid.getByRole('rowgroup').nth(1).getByRole('row');
    this.newClientLink = page.getByRole('link', { name: 'Nieuwe cliënt' });
    this.emptyState = page.getByRole('heading', { level: 2, name: /Geen cliënten gevonden|Nog geen cliënten/ });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.count).not.toHaveText(/geladen/);
  }

  async expectCount(text: string | RegExp): Promise<void> {
    await expect(this.count).toHaveText(text);
  }

  /** A data row by the name as the list shows it ("Berg, Jan van den"). */
  row(listName: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('gridcell', { name: listName, exact: true }) });
  }

  /** The row with this aria-rowindex (1 is the header, so data row i has i + 2). */
  rowAtIndex(index: number): Locator {
    return this.grid.locator(`[role="row"][aria-rowindex="${index + 2}"]`);
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  activeRow(): Locator {
    return this.rows.and(this.page.locator('[aria-selected="true"]'));
  }
}
