/**
 * Netwerk: naasten and mantelzorgers, volunteers, professionals. For a
 * mantelzorger: how heavy caring is (0–10, dated, `network.scoreLoad`) with a
 * small trend, and what they need to keep going.
 */
import { useState } from 'react';
import type { ClientDossier, NetworkMember } from '../../../../shared/contract/index';
import type { NetworkKind } from '../../../../shared/domain/enums';
import { announce } from '../../app/announcer';
import { NETWORK_KIND_GROUP, NETWORK_KIND_LABEL, NETWORK_KINDS_IN_ORDER, VERTEGENWOORDIGING_LABEL, relationLabel } from '../../app/labels';
import { dateNl } from '../../ui/dates';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { Fact } from '../../ui/Fact';
import { ItemActions } from '../../ui/ItemActions';
import { useRemoval } from '../../ui/use-removal';
import { LoadScoreForm, LoadTrend } from './LoadScores';
import { MemberForm } from './MemberForm';
import { networkCommands } from './network-data';

type Editing = { member: NetworkMember | null; kind: NetworkKind };

const ADD_LABEL: Record<NetworkKind, string> = {
  naaste: 'Naaste toevoegen',
  vrijwilliger: 'Vrijwilliger toevoegen',
  professional: 'Professional toevoegen',
};

function MemberCard({ m, onEdit, onRemove, onScore }: { m: NetworkMember; onEdit: () => void; onRemove: () => void; onScore: () => void }) {
  const headingId = `lid-${m.id}-naam`;
  const org = m.kind === 'professional' ? m.organisationName : null;
  return (
    <li className="member" aria-labelledby={headingId}>
      <div className="member-head">
        <h3 id={headingId} className="member-name">
          {m.name}
        </h3>
        <span className="member-relation">{relationLabel(m.relation)}</span>
        {m.isMantelzorger ? <span className="badge badge--mantelzorg">Mantelzorger</span> : null}
        {m.isContactpersoon ? <span className="badge badge--contact">Eerste contactpersoon</span> : null}
        {m.vertegenwoordiging ? <span className="badge badge--quiet">{VERTEGENWOORDIGING_LABEL[m.vertegenwoordiging]}</span> : null}
      </div>
      <dl className="facts facts--compact member-facts">
        {org ? <Fact label="Organisatie">{org}</Fact> : null}
        {m.telefoon || m.email ? <Fact label="Contact">{[m.telefoon, m.email].filter(Boolean).join(' · ')}</Fact> : null}
        {m.taken ? <Fact label="Doet">{m.taken}</Fact> : null}
        {m.isMantelzorger ? <Fact label="Heeft nodig">{m.behoeften ?? <span className="muted">Nog niet besproken</span>}</Fact> : null}
      </dl>
      {m.isMantelzorger ? <LoadTrend member={m} /> : null}
      <ItemActions editLabel={`${m.name} wijzigen`} removeLabel={`${m.name} uit het netwerk verwijderen`} onEdit={onEdit} onRemove={onRemove}>
        {m.isMantelzorger ? (
          <button type="button" className="button button--small" onClick={onScore} aria-label={`Belasting van ${m.name} vastleggen`}>
            Belasting vastleggen
          </button>
        ) : null}
      </ItemActions>
    </li>
  );
}

export function NetworkTab({ dossier }: { dossier: ClientDossier }) {
  const clientId = dossier.header.id;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [scoring, setScoring] = useState<NetworkMember | null>(null);
  const removal = useRemoval(async (member: NetworkMember) => {
    await networkCommands.remove(member.id);
    announce(`${member.name} is uit het netwerk verwijderd.`);
  });

  return (
    <div className="network-tab">
      <p className="muted tab-intro">Wie helpt de cliënt? Naasten en vrijwilligers staan naast de professionals; in het plan kunt u hen als uitvoerder van een actie kiezen.</p>
      {NETWORK_KINDS_IN_ORDER.map((kind) => {
        const members = dossier.network.filter((m) => m.kind === kind);
        const headingId = `kop-netwerk-${kind}`;
        return (
          <section key={kind} className="card" aria-labelledby={headingId}>
            <div className="card-head">
              <h2 id={headingId} className="card-title">
                {NETWORK_KIND_GROUP[kind]} <span className="count">({members.length})</span>
              </h2>
              <button type="button" className="button" onClick={() => setEditing({ member: null, kind })}>
                {ADD_LABEL[kind]}
              </button>
            </div>
            {members.length === 0 ? (
              <p className="muted">Nog niemand.</p>
            ) : (
              <ul className="member-list" aria-labelledby={headingId}>
                {members.map((m) => (
                  <MemberCard key={m.id} m={m} onEdit={() => setEditing({ member: m, kind: m.kind })} onScore={() => setScoring(m)} onRemove={() => removal.ask(m)} />
                ))}
              </ul>
            )}
          </section>
        );
      })}

      {editing ? (
        <Dialog title={editing.member ? `${editing.member.name} wijzigen` : ADD_LABEL[editing.kind]} size="l" onClose={() => setEditing(null)}>
          <MemberForm
            member={editing.member}
            kind={editing.kind}
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              if (editing.member) {
                await networkCommands.update({ id: editing.member.id, patch: input });
                announce(`${input.name} is gewijzigd.`);
              } else {
                await networkCommands.add({ ...input, clientId });
                announce(`${input.name} (${NETWORK_KIND_LABEL[input.kind].toLowerCase()}) is toegevoegd aan het netwerk.`);
              }
              setEditing(null);
            }}
          />
        </Dialog>
      ) : null}
      {scoring ? (
        <Dialog title={`Belasting van ${scoring.name}`} onClose={() => setScoring(null)} description={<p>Hoe zwaar is het zorgen nu? 0 is helemaal niet zwaar, 10 is niet meer vol te houden.</p>}>
          <LoadScoreForm
            member={scoring}
            onCancel={() => setScoring(null)}
            onSaved={(score, date) => {
              announce(`Belasting van ${scoring.name} vastgelegd: ${score} van 10 op ${dateNl(date)}.`);
              setScoring(null);
            }}
          />
        </Dialog>
      ) : null}
      {removal.target ? (
        <ConfirmDialog title={`${removal.target.name} verwijderen?`} confirmLabel="Verwijderen uit het netwerk" {...removal.dialog}>
          <p>
            {removal.target.name} ({relationLabel(removal.target.relation).toLowerCase()}) wordt uit het netwerk van de cliënt gehaald. Eerdere planversies blijven laten zien wat deze persoon deed.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
