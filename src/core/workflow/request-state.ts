/**
 * The request lifecycle as an explicit state machine.
 *
 *   received ──parsed-complete──► ready ──offer-sent──► offered ──offer-accepted──► assigned ──dates-set──► scheduled
 *      │                           ▲  │                    │                          │                       │
 *      ├─parsed-incomplete─► incomplete ─info-completed─┘  ├─offer-declined/expired─► ready (next expert)   completed
 *      └─flagged-for-review─► needs-review ◄─no-expert─────┘ (and from ready: nobody eligible)
 *
 * - needs-review is the secretariat's desk: it `approve`s (→ ready), `request-info` (→ incomplete),
 *   `assign-manually` (→ assigned), or closes the request.
 * - assigned/scheduled can be `reassign`ed (→ ready: the assign worker offers it to the next expert).
 * - `reject`, `withdraw` and `mark-duplicate` close any open request; `expire` closes an incomplete one
 *   whose missing information never came; `reopen` brings a closed one (not a completed one) back to review.
 * Who acted (system, comune, expert:<id>, user:<name>) is recorded by the caller with the event.
 */

export const REQUEST_STATES = [
  'received',
  'incomplete',
  'needs-review',
  'ready',
  'offered',
  'assigned',
  'scheduled',
  'completed',
  'rejected',
  'withdrawn',
  'duplicate',
  'expired',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_EVENTS = [
  'parsed-complete',
  'parsed-incomplete',
  'flagged-for-review',
  'info-completed',
  'approve',
  'request-info',
  'offer-sent',
  'offer-accepted',
  'offer-declined',
  'offer-expired',
  'no-expert',
  'assign-manually',
  'reassign',
  'dates-set',
  'completed',
  'reject',
  'withdraw',
  'mark-duplicate',
  'expire',
  'reopen',
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

/** Who caused a transition, as stored in `request_events.actor`. */
export type Actor = 'system' | 'comune' | `expert:${string}` | `user:${string}`;

export const OPEN_STATES = ['received', 'incomplete', 'needs-review', 'ready', 'offered', 'assigned', 'scheduled'] as const satisfies readonly RequestState[];
export type OpenState = (typeof OPEN_STATES)[number];

export const CLOSED_STATES = ['completed', 'rejected', 'withdrawn', 'duplicate', 'expired'] as const satisfies readonly RequestState[];

/** Events the secretariat may apply to every open request. */
const CLOSING_EVENTS = { reject: 'rejected', withdraw: 'withdrawn', 'mark-duplicate': 'duplicate' } as const;

type TransitionTable = Record<RequestState, Partial<Record<RequestEvent, RequestState>>>;

export const TRANSITIONS: TransitionTable = {
  received: {
    'parsed-complete': 'ready',
    'parsed-incomplete': 'incomplete',
    'flagged-for-review': 'needs-review',
    ...CLOSING_EVENTS,
  },
  incomplete: {
    'info-completed': 'ready',
    'flagged-for-review': 'needs-review',
    'assign-manually': 'assigned',
    expire: 'expired',
    ...CLOSING_EVENTS,
  },
  'needs-review': {
    approve: 'ready',
    'info-completed': 'ready',
    'request-info': 'incomplete',
    'assign-manually': 'assigned',
    ...CLOSING_EVENTS,
  },
  ready: {
    'offer-sent': 'offered',
    'no-expert': 'needs-review',
    'flagged-for-review': 'needs-review',
    'assign-manually': 'assigned',
    ...CLOSING_EVENTS,
  },
  offered: {
    'offer-accepted': 'assigned',
    'offer-declined': 'ready',
    'offer-expired': 'ready',
    'no-expert': 'needs-review',
    'flagged-for-review': 'needs-review',
    'assign-manually': 'assigned',
    ...CLOSING_EVENTS,
  },
  assigned: {
    'dates-set': 'scheduled',
    completed: 'completed',
    reassign: 'ready',
    'assign-manually': 'assigned',
    'flagged-for-review': 'needs-review',
    ...CLOSING_EVENTS,
  },
  scheduled: {
    'dates-set': 'scheduled',
    completed: 'completed',
    reassign: 'ready',
    'assign-manually': 'assigned',
    ...CLOSING_EVENTS,
  },
  completed: {},
  rejected: { reopen: 'needs-review' },
  withdrawn: { reopen: 'needs-review' },
  duplicate: { reopen: 'needs-review' },
  expired: { reopen: 'needs-review' },
};

export type TransitionResult = { ok: true; next: RequestState } | { ok: false; error: string };

/** The state after `event`, or a clear refusal when the event is not allowed in `current`. */
export function transition(current: RequestState, event: RequestEvent): TransitionResult {
  if (!isRequestState(current)) return { ok: false, error: `unknown request state "${String(current)}"` };
  if (!(REQUEST_EVENTS as readonly string[]).includes(event)) return { ok: false, error: `unknown event "${String(event)}"` };
  const next = TRANSITIONS[current][event];
  if (next) return { ok: true, next };
  const allowed = allowedEvents(current);
  return {
    ok: false,
    error: `event "${event}" is not allowed for a request in state "${current}" (${STATE_LABELS_IT[current]}); allowed: ${allowed.length ? allowed.join(', ') : 'none, the request is closed'}`,
  };
}

/** A `request_events` row to write with the new status: type, actor, details (from/to added). */
export interface TransitionRecord {
  type: RequestEvent;
  actor: Actor;
  details: { from: RequestState; to: RequestState } & Record<string, unknown>;
}

/** `transition` plus the event record to store, refusing a malformed actor too. */
export function applyEvent(
  current: RequestState,
  event: RequestEvent,
  actor: string,
  details: Record<string, unknown> = {},
): { ok: true; next: RequestState; record: TransitionRecord } | { ok: false; error: string } {
  if (!isActor(actor)) return { ok: false, error: `unknown actor "${actor}" (system, comune, expert:<id> or user:<name>)` };
  const result = transition(current, event);
  if (!result.ok) return result;
  return { ok: true, next: result.next, record: { type: event, actor, details: { ...details, from: current, to: result.next } } };
}

export function allowedEvents(state: RequestState): RequestEvent[] {
  return REQUEST_EVENTS.filter((event) => TRANSITIONS[state][event] !== undefined);
}

export function isRequestState(value: unknown): value is RequestState {
  return typeof value === 'string' && (REQUEST_STATES as readonly string[]).includes(value);
}

export function isOpen(state: RequestState): boolean {
  return (OPEN_STATES as readonly string[]).includes(state);
}

/** Whether `value` has the shape of an actor: system, comune, expert:<id>, user:<name>. */
export function isActor(value: string): value is Actor {
  return value === 'system' || value === 'comune' || /^(expert|user):\S.*$/.test(value);
}

export const STATE_LABELS_IT: Record<RequestState, string> = {
  received: 'Ricevuta',
  incomplete: 'Incompleta',
  'needs-review': 'Da verificare',
  ready: 'Pronta',
  offered: "Proposta all'esperto",
  assigned: 'Assegnata',
  scheduled: 'Programmata',
  completed: 'Completata',
  rejected: 'Respinta',
  withdrawn: 'Ritirata',
  duplicate: 'Duplicata',
  expired: 'Scaduta',
};
