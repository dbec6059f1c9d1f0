/**
 * "BSN controleren": record that the BSN was verified — via SBV-Z or by the
 * gemeente — on which date, by whom and on which identity document (WID).
 * Schotvrij cannot verify a BSN itself while offline (domain.md §11.2).
 */
import { contract, parseWith, type ClientDossierHeader, type Input } from '../../../../shared/contract/index';
import { announce } from '../../app/announcer';
import { ID_DOCUMENT_LABEL, type IdDocumentType } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, fromDateInput, toDateInput } from '../../ui/dates';
import { Dialog } from '../../ui/Dialog';
import { CodeSelect, ErrorSummary, Field, Fieldset, FormActions, Radio } from '../../ui/form';
import { useToday } from '../../ui/format';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { dossierCommands } from './dossier-data';

interface Values {
  status: '' | 'verified_sbvz' | 'verified_gemeente';
  verifiedOn: string;
  verifiedBy: string;
  idDocumentType: '' | IdDocumentType;
  idDocumentNumber: string;
}
const FIELDS = ['status', 'verifiedOn', 'verifiedBy', 'idDocumentType', 'idDocumentNumber'] as const;
const idOf = (f: string) => (f === 'status' ? 'bsn-status-verified_sbvz' : `bsn-${f}`);
const DOCS: readonly IdDocumentType[] = ['paspoort', 'identiteitskaart', 'rijbewijs', 'verblijfsdocument'];

function toInput(id: string, v: Values): Conversion<Input<'clients.verifyBsn'>> {
  const issues = new IssueList();
  if (v.status === '') issues.add('status', 'Kies hoe het BSN is gecontroleerd.');
  const date = fromDateInput(v.verifiedOn);
  if (!date.ok) issues.add('verifiedOn', date.message);
  else if (!date.iso) issues.add('verifiedOn', 'Vul de datum van de controle in.');
  const input = {
    id,
    status: v.status || 'verified_sbvz',
    verifiedOn: date.ok ? (date.iso ?? '') : '',
    verifiedBy: v.verifiedBy,
    idDocumentType: v.idDocumentType === '' ? null : v.idDocumentType,
    idDocumentNumber: v.idDocumentNumber,
  } satisfies Input<'clients.verifyBsn'>;
  const parsed = parseWith(contract['clients.verifyBsn'].input, input);
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
}

export function VerifyBsnDialog({ header, onClose, onSaved }: { header: ClientDossierHeader; onClose: () => void; onSaved: () => void }) {
  const today = useToday();
  const userName = useWorkspaceStore((s) => s.status?.active?.installation.userName ?? '');
  const { form, errorOf, submitWith, summary, busy } = useContractForm<Values, Input<'clients.verifyBsn'>>({
    fields: FIELDS,
    defaultValues: { status: '', verifiedOn: toDateInput(today), verifiedBy: userName, idDocumentType: '', idDocumentNumber: '' },
    toInput: (v) => toInput(header.id, v),
    idOf,
  });
  const { register } = form;

  return (
    <Dialog title="BSN controleren" onClose={onClose} description={<p>BSN {header.bsn}. Leg vast hoe en wanneer het nummer is gecontroleerd, en met welk identiteitsbewijs.</p>}>
      <form
        className="form"
        noValidate
        onSubmit={submitWith(async (input) => {
          await dossierCommands.verifyBsn(input);
          onSaved();
          onClose();
          announce('De controle van het BSN is vastgelegd.');
        })}
      >
        <ErrorSummary items={summary} />
        <Fieldset id="bsn-status" legend="Gecontroleerd via" required error={errorOf('status')}>
          <div className="radio-list">
            <Radio id="bsn-status-verified_sbvz" label="SBV-Z (met UZI-pas)" value="verified_sbvz" {...register('status')} />
            <Radio id="bsn-status-verified_gemeente" label="De gemeente" value="verified_gemeente" {...register('status')} />
          </div>
        </Fieldset>
        <div className="form-row">
          <Field id={idOf('verifiedOn')} label="Datum van de controle" hint={DATE_HINT} required error={errorOf('verifiedOn')} className="field--s">
            {(a) => <input {...register('verifiedOn')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
          </Field>
          <Field id={idOf('verifiedBy')} label="Gecontroleerd door" error={errorOf('verifiedBy')} className="field--m">
            {(a) => <input {...register('verifiedBy')} className="input" type="text" autoComplete="off" {...a} />}
          </Field>
        </div>
        <div className="form-row">
          <Field id={idOf('idDocumentType')} label="Identiteitsbewijs" error={errorOf('idDocumentType')} className="field--m">
            {(a) => <CodeSelect {...register('idDocumentType')} {...a} codes={DOCS} labels={ID_DOCUMENT_LABEL} placeholder="Niet vastgelegd" />}
          </Field>
          <Field id={idOf('idDocumentNumber')} label="Documentnummer" labelSuffix="(optioneel)" error={errorOf('idDocumentNumber')} className="field--m">
            {(a) => <input {...register('idDocumentNumber')} className="input" type="text" autoComplete="off" spellCheck={false} {...a} />}
          </Field>
        </div>
        <FormActions submitLabel="Controle vastleggen" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
