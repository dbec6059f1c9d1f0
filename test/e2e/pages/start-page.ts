import { expect, type Locator, type Page } from '@playwright/test';

export type DemoRole = 'arrangeur' | 'ketenregisseur' | 'kassier';
export type DemoSize = 'small' | 'network';

export class StartPage {
  readonly heading: Locator;
  readonly roleSelect: Locator;
  readonly sizeSelect: Locator;
  readonly openDemoButton: Locator;
  readonly newWorkspaceLink: Locator;
  readonly openOwnButton: Locator;
  readonly openPreviousDemoButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Welkom bij Schotvrij' });
    this.roleSelect = page.getByLabel('Rol', { exact: true });
    this.sizeSelect = page.getByLabel('Omvang');
    this.openDemoButton = page.getByRole('button', { name: 'Demo-omgeving openen' });
    this.newWorkspaceLink = page.getByRole('link', { name: 'Nieuwe omgeving inrichten' });
    this.openOwnButton = page.getByRole('button', { name: 'Eigen omgeving openen' });
    this.openPreviousDemoButton = page.getByRole('button', { name: 'Vorige demo openen' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async openDemo(role: DemoRole, size: DemoSize = 'small'): Promise<void> {
    await this.expectShown();
    await this.roleSelect.selectOption(role);
    await this.sizeSelect.selectOption(size);
    await this.openDemoButton.click();
    await expect(this.page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible({ timeout: 20_000 });
  }
}
