import { expect, type Locator, type Page } from '@playwright/test';
import { dayLabel } from '../../../renderer/src/features/uren/time-format';

/** Uren: the entry form, the timer, the week view and the repeat-last dialog. */
export class UrenPage {
  readonly heading: Locator;
  readonly subnav: Locator;
  readonly entryForm: Locator;
  readonly date: Locator;
  readonly time: Locator;
  readonly client: Locator;
  readonly activity: Locator;
  readonly note: Locator;
  readonly proposal: Locator;
  readonly override: Locator;
  readonly overrideTo: Locator;
  readonly overrideReason: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;
  readonly week: Locator;
  readonly weekHeading: Locator;
  readonly rows: Locator;
  readonly repeatButton: Locator;
  readonly repeatDialog: Locator;
  readonly timer: Locator;
  /** The running clock next to the page heading (the timer card has the details and the buttons). */
  readonly timerClock: Locator;
  readonly shellTimer: Locator;
  readonly closeWeekButton: Locator;
  readonly reopenWeekButton: Locator;
  readonly perClient: Locator;
  readonly perLaw: Locator;
  readonly weekTotal: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Uren' });
    this.subnav = page.getByRole('navigation', { name: 'Onderdelen van Uren' });
    this.entryForm = page.getByRole('form', { name: 'Tijd registreren' });
    this.date = this.entryForm.getByRole('textbox', { name: 'Datum' });
    this.time = this.entryForm.getByRole('textbox', { name: 'Tijd' });
    this.client = this.entryForm.getByRole('combobox', { name: /^Cliënt/ });
    this.activity = this.entryForm.getByRole('combobox', { name: 'Activiteit' });
    this.note = this.entryForm.getByRole('textbox', { name: /^Notitie/ });
    this.proposal = this.entryForm.locator('#registratie-voorstel');
    this.override = this.entryForm.getByRole('checkbox', { name: 'Afwijken van het voorstel' });
    this.overrideTo = this.entryForm.getByRole('combobox', { name: 'Toerekenen aan' });
    this.overrideReason = this.entryForm.getByRole('textbox', { name: 'Reden van afwijken' });
    this.submit = this.entryForm.getByRole('button', { name: 'Registreren' });
    this.errorSummary = this.entryForm.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Controleer de gegevens' }) });
    this.week = page.getByRole('region', { name: /^Week \d+/ });
    this.weekHeading = page.getByRole('heading', { level: 2, name: /^Week \d+/ });
    this.rows = this.week.getByTestId('registratie');
    this.repeatButton = page.getByRole('button', { name: /^Herhaal laatste/ });
    this.repeatDialog = page.getByRole('dialog', { name: 'Herhaal laatste registratie' });
    this.timer = page.getByRole('region', { name: 'Timer' });
    this.timerClock = page.getByRole('main').locator('.page-head').getByRole('timer');
    this.shellTimer = page.getByRole('banner').getByRole('link', { name: /^Timer loopt sinds/ });
    this.closeWeekButton = this.week.getByRole('button', { name: 'Week afsluiten' });
    this.reopenWeekButton = this.week.getByRole('button', { name: 'Week heropenen' });
    this.perClient = this.week.getByRole('table', { name: 'Per cliënt' });
    this.perLaw = this.week.getByRole('table', { name: 'Per financiering' });
    this.weekTotal = this.week.locator('.week-total');
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.entryForm).toBeVisible();
  }

  /** One day of the week view ("maandag 23 november …"). */
  day(iso: string): Locator {
    return this.week.getByRole('region', { name: new RegExp(`^${dayLabel(iso)}`) });
  }

  dayRows(iso: string): Locator {
    return this.day(iso).getByTestId('registratie');
  }

  /** The dialog of one registration (wijzigen / corrigeren / bekijken). */
  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** The "Cliënt" type-ahead: its options while open. */
  clientOptions(form: Locator = this.entryForm): Locator {
    return form.getByRole('listbox', { name: 'Gevonden cliënten' }).getByRole('option');
  }
}
