import { describe, expect, it } from 'vitest';
import { fixtureInput } from './plan-bundle.fixture';
import { EXT, buildPlanBundle } from './plan-bundle';
import { validateBundle } from './validate';

type Json = Record<string, unknown>;

/** A fresh, valid fixture bundle as plain JSON (what a reader of the file would get). */
function fixtureJson(): Json {
  return JSON.parse(JSON.stringify(buildPlanBundle(fixtureInput()))) as Json;
}

function entries(b: Json): Json[] {
  return b.entry as Json[];
}

/** Index and resource of the n-th entry of a type. */
function find(b: Json, type: string, n = 0): { index: number; resource: Json; fullUrl: string } {
  const hits = entries(b)
    .map((e, index) => ({ index, resource: e.resource as Json, fullUrl: e.fullUrl as string }))
    .filter((e) => e.resource.resourceType === type);
  const hit = hits[n];
  if (!hit) throw new Error(`no ${type} #${n} in the fixture`);
  return hit;
}

/** Validate after a mutation; the unmutated bundle is asserted valid first so a failure is the mutation's. */
function problemsAfter(mutate: (b: Json) => void): string[] {
  const b = fixtureJson();
  expect(validateBundle(b)).toEqual([]);
  mutate(b);
  return validateBundle(b);
}

