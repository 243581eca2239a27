import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { parseMessage, type ParseContext } from '../../../src/core/parse-message.ts';
import { signCades } from './sign-cades.ts';
import { encryptedPdf, formDocx, heicPhoto, mailWith, pagesDocument, rarArchive } from './unreadable-files.ts';

let ctx: ParseContext;

beforeAll(() => {
  ctx = {
    catalog: parseCatalog(readFileSync(new URL('../../../config/catalog.yaml', import.meta.url), 'utf8')),
    ownAddresses: ['cap4city@anci.it'],
    ownMessageIdDomain: 'cap4city.anci.it',
  };
});

const unreadableWarnings = (warnings: string[]) => warnings.filter((warning) => warning.startsWith('attachment-unreadable: '));

describe('parseMessage: a request whose form cannot be read is never silence', () => {
  it('is a request, for review, when the covering note announces the password-protected form', async () => {
    const raw = await mailWith('Trasmissione modulo Capacity Lab', 'Buongiorno,\nsi trasmette in allegato il modulo di richiesta.\n\nCordiali saluti', [
      { filename: 'modulo.pdf', content: encryptedPdf(), contentType: 'application/pdf' },
    ]);
    const parsed = await parseMessage(raw, ctx);
    expect(parsed).toMatchObject({ kind: 'request', reason: null, form: null });
    expect(unreadableWarnings(parsed.warnings)).toEqual(['attachment-unreadable: modulo.pdf: protetto da password']);
    expect(parsed.warnings).toContain('pdf-encrypted: modulo.pdf');
    expect(parsed.request.contact.email).toBe('m.bianchi@comune.matera.example.it');
    expect(parsed.missing).toEqual(expect.arrayContaining(['request.labs', 'request.needs']));
  });

  it('names each unreadable file: a Pages document and an iPhone photo under a subject that asks', async () => {
    const raw = await mailWith('Richiesta laboratorio', '', [
      { filename: 'Modulo.pages', content: await pagesDocument() },
      { filename: 'IMG_1234.HEIC', content: heicPhoto(), contentType: 'image/heic' },
    ]);
    const parsed = await parseMessage(raw, ctx);
    expect(parsed.kind).toBe('request');
    expect(unreadableWarnings(parsed.warnings)).toEqual([
      'attachment-unreadable: Modulo.pages: formato non supportato (.pages)',
      'attachment-unreadable: IMG_1234.HEIC: formato non supportato (.heic)',
    ]);
  });

  it('reads the signed content of a .p7m and names the envelope the Comune sent', async () => {
    const raw = await mailWith('Richiesta Capacity Lab', 'In allegato la richiesta firmata digitalmente.', [{ filename: 'modulo.pdf.p7m', content: signCades(encryptedPdf()) }]);
    const parsed = await parseMessage(raw, ctx);
    expect(parsed.kind).toBe('request');
    expect(unreadableWarnings(parsed.warnings)).toEqual(['attachment-unreadable: modulo.pdf.p7m: protetto da password']);
  });

  it('counts an attachment left out for its size as unreadable', async () => {
    const raw = await mailWith('Richiesta Capacity Lab', 'In allegato il modulo.', [{ filename: 'modulo.pdf', content: Buffer.alloc(40_000, 0x20), contentType: 'application/pdf' }]);
    const parsed = await parseMessage(raw, { ...ctx, limits: { read: { maxAttachmentBytes: 20_000 } } });
    expect(parsed.kind).toBe('request');
    expect(unreadableWarnings(parsed.warnings)).toEqual(['attachment-unreadable: modulo.pdf: troppo grande']);
  });

  it('lets a readable form win, and still names the unreadable file for the secretariat', async () => {
    const raw = await mailWith('Richiesta Capacity Lab', 'In allegato il modulo e gli allegati.', [
      { filename: 'modulo.docx', content: await formDocx() },
      { filename: 'allegati.rar', content: rarArchive() },
    ]);
    const parsed = await parseMessage(raw, ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.form).toMatchObject({ source: 'docx', filename: 'modulo.docx' });
    expect(parsed.request.comune.name).toBe('Matera');
    expect(unreadableWarnings(parsed.warnings)).toEqual(['attachment-unreadable: allegati.rar: formato non supportato (.rar)']);
  });

  it('lets a form written in the body win over a protected PDF', async () => {
    const body = [
      'Buongiorno, si chiede di partecipare a un Capacity Lab.',
      '',
      'Comune richiedente: Matera',
      'Referente: Maria Bianchi',
      'E-mail: m.bianchi@comune.matera.example.it',
      'Laboratorio richiesto: PO-4 PIAO e programmazione delle assunzioni',
      'Fabbisogni e obiettivi: aggiornare il PIAO.',
    ].join('\n');
    const parsed = await parseMessage(await mailWith('Richiesta Capacity Lab', body, [{ filename: 'modulo.pdf', content: encryptedPdf() }]), ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.form?.source).toBe('body');
    expect(parsed.request.labs.map((lab) => lab.code)).toEqual(['PO-4']);
    expect(unreadableWarnings(parsed.warnings)).toEqual(['attachment-unreadable: modulo.pdf: protetto da password']);
  });

  it('leaves a message without intent as it was: a newsletter with a .rar, a question with a protected PDF', async () => {
    const newsletter = await mailWith('Newsletter di marzo', 'Le notizie del mese dai Comuni della rete.', [{ filename: 'newsletter-marzo.rar', content: rarArchive() }]);
    expect((await parseMessage(newsletter, ctx)).kind).toBe('not-a-request');
    const question = await mailWith('Domanda', 'Buongiorno, il documento allegato va bene così oppure serve la firma digitale?', [{ filename: 'documento.pdf', content: encryptedPdf() }]);
    expect((await parseMessage(question, ctx)).kind).toBe('not-a-request');
  });
});
