import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createEmailRenderer, type RenderedEmail } from '../../../src/core/render-email.ts';
import { loadTemplateSources } from '../../../src/adapters/templates/load-templates.ts';
import { TEMPLATE_NAMES, TEMPLATE_RECIPIENTS, sampleData, type TemplateName } from '../../../src/core/mail-templates.ts';

const TEMPLATES_DIR = path.resolve(import.meta.dirname, '../../../templates');
const renderer = createEmailRenderer(loadTemplateSources(TEMPLATES_DIR));
const CODE = 'C4C-2026-00042';

function render(name: TemplateName, overrides: Record<string, unknown> = {}): RenderedEmail {
  return renderer.render(name, { ...sampleData(name), ...overrides });
}

/** The text a reader sees in the HTML: tags dropped, entities decoded. */
function visibleText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', rsquo: '’', ndash: '–', hellip: '…', laquo: '«', raquo: '»', middot: '·', agrave: 'à', egrave: 'è', ograve: 'ò', ugrave: 'ù' };
  return html
    .replace(/<(style|title)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (all, name: string) => named[name] ?? all)
    .replace(/\s+/g, ' ');
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&'));
}

/** Appends an HTML payload to every string in the data, at any depth (dates stay dates). */
function poison(value: unknown, payload: string): unknown {
  if (typeof value === 'string') return value + payload;
  if (Array.isArray(value)) return value.map((v) => poison(v, payload));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, payload)]));
  }
  return value;
}

const EXPERT = 'Dott.ssa Laura Esposito';
const KEY_DATA: Record<TemplateName, string[]> = {
  acknowledgement: ['Giuseppe Santoro', 'PO-4', 'PIAO e programmazione delle assunzioni', '12 gennaio 2026 alle ore 09:30', 'Potenza, 5 febbraio 2026', 'Aggiornare il PIAO 2026-2028'],
  'information-missing': ['Fabbisogni e obiettivi', 'Telefono del referente:', 'In allegato trova il modulo di richiesta'],
  'attachment-unreadable': ['«Modulo_Capacity_Lab_Matera.pdf»', 'protetto da password', 'PDF o DOCX', 'Fabbisogni e obiettivi:', 'In allegato trova il modulo di richiesta'],
  'offer-to-expert': [EXPERT, 'ACCETTO', 'NON DISPONIBILE', '16 gennaio 2026 alle ore 18:00', 'g.santoro@comune.matera.it', '0835 241111', 'In allegato trova il modulo di richiesta originale'],
  'offer-reminder': [EXPERT, '13 gennaio 2026', '16 gennaio 2026 alle ore 18:00', 'ACCETTO', 'NON DISPONIBILE'],
  'assignment-confirmed': ['Giuseppe Santoro', EXPERT, 'laura.esposito@esperti.anci.it', '+39 333 1234567', 'primo confronto su fabbisogni e obiettivi'],
  'assignment-accepted-expert': [EXPERT, 'Giuseppe Santoro', 'Responsabile del Servizio Personale', 'g.santoro@comune.matera.it', '0835 241111'],
  'info-reminder': ['Giuseppe Santoro', '12 gennaio 2026', 'Fabbisogni e obiettivi', 'Telefono del referente'],
  escalation: ['Segreteria', "Nessuna risposta dell'esperto dopo due solleciti", '13 gennaio 2026 alle ore 11:15', "in attesa di risposta dell'esperto"],
  'no-expert-available': ['Segreteria', 'assegnazione manuale', EXPERT, 'Dott. Marco Ferri', 'ha già il numero massimo di incarichi attivi'],
  'under-review': ['Giuseppe Santoro', 'scansione', 'Non è necessario inviare di nuovo la richiesta'],
  'closing-feedback': ['Giuseppe Santoro', EXPERT, 'PO-4', 'questionario'],
  'request-closed': ['Giuseppe Santoro', 'C4C-2026-00038', 'La richiesta inviata via PEC il 10 gennaio è già in lavorazione.'],
};

const LEFTOVERS = /\{\{|\}\}|undefined|\bnull\b|NaN|\[object Object\]|Invalid Date/;
const ENGLISH = /\b(the|your|you|please|dear|request|expert|deadline|click|here|thanks?|regards|missing|accept|decline|status|unknown|none)\b/i;

