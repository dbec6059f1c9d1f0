import { z } from 'zod';
import { BSN_VERIFICATION } from '../domain/bsn';
import { CLIENT_STATUSES } from '../domain/enums';
import { command, query } from './define';
import { Id, IsoDate, OptionalBsn, PageInput, optionalText, page, requiredText } from './common';

export const ClientStatus = z.enum(CLIENT_STATUSES);

export const ClientRow = z.object({
  id: Id,
  voornaam: z.string().nullable(),
  tussenvoegsel: z.string().nullable(),
  achternaam: z.string(),
  geboortedatum: z.string(),
  /** Lists show only the last digits of the BSN (data minimisation on screen). */
  bsnMasked: z.string().nullable(),
  status: ClientStatus,
  casemanagerName: z.string().nullable(),
});
export type ClientRow = z.infer<typeof ClientRow>;

export const ClientDetail = ClientRow.extend({
  bsn: z.string().nullable(),
  bsnStatus: z.enum(BSN_VERIFICATION),
  gemeenteCode: z.string().nullable(),
  casemanagerId: z.string().nullable(),
  organisationName: z.string().nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type ClientDetail = z.infer<typeof ClientDetail>;

export const NewClient = z.object({
  voornaam: optionalText(100, 'De voornaam'),
  tussenvoegsel: optionalText(30, 'Het tussenvoegsel'),
  achternaam: requiredText(200, 'de achternaam'),
  /** Not in the future and not before 1900: checked in core against the injected clock. */
  geboortedatum: IsoDate,
  bsn: OptionalBsn,
});
export type NewClientInput = z.input<typeof NewClient>;

export const clientsContract = {
  'clients.list': query({
    summary: 'Client register, searched and paged; sorted by achternaam.',
    input: PageInput.extend({
      search: z.string().trim().max(100).optional(),
      status: z.array(ClientStatus).max(CLIENT_STATUSES.length).optional(),
    }),
    output: page(ClientRow),
  }),
  'clients.get': query({
    summary: 'One client dossier header.',
    input: z.object({ id: Id }),
    output: ClientDetail,
  }),
  'clients.create': command({
    summary: 'Nieuwe cliënt: name, geboortedatum and (optional) BSN with elfproef. A possible duplicate (same name and geboortedatum) is refused with CONFLICT unless confirmed.',
    input: NewClient.extend({
      /** The user saw the possible duplicates and confirms this is another person. */
      bevestigDubbel: z.boolean().default(false),
    }),
    output: ClientDetail,
    writes: ['client'],
  }),
} as const;
