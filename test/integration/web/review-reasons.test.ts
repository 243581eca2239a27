import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewReasons } from '../../../src/adapters/http/review-reasons.ts';
import { addUser, get, labRequest, login, seedRequest, setUpWebKit, type Session, type WebKit } from './web-test-kit.ts';

describe('reviewReasons', () => {
  it('says in Italian why a request waits, the unreadable files first, and leaves the rest out', () => {
    expect(
      reviewReasons([
        'contact-email-from-sender: protocollo@comune.matera.it',
        'pdf-encrypted: modulo.pdf',
        'comune-ambiguous: Castro (LE), Castro (BG)',
        'attachment-unreadable: modulo.pdf: protetto da password',
        'attachment-unreadable: foto.heic: formato non supportato (.heic)',
        'low-confidence: comune (letterhead, 0.55)',
        'reply-limit-exceeded: x@comune.it 6 answers this hour (limit 5)',
      ]),
    ).toEqual([
      'Allegato illeggibile: modulo.pdf (protetto da password)',
      'Allegato illeggibile: foto.heic (formato non supportato (.heic))',
      'Comune ambiguo: Castro (LE), Castro (BG)',
      'Lettura incerta: Comune (dall’intestazione, affidabilità 55%)',
      'Limite di risposte automatiche raggiunto: nessuna risposta inviata',
    ]);
    expect(reviewReasons(['contact-email-from-sender: a@b.it'])).toEqual([]);
  });
});

describe('the dashboard shows why a request waits in review', () => {
  let kit: WebKit;
  let session: Session;
  let code: string;

  beforeAll(async () => {
    kit = await setUpWebKit('pglite');
    await addUser(kit.db, 'anna', 'operator');
    session = await login(kit.app, 'anna');
    code = (
      await seedRequest(kit.db, labRequest({ labs: [], needs: null }), {
        status: 'needs-review',
        needsReview: true,
        missing: ['request.labs', 'request.needs'],
        warnings: ['attachment-unreadable: <b>modulo</b>.pdf: protetto da password', 'scanned-document: scansione.pdf'],
      })
    ).code;
    await seedRequest(kit.db, labRequest(), { warnings: ['attachment-unreadable: allegati.rar: formato non supportato (.rar)'] });
  });
  afterAll(async () => {
    await kit?.dispose();
  });

  it('in the list, under the state, with how many more reasons the request page gives', async () => {
    const list = await get(kit.app, session, '/richieste');
    expect(list.body).toContain('Allegato illeggibile: &lt;b&gt;modulo&lt;/b&gt;.pdf (protetto da password) (+1)');
    // a request that does not wait in review shows no reason, whatever its warnings
    expect(list.body).not.toContain('allegati.rar');
  });

  it('on the request page, every reason', async () => {
    const detail = await get(kit.app, session, `/richieste/${code}`);
    expect(detail.body).toContain('<li>Allegato illeggibile: &lt;b&gt;modulo&lt;/b&gt;.pdf (protetto da password)</li>');
    expect(detail.body).toContain('<li>Modulo scansionato, in lettura con l’OCR: scansione.pdf</li>');
    expect(detail.body).not.toContain('<b>modulo</b>');
  });
});
