// Long runs of one character class against the address patterns: each used to rescan the run from every character,
// so 100 KB took seconds on the event loop, where no extraction timeout can stop it.
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromBody } from '../../../src/core/extract-form/extract-body.ts';
import { htmlToText } from '../../../src/core/extract-form/html-to-text.ts';
import { repairEmail } from '../../../src/core/ocr/repair-ocr-value.ts';
import { parseMessage } from '../../../src/core/parse-message.ts';
import { peekHeaders } from '../../../src/core/peek-headers.ts';
import { fuzzParseContext, parseSafely } from './parse-safely.ts';

const RUN = 100_000;
const BUDGET_MS = 200;

function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

/** A PDF whose page holds `runs` text runs of `letters` letters and nothing else, like the one that took 21.7 s. */
async function pdfOfLetterRuns(runs: number, letters: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([600, 800]);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  const content = `BT /F1 1 Tf 1 1 Td (${'a'.repeat(letters)}) Tj ET\n`.repeat(runs);
  page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.flateStream(content)));
  return Buffer.from(await pdf.save());
}

function message(text: string, attachments: { filename: string; content: Buffer; contentType: string }[] = [], html?: string): Promise<Buffer> {
  return new MailComposer({ from: 'protocollo@comune.bari.it', to: 'cap4city@anci.it', subject: 'Richiesta laboratorio', text, html, attachments }).compile().build();
}

describe('long runs in the parsed message', () => {
  const ctx = fuzzParseContext();

  it('a 1.6 KB PDF of 400 KB of glued letters parses in well under a second, not 20 s', async () => {
    const raw = await message('In allegato il modulo.', [{ filename: 'modulo.pdf', content: await pdfOfLetterRuns(200, 2000), contentType: 'application/pdf' }]);
    expect(raw.length).toBeLessThan(4000);
    const trial = await parseSafely(raw, ctx);
    expect(trial.escaped).toBeNull();
    expect(trial.kind).not.toBeNull();
    expect(trial.durationMs).toBeLessThan(5000);
  }, 30_000);

  it.each([
    ['letters then @', `${'a'.repeat(RUN)}@`],
    ['letters then .', `${'a'.repeat(RUN)}.`],
    ['an @ then letters', `x@${'a'.repeat(RUN)}`],
    ['dotted letters', 'a.'.repeat(RUN / 2)],
  ])('a body of %s still yields the address written after it', async (_shape, run) => {
    const raw = await message(`Buongiorno,\n${run}\nReferente: Anna Rizzo, a.rizzo@comune.bari.it\n`);
    const started = performance.now();
    const parsed = await parseMessage(raw, ctx);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parsed.kind).toBe('request');
    expect(parsed.kind === 'request' ? parsed.request.contact : null).toMatchObject({ name: 'Anna Rizzo', email: 'a.rizzo@comune.bari.it' });
  }, 30_000);
});

describe('long runs in a From header', () => {
  it.each([
    ['letters', 'a'.repeat(RUN), null],
    ['letters then an address', `${'a'.repeat(RUN)} <m.rossi@comune.bari.it>`, 'm.rossi@comune.bari.it'],
    // never closed, so read as one bare address, as before
    ['@ signs after <', `<${'a@'.repeat(RUN / 2)}`, 'a@'.repeat(RUN / 2)],
  ])('%s is read in linear time', (_shape, from, address) => {
    const { result, ms } = timed(() => peekHeaders(Buffer.from(`From: ${from}\r\nSubject: x\r\n\r\nbody`)));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(result.from === address, `${result.from?.slice(0, 40)}… (${result.from?.length} characters)`).toBe(true);
  });

  it('still reads the bare address and the bracketed one as before', () => {
    const from = (value: string) => peekHeaders(Buffer.from(`From: ${value}\r\n\r\n`)).from;
    expect(from('Anna <a.rizzo@comune.bari.it>')).toBe('a.rizzo@comune.bari.it');
    expect(from('"Rizzo, Anna" a.rizzo@Comune.Bari.it, altro')).toBe('a.rizzo@comune.bari.it');
    expect(from('<a@b@c>')).toBe('a@b@c');
    expect(from('<@x> y@z')).toBe('y@z');
  });
});

