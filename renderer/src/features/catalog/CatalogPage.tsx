/**
 * Beheer → Productcatalogus: the Wmo products per gemeente with their validity
 * (product codes are local to each gemeente and change over time), and adding a
 * product (`catalog.add`).
 */
import { useState } from 'react';
import { contract, parseWith, type CatalogProduct, type Input } from '../../../../shared/contract/index';
import { EENHEDEN, IWMO, PRODUCTCATEGORIEEN } from '../../../../shared/codelists/index';
import { announce } from '../../app/announcer';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, dateNl, fromDateInput, toDateInput } from '../../ui/dates';
import { CodeSelect, ErrorSummary, Field, FormActions } from '../../ui/form';
import { useToday } from '../../ui/format';
import { Page } from '../../ui/Page';
import { ScrollArea } from '../../ui/ScrollArea';
import { BeheerNav } from '../beheer/BeheerNav';
import { useFunders } from '../dossier/dossier-data';
import { categorieLabel, eenheidLabel, formatEuroCents } from '../funding/funding-format';
import { fundingCommands, useAllCatalog } from '../funding/funding-data';

function validity(p: CatalogProduct, today: string): { text: string; tone: string } {
  if (p.validFrom > today) return { text: 'Nog niet geldig', tone: 'warn' };
  if (p.validTo && p.validTo < today) return { text: 'Verlopen', tone: 'quiet' };
  return { text: 'Geldig', tone: 'ok' };
}

interface Values {
  gemeenteCode: string;
  productCategorie: string;
  productCode: string;
  omschrijving: string;
  eenheid: string;
  tarief: string;
  validFrom: string;
  validTo: string;
}
type AddInput = Input<'catalog.add'>;
const FIELDS = ['gemeenteCode', 'productCategorie', 'productCode', 'omschrijving', 'eenheid', 'tarief', 'validFrom', 'validTo'] as const;
const idOf = (f: string) => `product-${f}`;

function toInput(v: Values): Conversion<AddInput> {
  const issues = new IssueList();
  const from = fromDateInput(v.validFrom);
  const to = fromDateInput(v.validTo);
  if (!from.ok) issues.add('validFrom', from.message);
  else if (!from.iso) issues.add('validFrom', 'Vul de datum in vanaf wanneer het product geldt.');
  if (!to.ok) issues.add('validTo', to.message);
  let tariefCents: number | null = null;
  if (v.tarief.trim()) {
    const euros = Number(v.tarief.trim().replace(/\./g, '').replace(',', '.'));
    if (Number.isFinite(euros) && euros >= 0) tariefCents = Math.round(euros * 100);
    else issues.add('tarief', 'Vul het tarief in euro’s in, bijvoorbeeld 62,50.');
  }
  if (!v.gemeenteCode) issues.add('gemeenteCode', 'Kies de gemeente.');
  const input = {
    gemeenteCode: v.gemeenteCode,
    productCategorie: (v.productCategorie || undefined) as AddInput['productCategorie'],
    productCode: v.productCode,
    omschrijving: v.omschrijving,
    eenheid: (v.eenheid || undefined) as AddInput['eenheid'],
    tariefCents,
    validFrom: from.ok ? (from.iso ?? '') : '',
    validTo: to.ok ? to.iso : null,
  };
  const parsed = parseWith(contract['catalog.add'].input, input);
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
}

