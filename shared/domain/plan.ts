/**
 * The integraal ondersteuningsplan's lifecycle (domain.md §9). A plan has versions:
 * concept → vastgesteld → geëvalueerd, and a vastgesteld/geëvalueerd version becomes
 * "vervangen" when a newer one is vastgesteld. Only a concept can be edited; a change
 * to an agreed plan is a new version, so what the client agreed to stays readable.
 */
import type { ConsentMethod, GoalStatus, PlanStatus } from './enums';

export const PLAN_STATUS_LABEL: Record<PlanStatus, string> = {
  concept: 'Concept',
  vastgesteld: 'Vastgesteld',
  geevalueerd: 'Geëvalueerd',
  vervangen: 'Vervangen',
};

export function isEditable(status: PlanStatus): boolean {
  return status === 'concept';
}

export interface Issue {
  path: string;
  message: string;
}

/** Dates of a version: evaluation and end never before the start. */
export function versionDateIssues(v: { ingangsdatum: string | null; einddatum: string | null; evaluatiedatum: string | null }): Issue[] {
  const issues: Issue[] = [];
  if (v.ingangsdatum && v.evaluatiedatum && v.evaluatiedatum < v.ingangsdatum) {
    issues.push({ path: 'evaluatiedatum', message: 'De evaluatiedatum ligt vóór de ingangsdatum van het plan.' });
  }
  if (v.ingangsdatum && v.einddatum && v.einddatum < v.ingangsdatum) {
    issues.push({ path: 'einddatum', message: 'De einddatum ligt vóór de ingangsdatum van het plan.' });
  }
  return issues;
}

export interface Consent {
  date: string;
  method: ConsentMethod;
  /** Who agreed: the client, or their representative. */
  by: string;
  witness: string | null;
  /** PNG data URL of the on-screen signature. */
  signature: string | null;
}

export function consentIssues(c: Consent, today: string): Issue[] {
  const issues: Issue[] = [];
  if (c.date > today) issues.push({ path: 'instemming.datum', message: 'De datum van instemming ligt in de toekomst.' });
  if (c.method === 'mondeling_getuige' && !c.witness) issues.push({ path: 'instemming.getuige', message: 'Vul de naam van de getuige in bij mondelinge instemming.' });
  if (c.method === 'handtekening_scherm' && !c.signature) issues.push({ path: 'instemming.handtekening', message: 'Laat de cliënt (of vertegenwoordiger) op het scherm tekenen.' });
  return issues;
}

export interface EstablishInput {
  ingangsdatum: string | null;
  einddatum: string | null;
  evaluatiedatum: string | null;
  goals: { id: string }[];
  actions: { id: string; formal: boolean; informeelOverwogen: boolean }[];
  /** Network rule (e.g. Hollandscheveld): volunteers and naasten are considered before formal care. */
  vrijwilligersEerst: boolean;
}

/** What must be true before a concept can be vastgesteld with the client. */
export function establishIssues(v: EstablishInput): Issue[] {
  const issues: Issue[] = [];
  if (!v.ingangsdatum) issues.push({ path: 'ingangsdatum', message: 'Vul de ingangsdatum van het plan in.' });
  if (!v.evaluatiedatum) issues.push({ path: 'evaluatiedatum', message: 'Vul een evaluatiedatum in: wanneer bekijkt u het plan opnieuw met de cliënt?' });
  issues.push(...versionDateIssues(v));
  if (v.goals.length === 0) issues.push({ path: 'doelen', message: 'Een plan heeft ten minste één doel.' });
  if (v.vrijwilligersEerst) {
    const unconsidered = v.actions.filter((a) => a.formal && !a.informeelOverwogen).length;
    if (unconsidered > 0) {
      issues.push({
        path: 'acties',
        message: `In dit netwerk komt informele hulp eerst: geef bij ${unconsidered === 1 ? 'één professionele actie' : `${unconsidered} professionele acties`} aan dat naasten of vrijwilligers zijn overwogen.`,
      });
    }
  }
  return issues;
}

/** Goals that are closed do not carry over into a new version. */
export function carriesOver(status: GoalStatus): boolean {
  return status === 'nieuw' || status === 'lopend' || status === 'deels_behaald';
}
