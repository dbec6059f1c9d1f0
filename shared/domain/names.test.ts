import { describe, expect, it } from 'vitest';
import { displayName, foldText, listName, searchText, sortKey } from './names';

describe('names', () => {
  const jan = { voornaam: 'Jan', tussenvoegsel: 'van den', achternaam: 'Berg' };

  it('renders Dutch names both ways', () => {
    expect(displayName(jan)).toBe('Jan van den Berg');
    expect(listName(jan)).toBe('Berg, Jan van den');
    expect(listName({ achternaam: 'Smit' })).toBe('Smit');
  });

  it('sorts on the achternaam, not the tussenvoegsel', () => {
    const names = [jan, { voornaam: 'Anna', achternaam: 'Aalders' }, { voornaam: 'Zoë', tussenvoegsel: 'de', achternaam: 'Cock' }];
    const sorted = [...names].sort((a, b) => sortKey(a).localeCompare(sortKey(b))).map((n) => n.achternaam);
    expect(sorted).toEqual(['Aalders', 'Berg', 'Cock']);
  });

  it('folds diacritics and case for search', () => {
    expect(foldText('  Zoë  Ünal ')).toBe('zoe unal');
    expect(searchText({ voornaam: 'Zoë', achternaam: 'Çelik' })).toContain('zoe celik');
  });
});