function AddProduct({ gemeenten, preset }: { gemeenten: { code: string; name: string }[]; preset: string }) {
  const today = useToday();
  const initial: Values = { gemeenteCode: preset, productCategorie: '', productCode: '', omschrijving: '', eenheid: '', tarief: '', validFrom: toDateInput(today), validTo: '' };
  const { form, errorOf, submitWith, summary, busy } = useContractForm<Values, AddInput>({ fields: FIELDS, defaultValues: initial, toInput, idOf });
  const { register } = form;
  return (
    <form
      className="form form--wide"
      noValidate
      aria-labelledby="kop-product-nieuw"
      onSubmit={submitWith(async (input) => {
        const p = await fundingCommands.addProduct(input);
        announce(`Product ${p.omschrijving} (${p.productCode}) is toegevoegd aan de catalogus.`);
        form.reset({ ...initial, gemeenteCode: input.gemeenteCode });
      })}
    >
      <h2 id="kop-product-nieuw" className="card-title">
        Product toevoegen
      </h2>
      <ErrorSummary items={summary} />
      <div className="form-row">
        <Field id={idOf('gemeenteCode')} label="Gemeente" required error={errorOf('gemeenteCode')} className="field--m">
          {(a) => (
            <select {...register('gemeenteCode')} className="input" {...a}>
              <option value="">Kies…</option>
              {gemeenten.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.name} ({g.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={idOf('productCategorie')} label="Productcategorie" required error={errorOf('productCategorie')} className="field--m">
          {(a) => <CodeSelect {...register('productCategorie')} {...a} codes={PRODUCTCATEGORIEEN} labels={IWMO.WMO020_Productcategorie} format={(c, label) => `${label} (${c})`} />}
        </Field>
      </div>
      <div className="form-row">
        <Field id={idOf('productCode')} label="Productcode" required hint="Zoals de gemeente hem gebruikt, hoogstens 5 tekens." error={errorOf('productCode')} className="field--s">
          {(a) => <input {...register('productCode')} className="input" type="text" autoComplete="off" spellCheck={false} {...a} />}
        </Field>
        <Field id={idOf('omschrijving')} label="Omschrijving" required error={errorOf('omschrijving')} className="field--m">
          {(a) => <input {...register('omschrijving')} className="input" type="text" autoComplete="off" {...a} />}
        </Field>
      </div>
      <div className="form-row">
        <Field id={idOf('eenheid')} label="Eenheid" required error={errorOf('eenheid')} className="field--s">
          {(a) => <CodeSelect {...register('eenheid')} {...a} codes={EENHEDEN} labels={IWMO.WJ756_Eenheid} />}
        </Field>
        <Field id={idOf('tarief')} label="Tarief per eenheid in euro’s" labelSuffix="(optioneel)" error={errorOf('tarief')} className="field--s">
          {(a) => <input {...register('tarief')} className="input" type="text" inputMode="decimal" autoComplete="off" {...a} />}
        </Field>
        <Field id={idOf('validFrom')} label="Geldig vanaf" hint={DATE_HINT} required error={errorOf('validFrom')} className="field--s">
          {(a) => <input {...register('validFrom')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
        <Field id={idOf('validTo')} label="Geldig tot en met" labelSuffix="(optioneel)" hint={DATE_HINT} error={errorOf('validTo')} className="field--s">
          {(a) => <input {...register('validTo')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
      </div>
      <FormActions submitLabel="Product toevoegen" busy={busy} />
    </form>
  );
}

export function CatalogPage() {
  const today = useToday();
  const funders = useFunders();
  const gemeenten = (funders.data ?? []).filter((f) => f.law === 'WMO' && /^[0-9]{4}$/.test(f.code)).map((f) => ({ code: f.code, name: f.name }));
  const [gemeente, setGemeente] = useState<string>('');
  const catalog = useAllCatalog(gemeente || null);
  const nameOf = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;
  const rows = [...(catalog.data ?? [])].sort((a, b) => (a.gemeenteCode + a.productCode + a.validFrom).localeCompare(b.gemeenteCode + b.productCode + b.validFrom));

  return (
    <Page title="Productcatalogus" heading="Productcatalogus" intro={<p>Wmo-producten per gemeente. Productcodes verschillen per gemeente en veranderen in de tijd; een toewijzing gebruikt het product dat op de begindatum geldt.</p>}>
      <BeheerNav />
      <section className="card" aria-labelledby="kop-catalogus">
        <div className="card-head">
          <h2 id="kop-catalogus" className="card-title">
            Producten
          </h2>
          <div className="toolbar-field">
            <label htmlFor="catalogus-gemeente">Toon producten van</label>
            <select id="catalogus-gemeente" className="input" value={gemeente} onChange={(e) => setGemeente(e.target.value)}>
              <option value="">Alle gemeenten</option>
              {gemeenten.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {catalog.loading ? <p role="status">Laden…</p> : null}
        {catalog.data && rows.length === 0 ? <p className="muted">Er staan nog geen producten in de catalogus{gemeente ? ` van ${nameOf(gemeente)}` : ''}.</p> : null}
        {rows.length > 0 ? (
          <ScrollArea label="Producten in de catalogus">
            <table className="table" aria-labelledby="kop-catalogus">
              <thead>
                <tr>
                  <th scope="col">Gemeente</th>
                  <th scope="col">Product</th>
                  <th scope="col">Categorie</th>
                  <th scope="col">Eenheid</th>
                  <th scope="col" className="num">
                    Tarief
                  </th>
                  <th scope="col">Geldig</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => {
                  const v = validity(p, today);
                  return (
                    <tr key={p.id}>
                      <td>{nameOf(p.gemeenteCode)}</td>
                      <th scope="row">
                        {p.omschrijving} <span className="muted">(code {p.productCode})</span>
                      </th>
                      <td>{categorieLabel(p.productCategorie)}</td>
                      <td>{eenheidLabel(p.eenheid)}</td>
                      <td className="num tabular">{p.tariefCents !== null ? formatEuroCents(p.tariefCents) : '—'}</td>
                      <td>
                        {p.validTo ? `${dateNl(p.validFrom)} – ${dateNl(p.validTo)}` : `vanaf ${dateNl(p.validFrom)}`} <span className={`badge badge--${v.tone}`}>{v.text}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollArea>
        ) : null}
      </section>
      <section className="card">
        {funders.data ? <AddProduct key={gemeente} gemeenten={gemeenten} preset={gemeente} /> : <p role="status">Laden…</p>}
      </section>
    </Page>
  );
}
