import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFields, DOCUMENT_PROSE_WARNING } from '../../../src/core/extract-form/document-fields.ts';
import { extractFromBody, readBody } from '../../../src/core/extract-form/extract-body.ts';
import { extractDocx } from '../../../src/core/extract-form/extract-docx.ts';
import { DEFAULT_EXTRACT_LIMITS } from '../../../src/core/extract-form/extract-limits.ts';
import { extractFromProse } from '../../../src/core/extract-form/extract-prose.ts';
import { fieldsFromBlocks } from '../../../src/core/extract-form/fields-from-blocks.ts';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { matchLab } from '../../../src/core/normalize/match-lab.ts';
import { buildDocx } from './fixtures/build-office.ts';

const catalog = parseCatalog(readFileSync(new URL('../../../config/catalog.yaml', import.meta.url), 'utf8'));
const rows = (...cells: string[][]) => cells.map((row) => ({ cells: row }));
const labCodes = (text: string | boolean | undefined) => matchLab(typeof text === 'string' ? text : null, catalog).labs.map((lab) => lab.code);

const OUTLOOK_FORWARD = [
  'Per competenza.',
  '',
  'Segreteria generale',
  '',
  '-----Messaggio originale-----',
  'Da: Ottavio Serra <o.serra@comune.example.it>',
  'Inviato: lunedì 9 marzo 2026 17:02',
  'A: Segreteria <segreteria@comune.example.it>',
  'Oggetto: laboratorio',
  '',
  'Comune: Lucera',
  'Referente: Ottavio Serra',
  'Laboratorio: Reclutamento',
  'Fabbisogni: Accorciare i tempi dei concorsi per agenti di polizia locale.',
].join('\n');

describe('forwarded mail headed "Messaggio originale"', () => {
  it('reads the quoted request when the subject says it is a forward', () => {
    const reading = readBody(OUTLOOK_FORWARD, null, { subject: 'I: laboratorio' });
    expect(reading.form?.fields).toMatchObject({ comune: 'Lucera', referente_nome: 'Ottavio Serra', laboratorio: 'Reclutamento' });
    expect(reading.forwardedFrom).toBe('o.serra@comune.example.it');
    expect(reading.labelledFields).toContain('comune');
  });

  it('reads it too when the cover note says it forwards, whatever the subject', () => {
    const body = OUTLOOK_FORWARD.replace('Per competenza.', 'Ti inoltro la mail del collega.');
    expect(readBody(body, null, { subject: 'laboratorio' }).form?.fields).toMatchObject({ comune: 'Lucera', laboratorio: 'Reclutamento' });
  });

  it('still drops the quoted message of a reply', () => {
    const reply = OUTLOOK_FORWARD.replace('Per competenza.', 'Confermo la disponibilità per il 12 marzo, grazie.');
    const reading = readBody(reply, null, { subject: 'R: laboratorio' });
    expect(reading.form?.fields.comune).toBeUndefined();
    expect(reading.form?.fields.laboratorio).toBeUndefined();
  });
});

