import type { Locator, Page } from '@playwright/test';

/** Kassier: Importeren, Ingelezen bundels, Totalen, Vertrouwde installaties. */
export class KassierPages {
  readonly subnav: Locator;
  // Vertrouwde installaties
  readonly signers: Locator;
  readonly identityFile: Locator;
  readonly identityPreview: Locator;
  readonly compared: Locator;
  readonly trustButton: Locator;
  readonly trustSummary: Locator;
  // Importeren
  readonly bundleFiles: Locator;
  readonly importButton: Locator;
  readonly progress: Locator;
  readonly progressText: Locator;
  readonly summary: Locator;
  readonly reports: Locator;
  readonly csvOrganisation: Locator;
  readonly csvFile: Locator;
  readonly csvButton: Locator;
  // Ingelezen bundels
  readonly batches: Locator;
  // Totalen
  readonly from: Locator;
  readonly to: Locator;
  readonly groupBy: Locator;
  readonly showTotals: Locator;
  readonly totals: Locator;
  readonly totalMinutes: Locator;

  constructor(readonly page: Page) {
    this.subnav = page.getByRole('navigation', { name: 'Onderdelen van Kassier' });
    this.signers = page.getByRole('table', { name: 'Installaties' });
    this.identityFile = page.getByLabel('Identiteitsbestand (.json)');
    this.identityPreview = page.getByRole('group').filter({ has: page.getByText('Vingerafdruk in dit bestand') });
    this.compared = page.getByRole('checkbox', { name: /vingerafdruk per telefoon vergeleken/ });
    this.trustButton = page.getByRole('button', { name: 'Installatie vertrouwen' });
    this.trustSummary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Controleer de gegevens' }) });
    this.bundleFiles = page.getByLabel('Bundelbestanden (.zip)');
    this.importButton = page.getByRole('button', { name: /^(Inlezen|\d+ bestanden inlezen)$/ });
    this.progress = page.getByRole('progressbar', { name: 'Voortgang van het inlezen' });
    this.progressText = page.locator('#import-voortgang-tekst');
    this.summary = page.getByTestId('import-samenvatting');
    this.reports = page.getByRole('list', { name: 'Uitkomst per bestand' }).getByRole('listitem').filter({ has: page.locator('code') });
    this.csvOrganisation = page.getByRole('combobox', { name: 'Organisatie' });
    this.csvFile = page.getByLabel('CSV-bestand');
    this.csvButton = page.getByRole('button', { name: 'CSV inlezen' });
    this.batches = page.getByRole('table', { name: 'Bundels' });
    this.from = page.getByRole('textbox', { name: 'Van' });
    this.to = page.getByRole('textbox', { name: 'Tot en met' });
    this.groupBy = page.getByRole('combobox', { name: 'Indelen per' });
    this.showTotals = page.getByRole('button', { name: 'Totalen tonen' });
    this.totals = page.getByRole('table', { name: /^Per / });
    this.totalMinutes = page.getByTestId('totaal-minuten');
  }

  go(part: 'Importeren' | 'Ingelezen bundels' | 'Totalen' | 'Vertrouwde installaties'): Promise<void> {
    return this.subnav.getByRole('link', { name: part }).click();
  }

  report(fileName: string): Locator {
    return this.reports.filter({ hasText: fileName });
  }
}
