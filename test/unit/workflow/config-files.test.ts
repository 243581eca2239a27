import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { chooseExpert } from '../../../src/core/workflow/assign-expert.ts';
import { PROGRAMME_REGIONS, isEligibleRegion, parseEligibilityConfig } from '../../../src/core/workflow/eligibility-config.ts';
import { nextEventFor, parseEventsConfig } from '../../../src/core/workflow/events-config.ts';
import { parseExpertsConfig } from '../../../src/core/workflow/experts-config.ts';
import { parseWorkflowConfig } from '../../../src/core/workflow/workflow-config.ts';

const read = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../config', name), 'utf8');

describe('shipped config files', () => {
  const catalog = parseCatalog(read('catalog.yaml'));
  const labCodes = catalog.labs.map((lab) => lab.code);
  const { experts } = parseExpertsConfig(read('experts.yaml'), { knownLabCodes: labCodes });
  const eligibility = parseEligibilityConfig(read('eligibility.yaml'));

  it('the catalogue has the twelve labs the experts must cover', () => {
    expect(labCodes.sort()).toEqual(['PC-1', 'PC-2', 'PC-3', 'PC-4', 'PC-5', 'PC-6', 'PO-1', 'PO-2', 'PO-3', 'PO-4', 'PO-5', 'PO-6']);
  });

  it('eligibility lists the seven programme regions', () => {
    expect(eligibility.regions).toEqual([...PROGRAMME_REGIONS]);
  });

  it('every lab × programme region has at least two active experts without absences', () => {
    const dependable = experts.filter((e) => e.active && e.absences.length === 0);
    const now = new Date('2026-03-02T09:00:00Z');
    for (const lab of catalog.labs) {
      for (const region of eligibility.regions) {
        const first = chooseExpert({ labs: [{ code: lab.code }], area: lab.area, region }, dependable, {}, { excluded: [], now, roundRobinCursor: null });
        expect(first.candidates.length, `${lab.code} in ${region}`).toBeGreaterThanOrEqual(2);
        // Reassignment: once the first declines, someone else is offered the lab.
        const second = chooseExpert({ labs: [{ code: lab.code }], area: lab.area, region }, dependable, {}, { excluded: [first.expert!.id], now, roundRobinCursor: null });
        expect(second.expert?.id, `${lab.code} in ${region}`).not.toBe(first.expert!.id);
        expect(second.expert).not.toBeNull();
      }
    }
  });

  it('has one inactive expert, one with an absence, and only example.org addresses', () => {
    expect(experts.filter((e) => !e.active)).toHaveLength(1);
    expect(experts.filter((e) => e.absences.length > 0).length).toBeGreaterThanOrEqual(1);
    expect(experts.every((e) => e.email.endsWith('@example.org'))).toBe(true);
  });

  it('events: the nine regional meetings', () => {
    const { events } = parseEventsConfig(read('events.yaml'));
    expect(events.map((e) => `${e.city} ${e.date}`)).toEqual([
      'Campobasso 2026-01-20',
      'Bari 2026-01-22',
      'Lamezia Terme 2026-01-27',
      'Salerno 2026-01-29',
      'Cagliari 2026-02-05',
      'Palermo 2026-02-10',
      'Catania 2026-02-12',
      'Potenza 2026-02-24',
      'Napoli 2026-03-03',
    ]);
  });

  it('workflow timings parse', () => {
    const config = parseWorkflowConfig(read('workflow.yaml'));
    expect(config).toMatchObject({ offerTimeoutDays: 3, offerReminderDays: 2, infoReminderDays: 5, infoExpireDays: 15, testSecondsPerDay: null, answersTo: 'contact-first' });
  });
});

describe('parseExpertsConfig validation', () => {
  const valid = `experts:
  - id: anna-russo
    name: Anna Russo
    email: Anna.Russo@example.org
    labs: [pc-3]
    regions: [puglia, "valle d’aosta"]
`;

  it('normalises e-mail, lab codes and region names, and fills defaults', () => {
    const [expert] = parseExpertsConfig(valid).experts;
    expect(expert).toEqual({
      id: 'anna-russo',
      name: 'Anna Russo',
      email: 'anna.russo@example.org',
      labs: ['PC-3'],
      areas: [],
      regions: ['Puglia', "Valle d'Aosta"],
      national: false,
      capacity: 3,
      active: true,
      absences: [],
    });
  });

  const bad: Array<[string, string, string]> = [
    ['a bad e-mail', valid.replace('Anna.Russo@example.org', 'anna.russo'), 'config/experts.yaml: experts.0.email: must be an e-mail address'],
    ['a bad slug', valid.replace('id: anna-russo', 'id: Anna Russo'), 'config/experts.yaml: experts.0.id: must be a slug'],
    ['an unknown region', valid.replace('puglia', 'Pugila'), 'config/experts.yaml: experts.0.regions.0: "Pugila" is not an Italian region'],
    ['a bad lab code', valid.replace('pc-3', 'lab 3'), 'config/experts.yaml: experts.0.labs.0: must be a lab code'],
    ['no labs nor areas', valid.replace('    labs: [pc-3]\n', ''), 'config/experts.yaml: experts.0.labs: an expert needs "labs" or "areas"'],
    ['no regions nor national', valid.replace(/ {4}regions:.*\n/, ''), 'config/experts.yaml: experts.0.regions: an expert needs "regions" or "national: true"'],
    ['a zero capacity', `${valid}    capacity: 0\n`, 'config/experts.yaml: experts.0.capacity:'],
    ['an impossible date', `${valid}    absences: [{ from: '2026-02-30', to: '2026-03-02' }]\n`, 'config/experts.yaml: experts.0.absences.0.from: must be a date written YYYY-MM-DD'],
    ['a reversed absence', `${valid}    absences: [{ from: '2026-03-02', to: '2026-03-01' }]\n`, 'config/experts.yaml: experts.0.absences.0.to: must not be before "from"'],
    ['an unknown key', `${valid}    phone: 123\n`, 'config/experts.yaml: experts.0:'],
    ['a duplicate id', `${valid}${valid.replace('experts:\n', '')}`, 'config/experts.yaml: experts.1.id: duplicate id "anna-russo"'],
    ['invalid YAML', 'experts: [', 'config/experts.yaml: not valid YAML'],
    ['no experts', 'experts: []', 'config/experts.yaml: experts: list at least one expert'],
  ];
  it.each(bad)('names the bad field for %s', (_label, text, message) => {
    expect(() => parseExpertsConfig(text)).toThrow(message);
  });

  it('refuses lab codes that are not in the catalogue when the catalogue is given', () => {
    expect(() => parseExpertsConfig(valid, { knownLabCodes: ['PO-1'] })).toThrow('config/experts.yaml: experts.0.labs.0: "PC-3" is not in the catalogue');
    expect(() => parseExpertsConfig(valid, { knownLabCodes: ['PO-1'] })).toThrow(expect.objectContaining({ code: 'config-invalid', name: 'IntakeError' }));
  });
});