describe('letters: request intent, the lab described in a sentence, the contact named in a sentence', () => {
  it('takes the named contact person rather than the signer, and the sentence that describes the lab', () => {
    const fields = extractFromProse(
      [
        "La sottoscritta Rita Marino, Sindaca del Comune di Lucera, manifesta l'interesse dell'Ente per il laboratorio sulle relazioni sindacali.",
        "Per ogni comunicazione la persona di riferimento è l'avv. Bruno Leone (b.leone@comune.example.it).",
      ].join('\n'),
    );
    expect(fields.referente_nome).toBe('Bruno Leone');
    expect(fields.comune).toBe('Lucera');
    expect(fields.referente_email).toBe('b.leone@comune.example.it');
    expect(labCodes(fields.laboratorio)).toEqual(['PO-5']);
  });

  it('finds the lab from a request for support, and a head count', () => {
    const fields = extractFromProse(
      'Il nostro ufficio fatica a chiudere i rendiconti: vorremmo un supporto sulla rendicontazione della spesa dei fondi europei. Parteciperebbero 4 colleghi.',
    );
    expect(labCodes(fields.laboratorio)).toEqual(['PC-2']);
    expect(fields.partecipanti).toBe('4');
    expect(fields.fabbisogni).toContain('rendiconti');
  });

  it('does not take a bare request to join as the needs', () => {
    const fields = extractFromProse('Buongiorno, il Comune di Lucera vorrebbe partecipare al laboratorio Reclutamento.');
    expect(fields.laboratorio).toBeDefined();
    expect(fields.fabbisogni).toBeUndefined();
  });

  it('keeps what follows a greeting in the same sentence', () => {
    const fields = extractFromProse('Salve, il Comune di Lucera chiede di partecipare al lab PC-4: ci serve un metodo per seguire i cronoprogrammi dei cantieri.');
    expect(fields.fabbisogni).toMatch(/^il Comune di Lucera chiede/);
  });

  it('reads a signature that has no closing formula above it', () => {
    const body = [
      'Buongiorno, il Comune di Lucera vorrebbe un supporto sul monitoraggio dei progetti finanziati.',
      '',
      'Ottavio Serra',
      'Responsabile Servizio Finanziario',
      'tel. 0881 541111',
    ].join('\n');
    expect(extractFromBody(body, null)?.fields).toMatchObject({
      referente_nome: 'Ottavio Serra',
      referente_ruolo: 'Responsabile Servizio Finanziario',
      referente_telefono: '0881 541111',
      comune: 'Lucera',
    });
  });
});

describe('a filled-in body and the sentences around it', () => {
  const FORM = ['Referente: Ottavio Serra', 'E-mail: o.serra@comune.example.it', 'Laboratorio: Gestione finanziaria'];

  it('takes the Comune from a sentence when no label gives it', () => {
    const body = ['Buonasera, vi scrivo a nome del Comune di San Severo (FG).', '', ...FORM].join('\n');
    expect(extractFromBody(body, null)?.fields.comune).toBe('San Severo');
  });

  it('finds CUP codes in a sentence, and stops the needs at a complete answer', () => {
    const body = [...FORM, 'Fabbisogni: Rendicontare le spese dei due interventi.', 'Gli interventi hanno CUP E71B22000110006 e E77H21000980001.'].join('\n');
    const fields = extractFromBody(body, null)?.fields;
    expect(fields?.cup).toBe('E71B22000110006, E77H21000980001');
    expect(fields?.fabbisogni).toBe('Rendicontare le spese dei due interventi.');
  });

  it('still joins the wrapped lines of a needs paragraph', () => {
    const body = [...FORM, 'Fabbisogni: Rendicontare le spese dei due interventi', 'finanziati dal PNRR entro giugno.'].join('\n');
    expect(extractFromBody(body, null)?.fields.fabbisogni).toBe('Rendicontare le spese dei due interventi finanziati dal PNRR entro giugno.');
  });

  it('reads the audience from a sentence, unless a Destinatari field says it', () => {
    const sentence = 'Il percorso sarebbe rivolto alla segretaria comunale e ai funzionari dei servizi finanziari.';
    expect(extractFromBody([...FORM, '', sentence].join('\n'), null)?.fields).toMatchObject({ dest_segretari: true, dest_dirigenti: true });
    const labelled = extractFromBody([...FORM, 'Destinatari: team di progetto', '', sentence].join('\n'), null)?.fields;
    expect(labelled).toMatchObject({ dest_team: true });
    expect(labelled?.dest_segretari).toBeUndefined();
  });

  it('reads a ticked privacy statement and an abbreviated phone label', () => {
    const fields = extractFromBody([...FORM, 'Tel. 0881 541111', '', "[x] Dichiaro di aver letto l'informativa privacy ai sensi del GDPR"].join('\n'), null)?.fields;
    expect(fields).toMatchObject({ privacy: true, referente_telefono: '0881 541111' });
    const unticked = extractFromBody([...FORM, "[ ] Dichiaro di aver letto l'informativa privacy"].join('\n'), null)?.fields;
    expect(unticked?.privacy).toBe(false);
  });

  it('skips a "Voce | Risposta" heading row and reads labels with qualifiers', () => {
    const fields = fieldsFromBlocks(rows(['Voce', 'Risposta'], ['Comune richiedente (capofila)', 'Lucera'], ['Lab di interesse', 'PO-2'], ['In subordine', 'PO-1'], ['Durata (giornate)', '3']));
    expect(fields).toEqual({ comune: 'Lucera', laboratorio: 'PO-2', laboratorio_2: 'PO-1', giornate: '3' });
  });
});

