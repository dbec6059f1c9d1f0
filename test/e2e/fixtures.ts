/**
 * Every test starts from an empty data folder (POST /__test/reset) and a fresh
 * browser context that presents the session token once, like a user opening the
 * link from the terminal. Uncaught page errors and console errors fail the test
 * unless the test declared them expected (e.g. the error-boundary test).
 *
 * `kassier` is a second installation (its own server, port and data folder; see
 * playwright.config.ts) in its own browser context, reset the same way: a spec can
 * export on the casemanager's laptop (`app`) and import at the kassier side by side.
 */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { BeheerPage } from './pages/beheer-page';
import { ClientDetailPage } from './pages/client-detail-page';
import { DossierPage } from './pages/dossier-page';
import { ExportPage } from './pages/export-page';
import { IdentityPage } from './pages/identity-page';
import { KassierPages } from './pages/kassier-pages';
import { UrenPage } from './pages/uren-page';
import { PlanPage } from './pages/plan-page';
import { ClientListPage } from './pages/client-list-page';
import { NewClientPage } from './pages/new-client-page';
import { NewWorkspacePage } from './pages/new-workspace-page';
import { Shell } from './pages/shell';
import { LockScreen, RecoveryKeyScreen, SecurityPages } from './pages/security-pages';
import { StartPage } from './pages/start-page';
import { E2E_TOKEN, KASSIER_BASE_URL } from './support/env';
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
  readonly uren: UrenPage;
  readonly export: ExportPage;
  readonly identity: IdentityPage;
  readonly kassier: KassierPages;
  readonly recoveryKey: RecoveryKeyScreen;
  readonly lock: LockScreen;
  readonly security: SecurityPages;
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
    this.uren = new UrenPage(page);
    this.export = new ExportPage(page);
    this.identity = new IdentityPage(page);
    this.kassier = new KassierPages(page);
    this.recoveryKey = new RecoveryKeyScreen(page);
    this.lock = new LockScreen(page);
    this.security = new SecurityPages(page);
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

/** The second installation: its own page (own context, own cookie) and its own rpc door. */
export interface Installation {
  app: App;
  page: Page;
  request: APIRequestContext;
}

export const test = base.extend<{ app: App; kassier: Installation }>({
  app: async ({ page, request }, use) => {
    await resetServer(request);
    const app = new App(page);
    await app.open();
    await use(app);
    expect(app.problems, 'no uncaught errors or console errors in the page').toEqual([]);
  },
  kassier: async ({ browser, playwright }, use) => {
    const request = await playwright.request.newContext({ baseURL: KASSIER_BASE_URL });
    await resetServer(request);
    // Contexts made here do not inherit the config's `use`: the same options, explicitly.
    const context = await browser.newContext({ baseURL: KASSIER_BASE_URL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const app = new App(page);
    await app.open();
    await use({ app, page, request });
    expect(app.problems, 'no uncaught errors or console errors in the kassier page').toEqual([]);
    await context.close();
    await request.dispose();
  },
});

export { expect };
