import { describe, expect, it } from 'vitest';
import { planIntake, withholdReply } from '../../../src/core/plan-intake.ts';
import { emptyLabRequest } from '../../../src/core/parse-message.ts';
import type { ParsedMessage } from '../../../src/core/types.ts';

const ctx = { ownAddresses: ['cap4city@anci.example.it'] };
const ALL_MISSING = ['request.comune', 'request.contact.name', 'request.labs', 'request.needs'];

/** A request as the parser gives it when its only form could not be read (nothing but the sender is known). */
function unreadableRequest(warnings: string[], patch: Partial<ParsedMessage> = {}): ParsedMessage {
  const request = emptyLabRequest();
  request.contact.email = 'protocollo@comune.matera.example.it';
  return {
    schema: 1,
    kind: 'request',
    reason: null,
    message: { messageId: '<a@comune.matera.example.it>', from: 'protocollo@comune.matera.example.it', subject: 'Richiesta Capacity Lab', date: null },
    pec: null,
    form: null,
    request,
    sources: {},
    missing: ALL_MISSING,
    warnings,
    ...patch,
  };
}

describe('planIntake: an attachment that could not be read', () => {
  it('opens the request in review and answers at once with one receipt that names the file, not "informazioni mancanti"', () => {
    const plan = planIntake(unreadableRequest(['pdf-encrypted: modulo.pdf', 'attachment-unreadable: modulo.pdf: protetto da password', 'contact-email-from-sender: protocollo@comune.matera.example.it']), ctx);
    expect(plan).toEqual({
      status: 'needs-review',
      createRequest: true,
      reply: 'attachment-unreadable',
      replyTo: 'protocollo@comune.matera.example.it',
      needsReview: true,
      note: 'attachment unreadable: modulo.pdf (protetto da password)',
    });
  });

  it.each([
    ['file vuoto', 'modulo.pdf'],
    ['formato non supportato (.pages)', 'Modulo.pages'],
    ['formato non supportato (.heic)', 'IMG_0042.HEIC'],
    ['formato non supportato (.rar)', 'modulo.rar'],
    ['formato non supportato (.7z)', 'modulo.7z'],
    ['file danneggiato', 'modulo.docx'],
    ['troppo grande', 'modulo.docx'],
  ])('does the same for "%s"', (reason, filename) => {
    const plan = planIntake(unreadableRequest([`attachment-unreadable: ${filename}: ${reason}`]), ctx);
    expect(plan).toMatchObject({ status: 'needs-review', reply: 'attachment-unreadable', needsReview: true, note: `attachment unreadable: ${filename} (${reason})` });
  });

  it('still names the unreadable file, and waits for review, when another form was read completely', () => {
    const complete = unreadableRequest(['attachment-unreadable: allegati.rar: formato non supportato (.rar)'], {
      form: { source: 'docx', filename: 'modulo.docx', signature: null },
      missing: [],
    });
    expect(planIntake(complete, ctx)).toMatchObject({ status: 'needs-review', reply: 'attachment-unreadable', needsReview: true });
  });

  it('answers a scan together with an unreadable file with the one receipt for the unreadable file', () => {
    const plan = planIntake(unreadableRequest(['scanned-document: scansione.pdf', 'attachment-unreadable: IMG_0042.HEIC: formato non supportato (.heic)']), ctx);
    expect(plan.reply).toBe('attachment-unreadable');
  });

  it('answers nobody when there is no address, or when the answer is withheld, and still waits for review', () => {
    const noAddress = unreadableRequest(['attachment-unreadable: modulo.pdf: protetto da password'], {
      message: { messageId: null, from: 'noreply@comune.matera.example.it', subject: null, date: null },
      request: emptyLabRequest(),
    });
    expect(planIntake(noAddress, ctx)).toMatchObject({ createRequest: true, reply: null, needsReview: true, status: 'needs-review' });
    const withheld = withholdReply(planIntake(unreadableRequest(['attachment-unreadable: modulo.pdf: protetto da password']), ctx), ['sender-not-authenticated: dmarc=fail']);
    expect(withheld).toMatchObject({ reply: null, needsReview: true, status: 'needs-review' });
  });
});

describe('planIntake: a reading the parser is unsure of', () => {
  it('sends a request with a low-confidence warning to review, still answered as usual', () => {
    const parsed = unreadableRequest(['low-confidence: comune (letterhead, 0.55)'], {
      form: { source: 'pdf-text', filename: 'modulo.pdf', signature: null },
      missing: [],
    });
    expect(planIntake(parsed, ctx)).toMatchObject({ status: 'needs-review', needsReview: true, reply: 'acknowledgement' });
  });
});
