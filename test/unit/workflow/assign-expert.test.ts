import { describe, expect, it } from 'vitest';
import { chooseExpert, type AssignableRequest, type AssignmentContext } from '../../../src/core/workflow/assign-expert.ts';
import type { Expert } from '../../../src/core/workflow/experts-config.ts';

function expert(id: string, overrides: Partial<Expert> = {}): Expert {
  return {
    id,
    name: id.replace(/-/g, ' '),
    email: `${id}@example.org`,
    labs: ['PC-3'],
    areas: [],
    regions: ['Puglia'],
    national: false,
    capacity: 2,
    active: true,
    absences: [],
    ...overrides,
  };
}

const request: AssignableRequest = { labs: [{ code: 'PC-3' }], area: 'PC', region: 'Puglia' };
const ctx = (overrides: Partial<AssignmentContext> = {}): AssignmentContext => ({
  excluded: [],
  now: new Date('2026-03-02T09:00:00Z'),
  roundRobinCursor: null,
  ...overrides,
});

describe('chooseExpert', () => {
  it('picks the least loaded relative to capacity', () => {
    const experts = [expert('anna', { capacity: 4 }), expert('bruno', { capacity: 2 })];
    // anna 2/4 = 0.5, bruno 0/2 = 0
    expect(chooseExpert(request, experts, { anna: 2 }, ctx()).expert?.id).toBe('bruno');
    // anna 1/4 = 0.25 < bruno 1/2 = 0.5
    const choice = chooseExpert(request, experts, { anna: 1, bruno: 1 }, ctx());
    expect(choice.expert?.id).toBe('anna');
    expect(choice.candidates).toEqual(['anna', 'bruno']);
    expect(choice.labCode).toBe('PC-3');
    expect(choice.reason).toContain('anna for PC-3');
    expect(choice.reasonIt).toContain('Proposta a anna');
  });

  it('on ties goes round robin in id order after the cursor, deterministically', () => {
    const experts = [expert('carla'), expert('anna'), expert('bruno')];
    const pick = (cursor: string | null) => chooseExpert(request, experts, {}, ctx({ roundRobinCursor: cursor })).expert?.id;
    expect(pick(null)).toBe('anna');
    expect(pick('anna')).toBe('bruno');
    expect(pick('bruno')).toBe('carla');
    expect(pick('carla')).toBe('anna'); // wraps around
    expect(pick('beppe')).toBe('bruno'); // a cursor that is no longer an expert still orders
    expect(chooseExpert(request, experts, {}, ctx({ roundRobinCursor: 'anna' })).candidates).toEqual(['bruno', 'carla', 'anna']);
    expect(pick('anna')).toBe(pick('anna'));
  });

  it('treats equal ratios as ties (1/3 = 2/6)', () => {
    const experts = [expert('anna', { capacity: 3 }), expert('bruno', { capacity: 6 })];
    const choice = chooseExpert(request, experts, { anna: 1, bruno: 2 }, ctx({ roundRobinCursor: 'anna' }));
    expect(choice.expert?.id).toBe('bruno');
    expect(choice.reason).toContain('round robin among 2');
  });

  it('skips experts at capacity, inactive, absent today or already excluded', () => {
    const experts = [
      expert('anna'),
      expert('bruno', { active: false }),
      expert('carla', { absences: [{ from: '2026-03-01', to: '2026-03-02' }] }),
      expert('dario'),
      expert('elena', { absences: [{ from: '2026-02-01', to: '2026-03-01' }] }),
    ];
    const choice = chooseExpert(request, experts, { anna: 2 }, ctx({ excluded: ['dario'] }));
    expect(choice.expert?.id).toBe('elena');
    expect(choice.candidates).toEqual(['elena']);
  });

  it('reads absences on the Rome calendar', () => {
    const experts = [expert('anna', { absences: [{ from: '2026-03-03', to: '2026-03-10' }] })];
    // 2 March 23:30 UTC is 3 March in Rome.
    expect(chooseExpert(request, experts, {}, ctx({ now: new Date('2026-03-02T23:30:00Z') })).expert).toBeNull();
    expect(chooseExpert(request, experts, {}, ctx({ now: new Date('2026-03-02T22:30:00Z') })).expert?.id).toBe('anna');
  });

  it('a declined expert is not offered the request again', () => {
    const experts = [expert('anna'), expert('bruno')];
    const first = chooseExpert(request, experts, {}, ctx());
    const second = chooseExpert(request, experts, {}, ctx({ excluded: [first.expert!.id] }));
    expect(second.expert?.id).toBe('bruno');
    const none = chooseExpert(request, experts, {}, ctx({ excluded: ['anna', 'bruno'] }));
    expect(none.expert).toBeNull();
    expect(none.reason).toContain('anna already declined');
    expect(none.reasonIt).toContain('assegnazione manuale');
  });

  it('matches the lab by code or by area, and the region or national experts', () => {
    const experts = [
      expert('area-pc', { labs: [], areas: ['PC'] }),
      expert('area-po', { labs: [], areas: ['PO'] }),
      expert('sicilia', { regions: ['Sicilia'] }),
      expert('nazionale', { regions: [], national: true, labs: ['PC-1'] }),
      expert('nazionale-pc3', { regions: [], national: true }),
    ];
    expect(chooseExpert(request, experts, {}, ctx()).candidates).toEqual(['area-pc', 'nazionale-pc3']);
    expect(chooseExpert({ ...request, region: 'Sicilia' }, experts, {}, ctx()).candidates).toEqual(['nazionale-pc3', 'sicilia']);
    // Unknown region: only national experts.
    expect(chooseExpert({ ...request, region: null }, experts, {}, ctx()).candidates).toEqual(['nazionale-pc3']);
    expect(chooseExpert({ ...request, region: 'puglia' }, experts, {}, ctx()).candidates).toEqual(['area-pc', 'nazionale-pc3']);
  });

  it('tries the second lab when nobody is eligible for the first', () => {
    const experts = [expert('anna', { labs: ['PO-4'] })];
    const choice = chooseExpert({ labs: [{ code: 'PC-3' }, { code: 'PO-4' }], area: null, region: 'Puglia' }, experts, {}, ctx());
    expect(choice.expert?.id).toBe('anna');
    expect(choice.labCode).toBe('PO-4');
    expect(choice.reason).toContain('nobody eligible for PC-3');
  });

  it('returns no expert with a reason when nobody fits', () => {
    const none = chooseExpert(request, [expert('anna', { regions: ['Molise'] })], {}, ctx());
    expect(none).toMatchObject({ expert: null, labCode: null, candidates: [] });
    expect(none.reason).toBe('no eligible expert: nobody covers PC-3 in Puglia');
    const full = chooseExpert(request, [expert('anna')], { anna: 2 }, ctx());
    expect(full.reason).toContain('anna full (2/2)');
    const noLab = chooseExpert({ labs: [], area: 'PC', region: 'Puglia' }, [expert('anna')], {}, ctx());
    expect(noLab.expert).toBeNull();
    expect(noLab.reason).toBe('the request names no lab');
  });
});
