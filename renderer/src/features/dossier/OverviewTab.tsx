/**
 * Overzicht: who the client is, how to reach them, who referred them. "Gegevens
 * wijzigen" turns the facts into one form (`clients.update`, only the changed
 * fields); "BSN controleren" records the verification (`clients.verifyBsn`).
 */
import { useRef, useState } from 'react';
import { ageOn, formatDateShortNl } from '../../../../shared/domain/dates';
import { firstDate } from '../../../../shared/domain/client-status';
import type { ClientDossier } from '../../../../shared/contract/index';
import { dateNl } from '../../ui/dates';
import { Fact } from '../../ui/Fact';
import { useToday } from '../../ui/format';
import { announce } from '../../app/announcer';
import { BSN_STATUS_LABEL, GESLACHT_LABEL, ID_DOCUMENT_LABEL, WOONSITUATIE_LABEL, type IdDocumentType } from '../../app/labels';
import { StatusBadge } from '../clients/StatusBadge';
import { ClientEditForm } from './ClientEditForm';
import { VerifyBsnDialog } from './VerifyBsnDialog';

const unknown = <span className="muted">Niet ingevuld</span>;

export function OverviewTab({ dossier, onChanged }: { dossier: ClientDossier; onChanged: () => void }) {
  const h = dossier.header;
  const today = useToday();
  const [editing, setEditing] = useState(false);
  const [verifying, setVerifying] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  if (editing) {
    return (
      <ClientEditForm
        header={h}
        onCancel={() => {
          setEditing(false);
          requestAnimationFrame(() => editButton.current?.focus());
        }}
        onSaved={() => {
          setEditing(false);
          onChanged();
          announce('De gegevens van de cliënt zijn opgeslagen.');
          requestAnimationFrame(() => editButton.current?.focus());
        }}
      />
    );
  }

  const verified = h.bsnStatus !== 'unverified';
  const verwijzing = firstDate(dossier.events, 'verwijzing');
  const aanmelding = firstDate(dossier.events, 'aanmelding');
  const inZorg = firstDate(dossier.events, 'eerste_contact') ?? firstDate(dossier.events, 'in_zorg');
  const adres = [[h.adresStraat, h.adresHuisnummer].filter(Boolean).join(' '), [h.adresPostcode, h.adresWoonplaats].filter(Boolean).join('  ')].filter(Boolean);

  return (
    <div className="overview">
      <div className="tab-actions">
        <button type="button" className="button" ref={editButton} onClick={() => setEditing(true)}>
          Gegevens wijzigen
        </button>
      </div>
      <div className="overview-grid">
        <section aria-labelledby="kop-persoon" className="card">
          <h2 id="kop-persoon" className="card-title">
            Persoonsgegevens
          </h2>
          <dl className="facts">
            <Fact label="Geboortedatum">
              {dateNl(h.geboortedatum)}{' '}
              <span className="muted">
                ({formatDateShortNl(h.geboortedatum)}, {ageOn(h.geboortedatum, today)} jaar)
              </span>
            </Fact>
            <Fact label="BSN">
              {h.bsn ? (
                <>
                  <span className="tabular">{h.bsn}</span>{' '}
                  <span className={`badge ${verified ? 'badge--ok' : 'badge--warn'}`}>{BSN_STATUS_LABEL[h.bsnStatus]}</span>
                  {verified ? (
                    <span className="fact-note">
                      Gecontroleerd op {dateNl(h.bsnVerifiedOn, 'onbekende datum')}
                      {h.bsnVerifiedBy ? ` door ${h.bsnVerifiedBy}` : ''}
                      {h.idDocumentType ? `, met ${ID_DOCUMENT_LABEL[h.idDocumentType as IdDocumentType]?.toLowerCase() ?? h.idDocumentType}` : ''}
                      {h.idDocumentNumber ? ` (nummer ${h.idDocumentNumber})` : ''}.
                    </span>
                  ) : (
                    <span className="fact-note">Het nummer voldoet aan de elfproef, maar is nog niet gecontroleerd via SBV-Z. Declareren kan pas na verificatie.</span>
                  )}
                  <span className="fact-action">
                    <button type="button" className="button button--small" onClick={() => setVerifying(true)}>
                      {verified ? 'Controle opnieuw vastleggen' : 'BSN controleren'}
                    </button>
                  </span>
                </>
              ) : (
                <span className="muted">Nog niet bekend</span>
              )}
            </Fact>
            <Fact label="Status">
              <StatusBadge status={h.status} />
            </Fact>
            <Fact label="Casemanager">{h.casemanagerName ?? <span className="muted">Nog niet toegewezen</span>}</Fact>
            <Fact label="Organisatie">{h.organisationName ?? <span className="muted">Onbekend</span>}</Fact>
            <Fact label="Geslacht">{h.geslacht ? GESLACHT_LABEL[h.geslacht] : unknown}</Fact>
            <Fact label="Voorkeurstaal">{h.voorkeurstaal ?? unknown}</Fact>
          </dl>
        </section>

        <section aria-labelledby="kop-contact" className="card">
          <h2 id="kop-contact" className="card-title">
            Contact en wonen
          </h2>
          <dl className="facts">
            <Fact label="Adres">{adres.length ? adres.map((line) => <span key={line} className="line">{line}</span>) : unknown}</Fact>
            <Fact label="Telefoon">{h.telefoon ? <span className="tabular">{h.telefoon}</span> : unknown}</Fact>
            <Fact label="E-mail">{h.email ?? unknown}</Fact>
            <Fact label="Woonsituatie">
              {h.woonsituatie ? WOONSITUATIE_LABEL[h.woonsituatie] : unknown}
              {h.woonsituatieToelichting ? <span className="fact-note">{h.woonsituatieToelichting}</span> : null}
            </Fact>
            <Fact label="Gemeentecode (CBS)">{h.gemeenteCode ? <span className="tabular">{h.gemeenteCode}</span> : unknown}</Fact>
          </dl>
        </section>

        <section aria-labelledby="kop-verwijzing" className="card">
          <h2 id="kop-verwijzing" className="card-title">
            Huisarts en verwijzing
          </h2>
          <dl className="facts">
            <Fact label="Huisarts">{h.huisarts ?? unknown}</Fact>
            <Fact label="Verwijzer">{[h.verwijzerSoort, h.verwijzerNaam].filter(Boolean).join(': ') || unknown}</Fact>
            <Fact label="Datum verwijzing">{verwijzing ? dateNl(verwijzing) : <span className="muted">Niet op de tijdlijn</span>}</Fact>
            <Fact label="Aangemeld">{aanmelding ? dateNl(aanmelding) : <span className="muted">Niet op de tijdlijn</span>}</Fact>
            <Fact label="In zorg sinds">{inZorg ? dateNl(inZorg) : <span className="muted">Nog niet</span>}</Fact>
          </dl>
          <p className="hint-line">Datums van verwijzing, aanmelding en zorg legt u vast op de tijdlijn.</p>
        </section>
      </div>
      {verifying ? <VerifyBsnDialog header={h} onClose={() => setVerifying(false)} onSaved={onChanged} /> : null}
    </div>
  );
}
