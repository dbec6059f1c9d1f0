/**
 * One funding entry: the law decides the fields (domain.md §3, standards.md §2.3).
 * - Wmo: the gemeente (funders.list), the product from THAT gemeente's catalogue
 *   valid on the start date (product codes are local), omvang (volume + eenheid +
 *   frequentie) or a budget, the toewijzingnummer;
 * - Zvw: zorgverzekeraar + casemanagement dementie / wijkverpleging;
 * - Wlz: zorgkantoor + zorgprofiel + leveringsvorm;
 * - eigen / informeel / overig: an omschrijving.
 * Checked with the contract's `FundingInput` before sending; the core's refusal
 * (e.g. a product not valid on that date) lands on the same field.
 */
import { useEffect } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { Link } from 'react-router';
import { FundingInput, parseWith, type CatalogProduct, type Funding } from '../../../../shared/contract/index';
import { EENHEDEN, FREQUENTIES, IWMO, WLZ_LEVERINGSVORMEN, WLZ_ZORGPROFIELEN } from '../../../../shared/codelists/index';
import { FUNDING_STATUSES, ZVW_SOORTEN, type FundingKind, type FundingStatus } from '../../../../shared/domain/enums';
import {
  FUNDING_KIND_HINT,
  FUNDING_KIND_LABEL,
  FUNDING_KINDS_IN_ORDER,
  FUNDING_STATUS_LABEL,
  WLZ_LEVERINGSVORM_LABEL,
  WLZ_ZORGPROFIEL_LABEL,
  ZVW_SOORT_LABEL,
} from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, fromDateInput, toDateInput } from '../../ui/dates';
import { CodeSelect, ErrorSummary, Field, Fieldset, FormActions, Radio } from '../../ui/form';
import { useToday } from '../../ui/format';
import { useFunders } from '../dossier/dossier-data';
import { categorieLabel, eenheidLabel, formatEuroCents } from './funding-format';
import { useCatalog } from './funding-data';

export interface FundingValues {
  kind: FundingKind;
  funderId: string;
  status: FundingStatus;
  onderMandaat: boolean;
  aangevraagdOp: string;
  startDate: string;
  endDate: string;
  toewijzingNummer: string;
  product: string;
  omvang: 'volume' | 'budget';
  volume: string;
  eenheid: string;
  frequentie: string;
  budget: string;
  zvwSoort: string;
  zvwMinutenPerWeek: string;
  wlzZorgprofiel: string;
  wlzLeveringsvorm: string;
  omschrijving: string;
}

const FIELDS = [
  'kind',
  'funderId',
  'status',
  'onderMandaat',
  'aangevraagdOp',
  'startDate',
  'endDate',
  'product',
  'toewijzingNummer',
  'omvang',
  'volume',
  'eenheid',
  'frequentie',
  'budget',
  'zvwSoort',
  'zvwMinutenPerWeek',
  'wlzZorgprofiel',
  'wlzLeveringsvorm',
  'omschrijving',
] as const;

const RADIO_FIRST: Partial<Record<string, string>> = { kind: 'fin-kind-WMO', omvang: 'fin-omvang-volume', zvwSoort: 'fin-zvwSoort-casemanagement_dementie' };
const idOf = (f: string) => RADIO_FIRST[f] ?? `fin-${f}`;

/** Core and schema names → form fields. */
const ALIAS = { budgetCents: 'budget', productCode: 'product', productCategorie: 'product' } as const;

const productKey = (p: { productCategorie: string; productCode: string }) => `${p.productCategorie}|${p.productCode}`;

