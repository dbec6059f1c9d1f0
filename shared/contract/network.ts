import { z } from 'zod';
import { NETWORK_KINDS } from '../domain/enums';
import { command, query } from './define';
import { Id, IsoDate, optionalText, requiredText } from './common';

export const NETWORK_RELATIONS = {
  naaste: ['partner', 'dochter', 'zoon', 'schoondochter', 'schoonzoon', 'kleinkind', 'broer', 'zus', 'buur', 'vriend', 'overig'],
  vrijwilliger: ['vrijwilliger', 'maatje', 'buurtvrijwilliger', 'kerkelijke gemeente', 'overig'],
  professional: [
    'huisarts',
    'praktijkondersteuner',
    'wijkverpleging',
    'casemanager dementie',
    'specialist ouderengeneeskunde',
    'geheugenpoli',
    'dagbesteding',
    'huishoudelijke hulp',
    'wmo-consulent',
    'fysiotherapie',
    'apotheek',
    'ggz',
    'overig',
  ],
} as const;

export const VERTEGENWOORDIGING = ['mentor', 'curator', 'bewindvoerder', 'gevolmachtigde'] as const;

export const LoadScore = z.object({
  id: Id,
  date: z.string(),
  score: z.number().int(),
  note: z.string().nullable(),
});

export const NetworkMember = z.object({
  id: Id,
  clientId: Id,
  kind: z.enum(NETWORK_KINDS),
  name: z.string(),
  relation: z.string(),
  isMantelzorger: z.boolean(),
  isContactpersoon: z.boolean(),
  vertegenwoordiging: z.enum(VERTEGENWOORDIGING).nullable(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
  taken: z.string().nullable(),
  behoeften: z.string().nullable(),
  /** Latest load score first; at most the last 12. */
  load: z.array(LoadScore).max(12),
});
export type NetworkMember = z.infer<typeof NetworkMember>;

export const NetworkMemberFields = z.object({
  kind: z.enum(NETWORK_KINDS, { error: 'Kies of dit een naaste, vrijwilliger of professional is.' }),
  name: requiredText(200, 'de naam'),
  relation: requiredText(80, 'de relatie of rol'),
  isMantelzorger: z.boolean().default(false),
  isContactpersoon: z.boolean().default(false),
  vertegenwoordiging: z.enum(VERTEGENWOORDIGING).nullable().default(null),
  organisationId: Id.nullable().default(null),
  organisationName: optionalText(200, 'De organisatie'),
  telefoon: optionalText(40, 'Het telefoonnummer'),
  email: optionalText(200, 'Het e-mailadres'),
  taken: optionalText(2000, 'Wat doet deze persoon'),
  behoeften: optionalText(2000, 'Wat heeft deze persoon nodig'),
});
export type NetworkMemberInput = z.input<typeof NetworkMemberFields>;

export const networkContract = {
  'network.list': query({
    summary: "The client's network: naasten, volunteers, professionals.",
    input: z.object({ clientId: Id }),
    output: z.array(NetworkMember).max(500),
  }),
  'network.add': command({
    summary: 'Add a naaste, volunteer or professional to the network.',
    input: NetworkMemberFields.extend({ clientId: Id }),
    output: NetworkMember,
    writes: ['network_member'],
  }),
  'network.update': command({
    summary: 'Change a network member.',
    input: z.object({ id: Id, patch: NetworkMemberFields.partial() }),
    output: NetworkMember,
    writes: ['network_member'],
  }),
  'network.remove': command({
    summary: 'Remove a network member; refused while a current plan action names them as performer.',
    input: z.object({ id: Id }),
    output: z.object({ removed: z.literal(true) }),
    writes: ['network_member'],
  }),
  'network.scoreLoad': command({
    summary: 'How heavy caring is for a mantelzorger (0–10), dated.',
    input: z.object({
      memberId: Id,
      date: IsoDate,
      score: z.number({ error: 'Kies een score van 0 tot en met 10.' }).int().min(0, 'Kies een score van 0 tot en met 10.').max(10, 'Kies een score van 0 tot en met 10.'),
      note: optionalText(1000, 'De toelichting'),
    }),
    output: NetworkMember,
    writes: ['mantelzorg_load'],
  }),
} as const;
