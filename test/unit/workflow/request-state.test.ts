import { describe, expect, it } from 'vitest';
import {
  CLOSED_STATES,
  OPEN_STATES,
  REQUEST_EVENTS,
  REQUEST_STATES,
  STATE_LABELS_IT,
  TRANSITIONS,
  allowedEvents,
  applyEvent,
  isActor,
  isOpen,
  transition,
  type RequestEvent,
  type RequestState,
} from '../../../src/core/workflow/request-state.ts';

function run(start: RequestState, events: RequestEvent[]): RequestState {
  let state = start;
  for (const event of events) {
    const result = transition(state, event);
    if (!result.ok) throw new Error(result.error);
    state = result.next;
  }
  return state;
}

describe('request lifecycle', () => {
  it('follows the happy path to completion', () => {
    expect(run('received', ['parsed-complete', 'offer-sent', 'offer-accepted', 'dates-set', 'completed'])).toBe('completed');
  });

  it('an incomplete request becomes ready when the Comune completes it, or expires', () => {
    expect(run('received', ['parsed-incomplete', 'info-completed'])).toBe('ready');
    expect(run('received', ['parsed-incomplete', 'expire'])).toBe('expired');
  });

  it('a declined or expired offer goes back to ready for the next expert; nobody left → review', () => {
    expect(run('ready', ['offer-sent', 'offer-declined'])).toBe('ready');
    expect(run('ready', ['offer-sent', 'offer-expired', 'offer-sent', 'no-expert'])).toBe('needs-review');
    expect(run('ready', ['no-expert', 'assign-manually'])).toBe('assigned');
  });

  it('the secretariat can approve, ask for information, reassign, close and reopen', () => {
    expect(run('received', ['flagged-for-review', 'request-info', 'info-completed'])).toBe('ready');
    expect(run('received', ['flagged-for-review', 'approve'])).toBe('ready');
    expect(run('assigned', ['dates-set', 'reassign'])).toBe('ready');
    expect(run('needs-review', ['mark-duplicate', 'reopen'])).toBe('needs-review');
  });

  it('every open state can be rejected, withdrawn or marked duplicate', () => {
    for (const state of OPEN_STATES) {
      expect(transition(state, 'reject')).toEqual({ ok: true, next: 'rejected' });
      expect(transition(state, 'withdraw')).toEqual({ ok: true, next: 'withdrawn' });
      expect(transition(state, 'mark-duplicate')).toEqual({ ok: true, next: 'duplicate' });
    }
  });

  it('refuses illegal transitions with a clear message', () => {
    const early = transition('received', 'offer-accepted');
    expect(early.ok).toBe(false);
    if (!early.ok) {
      expect(early.error).toContain('"offer-accepted" is not allowed');
      expect(early.error).toContain('"received"');
      expect(early.error).toContain('parsed-complete');
    }
    expect(transition('ready', 'expire').ok).toBe(false);
    expect(transition('offered', 'dates-set').ok).toBe(false);
    expect(transition('incomplete', 'offer-sent').ok).toBe(false);
  });

  it('closed states stay closed; completed cannot even be reopened', () => {
    for (const state of CLOSED_STATES) {
      expect(transition(state, 'withdraw').ok).toBe(false);
      expect(transition(state, 'offer-sent').ok).toBe(false);
    }
    const completed = transition('completed', 'reopen');
    expect(completed.ok).toBe(false);
    if (!completed.ok) expect(completed.error).toContain('closed');
    expect(transition('expired', 'reopen')).toEqual({ ok: true, next: 'needs-review' });
  });

  it('refuses unknown states and events coming from the database or a form', () => {
    expect(transition('archived' as RequestState, 'reject')).toEqual({ ok: false, error: 'unknown request state "archived"' });
    expect(transition('ready', 'approve-all' as RequestEvent)).toEqual({ ok: false, error: 'unknown event "approve-all"' });
  });

  it('the table only uses known states and events, and every state is reachable from received', () => {
    const reachable = new Set<RequestState>(['received']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const state of [...reachable]) {
        for (const next of Object.values(TRANSITIONS[state])) {
          if (!reachable.has(next)) {
            reachable.add(next);
            grew = true;
          }
        }
      }
    }
    expect([...reachable].sort()).toEqual([...REQUEST_STATES].sort());
    for (const state of REQUEST_STATES) {
      for (const event of Object.keys(TRANSITIONS[state])) expect(REQUEST_EVENTS).toContain(event);
    }
  });

  it('open states, Italian labels, allowed events and actors', () => {
    expect(isOpen('offered')).toBe(true);
    expect(isOpen('completed')).toBe(false);
    expect(isOpen('duplicate')).toBe(false);
    expect(STATE_LABELS_IT.offered).toBe("Proposta all'esperto");
    expect(Object.keys(STATE_LABELS_IT).sort()).toEqual([...REQUEST_STATES].sort());
    expect(allowedEvents('offered')).toEqual(
      expect.arrayContaining(['offer-accepted', 'offer-declined', 'offer-expired', 'no-expert']),
    );
    expect(allowedEvents('completed')).toEqual([]);
    expect(isActor('system')).toBe(true);
    expect(isActor('expert:anna-russo')).toBe(true);
    expect(isActor('user:m.rossi')).toBe(true);
    expect(isActor('expert:')).toBe(false);
    expect(isActor('robot')).toBe(false);
  });

  it('applyEvent gives the record to store and refuses a malformed actor', () => {
    expect(applyEvent('offered', 'offer-declined', 'expert:anna-russo', { via: 'reply' })).toEqual({
      ok: true,
      next: 'ready',
      record: { type: 'offer-declined', actor: 'expert:anna-russo', details: { via: 'reply', from: 'offered', to: 'ready' } },
    });
    expect(applyEvent('offered', 'offer-declined', 'anna')).toEqual({ ok: false, error: 'unknown actor "anna" (system, comune, expert:<id> or user:<name>)' });
    expect(applyEvent('received', 'completed', 'system').ok).toBe(false);
  });
});
