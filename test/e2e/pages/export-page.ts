import type { Locator, Page } from '@playwright/test';

/** Uren → Exporteren. */
export class ExportPage {
  readonly heading: Locator;
  readonly month: Locator;
  readonly preview: Locator;
  readonly rows: Locator;
  readonly minutes: Locator;
  readonly exportButton: Locator;
  readonly batches: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Uren exporteren' });
    this.month = page.getByRole('combobox', { name: 'Maand' });
    this.preview = page.getByRole('region', { name: /^Wat gaat er mee/ });
    this.rows = page.getByTestId('export-rows');
    this.minutes = page.getByTestId('export-minutes');
    this.exportButton = this.preview.getByRole('button', { name: /exporteren en downloaden$/ });
    this.batches = page.getByRole('table', { name: 'Eerdere exports' });
  }

  redownload(fileName: string): Locator {
    return this.batches.getByRole('button', { name: `Opnieuw downloaden: ${fileName}` });
  }
}