describe('documents written as a letter', () => {
  const LETTER = [
    'COMUNE DI LUCERA',
    'Provincia di Foggia',
    'Oggetto: adesione al Capacity Lab "Project management".',
    "Il sottoscritto Sindaco chiede che l'Ente possa partecipare al Capacity Lab, al fine di dotarsi di un metodo comune per seguire i cantieri.",
    "Referente per l'Ente è il dott. Ottavio Serra (tel. 0881 541111, e-mail o.serra@comune.example.it).",
  ];

  it('reads the prose of a document without labels, and says so', async () => {
    const read = documentFields(rows(...LETTER.map((line) => [line])));
    expect(read.fields).toMatchObject({ comune: 'LUCERA', referente_nome: 'Ottavio Serra', referente_email: 'o.serra@comune.example.it', referente_telefono: '0881 541111' });
    expect(labCodes(read.fields.laboratorio)).toEqual(['PC-4']);
    expect(read.fromProse).toContain('laboratorio');

    const docx = await extractDocx({ filename: 'nota.docx', contentType: null, content: await buildDocx(LETTER) }, DEFAULT_EXTRACT_LIMITS);
    expect(docx.form?.source).toBe('docx');
    expect(docx.form?.warnings.some((warning) => warning.startsWith(`${DOCUMENT_PROSE_WARNING}: nota.docx`))).toBe(true);
  });

  it('ignores a letter that does not ask for a lab', () => {
    const read = documentFields(rows(['Il Comune di Lucera ringrazia per la giornata formativa.'], ['Cordiali saluti, Ottavio Serra (o.serra@comune.example.it)']));
    expect(read.fields).toEqual({});
  });
});

describe('forwarded mail headed by a rule and a "Da:" block', () => {
  it('reads the request below when the subject is a forward', () => {
    const body = ['Vedi sotto.', '', '________________________________', 'Da: Ottavio Serra <o.serra@comune.example.it>', 'Inviato: lunedì 9 marzo 2026', '', 'Comune: Lucera', 'Laboratorio: PO-2', 'Referente: Ottavio Serra'].join('\n');
    expect(readBody(body, null, { subject: 'Fw: laboratorio' }).form?.fields).toMatchObject({ comune: 'Lucera', laboratorio: 'PO-2' });
    expect(readBody(body, null, { subject: 'Re: laboratorio' }).form?.fields.comune).toBeUndefined();
  });
});

describe('a signature that opens with the signer role', () => {
  it('reads the name under "Il Segretario comunale", the role from that line, and a phone "al numero"', () => {
    const body = [
      'Buongiorno, si richiede l\'attivazione del laboratorio sul PIAO.',
      'Per informazioni potete chiamare al numero 0881 541222.',
      '',
      'Il Segretario comunale',
      'Ottavio Serra',
    ].join('\n');
    expect(extractFromBody(body, null)?.fields).toMatchObject({ referente_nome: 'Ottavio Serra', referente_ruolo: 'Segretario comunale', referente_telefono: '0881 541222' });
  });
});
