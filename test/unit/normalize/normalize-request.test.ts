import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { normalizeRequest } from '../../../src/core/normalize/normalize-request.ts';
import type { FormFields, LabRequest } from '../../../src/core/types.ts';

const catalog = parseCatalog(readFileSync(new URL('../../../config/catalog.yaml', import.meta.url), 'utf8'));
const context = { catalog, senderEmail: 'protocollo@comune.bari.it' };
/** No sender address: tests about other fields then see no contact-email fallback warning. */
const quiet = { catalog, senderEmail: null };

const officialForm: FormFields = {
  comune: 'COMUNE DI BARI',
  provincia: 'BA',
  codice_istat: '072006',
  forma: 'Singolo Comune',
  altri_comuni: '',
  pec_ente: 'protocollo@pec.comune.bari.it',
  referente_nome: '  Maria   Lopez ',
  referente_ruolo: 'Dirigente Ripartizione Contratti e Appalti',
  referente_email: 'M.Lopez@Comune.Bari.it',
  referente_telefono: '+39 080 577 1111',
  ambito: 'Progetti e politiche di coesione',
  laboratorio: 'PC-3 Procedure e affidamenti',
  laboratorio_2: 'PC-4',
  fabbisogni: 'Rafforzare le competenze del RUP\nsulle procedure sotto soglia.\n\nObiettivi:\n- checklist di gara\n- modelli di determina',
  cup: 'J31B21000000006; B91H22000130006',
  dest_amministratori: false,
  dest_segretari: false,
  dest_dirigenti: true,
  dest_team: true,
  partecipanti: 'circa 15',
  giornate: '2',
  periodo: 'marzo 2026',
  sede: 'Sala consiliare',
  privacy: true,
  luogo_data: 'Bari, 12/01/2026',
  firmatario: 'Maria Lopez',
};