describe('long runs in an e-mail read by OCR', () => {
  it.each([
    ['spaces', `x${' '.repeat(RUN)}y`, `x${' '.repeat(RUN)}y`],
    ['dots', `x${'.'.repeat(RUN)}y`, `x${'.'.repeat(RUN)}y`],
    ['spaces around ©', `anna${' '.repeat(RUN)}©${' '.repeat(RUN)}comune.it`, 'anna@comune.it'],
  ])('%s is repaired in linear time', (_shape, value, repaired) => {
    const { result, ms } = timed(() => repairEmail(value));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(result).toBe(repaired);
  });
});

// Table cells, "Label - value" separators, sentence ends and a signature's names were cut with patterns that rescanned
// a run from each of its characters: 100 KB of spaces or dots in a mail body held the parse for 20 s and more.
describe('long runs in a mail body', () => {
  const ctx = fuzzParseContext();
  const BODY_BUDGET_MS = 300;
  const FORM = 'Comune: Bari\nReferente: Anna Rizzo\nEmail: a.rizzo@comune.bari.it\nLaboratorio: PIAO\n';
  const EXPECTED = { comune: 'Bari', referente_nome: 'Anna Rizzo', referente_email: 'a.rizzo@comune.bari.it' };
  // between letters, so that no trim removes the run and it ends on a character that is no separator
  const runOf = (unit: string) => unit.repeat(Math.ceil(RUN / unit.length));
  const RUNS: [string, string][] = [
    ['spaces', runOf(' ')],
    ['tabs', runOf('\t')],
    ['" | " runs', runOf(' | ')],
    ['tabs and spaces', runOf('\t ')],
    ['spaces, tabs and bars', runOf(' \t |')],
    ['dots', runOf('.')],
    ['question marks', runOf('?')],
    ['initials', runOf('A. ')],
  ];

  beforeAll(async () => {
    // the first parse loads what later ones reuse: it must not count against a budget
    await parseMessage(await message(`Buongiorno,\n${FORM}`), ctx);
  });

  it.each(RUNS)('a line of %s before the form is read in linear time by the body extractor', (_shape, run) => {
    const { result, ms } = timed(() => extractFromBody(`Buongiorno,\nx${run}y\n${FORM}`, null));
    expect(ms).toBeLessThan(BODY_BUDGET_MS);
    expect(result?.fields).toMatchObject(EXPECTED);
  });

  it.each(RUNS)('a line of %s before the form is read in linear time by parseMessage', async (_shape, run) => {
    const raw = await message(`Buongiorno,\nx${run}y\n${FORM}`);
    const started = performance.now();
    const parsed = await parseMessage(raw, ctx);
    expect(performance.now() - started).toBeLessThan(BODY_BUDGET_MS);
    expect(parsed.kind).toBe('request');
    expect(parsed.request.comune.name).toBe('Bari');
    expect(parsed.request.contact).toMatchObject({ name: 'Anna Rizzo', email: 'a.rizzo@comune.bari.it' });
  });

  it('a signature line of commas is read in linear time and the signer is still found', () => {
    // every signature line is tried as a name until one is: the run comes first
    const body = `Comune: Bari\nEmail: a.rizzo@comune.bari.it\nLaboratorio: PIAO\n\nCordiali saluti\n\nx${runOf(',')}y\nAnna Rizzo\n`;
    const { result, ms } = timed(() => extractFromBody(body, null));
    expect(ms).toBeLessThan(BODY_BUDGET_MS);
    expect(result?.fields).toMatchObject(EXPECTED);
  });

  it('a letter in HTML with a paragraph of dots is read in linear time and still names the Comune', async () => {
    const html = `<p>Buongiorno,</p><p>x${runOf('.')}y</p><p>Il Comune di Bari chiede di partecipare al laboratorio PIAO.</p><p>Referente: Anna Rizzo, a.rizzo@comune.bari.it</p>`;
    const raw = await message('', [], html);
    const started = performance.now();
    const parsed = await parseMessage(raw, ctx);
    expect(performance.now() - started).toBeLessThan(BODY_BUDGET_MS);
    expect(parsed.kind).toBe('request');
    expect(parsed.request.comune.name).toBe('Bari');
    expect(parsed.request.contact).toMatchObject({ name: 'Anna Rizzo', email: 'a.rizzo@comune.bari.it' });
  });
});

