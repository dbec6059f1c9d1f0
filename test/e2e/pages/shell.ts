import { expect, type Locator, type Page } from '@playwright/test';

/** The frame around every screen: header, main menu, live region. */
export class Shell {
  readonly header: Locator;
  readonly nav: Locator;
  readonly main: Locator;
  readonly demoBadge: Locator;
  readonly otherWorkspaceButton: Locator;
  readonly lockButton: Locator;
  readonly skipLink: Locator;
  readonly h1: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    this.main = page.getByRole('main');
    this.demoBadge = this.header.getByText('DEMO — fictieve gegevens');
    this.otherWorkspaceButton = this.header.getByRole('button', { name: 'Andere omgeving' });
    this.lockButton = this.header.getByRole('button', { name: 'Vergrendelen' });
    this.skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    this.h1 = page.getByRole('main').getByRole('heading', { level: 1 });
  }

  navLink(name: string | RegExp): Locator {
    return this.nav.getByRole('link', { name });
  }

  async goTo(name: string | RegExp): Promise<void> {
    await this.navLink(name).click();
  }

  /** The polite live region (also shown as a toast). */
  announcement(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  async expectWorkspace(opts: { organisation: string; role: string; demo: boolean }): Promise<void> {
    await expect(this.header).toContainText(opts.organisation);
    await expect(this.header).toContainText(opts.role);
    if (opts.demo) await expect(this.demoBadge).toBeVisible();
    else await expect(this.demoBadge).toHaveCount(0);
  }
}