export function fundingValues(f: Funding | null, today: string): FundingValues {
  return {
    kind: f?.kind ?? 'WMO',
    funderId: f?.funderId ?? '',
    status: f?.status ?? 'toegekend',
    onderMandaat: f?.onderMandaat ?? false,
    aangevraagdOp: toDateInput(f?.aangevraagdOp),
    startDate: f ? toDateInput(f.startDate) : toDateInput(today),
    endDate: toDateInput(f?.endDate),
    toewijzingNummer: f?.toewijzingNummer != null ? String(f.toewijzingNummer) : '',
    product: f?.productCategorie && f.productCode ? productKey({ productCategorie: f.productCategorie, productCode: f.productCode }) : '',
    omvang: f?.budgetCents != null ? 'budget' : 'volume',
    volume: f?.volume != null ? String(f.volume) : '',
    eenheid: f?.eenheid ?? '',
    frequentie: f?.frequentie ?? '',
    budget: f?.budgetCents != null ? (f.budgetCents / 100).toFixed(2).replace('.', ',') : '',
    zvwSoort: f?.zvwSoort ?? '',
    zvwMinutenPerWeek: f?.zvwMinutenPerWeek != null ? String(f.zvwMinutenPerWeek) : '',
    wlzZorgprofiel: f?.wlzZorgprofiel ?? '',
    wlzLeveringsvorm: f?.wlzLeveringsvorm ?? '',
    omschrijving: f?.omschrijving ?? '',
  };
}