describe('normalizeRequest', () => {
  it('turns a complete official form into the LabRequest of FORM.md', () => {
    const { request, warnings } = normalizeRequest(officialForm, context);
    expect(request).toEqual<LabRequest>({
      comune: { name: 'Bari', istat: '072006', province: 'BA', region: 'Puglia', match: 'exact' },
      partnership: 'single',
      otherComuni: [],
      entityPec: 'protocollo@pec.comune.bari.it',
      contact: { name: 'Maria Lopez', role: 'Dirigente Ripartizione Contratti e Appalti', email: 'm.lopez@comune.bari.it', phone: '+390805771111' },
      area: 'PC',
      labs: [
        { code: 'PC-3', title: 'Procedure e affidamenti' },
        { code: 'PC-4', title: 'Project management' },
      ],
      needs: 'Rafforzare le competenze del RUP sulle procedure sotto soglia.\nObiettivi:\n- checklist di gara\n- modelli di determina',
      cup: ['J31B21000000006', 'B91H22000130006'],
      audience: ['dirigenti', 'team'],
      participants: 15,
      days: 2,
      preferredPeriod: 'marzo 2026',
      venue: 'Sala consiliare',
      privacyConsent: true,
    });
    expect(warnings).toEqual([]);
    expect(Object.keys(request)).toEqual([
      'comune', 'partnership', 'otherComuni', 'entityPec', 'contact', 'area', 'labs', 'needs', 'cup',
      'audience', 'participants', 'days', 'preferredPeriod', 'venue', 'privacyConsent',
    ]);
  });

  it('has every key, null or empty, for an empty form', () => {
    const { request, warnings } = normalizeRequest({}, { catalog, senderEmail: null });
    expect(request).toEqual<LabRequest>({
      comune: { name: null, istat: null, province: null, region: null, match: 'none' },
      partnership: null,
      otherComuni: [],
      entityPec: null,
      contact: { name: null, role: null, email: null, phone: null },
      area: null,
      labs: [],
      needs: null,
      cup: [],
      audience: [],
      participants: null,
      days: null,
      preferredPeriod: null,
      venue: null,
      privacyConsent: null,
    });
    expect(warnings).toEqual(['privacy-not-accepted: campo assente']);
  });

  it('reads a text layout: checkbox marks, a union with its members, loose values', () => {
    const { request, warnings } = normalizeRequest(
      {
        comune: 'Castro',
        provincia: 'LE',
        forma: '☐ Singolo Comune ☒ Unione di Comuni ☐ Convenzione tra Comuni ☐ Altro',
        altri_comuni: 'Andrano, Diso; Ortelle e Spongano\nSantа Cesarea Terme',
        referente_nome: 'Luca Bianchi',
        referente_email: 'Luca Bianchi <l.bianchi@unionecomuni.le.it>',
        referente_telefono: '0836 943000',
        laboratorio: 'gestione associata',
        fabbisogni: 'Avviare la gestione associata della polizia locale.',
        dest_amministratori: '[X]',
        dest_segretari: '☒',
        dest_dirigenti: '☐',
        dest_team: 'No',
        partecipanti: '15-20',
        giornate: 'due',
        privacy: 'Sì',
      },
      context,
    );
    expect(request.comune).toEqual({ name: 'Castro', istat: '075096', province: 'LE', region: 'Puglia', match: 'exact' });
    expect(request.partnership).toBe('union');
    expect(request.otherComuni).toEqual(['Andrano', 'Diso', 'Ortelle', 'Spongano', 'Santа Cesarea Terme']);
    expect(request.contact.email).toBe('l.bianchi@unionecomuni.le.it');
    expect(request.area).toBe('PO');
    expect(request.labs).toEqual([{ code: 'PO-6', title: 'Gestione associata di funzioni e servizi' }]);
    expect(request.audience).toEqual(['amministratori', 'segretari']);
    expect(request.participants).toBe(15);
    expect(request.days).toBe(2);
    expect(request.privacyConsent).toBe(true);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Singolo', 'single'],
    ['singolo comune', 'single'],
    ['Unione dei Comuni della Valle del Savuto', 'union'],
    ['Convenzione tra Comuni', 'agreement'],
    ['in convenzione', 'agreement'],
    ['Altro: associazione temporanea', 'other'],
    ['Singolo Comune [ ] Unione di Comuni [X] Convenzione tra Comuni [ ] Altro [ ]', 'union'],
  ])('forma %s → %s', (forma, partnership) => {
    expect(normalizeRequest({ forma, privacy: true }, context).request.partnership).toBe(partnership);
  });

  it('warns when the form still shows every option unmarked', () => {
    const { request, warnings } = normalizeRequest({ forma: 'Singolo Comune / Unione di Comuni / Convenzione tra Comuni / Altro', privacy: true }, quiet);
    expect(request.partnership).toBeNull();
    expect(warnings).toEqual(['partnership-unclear: Singolo Comune / Unione di Comuni / Convenzione tra Comuni / Altro']);
  });

  it('falls back to the sender address when the contact e-mail is missing or invalid', () => {
    const missing = normalizeRequest({ privacy: true }, context);
    expect(missing.request.contact.email).toBe('protocollo@comune.bari.it');
    // with no Comune in the form, the sender's domain (comune.bari.it) names it
    expect(missing.warnings).toEqual(['comune-from-domain: comune.bari.it → Bari', 'contact-email-from-sender: protocollo@comune.bari.it']);
    expect(missing.request.comune).toMatchObject({ name: 'Bari', match: 'fuzzy' });
    const invalid = normalizeRequest({ referente_email: 'mario.rossi@', privacy: true }, context);
    expect(invalid.request.contact.email).toBe('protocollo@comune.bari.it');
    expect(invalid.warnings).toEqual(['comune-from-domain: comune.bari.it → Bari', 'contact-email-invalid: mario.rossi@', 'contact-email-from-sender: protocollo@comune.bari.it']);
    expect(normalizeRequest({ privacy: true }, { catalog, senderEmail: 'not an address' }).request.contact.email).toBeNull();
  });

  it('warns about invalid values and keeps them null', () => {
    const { request, warnings } = normalizeRequest(
      {
        pec_ente: 'protocollo at pec',
        referente_email: 'a@b.it',
        referente_telefono: '12',
        cup: 'J31B21000000006, J31B2100000',
        partecipanti: 'tanti',
        giornate: '1,5',
        privacy: '☐',
      },
      context,
    );
    expect(request.entityPec).toBeNull();
    expect(request.contact.phone).toBeNull();
    expect(request.cup).toEqual(['J31B21000000006']);
    expect(request.participants).toBeNull();
    expect(request.days).toBeNull();
    expect(request.privacyConsent).toBe(false);
    expect(warnings).toEqual([
      'comune-from-domain: comune.bari.it → Bari',
      'entity-pec-invalid: protocollo at pec',
      'phone-invalid: 12',
      'cup-invalid: J31B2100000',
      'participants-invalid: tanti',
      'days-invalid: 1,5',
      'privacy-not-accepted: ☐',
    ]);
  });

  it('takes the Comune from the sender domain only when the form names none and the domain names one Comune', () => {
    const named = normalizeRequest({ comune: 'Altamura', privacy: true }, { catalog, senderEmail: 'x@comune.bari.it' });
    expect(named.request.comune).toMatchObject({ name: 'Altamura', match: 'exact' });
    const withProvince = normalizeRequest({ privacy: true }, { catalog, senderEmail: 'protocollo@pec.comune.lamezia-terme.cz.it' });
    expect(withProvince.request.comune).toMatchObject({ name: 'Lamezia Terme', province: 'CZ', match: 'fuzzy' });
    expect(normalizeRequest({ privacy: true }, { catalog, senderEmail: 'info@comuneinforma.it' }).request.comune.match).toBe('none');
    expect(normalizeRequest({ privacy: true }, { catalog, senderEmail: 'x@comune.nonesiste.it' }).request.comune.match).toBe('none');
  });

  it('derives the area from the first lab and flags a contradicting ambito', () => {
    expect(normalizeRequest({ laboratorio: 'PIAO', privacy: true }, context).request.area).toBe('PO');
    const mismatch = normalizeRequest({ ambito: 'Personale e organizzazione', laboratorio: 'appalti', privacy: true }, quiet);
    expect(mismatch.request.area).toBe('PO');
    expect(mismatch.warnings).toEqual(["area-mismatch: ambito PO, PC-3 è dell'area PC"]);
    const marked = normalizeRequest({ ambito: '☐ Personale e organizzazione ☒ Progetti e politiche di coesione', privacy: true }, context);
    expect(marked.request.area).toBe('PC');
  });

  it('deduplicates the two lab choices and reports an unrecognised second choice', () => {
    const same = normalizeRequest({ laboratorio: 'PC-3', laboratorio_2: 'appalti', privacy: true }, context);
    expect(same.request.labs.map((lab) => lab.code)).toEqual(['PC-3']);
    const unknown = normalizeRequest({ laboratorio: 'PC-3', laboratorio_2: 'boh', privacy: true }, quiet);
    expect(unknown.request.labs.map((lab) => lab.code)).toEqual(['PC-3']);
    expect(unknown.warnings).toEqual(['lab-not-found: laboratorio_2: boh']);
  });

  it('passes on Comune warnings and keeps an ambiguous Comune by name', () => {
    const { request, warnings } = normalizeRequest({ comune: 'Castro', privacy: true }, quiet);
    expect(request.comune).toEqual({ name: 'Castro', istat: null, province: null, region: null, match: 'ambiguous' });
    expect(warnings).toEqual(['comune-ambiguous: Castro (BG), Castro (LE)']);
  });

  it('resolves the Comune from the ISTAT code when the name is missing', () => {
    expect(normalizeRequest({ codice_istat: '079160', privacy: true }, context).request.comune).toMatchObject({ name: 'Lamezia Terme', match: 'exact' });
  });
});

