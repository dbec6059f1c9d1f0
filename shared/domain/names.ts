/**
 * Dutch personal names: achternaam with an optional tussenvoegsel ("van der").
 * Lists sort on the achternaam without the tussenvoegsel, as Dutch phone books and
 * client registers do ("Berg, Jan van den" sorts under B).
 */

export interface PersonName {
  voornaam?: string | null;
  tussenvoegsel?: string | null;
  achternaam: string;
}

/** Lower-case, diacritics removed, whitespace collapsed: for search and sorting. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Jan van den Berg" */
export function displayName(n: PersonName): string {
  return [n.voornaam, n.tussenvoegsel, n.achternaam].filter((p) => p && p.trim()).join(' ');
}

/** "Berg, Jan van den" — the register form used in lists. */
export function listName(n: PersonName): string {
  const rest = [n.voornaam, n.tussenvoegsel].filter((p) => p && p.trim()).join(' ');
  return rest ? `${n.achternaam}, ${rest}` : n.achternaam;
}

/** Sort key: achternaam, then voornaam, folded. */
export function sortKey(n: PersonName): string {
  return `${foldText(n.achternaam)}\u0001${foldText(n.voornaam ?? '')}\u0001${foldText(n.tussenvoegsel ?? '')}`;
}

/** What a search matches against: every name part in both orders, folded. */
export function searchText(n: PersonName): string {
  return foldText(`${displayName(n)} ${listName(n)}`);
}