/** "12", "" → number | null, or NaN when it is not a whole number. */
function intOrNull(raw: string): number | null {
  const s = raw.trim().replace(/\./g, '');
  if (s === '') return null;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

function toEntry(v: FundingValues): Conversion<FundingInput> {
  const issues = new IssueList();
  const start = fromDateInput(v.startDate);
  const end = fromDateInput(v.endDate);
  const asked = fromDateInput(v.aangevraagdOp);
  if (!start.ok) issues.add('startDate', start.message);
  if (!end.ok) issues.add('endDate', end.message);
  if (!asked.ok) issues.add('aangevraagdOp', asked.message);
  const common = {
    status: v.status,
    startDate: start.ok ? (start.iso ?? '') : '',
    endDate: end.ok ? end.iso : null,
    onderMandaat: v.onderMandaat,
    aangevraagdOp: asked.ok ? asked.iso : null,
    omschrijving: v.omschrijving,
  };
  let entry: FundingInput;
  switch (v.kind) {
    case 'WMO': {
      const [cat, code] = v.product ? v.product.split('|') : ['', ''];
      const nr = intOrNull(v.toewijzingNummer);
      if (Number.isNaN(nr)) issues.add('toewijzingNummer', 'Het toewijzingnummer bestaat alleen uit cijfers.');
      const volume = v.omvang === 'volume' ? intOrNull(v.volume) : null;
      if (Number.isNaN(volume)) issues.add('volume', 'Het volume is een heel getal.');
      let budgetCents: number | null = null;
      if (v.omvang === 'budget' && v.budget.trim()) {
        const euros = Number(v.budget.trim().replace(/\./g, '').replace(',', '.'));
        if (Number.isFinite(euros)) budgetCents = Math.round(euros * 100);
        else issues.add('budget', 'Vul het budget in euro’s in, bijvoorbeeld 1250,00.');
      }
      if (!v.product) issues.add('product', 'Kies het product uit de productcatalogus van de gemeente.');
      entry = {
        kind: 'WMO',
        ...common,
        funderId: v.funderId,
        toewijzingNummer: Number.isNaN(nr) ? null : nr,
        productCategorie: (cat || undefined) as never,
        productCode: code ?? '',
        volume: Number.isNaN(volume) ? null : volume,
        eenheid: v.omvang === 'volume' && v.eenheid ? (v.eenheid as (typeof EENHEDEN)[number]) : null,
        frequentie: v.omvang === 'volume' && v.frequentie ? (v.frequentie as (typeof FREQUENTIES)[number]) : null,
        budgetCents,
      };
      break;
    }
    case 'ZVW': {
      const min = intOrNull(v.zvwMinutenPerWeek);
      if (Number.isNaN(min)) issues.add('zvwMinutenPerWeek', 'Vul het aantal minuten per week in als heel getal.');
      entry = { kind: 'ZVW', ...common, funderId: v.funderId, zvwSoort: (v.zvwSoort || undefined) as never, zvwMinutenPerWeek: Number.isNaN(min) ? null : min };
      break;
    }
    case 'WLZ':
      entry = { kind: 'WLZ', ...common, funderId: v.funderId, wlzZorgprofiel: (v.wlzZorgprofiel || undefined) as never, wlzLeveringsvorm: (v.wlzLeveringsvorm || undefined) as never };
      break;
    default:
      entry = { kind: v.kind, ...common, funderId: null };
  }
  const parsed = parseWith(FundingInput, entry);
  if (!parsed.ok) {
    for (const i of parsed.error.details?.issues ?? []) {
      const path = (ALIAS as Record<string, string>)[i.path] ?? i.path;
      issues.add(path, i.message);
    }
  }
  return issues.empty ? { input: entry, issues: [] } : { input: null, issues: issues.issues };
}

function ProductSelect({
  gemeenteCode,
  onDate,
  register,
  error,
  onPick,
}: {
  gemeenteCode: string;
  onDate: string | null;
  register: UseFormRegister<FundingValues>;
  error: string | undefined;
  onPick: (p: CatalogProduct | undefined) => void;
}) {
  const catalog = useCatalog(gemeenteCode, onDate);
  const products = catalog.data ?? [];
  const field = register('product');
  return (
    <Field
      id={idOf('product')}
      label="Product"
      required
      hint={
        catalog.data && products.length === 0 ? (
          <>
            Deze gemeente heeft op de begindatum geen producten in de catalogus. Voeg ze toe bij <Link to="/beheer/productcatalogus">Beheer → Productcatalogus</Link>.
          </>
        ) : (
          'Productcodes verschillen per gemeente; u ziet de producten die op de begindatum gelden.'
        )
      }
      error={error}
      className="field--l"
    >
      {(a) => (
        <select
          {...field}
          onChange={(e) => {
            void field.onChange(e);
            onPick(products.find((p) => productKey(p) === e.target.value));
          }}
          className="input"
          {...a}
        >
          <option value="">{catalog.loading ? 'Producten worden geladen…' : 'Kies een product…'}</option>
          {products.map((p) => (
            <option key={p.id} value={productKey(p)}>
              {p.omschrijving} — {categorieLabel(p.productCategorie)} (code {p.productCode}, per {eenheidLabel(p.eenheid)?.toLowerCase()}
              {p.tariefCents !== null ? `, ${formatEuroCents(p.tariefCents)}` : ''})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function FundingForm({ entry, onSubmit, onCancel }: { entry: Funding | null; onSubmit: (input: FundingInput) => Promise<void>; onCancel: () => void }) {
  const today = useToday();
  const funders = useFunders();
  const { form, errorOf, submitWith, summary, busy } = useContractForm<FundingValues, FundingInput>({
    fields: FIELDS,
    defaultValues: fundingValues(entry, today),
    toInput: toEntry,
    idOf,
    strip: ['entry'],
    alias: ALIAS,
  });
  const { register, watch, setValue, getValues } = form;
  const kind = watch('kind');
  const funderId = watch('funderId');
  const status = watch('status');
  const omvang = watch('omvang');
  const startDate = watch('startDate');
  const statutory = kind === 'WMO' || kind === 'ZVW' || kind === 'WLZ';
  const law = statutory ? kind : null;
  const funderList = (funders.data ?? []).filter((f) => f.law === law);
  const gemeente = kind === 'WMO' ? funderList.find((f) => f.id === funderId) : undefined;
  const start = fromDateInput(startDate);
  const onDate = start.ok && start.iso ? start.iso : today;

  // Another law has other financiers.
  useEffect(() => {
    const current = getValues('funderId');
    if (current && funders.data && !funders.data.some((f) => f.id === current && f.law === law)) setValue('funderId', '');
  }, [law, funders.data, getValues, setValue]);

  const text = (name: (typeof FIELDS)[number], extra: { inputMode?: 'numeric' | 'decimal' } = {}) => ({ ...register(name), className: 'input', type: 'text', autoComplete: 'off', ...extra });
  const funderWord = kind === 'WMO' ? 'Gemeente' : kind === 'ZVW' ? 'Zorgverzekeraar' : 'Zorgkantoor';

  return (
    <form className="form form--wide" noValidate onSubmit={submitWith(onSubmit)} aria-label={entry ? 'Financiering wijzigen' : 'Financiering toevoegen'}>
      <ErrorSummary items={summary} />

      <Fieldset id="fin-kind" legend="Soort financiering" error={errorOf('kind')}>
        <div className="radio-grid">
          {FUNDING_KINDS_IN_ORDER.map((k) => (
            <Radio key={k} id={`fin-kind-${k}`} label={FUNDING_KIND_LABEL[k]} hint={FUNDING_KIND_HINT[k]} value={k} {...register('kind')} />
          ))}
        </div>
      </Fieldset>

      {statutory ? (
        <Field id={idOf('funderId')} label={funderWord} required error={errorOf('funderId')} className="field--l">
          {(a) => (
            <select {...register('funderId')} className="input" {...a}>
              <option value="">{funders.loading ? 'Laden…' : `Kies ${kind === 'WMO' ? 'de gemeente' : kind === 'ZVW' ? 'de zorgverzekeraar' : 'het zorgkantoor'}…`}</option>
              {funderList.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name} ({kind === 'WMO' ? 'gemeentecode' : kind === 'ZVW' ? 'UZOVI' : 'code'} {f.code})
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}

      <div className="form-row">
        <Field id={idOf('status')} label="Status" error={errorOf('status')} className="field--s">
          {(a) => <CodeSelect {...register('status')} {...a} codes={FUNDING_STATUSES} labels={FUNDING_STATUS_LABEL} placeholder={false} />}
        </Field>
        {statutory ? (
          <div className="checkbox checkbox--field">
            <input id={idOf('onderMandaat')} type="checkbox" {...register('onderMandaat')} aria-describedby="fin-mandaat-hint" />
            <label htmlFor={idOf('onderMandaat')}>Onder mandaat voorbereid</label>
            <span id="fin-mandaat-hint" className="checkbox-hint">
              U heeft deze indicatie zelf voorbereid of aangevraagd, onder mandaat van de financier.
            </span>
          </div>
        ) : null}
        {status === 'aangevraagd' ? (
          <Field id={idOf('aangevraagdOp')} label="Aangevraagd op" hint={DATE_HINT} error={errorOf('aangevraagdOp')} className="field--s">
            {(a) => <input {...text('aangevraagdOp', { inputMode: 'numeric' })} {...a} />}
          </Field>
        ) : null}
      </div>

      <div className="form-row">
        <Field id={idOf('startDate')} label="Begindatum" hint={DATE_HINT} required error={errorOf('startDate')} className="field--s">
          {(a) => <input {...text('startDate', { inputMode: 'numeric' })} {...a} />}
        </Field>
        <Field id={idOf('endDate')} label="Einddatum" labelSuffix="(optioneel)" hint={`${DATE_HINT}; leeg = doorlopend`} error={errorOf('endDate')} className="field--s">
          {(a) => <input {...text('endDate', { inputMode: 'numeric' })} {...a} />}
        </Field>
      </div>

      {kind === 'WMO' ? (
        <>
          {gemeente ? (
            <ProductSelect
              gemeenteCode={gemeente.code}
              onDate={onDate}
              register={register}
              error={errorOf('product')}
              onPick={(p) => {
                if (p && getValues('omvang') === 'volume' && !getValues('eenheid') && (EENHEDEN as readonly string[]).includes(p.eenheid)) setValue('eenheid', p.eenheid);
              }}
            />
          ) : (
            <p className="field-hint" id="fin-product-eerst">
              Kies eerst de gemeente; daarna ziet u de producten uit haar catalogus.
              {errorOf('product') ? (
                <span className="field-error" id={idOf('product')} tabIndex={-1}>
                  {' '}
                  {errorOf('product')}
                </span>
              ) : null}
            </p>
          )}
          <Field id={idOf('toewijzingNummer')} label="Toewijzingnummer" hint="Het nummer uit het toewijzingsbericht van de gemeente (alleen cijfers)." error={errorOf('toewijzingNummer')} className="field--s">
            {(a) => <input {...text('toewijzingNummer', { inputMode: 'numeric' })} {...a} />}
          </Field>
          <Fieldset id="fin-omvang" legend="Omvang" error={errorOf('omvang')}>
            <div className="radio-row">
              <Radio id="fin-omvang-volume" inline label="Volume, eenheid en frequentie" value="volume" {...register('omvang')} />
              <Radio id="fin-omvang-budget" inline label="Budget" value="budget" {...register('omvang')} />
            </div>
          </Fieldset>
          {omvang === 'volume' ? (
            <div className="form-row">
              <Field id={idOf('volume')} label="Volume" required error={errorOf('volume')} className="field--s">
                {(a) => <input {...text('volume', { inputMode: 'numeric' })} {...a} />}
              </Field>
              <Field id={idOf('eenheid')} label="Eenheid" required error={errorOf('eenheid')} className="field--s">
                {(a) => <CodeSelect {...register('eenheid')} {...a} codes={EENHEDEN} labels={IWMO.WJ756_Eenheid} />}
              </Field>
              <Field id={idOf('frequentie')} label="Frequentie" required error={errorOf('frequentie')} className="field--m">
                {(a) => <CodeSelect {...register('frequentie')} {...a} codes={FREQUENTIES} labels={IWMO.WMO757_Frequentie} />}
              </Field>
            </div>
          ) : (
            <Field id={idOf('budget')} label="Budget in euro’s" required hint="Bijvoorbeeld 1250,00" error={errorOf('budget')} className="field--s">
              {(a) => <input {...text('budget', { inputMode: 'decimal' })} {...a} />}
            </Field>
          )}
        </>
      ) : null}

      {kind === 'ZVW' ? (
        <>
          <Fieldset id="fin-zvwSoort" legend="Soort indicatie" required error={errorOf('zvwSoort')}>
            <div className="radio-row">
              {ZVW_SOORTEN.map((s) => (
                <Radio key={s} id={`fin-zvwSoort-${s}`} inline label={ZVW_SOORT_LABEL[s]} value={s} {...register('zvwSoort')} />
              ))}
            </div>
          </Fieldset>
          <Field id={idOf('zvwMinutenPerWeek')} label="Geïndiceerde tijd, minuten per week" labelSuffix="(optioneel)" error={errorOf('zvwMinutenPerWeek')} className="field--s">
            {(a) => <input {...text('zvwMinutenPerWeek', { inputMode: 'numeric' })} {...a} />}
          </Field>
        </>
      ) : null}

      {kind === 'WLZ' ? (
        <div className="form-row">
          <Field id={idOf('wlzZorgprofiel')} label="Zorgprofiel (indicatiebesluit CIZ)" required error={errorOf('wlzZorgprofiel')} className="field--l">
            {(a) => <CodeSelect {...register('wlzZorgprofiel')} {...a} codes={WLZ_ZORGPROFIELEN} labels={WLZ_ZORGPROFIEL_LABEL} format={(p, label) => `${p} – ${label}`} />}
          </Field>
          <Field id={idOf('wlzLeveringsvorm')} label="Leveringsvorm" required error={errorOf('wlzLeveringsvorm')} className="field--m">
            {(a) => <CodeSelect {...register('wlzLeveringsvorm')} {...a} codes={WLZ_LEVERINGSVORMEN} labels={WLZ_LEVERINGSVORM_LABEL} />}
          </Field>
        </div>
      ) : null}

      <Field
        id={idOf('omschrijving')}
        label="Omschrijving"
        labelSuffix={statutory ? '(optioneel)' : undefined}
        required={!statutory}
        hint={statutory ? undefined : 'Wat wordt hieruit betaald, en door wie? Bijvoorbeeld: “Boodschappen door buurvrouw Els”.'}
        error={errorOf('omschrijving')}
        className="field--l"
      >
        {(a) => <textarea {...register('omschrijving')} className="input" rows={2} {...a} />}
      </Field>

      <FormActions submitLabel={entry ? 'Wijzigingen opslaan' : 'Financiering toevoegen'} busy={busy} onCancel={onCancel} />
    </form>
  );
}