describe('eligibility', () => {
  it('serves the programme regions, whatever the case or accents', () => {
    const config = parseEligibilityConfig('regions: [Puglia, Sicilia]');
    expect(isEligibleRegion('Puglia', config)).toBe(true);
    expect(isEligibleRegion('SICILIA', config)).toBe(true);
    expect(isEligibleRegion('Lazio', config)).toBe(false);
    expect(isEligibleRegion(null, config)).toBe(false);
    expect(isEligibleRegion('Calabria')).toBe(true);
    expect(isEligibleRegion('Lombardia')).toBe(false);
  });

  it('refuses unknown regions and empty lists', () => {
    expect(() => parseEligibilityConfig('regions: [Padania]')).toThrow('config/eligibility.yaml: regions.0: "Padania" is not an Italian region');
    expect(() => parseEligibilityConfig('regions: []')).toThrow('config/eligibility.yaml: regions: list at least one region');
  });
});

describe('nextEventFor', () => {
  const config = parseEventsConfig(read('events.yaml'));

  it('gives the next meeting in the region, today included (Rome calendar)', () => {
    expect(nextEventFor('Sicilia', new Date('2026-01-05T10:00:00Z'), config)?.city).toBe('Palermo');
    expect(nextEventFor('Sicilia', new Date('2026-02-11T10:00:00Z'), config)?.city).toBe('Catania');
    // 11 Feb 23:30 UTC is already 12 Feb in Rome: Catania is today.
    expect(nextEventFor('Sicilia', new Date('2026-02-11T23:30:00Z'), config)?.city).toBe('Catania');
    expect(nextEventFor('Campania', new Date('2026-01-30T08:00:00Z'), config)?.city).toBe('Napoli');
  });

  it('is null after the last meeting, for other regions and for an unknown region', () => {
    expect(nextEventFor('Sicilia', new Date('2026-02-13T10:00:00Z'), config)).toBeNull();
    expect(nextEventFor('Lazio', new Date('2026-01-01T10:00:00Z'), config)).toBeNull();
    expect(nextEventFor(null, new Date('2026-01-01T10:00:00Z'), config)).toBeNull();
  });

  it('names a bad date', () => {
    expect(() => parseEventsConfig("events:\n  - { city: Bari, region: Puglia, date: '22/01/2026' }")).toThrow(
      'config/events.yaml: events.0.date: must be a date written YYYY-MM-DD',
    );
  });
});

describe('parseWorkflowConfig validation', () => {
  it('fills defaults', () => {
    expect(parseWorkflowConfig('')).toEqual({
      offerTimeoutDays: 3,
      offerReminderDays: 2,
      infoReminderDays: 5,
      infoExpireDays: 15,
      escalationDays: 5,
      feedbackAfterDays: 10,
      testSecondsPerDay: null,
      answersTo: 'contact-first',
    });
  });

  it('accepts shrunk test durations', () => {
    expect(parseWorkflowConfig('testSecondsPerDay: 0.5').testSecondsPerDay).toBe(0.5);
  });

  it.each([
    ['offerTimeoutDays: 2.5', 'config/workflow.yaml: offerTimeoutDays: must be a whole number of working days'],
    ['offerTimeoutDays: 2\nofferReminderDays: 2', 'config/workflow.yaml: offerReminderDays: must be less than offerTimeoutDays'],
    ['infoExpireDays: 4', 'config/workflow.yaml: infoReminderDays: must be less than infoExpireDays'],
    ['answersTo: pec', 'config/workflow.yaml: answersTo:'],
    ['offerTimeout: 3', 'config/workflow.yaml: (root):'],
    ['testSecondsPerDay: -1', 'config/workflow.yaml: testSecondsPerDay:'],
  ])('names the bad field: %s', (text, message) => {
    expect(() => parseWorkflowConfig(text)).toThrow(message);
  });
});
