import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DOMAIN_SETS, IWMO } from '../../shared/codelists/index';

// Vendored in the repository (a clean checkout has nothing next to it): shared/standards/iwmo-3.2.
const xsdPath = join(import.meta.dirname, '..', '..', 'shared', 'standards', 'iwmo-3.2', 'basisschema.xsd');

interface Enumeration {
  '@_value': string;
  'xs:annotation'?: { 'xs:documentation'?: string };
}

/** The enumerations of one simpleType in the XSD, as code → documentation. */
function enumeration(simpleType: string): Record<string, string> {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'xs:enumeration' || name === 'xs:simpleType' });
  const xsd = parser.parse(readFileSync(xsdPath, 'utf8')) as { 'xs:schema': { 'xs:simpleType': { '@_name': string; 'xs:restriction': { 'xs:enumeration'?: Enumeration[] } }[] } };
  const type = xsd['xs:schema']['xs:simpleType'].find((t) => t['@_name'] === simpleType);
  if (!type) throw new Error(`simpleType ${simpleType} not in basisschema.xsd`);
  return Object.fromEntries((type['xs:restriction']['xs:enumeration'] ?? []).map((e) => [e['@_value'], String(e['xs:annotation']?.['xs:documentation'] ?? '').trim()]));
}

// Diacritics differ between the informatiemodel and the XSD documentation ("beëindigd"); codes must match exactly.
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe('iWmo 3.2 code lists are the XSD enumerations', () => {
  it.each([
    ['WJ756_Eenheid', 'LDT_Eenheid'],
    ['WMO757_Frequentie', 'LDT_Frequentie'],
    ['WMO020_Productcategorie', 'LDT_ProductCategorie'],
    ['COD043_DebetCredit', 'LDT_DebetCredit'],
    ['WMO588_RedenBeeindiging', 'LDT_RedenBeeindiging'],
  ] as const)('%s = %s', (ours, xsdType) => {
    const fromXsd = enumeration(xsdType);
    const list = IWMO[ours] as Record<string, string>;
    expect(Object.keys(list).sort()).toEqual(Object.keys(fromXsd).sort());
    for (const [code, label] of Object.entries(list)) expect(fold(fromXsd[code]!)).toContain(fold(label).slice(0, 12));
  });
});

describe('life-domain sets', () => {
  it('ship the three instruments with their published sizes and scales', () => {
    const by = Object.fromEntries(DOMAIN_SETS.map((s) => [s.code, s]));
    expect(by['positieve-gezondheid']).toMatchObject({ scale: { min: 0, max: 10 }, chart: 'spider' });
    expect(by['positieve-gezondheid']!.domains).toHaveLength(6);
    expect(by['zrm-2017']).toMatchObject({ scale: { min: 1, max: 5 } });
    expect(by['zrm-2017']!.domains).toHaveLength(13);
    expect(by['omaha']!.domains).toHaveLength(4);
  });
});
