/**
 * Beheer → Identiteit: the installation's signing identity. The kassier trusts a
 * casemanager's bundles only after comparing this fingerprint by phone; the file
 * carries the public key (never the private one).
 */
import { useState } from 'react';
import { downloadFile, errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { ROLE_LABEL } from '../../app/labels';
import { Fact } from '../../ui/Fact';
import { ErrorNotice } from '../../ui/form';
import { Page } from '../../ui/Page';
import type { Role } from '../../../../shared/schema/index';
import { BeheerNav } from './BeheerNav';
import { identityCommands, useIdentity } from './identity-data';
import { LoadFailure } from '../../ui/LoadFailure';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { AddSigner } from '../kassier/TrustPage';
import { useSigners } from '../kassier/kassier-data';

/** A casemanager's kassier: BSNs in export bundles are sealed for its key (docs/formats.md §1). */
function OwnKassier() {
  const signers = useSigners();
  const kassiers = (signers.data ?? []).filter((s) => s.role === 'kassier' && s.revokedAt === null);
  return (
    <>
      <section className="card" aria-labelledby="kop-kassier">
        <h2 id="kop-kassier" className="card-title">
          Kassier van het netwerk
        </h2>
        <LoadFailure query={signers} what="De kassier" />
        {kassiers.length ? (
          <ul className="plain-list">
            {kassiers.map((k) => (
              <li key={k.installationId}>
                <strong>{k.label}</strong> — vertrouwd sinds {new Date(k.trustedAt).toLocaleDateString('nl-NL')}. {k.encryptionKey ? 'BSN’s in uw exports worden voor deze kassier versleuteld.' : 'Dit identiteitsbestand heeft nog geen versleutelsleutel; vraag de kassier om een nieuw bestand.'}
              </li>
            ))}
          </ul>
        ) : signers.data ? (
          <p className="notice notice--warn" role="note">
            U heeft nog geen kassier vertrouwd. Tot dan gaan de BSN’s van uw cliënten niet mee in uw exports, en kan de kassier geen declaraties maken.
          </p>
        ) : null}
      </section>
      <AddSigner party="kassier" />
    </>
  );
}

/** '5506 E1D6 …' → large, in its groups of four (read aloud group by group). */
export function Fingerprint({ value, id }: { value: string; id?: string }) {
  const groups = value.split(/\s+/).filter(Boolean);
  return (
    <p className="fingerprint" id={id} data-testid="vingerafdruk">
      {groups.map((g, i) => (
        <span key={i} className="fingerprint-group">
          {g}
          {i < groups.length - 1 ? ' ' : ''}
        </span>
      ))}
    </p>
  );
}

export function IdentityPage() {
  const identity = useIdentity();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = identity.data;
  const role = useWorkspaceStore((s) => s.status?.active?.installation.role);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const file = await identityCommands.exportFile();
      downloadFile(file.fileName, file.json, 'application/json');
      announce(`Identiteitsbestand ${file.fileName} gedownload.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title="Identiteit"
      heading="Identiteit van deze installatie"
      intro={<p>Met deze identiteit ondertekent Schotvrij de bestanden die u naar de kassier stuurt. Zo kan niemand onderweg uren toevoegen of veranderen.</p>}
    >
      <BeheerNav />
      <LoadFailure query={identity} what="De identiteit" />
      {id ? (
        <section className="card identity" aria-labelledby="kop-vingerafdruk">
          <h2 id="kop-vingerafdruk" className="card-title">
            Vingerafdruk
          </h2>
          <Fingerprint value={id.fingerprint} id="vingerafdruk" />
          <p className="identity-phone">
            <strong>Controle per telefoon:</strong> de kassier leest uw identiteitsbestand in en belt u. Lees dan deze groepen van vier tekens voor; pas als ze precies gelijk zijn aan wat de kassier
            ziet, vertrouwt de kassier uw bestanden.
          </p>
          <dl className="facts facts--compact">
            <Fact label="Installatie">{id.label}</Fact>
            <Fact label="Organisatie">
              {id.organisationName}
              {id.organisationAgb ? <span className="muted"> (AGB {id.organisationAgb})</span> : null}
            </Fact>
            <Fact label="Rol">{ROLE_LABEL[id.role as Role] ?? id.role}</Fact>
            <Fact label="Installatienummer">
              <code className="path">{id.installationId}</code>
            </Fact>
          </dl>
          <ErrorNotice>{error}</ErrorNotice>
          <div className="form-actions">
            <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void download()}>
              {busy ? 'Bezig…' : 'Identiteitsbestand downloaden'}
            </button>
          </div>
          <p className="hint-line">Het bestand bevat alleen de openbare sleutel en de naam van deze installatie; u kunt het gewoon mailen.</p>
        </section>
      ) : identity.loading ? (
        <p role="status">Laden…</p>
      ) : null}
      {role === 'arrangeur' ? <OwnKassier /> : null}
    </Page>
  );
}