describe('mail templates', () => {
  it('has exactly the templates the service knows, each with subject, text and HTML', () => {
    expect(renderer.names).toEqual([...TEMPLATE_NAMES].sort());
  });

  describe.each(TEMPLATE_NAMES.map((name) => [name]))('%s', (name) => {
    const mail = render(name);
    const seen = visibleText(mail.html);

    it('puts the code first in a one-line subject', () => {
      expect(mail.subject.startsWith(`[${CODE}] `)).toBe(true);
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.subject.length).toBeLessThan(120);
    });

    it('shows the key data in both the text and the HTML', () => {
      for (const key of [CODE, 'Matera', ...KEY_DATA[name]]) {
        expect(mail.text, key).toContain(key);
        expect(seen, key).toContain(key);
      }
    });

    it('greets the reader politely', () => {
      const greeting = { comune: 'Gentile Giuseppe Santoro,', expert: `Gentile ${EXPERT},`, secretariat: 'Gentile Segreteria,' }[TEMPLATE_RECIPIENTS[name]];
      expect(mail.text.startsWith(greeting)).toBe(true);
      expect(seen).toContain(greeting);
    });

    it('leaves no placeholder or empty value behind', () => {
      for (const part of [mail.subject, mail.text, seen]) expect(part).not.toMatch(LEFTOVERS);
    });

    it('reads as Italian', () => {
      expect(mail.subject).not.toMatch(ENGLISH);
      expect(mail.text).not.toMatch(ENGLISH);
      expect(seen).not.toMatch(ENGLISH);
    });

    it('loads nothing from outside and runs no script', () => {
      expect(mail.html).not.toMatch(/<img|<link|<script|<iframe|\bsrc=|@import|url\(/i);
      expect(mail.html).toContain('<html lang="it">');
      for (const link of hrefs(mail.html)) expect(link).toMatch(/^(https:\/\/|mailto:)/);
    });

    it('escapes every piece of data in the HTML but not in the text', () => {
      const payload = '<script>alert("quotes")</script>';
      const poisoned = renderer.render(name, poison(sampleData(name), payload) as Record<string, unknown>);
      expect(poisoned.html).not.toContain('<script');
      expect(poisoned.html).not.toContain('"quotes"');
      expect(poisoned.html).toContain('&lt;script&gt;');
      expect(poisoned.text).toContain(payload);
    });

    it('keeps injected line breaks out of the subject', () => {
      const poisoned = renderer.render(name, poison(sampleData(name), '\r\nBcc: victim@example.com') as Record<string, unknown>);
      expect(poisoned.subject).not.toMatch(/[\r\n]/);
      expect(poisoned.subject.startsWith('[')).toBe(true);
    });

    it('still renders cleanly when the optional data is absent', () => {
      const bare = render(name, {
        comune: { name: null, province: null, region: null },
        contact: { name: null, role: null, email: null, phone: null },
        labs: [],
        needs: null,
        statusUrl: null,
        nextEvent: null,
        participants: null,
        days: null,
        preferredPeriod: null,
        venue: null,
      });
      expect(bare.subject.startsWith(`[${CODE}] `)).toBe(true);
      for (const part of [bare.subject, bare.text, visibleText(bare.html)]) expect(part).not.toMatch(LEFTOVERS);
      expect(bare.text).not.toContain('Comune di -');
      expect(bare.subject).not.toMatch(/Comune di\s*$/);
    });
  });
});