// htmlToText looked for the end of a tag from every '<' to the end of the body, and for the closing tag of every unclosed
// script or blockquote: 100 KB of "<a " at the end of an HTML body held the parse for 4 s, a long tag name for 7 s.
describe('long runs in an HTML body', () => {
  const ctx = fuzzParseContext();
  const HTML_BUDGET_MS = 300;
  const FORM_HTML = '<p>Comune: Bari</p><p>Referente: Anna Rizzo</p><p>Email: a.rizzo@comune.bari.it</p><p>Laboratorio: PIAO</p>';
  const FORM_TEXT = 'Comune: Bari\n\nReferente: Anna Rizzo\n\nEmail: a.rizzo@comune.bari.it\n\nLaboratorio: PIAO';
  const runOf = (unit: string, length = RUN) => unit.repeat(Math.ceil(length / unit.length));
  // The form follows these runs. Unclosed scripts and blockquotes, and the tabs of a row of empty cells, cost about 0.2 s
  // per 100 KB: hence longer runs of them. Comments and a long attribute value were always linear and must stay so.
  const BEFORE_THE_FORM: [string, string][] = [
    ['unclosed <script> tags', runOf('<script>', 3 * RUN)],
    ['unclosed <blockquote> tags', runOf('<blockquote>', 3 * RUN)],
    ['a tag name of "a:" pairs with a quote never closed', `<${runOf('a:')} "`],
    ['a row of empty table cells', `<table><tr><td>Richiesta${runOf('<td>', 2 * RUN)}<td>laboratorio</table>`],
    ['closed comments', runOf('<!-- x -->')],
    ['a long attribute value', `<a title="${runOf('x')}">Buongiorno</a>`],
  ];
  // A '>' after a run of '<' that open nothing let the old pattern take the run as one tag, so the slow runs end a body
  // cut short: the form comes first.
  const AFTER_THE_FORM: [string, string][] = [
    ['"<" characters', runOf('<')],
    ['unclosed "<a " tags', runOf('<a ')],
    ['attribute values never closed', runOf('<a title="x')],
    ['comment openers cut short', runOf('<!-')],
    ['an unclosed comment', `<!--${runOf('x')}`],
  ];
  const bodies: [string, string][] = [
    ...BEFORE_THE_FORM.map(([shape, run]): [string, string] => [`${shape} before the form`, `<p>Buongiorno,</p>${run}${FORM_HTML}`]),
    ...AFTER_THE_FORM.map(([shape, run]): [string, string] => [`${shape} after the form`, `<p>Buongiorno,</p>${FORM_HTML}${run}`]),
  ];

  beforeAll(async () => {
    // the first parse loads what later ones reuse: it must not count against a budget
    await parseMessage(await message('', [], `<p>Buongiorno,</p>${FORM_HTML}`), ctx);
  });

  it.each(bodies)('%s: htmlToText reads it in linear time and keeps the form', (_shape, html) => {
    const { result, ms } = timed(() => htmlToText(html));
    expect(ms).toBeLessThan(HTML_BUDGET_MS);
    expect(result).toContain(FORM_TEXT);
  });

  it.each(bodies)('%s: parseMessage reads it in linear time and finds the form', async (_shape, html) => {
    const raw = await message('', [], html);
    const started = performance.now();
    const parsed = await parseMessage(raw, ctx);
    expect(performance.now() - started).toBeLessThan(HTML_BUDGET_MS);
    expect(parsed.kind).toBe('request');
    expect(parsed.request.comune.name).toBe('Bari');
    expect(parsed.request.contact).toMatchObject({ name: 'Anna Rizzo', email: 'a.rizzo@comune.bari.it' });
  });
});
