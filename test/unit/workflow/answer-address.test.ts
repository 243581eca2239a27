import { describe, expect, it } from 'vitest';
import { chooseAnswerAddress, type AnswerAddressInput } from '../../../src/core/workflow/answer-address.ts';

const pec: AnswerAddressInput = {
  contactEmail: 'M.Rossi@comune.example.it',
  sender: 'protocollo@pec.comune.example.it',
  senderIsPec: true,
  entityOrdinaryAddress: 'info@comune.example.it',
};

describe('chooseAnswerAddress', () => {
  it('contact-first: the contact, then (for PEC) the ordinary address, then the sender', () => {
    expect(chooseAnswerAddress('contact-first', pec)).toBe('m.rossi@comune.example.it');
    expect(chooseAnswerAddress('contact-first', { ...pec, contactEmail: null })).toBe('info@comune.example.it');
    expect(chooseAnswerAddress('contact-first', { ...pec, contactEmail: null, entityOrdinaryAddress: null })).toBe('protocollo@pec.comune.example.it');
    expect(chooseAnswerAddress('contact-first', { ...pec, contactEmail: null, senderIsPec: false })).toBe('protocollo@pec.comune.example.it');
  });

  it('sender: the sender, else the contact', () => {
    expect(chooseAnswerAddress('sender', pec)).toBe('protocollo@pec.comune.example.it');
    expect(chooseAnswerAddress('sender', { ...pec, sender: null })).toBe('m.rossi@comune.example.it');
  });

  it('entity-ordinary-address: for PEC senders the ordinary address first', () => {
    expect(chooseAnswerAddress('entity-ordinary-address', pec)).toBe('info@comune.example.it');
    expect(chooseAnswerAddress('entity-ordinary-address', { ...pec, senderIsPec: false })).toBe('m.rossi@comune.example.it');
  });

  it('skips our own and malformed addresses; null when nothing is left', () => {
    expect(chooseAnswerAddress('contact-first', { ...pec, contactEmail: 'cap4city@anci.example' }, ['Cap4City@anci.example'])).toBe('info@comune.example.it');
    expect(chooseAnswerAddress('contact-first', { ...pec, contactEmail: 'mario rossi' })).toBe('info@comune.example.it');
    expect(chooseAnswerAddress('sender', { contactEmail: null, sender: null, senderIsPec: false, entityOrdinaryAddress: null })).toBeNull();
  });
});