describe('validateBundle: the checks the task names', () => {
  it('accepts the fixture bundle', () => {
    expect(validateBundle(fixtureJson())).toEqual([]);
    expect(validateBundle(buildPlanBundle(fixtureInput()))).toEqual([]);
  });

  it('catches a missing CarePlan.status', () => {
    let at = -1;
    const problems = problemsAfter((b) => {
      const cp = find(b, 'CarePlan');
      at = cp.index;
      delete cp.resource.status;
    });
    expect(problems).toEqual([`Bundle.entry[${at}].resource.status: required element is missing`]);
  });

  it('catches an invalid Goal.lifecycleStatus', () => {
    let at = -1;
    const problems = problemsAfter((b) => {
      const g = find(b, 'Goal', 1);
      at = g.index;
      g.resource.lifecycleStatus = 'done';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^Bundle\\.entry\\[${at}\\]\\.resource\\.lifecycleStatus: "done" is not in value set goal-status \\(proposed \\| planned`));
  });

  it('catches a dangling reference', () => {
    const problems = problemsAfter((b) => {
      const cp = find(b, 'CarePlan').resource;
      (cp.goal as Json[])[1]!.reference = 'urn:uuid:00000000-0000-4000-8000-000000000000';
    });
    expect(problems).toEqual(['Bundle.entry[0].resource.goal[1].reference: "urn:uuid:00000000-0000-4000-8000-000000000000" does not resolve to an entry of this bundle']);
  });

  it('catches a relative reference that cannot resolve in a urn:uuid bundle', () => {
    const problems = problemsAfter((b) => {
      (find(b, 'Goal').resource.subject as Json).reference = 'Patient/123';
    });
    expect(problems).toEqual([expect.stringMatching(/\.subject\.reference: "Patient\/123" does not resolve/)]);
  });

  it('catches a duplicate fullUrl', () => {
    let dup = '';
    const problems = problemsAfter((b) => {
      const second = find(b, 'Goal', 1);
      dup = find(b, 'Goal', 0).fullUrl;
      entries(b)[second.index]!.fullUrl = dup;
    });
    expect(problems).toContain(`Bundle.entry[3].fullUrl: duplicate fullUrl ${dup} (also Bundle.entry[2])`);
  });

  it('catches a reference to a resource of the wrong type (CarePlan.subject → RelatedPerson)', () => {
    const problems = problemsAfter((b) => {
      const rp = find(b, 'RelatedPerson');
      (find(b, 'CarePlan').resource.subject as Json).reference = rp.fullUrl;
    });
    expect(problems).toEqual(['Bundle.entry[0].resource.subject.reference: points to a RelatedPerson; CarePlan.subject allows Patient | Group']);
  });

  it('catches a wrong type behind a nested reference (activity performer → Goal)', () => {
    const problems = problemsAfter((b) => {
      const goal = find(b, 'Goal');
      const activity = (find(b, 'CarePlan').resource.activity as Json[])[2]!;
      ((activity.detail as Json).performer as Json[])[0]!.reference = goal.fullUrl;
    });
    expect(problems).toEqual([expect.stringMatching(/^Bundle\.entry\[0\]\.resource\.activity\[2\]\.detail\.performer\[0\]\.reference: points to a Goal; CarePlan\.activity\.detail\.performer allows Practitioner/)]);
  });

  it('catches an unknown resourceType', () => {
    const problems = problemsAfter((b) => {
      find(b, 'Observation').resource.resourceType = 'QuestionnaireResponse';
    });
    expect(problems).toContainEqual(expect.stringMatching(/resourceType: unknown resourceType "QuestionnaireResponse"/));
    // The CarePlan's supportingInfo still resolves (to an entry), the entry itself is the problem.
    expect(problems.filter((p) => p.includes('does not resolve'))).toEqual([]);
  });
});

describe('validateBundle: required elements and cardinalities', () => {
  it.each([
    ['CarePlan', 'intent'],
    ['CarePlan', 'subject'],
    ['Goal', 'lifecycleStatus'],
    ['Goal', 'description'],
    ['Goal', 'subject'],
    ['RelatedPerson', 'patient'],
    ['Observation', 'status'],
    ['Observation', 'code'],
  ])('%s.%s is required', (type, element) => {
    let at = -1;
    const problems = problemsAfter((b) => {
      const r = find(b, type);
      at = r.index;
      delete r.resource[element];
    });
    expect(problems).toEqual([`Bundle.entry[${at}].resource.${element}: required element is missing`]);
  });

  it('Bundle.type is required and from the bundle-type value set', () => {
    expect(problemsAfter((b) => delete b.type)).toEqual(['Bundle.type: required element is missing']);
    expect(problemsAfter((b) => (b.type = 'bag'))).toEqual([expect.stringMatching(/^Bundle\.type: "bag" is not in value set bundle-type/)]);
  });

  it('activity.detail.status is required and coded', () => {
    const problems = problemsAfter((b) => {
      const detail = (find(b, 'CarePlan').resource.activity as Json[])[0]!.detail as Json;
      detail.status = 'busy';
    });
    expect(problems).toEqual([expect.stringMatching(/^Bundle\.entry\[0\]\.resource\.activity\[0\]\.detail\.status: "busy" is not in value set care-plan-activity-status/)]);
  });

  it('checks the value sets of CarePlan.status, intent, Observation.status, Patient.gender and timing units', () => {
    const problems = problemsAfter((b) => {
      const cp = find(b, 'CarePlan').resource;
      cp.status = 'vastgesteld';
      cp.intent = 'wish';
      find(b, 'Observation').resource.status = 'done';
      find(b, 'Patient').resource.gender = 'vrouw';
      const timing = ((cp.activity as Json[])[0]!.detail as Json).scheduledTiming as Json;
      (timing.repeat as Json).periodUnit = 'week';
    });
    expect(problems.map((p) => p.replace(/ \(.*$/, ''))).toEqual([
      'Bundle.entry[0].resource.status: "vastgesteld" is not in value set request-status',
      'Bundle.entry[0].resource.intent: "wish" is not in value set care-plan-intent',
      'Bundle.entry[0].resource.activity[0].detail.scheduledTiming.repeat.periodUnit: "week" is not in value set units-of-time',
      'Bundle.entry[1].resource.gender: "vrouw" is not in value set administrative-gender',
      expect.stringMatching(/^Bundle\.entry\[\d+\]\.resource\.status: "done" is not in value set observation-status$/),
    ]);
  });

  it('checks codes of the closed code systems we emit (goal-achievement, financiering)', () => {
    const problems = problemsAfter((b) => {
      const goal = find(b, 'Goal').resource;
      ((goal.achievementStatus as Json).coding as Json[])[0]!.code = 'gelukt';
      const detail = (find(b, 'CarePlan').resource.activity as Json[])[1]!.detail as Json;
      ((detail.extension as Json[])[0]!.valueCoding as Json).code = 'GEMEENTE';
    });
    expect(problems).toEqual([
      expect.stringMatching(/^Bundle\.entry\[0\]\.resource\.activity\[1\]\.detail\.extension\[0\]\.valueCoding\.code: "GEMEENTE" is not a code of https:\/\/schotvrij\.nl\/fhir\/CodeSystem\/financiering/),
      expect.stringMatching(/^Bundle\.entry\[2\]\.resource\.achievementStatus\.coding\[0\]\.code: "gelukt" is not a code of http:\/\/terminology\.hl7\.org\/CodeSystem\/goal-achievement/),
    ]);
  });

  it('rejects elements that are not in R4 or not in our subset (e.g. an internal field leaking)', () => {
    const problems = problemsAfter((b) => {
      const detail = (find(b, 'CarePlan').resource.activity as Json[])[0]!.detail as Json;
      detail.performerKind = 'netwerk';
    });
    expect(problems).toEqual(['Bundle.entry[0].resource.activity[0].detail.performerKind: unknown element (not in FHIR R4, or not in the subset we export)']);
  });
});

describe('validateBundle: primitives and empty elements', () => {
  it('rejects empty strings, empty arrays and empty objects', () => {
    const problems = problemsAfter((b) => {
      const cp = find(b, 'CarePlan').resource;
      cp.title = '';
      cp.note = [];
      cp.period = {};
    });
    expect(problems).toEqual([
      'Bundle.entry[0].resource.title: must not be empty or only whitespace (FHIR forbids empty strings)',
      'Bundle.entry[0].resource.period: element must have a value or children (ele-1): remove empty objects',
      'Bundle.entry[0].resource.note: must not be an empty array (omit the element instead)',
    ]);
  });

  it('checks date, dateTime and instant formats', () => {
    const problems = problemsAfter((b) => {
      find(b, 'Patient').resource.birthDate = '1941-02-30';
      find(b, 'Observation').resource.effectiveDateTime = '2025-02-20T10:00';
      b.timestamp = '2025-03-15';
      (find(b, 'Goal').resource.target as Json[])[0]!.dueDate = '01-09-2025';
    });
    expect(problems).toEqual([
      'Bundle.timestamp: is not a valid FHIR instant (date, time with seconds, time zone)',
      'Bundle.entry[1].resource.birthDate: is not an existing calendar date',
      'Bundle.entry[2].resource.target[0].dueDate: is not a valid FHIR date (YYYY, YYYY-MM or YYYY-MM-DD)',
      expect.stringMatching(/^Bundle\.entry\[\d+\]\.resource\.effectiveDateTime: is not a valid FHIR dateTime/),
    ]);
  });

  it('checks id and uri formats and the urn:uuid shape of fullUrl', () => {
    const problems = problemsAfter((b) => {
      find(b, 'Patient').resource.id = 'client id with spaces';
      entries(b)[1]!.fullUrl = 'http://example.org/fhir/Patient/1';
    });
    expect(problems).toContain('Bundle.entry[1].fullUrl: must be urn:uuid:<lower-case UUID>, got "http://example.org/fhir/Patient/1"');
    expect(problems).toContain('Bundle.entry[1].resource.id: is not a valid id ([A-Za-z0-9-.]{1,64})');
    // Everything that pointed at the Patient now dangles.
    expect(problems.filter((p) => p.includes('does not resolve')).length).toBeGreaterThan(5);
  });

  it('requires a fullUrl and a resource on every entry, and nothing else', () => {
    const problems = problemsAfter((b) => {
      delete entries(b)[1]!.fullUrl;
      entries(b)[2]!.request = { method: 'POST', url: 'Goal' };
    });
    expect(problems).toContain('Bundle.entry[1].fullUrl: required element is missing');
    expect(problems).toContain('Bundle.entry[2].request: unknown element (not in FHIR R4, or not in the subset we export)');
  });

  it('rejects what is not a bundle at all', () => {
    expect(validateBundle(null)).toEqual(['Bundle: expected a JSON object']);
    expect(validateBundle([])).toEqual(['Bundle: expected a JSON object']);
    expect(validateBundle('{}')).toEqual(['Bundle: expected a JSON object']);
    expect(validateBundle({ resourceType: 'Patient', type: 'collection' })).toEqual(['Bundle.resourceType: expected "Bundle"']);
  });
});

describe('validateBundle: invariants', () => {
  it('ext-1: an extension has a value or nested extensions, not both and not neither', () => {
    const problems = problemsAfter((b) => {
      const patient = find(b, 'Patient').resource;
      const family = ((patient.name as Json[])[0]!._family as Json).extension as Json[];
      family[0]!.extension = [{ url: 'x', valueString: 'y' }];
      family[1] = { url: EXT.ownName };
    });
    expect(problems).toEqual([
      'Bundle.entry[1].resource.name[0]._family.extension[0].extension: ext-1: must have either extensions or value[x], not both',
      'Bundle.entry[1].resource.name[0]._family.extension[1].url: ext-1: must have either extensions or value[x]',
    ]);
  });

  it('ctm-1: onBehalfOf only for a Practitioner member', () => {
    const problems = problemsAfter((b) => {
      const team = find(b, 'CareTeam');
      const participants = team.resource.participant as Json[];
      participants[1]!.onBehalfOf = participants[3]!.onBehalfOf; // the mantelzorger "on behalf of" Thuiszorg
    });
    expect(problems).toEqual([expect.stringMatching(/^Bundle\.entry\[\d+\]\.resource\.participant\[1\]\.onBehalfOf: ctm-1/)]);
  });

  it('org-1: an Organization has a name or an identifier', () => {
    const problems = problemsAfter((b) => {
      const org = find(b, 'Organization', 1).resource;
      delete org.name;
    });
    expect(problems).toEqual([expect.stringMatching(/resource\.name: org-1/)]);
  });

  it('tim-2: a period needs a periodUnit; per-1: start before end; cpt-2: a value needs a system', () => {
    const problems = problemsAfter((b) => {
      const cp = find(b, 'CarePlan').resource;
      const repeat = (((cp.activity as Json[])[0]!.detail as Json).scheduledTiming as Json).repeat as Json;
      delete repeat.periodUnit;
      cp.period = { start: '2025-03-01', end: '2025-02-01' };
      delete ((find(b, 'Patient').resource.telecom as Json[])[0]!).system;
    });
    expect(problems).toEqual([
      'Bundle.entry[0].resource.period.end: per-1: end 2025-02-01 is before start 2025-03-01',
      'Bundle.entry[0].resource.activity[0].detail.scheduledTiming.repeat.periodUnit: tim-2: if there is a period, there needs to be a periodUnit',
      'Bundle.entry[1].resource.telecom[0].system: cpt-2: a system is required if a value is provided',
    ]);
  });

  it('scheduled[x] is a choice: not both a Timing and a Period', () => {
    const problems = problemsAfter((b) => {
      const detail = (find(b, 'CarePlan').resource.activity as Json[])[0]!.detail as Json;
      detail.scheduledPeriod = { start: '2025-03-01' };
    });
    expect(problems).toEqual(['Bundle.entry[0].resource.activity[0].detail.scheduledPeriod: scheduled[x] is a choice: only one of scheduledTiming, scheduledPeriod']);
  });

  it('a Reference element may only sit where R4 has one', () => {
    const problems = problemsAfter((b) => {
      const goal = find(b, 'Goal').resource;
      (goal.description as Json).reference = (goal.subject as Json).reference;
    });
    expect(problems).toContain('Bundle.entry[2].resource.description.reference: unknown element (not in FHIR R4, or not in the subset we export)');
    expect(problems).toContain('Bundle.entry[2].resource.description: Goal.description is not a Reference element, but carries a reference');
  });
});

describe('validateBundle: independent of our builder', () => {
  it('accepts a minimal hand-written bundle', () => {
    const p = 'urn:uuid:7c1e4c7a-0f6b-4e1e-9a55-0a3d2f0c9b11';
    const g = 'urn:uuid:7c1e4c7a-0f6b-4e1e-9a55-0a3d2f0c9b12';
    const cp = 'urn:uuid:7c1e4c7a-0f6b-4e1e-9a55-0a3d2f0c9b13';
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2025-01-01T12:00:00+01:00',
      entry: [
        { fullUrl: p, resource: { resourceType: 'Patient', gender: 'other' } },
        { fullUrl: g, resource: { resourceType: 'Goal', lifecycleStatus: 'planned', description: { text: 'Zelf koken' }, subject: { reference: p } } },
        {
          fullUrl: cp,
          resource: { resourceType: 'CarePlan', status: 'on-hold', intent: 'proposal', subject: { reference: p, type: 'Patient' }, goal: [{ reference: g }], activity: [{ detail: { status: 'scheduled', scheduledString: 'dinsdagochtend' } }] },
        },
      ],
    };
    expect(validateBundle(bundle)).toEqual([]);
    (bundle.entry[2]!.resource.subject as Json).type = 'Group';
    expect(validateBundle(bundle)).toEqual(['Bundle.entry[2].resource.subject.type: says Group but the reference resolves to a Patient']);
  });

  it('accepts an empty collection', () => {
    expect(validateBundle({ resourceType: 'Bundle', type: 'collection' })).toEqual([]);
  });
});