describe('optional pieces', () => {
  it('shows the status link and the next regional meeting only when given', () => {
    const withBoth = render('acknowledgement');
    expect(withBoth.text).toContain('https://cap4city.anci.it/stato/C4C-2026-00042?t=7f3a9c');
    expect(hrefs(withBoth.html)).toContain('https://cap4city.anci.it/stato/C4C-2026-00042?t=7f3a9c');
    expect(withBoth.text).toContain('Le segnaliamo il prossimo incontro regionale del programma in Basilicata: Potenza, 5 febbraio 2026.');

    const without = render('acknowledgement', { statusUrl: null, nextEvent: undefined });
    expect(without.text).not.toContain('stato della richiesta');
    expect(without.text).not.toContain('incontro regionale');
    expect(without.html).not.toContain('incontro regionale');
  });

  it('offers reply words always and the accept/decline links only when given', () => {
    const withLinks = render('offer-to-expert');
    expect(hrefs(withLinks.html)).toEqual(
      expect.arrayContaining([
        'https://cap4city.anci.it/incarichi/C4C-2026-00042/accetto?t=5b1e',
        'https://cap4city.anci.it/incarichi/C4C-2026-00042/rifiuto?t=5b1e',
      ]),
    );
    const noLinks = render('offer-to-expert', { acceptUrl: null, declineUrl: null, originalFormAttached: false });
    expect(noLinks.text).toContain('ACCETTO');
    expect(noLinks.text).not.toContain('In alternativa');
    expect(noLinks.html).not.toContain('/accetto');
    expect(noLinks.text).not.toContain('In allegato');
  });

  it('explains each review reason in neutral words', () => {
    const texts = (['outside-programme', 'scanned-form', 'unclear', 'other'] as const).map((reason) => render('under-review', { reason }).text);
    expect(new Set(texts).size).toBe(4);
    expect(texts[0]).toContain('regioni in cui si svolge il programma');
    expect(texts[1]).toContain('scansione');
    for (const text of texts) expect(text).not.toMatch(/errore|sbagliat|colpa|non valid/i);
  });

  it('names every unreadable file with its reason, in the singular or the plural', () => {
    const one = render('attachment-unreadable');
    expect(one.subject).toBe(`[${CODE}] Richiesta ricevuta: allegato non leggibile`);
    expect(one.text).toContain('Non siamo però riusciti a leggere questo allegato:\n  - «Modulo_Capacity_Lab_Matera.pdf»: protetto da password\n');
    const two = render('attachment-unreadable', {
      unreadable: [
        { filename: 'modulo.pages', reason: 'formato non supportato (.pages)' },
        { filename: 'foto.heic', reason: 'formato non supportato (.heic)' },
      ],
    });
    expect(two.subject).toBe(`[${CODE}] Richiesta ricevuta: allegati non leggibili`);
    expect(two.text).toContain('questi allegati:\n  - «modulo.pages»: formato non supportato (.pages)\n  - «foto.heic»: formato non supportato (.heic)\n');
    expect(visibleText(two.html)).toContain('«foto.heic»: formato non supportato (.heic)');
  });

  it('asks for the form again, or for its data, only when something is missing; else it shows what was read', () => {
    const missing = render('attachment-unreadable');
    expect(missing.text).toContain('inviarci di nuovo il modulo di richiesta come file PDF o DOCX, non protetto da password');
    expect(missing.text).toContain('  Laboratorio richiesto (dal catalogo): ...\n  Fabbisogni e obiettivi: ...\n');
    expect(missing.text).not.toContain('Ecco che cosa abbiamo compreso');
    const complete = render('attachment-unreadable', { missingLabels: [], labs: [{ code: 'PO-4', title: 'PIAO e programmazione delle assunzioni' }] });
    expect(complete.text).toContain('Gli altri dati della richiesta sono stati letti correttamente. Se il file conteneva informazioni utili per la richiesta, la preghiamo di inviarcelo di nuovo');
    expect(complete.text).toContain('PO-4 - PIAO e programmazione delle assunzioni');
    expect(complete.text).not.toContain('In allegato trova il modulo');
    for (const mail of [missing, complete]) expect(mail.text).toContain('la richiesta resta in attesa di verifica da parte della segreteria');
  });

  it('names the outcome of a closed request in the subject', () => {
    expect(render('request-closed', { outcome: 'rejected' }).subject).toBe(`[${CODE}] Richiesta non accolta - Comune di Matera`);
    expect(render('request-closed', { outcome: 'withdrawn' }).subject).toBe(`[${CODE}] Richiesta ritirata - Comune di Matera`);
    expect(render('request-closed', { outcome: 'duplicate' }).subject).toBe(`[${CODE}] Richiesta già registrata - Comune di Matera`);
    const noNote = render('request-closed', { outcome: 'rejected', note: null });
    expect(noNote.text).not.toContain('Nota della segreteria');
    expect(noNote.text).toContain('non può essere accolta');
  });

  it('asks for a reply when there is no feedback form', () => {
    const mail = render('closing-feedback', { feedbackUrl: null });
    expect(mail.text).toContain('rispondere a questa e-mail con un breve riscontro');
    expect(mail.html).not.toContain('questionario');
  });

  it('says so when no expert was even eligible', () => {
    const mail = render('no-expert-available', { candidates: [] });
    expect(mail.text).toContain('Nessun esperto risulta abilitato');
    expect(mail.text).not.toContain('Esperti presi in considerazione');
  });

  it('indents every line of multi-line needs in the text summary', () => {
    const mail = render('acknowledgement', { needs: 'Prima riga\nSeconda riga' });
    expect(mail.text).toContain('  Fabbisogni e obiettivi:\n    Prima riga\n    Seconda riga\n');
  });

  it('gives fresh sample data on every call', () => {
    const first = sampleData('acknowledgement');
    (first.comune as { name: string }).name = 'Altrove';
    expect((sampleData('acknowledgement').comune as { name: string }).name).toBe('Matera');
  });
});
