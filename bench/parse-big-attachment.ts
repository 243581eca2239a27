// Child process of parse-throughput: peak RSS while parsing one message with a 20 MB PDF attachment.
// Prints one JSON line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { PDFDocument } from 'pdf-lib';
import { parseCatalog } from '../src/core/normalize/catalog.ts';
import { parseMessage } from '../src/core/parse-message.ts';
import { fillFormPdf } from '../src/core/form/fill-form-pdf.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGET = 20 * 1024 * 1024;

const form = await PDFDocument.load(
  await fillFormPdf({ comune: 'Bari', referente_nome: 'Mario Rossi', referente_email: 'm.rossi@comune.bari.example.it', laboratorio: 'PC-3', fabbisogni: 'Rafforzare le procedure di gara.' }),
);
// a scan-sized payload: incompressible bytes embedded in the PDF, as a scanner's images would be
await form.attach(randomBytes(TARGET), 'allegato-scansione.bin', { mimeType: 'application/octet-stream' });
const pdf = Buffer.from(await form.save({ useObjectStreams: false }));
const raw = await new MailComposer({
  from: 'Mario Rossi <m.rossi@comune.bari.example.it>',
  to: 'cap4city@anci.example.it',
  subject: 'Richiesta Capacity Lab con allegato pesante',
  text: 'In allegato il modulo di richiesta.',
  attachments: [{ filename: 'modulo.pdf', content: pdf, contentType: 'application/pdf' }],
}).compile().build();

const catalog = parseCatalog(readFileSync(path.join(ROOT, 'config/catalog.yaml'), 'utf8'));
global.gc?.();
const baseline = process.memoryUsage().rss;
const start = performance.now();
const parsed = await parseMessage(raw, { catalog, ownAddresses: [], ownMessageIdDomain: null });
const ms = Math.round(performance.now() - start);
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({
  attachmentBytes: pdf.length,
  messageBytes: raw.length,
  baselineRssMb: Math.round(baseline / 1048576),
  peakRssMb: Math.round(peakRss / 1048576),
  ms,
  kind: parsed.kind,
  source: parsed.form?.source ?? null,
}));
