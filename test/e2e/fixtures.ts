/**
 * Every test starts from an empty data folder (POST /__test/reset) and a fresh
 * browser context that presents the session token once, like a user opening the
 * link from the terminal. Uncaught page errors and console errors fail the test
 * unless the test declared them expected (e.g. the error-boundary test).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { BeheerPage } from './pages/beheer-page';
import { ClientDetailPage } from './pages/client-detail-page';
import { DossierPage } from './pages/dossier-page';
import { PlanPage } from './pages/plan-page';
import { ClientListPage } from './pages/client-list-page';
import { NewClientPage } from './pages/new-client-page';
import { NewWorkspacePage } from './pages/new-workspace-page';
import { Shell } from './pages/shell';
import { StartPage } from './pages/start-page';
import { E2E_TOKEN } from './support/env';
import { resetServer } from './support/rpc';

export class App {
  readonly shell: Shell;
  readonly start: StartPage;
  readonly newWorkspace: NewWorkspacePage;
  readonly clients: ClientListPage;
  readonly newClient: NewClientPage;
  readonly client: ClientDetailPage;
  readonly beheer: BeheerPage;
  readonly dossier: DossierPage;
  readonly plan: PlanPage;
  private readonly allowed: RegExp[] = [];
  readonly problems: string[] = [];

  constructor(readonly page: Page) {
    this.shell = new Shell(page);
    this.start = new StartPage(page);
    this.newWorkspace = new NewWorkspacePage(page);
    this.clients = new ClientListPage(page);
    this.newClient = new NewClientPage(page);
    this.client = new ClientDetailPage(page);
    this.beheer = new BeheerPage(page);
    this.dossier = new DossierPage(page);
    this.plan = new PlanPage(page);
    page.on('pageerror', (e) => this.report(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.report(`console.error: ${m.text()}`);
    });
  }

  /** Declare console errors this test provokes on purpose. */
  allowConsoleErrors(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  private report(text: string): void {
    if (!this.allowed.some((p) => p.test(text))) this.problems.push(text);
  }

  /** Opens the app the way a user does: the link with the token, once. */
  async open(): Promise<void> {
    await this.page.goto(`/?token=${E2E_TOKEN}`);
    await expect(this.page).toHaveURL(/127\.0\.0\.1:\d+\/(#\/)?$/);
  }

  /** Start screen → small demo as arrangeur → client list. */
  async openSmallDemo(): Promise<void> {
    await this.start.openDemo('arrangeur', 'small');
    await this.clients.expectShown();
  }
}

export const test = base.extend<{ app: App }>({
  app: async ({ page, request }, use) => {
    await resetServer(request);
    const app = new App(page);
    await app.open();
    await use(app);
    expect(app.problems, 'no uncaught errors or console errors in the page').toEqual([]);
  },
});

export { expect };
