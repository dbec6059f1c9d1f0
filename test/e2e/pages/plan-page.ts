import { expect, type Locator, type Page } from '@playwright/test';

/** One plan version: the editor for a concept, the read-only view otherwise. */
export class PlanPage {
  readonly heading: Locator;
  readonly saveStatus: Locator;
  readonly undoButton: Locator;
  readonly verkenning: Locator;
  readonly wensen: Locator;
  readonly naasten: Locator;
  readonly ingangsdatum: Locator;
  readonly einddatum: Locator;
  readonly evaluatiedatum: Locator;
  readonly scoresButton: Locator;
  readonly scoresTable: Locator;
  readonly goals: Locator;
  readonly addGoalButton: Locator;
  readonly establishButton: Locator;
  readonly evaluateButton: Locator;
  readonly newVersionButton: Locator;
  readonly printLink: Locator;
  readonly exportButton: Locator;
  readonly compareLink: Locator;
  readonly goalsSection: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: /^Ondersteuningsplan van / });
    this.saveStatus = page.getByTestId('opslagstatus');
    this.undoButton = page.getByRole('button', { name: /^Ongedaan maken: / });
    this.verkenning = page.getByRole('textbox', { name: 'Verkenning: de situatie nu' });
    this.wensen = page.getByRole('textbox', { name: 'Wensen, in de woorden van de cliënt' });
    this.naasten = page.getByRole('textbox', { name: 'Wat de naasten nodig hebben' });
    this.ingangsdatum = page.getByRole('textbox', { name: /^Ingangsdatum/ });
    this.einddatum = page.getByRole('textbox', { name: /^Einddatum/ });
    this.evaluatiedatum = page.getByRole('textbox', { name: /^Evaluatiedatum/ });
    this.scoresButton = page.getByRole('button', { name: 'Scores vastleggen' });
    this.scoresTable = page.getByRole('table', { name: /^Scores per levensdomein/ });
    this.goalsSection = page.getByRole('region', { name: 'Doelen en acties' });
    this.goals = page.getByTestId('doel');
    this.addGoalButton = page.getByRole('button', { name: 'Doel toevoegen', exact: true });
    this.establishButton = page.getByRole('button', { name: 'Vaststellen met de cliënt' });
    this.evaluateButton = page.getByRole('button', { name: 'Evalueren' });
    this.newVersionButton = page.getByRole('button', { name: 'Nieuwe versie maken' });
    this.printLink = page.getByRole('link', { name: 'Afdrukken of PDF' });
    this.exportButton = page.getByRole('button', { name: 'FHIR exporteren' });
    this.compareLink = page.getByRole('link', { name: 'Versies vergelijken' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  goal(text: string | RegExp): Locator {
    return this.goals.filter({ has: this.page.getByRole('heading', { name: text }) });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Opgeslagen/);
  }

  /** Types a date and leaves the field (dates save on leaving). */
  async setDate(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    await field.blur();
  }
}

/** Marked invalid, and "Fout: <message>" is part of the field's accessible description. */
export async function expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const pattern = typeof message === 'string' ? new RegExp(`Fout: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : message;
  await expect(field).toHaveAccessibleDescription(pattern);
}
