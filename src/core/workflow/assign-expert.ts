import type { AreaCode } from '../types.ts';
import type { Expert } from './experts-config.ts';
import { sameRegion } from './italian-regions.ts';
import { DEFAULT_TIME_ZONE } from './working-days.ts';
import { localIsoDate } from './zoned-time.ts';

export interface AssignableRequest {
  labs: { code: string }[];
  area: AreaCode | null;
  region: string | null;
}

export interface AssignmentContext {
  /** Experts who already declined or let the offer expire for this request. */
  excluded: string[];
  now: Date;
  /** The id chosen last time (across requests): ties go to the next id after it. */
  roundRobinCursor: string | null;
  timeZone?: string;
}

export interface ExpertChoice {
  expert: Expert | null;
  /** The lab the choice was made for (the second lab when nobody covers the first). */
  labCode: string | null;
  /** For the log, in English. */
  reason: string;
  /** For the secretariat, in Italian. */
  reasonIt: string;
  /** Eligible expert ids for `labCode`, best first. */
  candidates: string[];
}

/**
 * Picks the expert to offer a request to. Eligible: active, not absent today, covers the lab (by
 * code, or by its area), covers the region (or national), not excluded, below capacity. Among them
 * the lowest load/capacity wins; ties go round robin in id order after `roundRobinCursor`. If nobody
 * is eligible for the first lab, the second lab is tried. A request whose region is unknown can only
 * go to national experts.
 */
export function chooseExpert(request: AssignableRequest, experts: Expert[], loads: Record<string, number>, ctx: AssignmentContext): ExpertChoice {
  const labCodes = request.labs.map((lab) => lab.code).slice(0, 2);
  if (labCodes.length === 0) {
    return { expert: null, labCode: null, reason: 'the request names no lab', reasonIt: 'La richiesta non indica alcun laboratorio.', candidates: [] };
  }
  const today = localIsoDate(ctx.now, ctx.timeZone ?? DEFAULT_TIME_ZONE);
  const excluded = new Set(ctx.excluded);
  const rejections: string[] = [];
  for (const labCode of labCodes) {
    const area = labArea(labCode) ?? request.area;
    const covering = experts.filter((e) => coversLab(e, labCode, area) && coversRegion(e, request.region));
    const eligible = covering.filter((e) => e.active && !isAbsent(e, today) && !excluded.has(e.id) && loadOf(e, loads) < e.capacity);
    if (eligible.length === 0) {
      rejections.push(describeNoneEligible(labCode, request.region, covering, excluded, today, loads));
      continue;
    }
    const ranked = rankCandidates(eligible, loads, ctx.roundRobinCursor);
    const expert = ranked[0]!;
    const tied = ranked.filter((e) => compareLoad(e, expert, loads) === 0).length;
    const fallback = labCode === labCodes[0] ? '' : ` (nobody eligible for ${labCodes[0]})`;
    return {
      expert,
      labCode,
      reason:
        `${expert.id} for ${labCode}${fallback} in ${request.region ?? 'unknown region'}: load ${loadOf(expert, loads)}/${expert.capacity}` +
        (tied > 1 ? `, round robin among ${tied} equally loaded` : ', least loaded') +
        ` of ${ranked.length} eligible`,
      reasonIt:
        `Proposta a ${expert.name} per il laboratorio ${labCode}${labCode === labCodes[0] ? '' : ` (nessun esperto disponibile per ${labCodes[0]})`}: ` +
        `${loadOf(expert, loads)} incarichi aperti su ${expert.capacity}, ${ranked.length} esperti idonei.`,
      candidates: ranked.map((e) => e.id),
    };
  }
  return {
    expert: null,
    labCode: null,
    reason: `no eligible expert: ${rejections.join('; ')}`,
    reasonIt: `Nessun esperto disponibile per ${labCodes.join(' o ')} in ${request.region ?? 'regione non nota'}: serve un'assegnazione manuale.`,
    candidates: [],
  };
}

/** Lowest load/capacity first; among equals, the first id after the cursor, cycling in id order. */
function rankCandidates(eligible: Expert[], loads: Record<string, number>, cursor: string | null): Expert[] {
  const byId = [...eligible].sort((a, b) => compareIds(a.id, b.id));
  const rotation = (id: string) => (cursor !== null && compareIds(id, cursor) > 0 ? 0 : 1);
  return byId.sort((a, b) => compareLoad(a, b, loads) || rotation(a.id) - rotation(b.id) || compareIds(a.id, b.id));
}

/** load/capacity compared by cross-multiplying, so 1/3 and 2/6 are exactly equal. */
function compareLoad(a: Expert, b: Expert, loads: Record<string, number>): number {
  return Math.sign(loadOf(a, loads) * b.capacity - loadOf(b, loads) * a.capacity);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function loadOf(expert: Expert, loads: Record<string, number>): number {
  return loads[expert.id] ?? 0;
}

function labArea(code: string): AreaCode | null {
  const prefix = code.split('-')[0];
  return prefix === 'PO' || prefix === 'PC' ? prefix : null;
}

function coversLab(expert: Expert, labCode: string, area: AreaCode | null): boolean {
  return expert.labs.includes(labCode) || (area !== null && expert.areas.includes(area));
}

function coversRegion(expert: Expert, region: string | null): boolean {
  if (expert.national) return true;
  return region !== null && expert.regions.some((r) => sameRegion(r, region));
}

function isAbsent(expert: Expert, today: string): boolean {
  return expert.absences.some((a) => a.from <= today && today <= a.to);
}

function describeNoneEligible(labCode: string, region: string | null, covering: Expert[], excluded: Set<string>, today: string, loads: Record<string, number>): string {
  if (covering.length === 0) return `nobody covers ${labCode} in ${region ?? 'an unknown region'}`;
  const why = covering.map((e) => {
    if (!e.active) return `${e.id} inactive`;
    if (isAbsent(e, today)) return `${e.id} absent`;
    if (excluded.has(e.id)) return `${e.id} already declined`;
    return `${e.id} full (${loadOf(e, loads)}/${e.capacity})`;
  });
  return `${labCode}: ${why.join(', ')}`;
}
