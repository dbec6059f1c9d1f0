import { z } from 'zod';
import { BSN_VERIFICATION } from '../domain/bsn';
import { CLIENT_EVENT_KINDS, GESLACHTEN, WOONSITUATIES } from '../domain/enums';
import { ClientDetail, NewClient } from './clients';
import { command, query } from './define';
import { Id, IsoDate, OptionalBsn, optionalText } from './common';

export const ClientEventKind = z.enum(CLIENT_EVENT_KINDS);

export const ClientEvent = z.object({
  id: Id,
  kind: ClientEventKind,
  date: z.string(),
  detail: z.string().nullable(),
});
export type ClientEvent = z.infer<typeof ClientEvent>;

/** The full dossier header: identity, contact, referral. */
export const ClientDossierHeader = ClientDetail.extend({
  bsnVerifiedOn: z.string().nullable(),
  bsnVerifiedBy: z.string().nullable(),
  idDocumentType: z.string().nullable(),
  idDocumentNumber: z.string().nullable(),
  geslacht: z.enum(GESLACHTEN).nullable(),
  adresStraat: z.string().nullable(),
  adresHuisnummer: z.string().nullable(),
  adresPostcode: z.string().nullable(),
  adresWoonplaats: z.string().nullable(),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
  huisarts: z.string().nullable(),
  voorkeurstaal: z.string().nullable(),
  woonsituatie: z.enum(WOONSITUATIES).nullable(),
  woonsituatieToelichting: z.string().nullable(),
  verwijzerSoort: z.string().nullable(),
  verwijzerNaam: z.string().nullable(),
});
export type ClientDossierHeader = z.infer<typeof ClientDossierHeader>;

const Postcode = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v.toUpperCase().replace(/\s+/g, ' ') : null))
  .refine((v) => v === null || /^[1-9][0-9]{3} ?[A-Z]{2}$/.test(v), 'Een postcode is 4 cijfers en 2 letters, zoals 6041 AB.');

const Telefoon = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || /^[+0-9][0-9 ()-]{5,19}$/.test(v), 'Dit lijkt geen telefoonnummer.');

const Email = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'Dit lijkt geen e-mailadres.');

/** Every editable dossier field; a patch names only what changed. */
export const ClientPatch = z
  .object({
    voornaam: NewClient.shape.voornaam,
    tussenvoegsel: NewClient.shape.tussenvoegsel,
    achternaam: NewClient.shape.achternaam,
    geboortedatum: NewClient.shape.geboortedatum,
    bsn: OptionalBsn,
    geslacht: z.enum(GESLACHTEN).nullable(),
    adresStraat: optionalText(120, 'De straat'),
    adresHuisnummer: optionalText(20, 'Het huisnummer'),
    adresPostcode: Postcode,
    adresWoonplaats: optionalText(80, 'De woonplaats'),
    telefoon: Telefoon,
    email: Email,
    huisarts: optionalText(200, 'De huisarts'),
    voorkeurstaal: optionalText(60, 'De voorkeurstaal'),
    woonsituatie: z.enum(WOONSITUATIES).nullable(),
    woonsituatieToelichting: optionalText(500, 'De toelichting op de woonsituatie'),
    verwijzerSoort: optionalText(60, 'De soort verwijzer'),
    verwijzerNaam: optionalText(200, 'De naam van de verwijzer'),
    gemeenteCode: z
      .string()
      .trim()
      .nullish()
      .transform((v) => v || null)
      .refine((v) => v === null || /^[0-9]{4}$/.test(v), 'Een gemeentecode heeft 4 cijfers.'),
  })
  .partial();
export type ClientPatchInput = z.input<typeof ClientPatch>;

export const DuplicateCandidate = z.object({
  id: Id,
  naam: z.string(),
  geboortedatum: z.string(),
  bsnMasked: z.string().nullable(),
  reason: z.enum(['bsn', 'naam_geboortedatum']),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

const EventInput = z.object({
  kind: ClientEventKind,
  date: IsoDate,
  detail: optionalText(300, 'De toelichting'),
});

export const dossierContract = {
  'clients.update': command({
    summary: 'Change dossier fields. Changing the BSN resets its verification.',
    input: z.object({ id: Id, patch: ClientPatch }),
    output: ClientDossierHeader,
    writes: ['client'],
  }),
  'clients.verifyBsn': command({
    summary: 'Record that the BSN was verified (SBV-Z or gemeente), when, by whom, on which ID document.',
    input: z.object({
      id: Id,
      status: z.enum(BSN_VERIFICATION),
      verifiedOn: IsoDate,
      verifiedBy: optionalText(120, 'De naam van wie controleerde'),
      idDocumentType: z.enum(['paspoort', 'identiteitskaart', 'rijbewijs', 'verblijfsdocument']).nullable().default(null),
      idDocumentNumber: optionalText(30, 'Het documentnummer'),
    }),
    output: ClientDossierHeader,
    writes: ['client'],
  }),
  'clients.findDuplicates': query({
    summary: 'Possible duplicates of a new client: same BSN, or same name and geboortedatum.',
    input: z.object({
      achternaam: z.string().trim().max(200),
      geboortedatum: z.string().max(10),
      bsn: z.string().max(20).nullish(),
      exceptId: Id.optional(),
    }),
    output: z.array(DuplicateCandidate).max(50),
  }),
  'clients.header': query({
    summary: 'Dossier header of one client.',
    input: z.object({ id: Id }),
    output: ClientDossierHeader,
  }),
  'clients.events': query({
    summary: "The client's timeline (oldest first).",
    input: z.object({ clientId: Id }),
    output: z.array(ClientEvent).max(1000),
  }),
  'clients.addEvent': command({
    summary: 'Add a dated event (verwijzing … uitschrijving); the status follows.',
    input: EventInput.extend({ clientId: Id }),
    output: ClientEvent,
    writes: ['client_event', 'client'],
  }),
  'clients.updateEvent': command({
    summary: 'Correct the date or detail of an event.',
    input: EventInput.extend({ id: Id }),
    output: ClientEvent,
    writes: ['client_event', 'client'],
  }),
  'clients.removeEvent': command({
    summary: 'Remove a wrongly entered event; the status is derived again.',
    input: z.object({ id: Id }),
    output: z.object({ removed: z.literal(true) }),
    writes: ['client_event', 'client'],
  }),
} as const;