describe('normalizeRequest on hostile input', () => {
  it('never throws and stays fast on huge or strange values', () => {
    const long = 'a'.repeat(200_000);
    const fields: FormFields = {};
    for (const name of ['comune', 'provincia', 'codice_istat', 'forma', 'altri_comuni', 'pec_ente', 'referente_nome', 'referente_email', 'referente_telefono', 'ambito', 'laboratorio', 'laboratorio_2', 'fabbisogni', 'cup', 'partecipanti', 'giornate', 'periodo', 'sede', 'privacy'] as const) {
      fields[name] = `${long} ${'1'.repeat(50_000)} (${'x '.repeat(10_000)}\n`;
    }
    const start = performance.now();
    const { request } = normalizeRequest(fields, context);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(request.comune.match).toBe('none');
    expect(request.contact.email).toBe('protocollo@comune.bari.it');
  });

  it('accepts booleans where text was expected', () => {
    const { request } = normalizeRequest({ comune: true, laboratorio: false, fabbisogni: true, privacy: 'Ho preso visione' }, quiet);
    expect(request.comune.name).toBeNull();
    expect(request.labs).toEqual([]);
    expect(request.needs).toBeNull();
    expect(request.privacyConsent).toBe(true);
  });
});

describe('normalizeRequest placeholders', () => {
  it('treats "-" and "n.d." as empty fields, not as values', () => {
    const { request, warnings } = normalizeRequest({ comune: '-', referente_telefono: 'n.d.', sede: '---', privacy: true }, quiet);
    expect(request.comune).toEqual({ name: null, istat: null, province: null, region: null, match: 'none' });
    expect(request.contact.phone).toBeNull();
    expect(request.venue).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('reads the first line of a multi-line Comune field', () => {
    expect(normalizeRequest({ comune: 'Comune di Potenza\nUfficio Risorse Umane', privacy: true }, quiet).request.comune).toMatchObject({ name: 'Potenza', match: 'exact' });
  });
});
