import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDaticert, toIsoDate } from '../../../src/core/message/parse-daticert.ts';
import { readMessage } from '../../../src/core/message/read-message.ts';
import { readPecEnvelope } from '../../../src/core/message/read-pec.ts';
import { BASE_HEADERS, buildMail } from './build-mail.ts';
import { buildDaticert, buildPecEnvelope, INNER_REQUEST } from './build-pec.ts';

const samples = new URL('../../fixtures/samples/', import.meta.url);
const readSample = async (path: string) => readMessage(readFileSync(new URL(path, samples)));

describe('readPecEnvelope', () => {
  it('returns null for ordinary mail, even S/MIME-signed', async () => {
    expect(readPecEnvelope(await readSample('other/java-pec-simple-mail.eml'))).toBeNull();
    const signed = await readMessage(
      buildMail(
        { ...BASE_HEADERS, 'Content-Type': 'multipart/signed; protocol="application/pkcs7-signature"; boundary="s"' },
        '--s\r\nContent-Type: text/plain\r\n\r\nciao\r\n--s\r\nContent-Type: application/pkcs7-signature; name="smime.p7s"\r\n\r\nMIIB\r\n--s--\r\n',
      ),
    );
    expect(readPecEnvelope(signed)).toBeNull();
  });

  it('reads a transport envelope and hands over the original message', async () => {
    const envelope = readPecEnvelope(await readMessage(buildPecEnvelope({ inner: INNER_REQUEST, daticert: buildDaticert('posta-certificata') })));
    expect(envelope).not.toBeNull();
    expect(envelope?.isReceipt).toBe(false);
    expect(envelope?.pec).toEqual({
      type: 'posta-certificata',
      sender: 'protocollo@pec.comune.bari.it',
      identifier: 'opec21.20260112093005.1234@pec.example.it',
      date: '2026-01-12T08:30:05.000Z',
    });
    expect(envelope?.inner?.toString()).toContain('Comune richiedente: Bari');
    expect(envelope?.warnings).toEqual([]);
  });

  it('reads an X-Trasporto: errore envelope as a transport, not a receipt', async () => {
    const envelope = readPecEnvelope(await readMessage(buildPecEnvelope({ inner: INNER_REQUEST, daticert: buildDaticert('errore'), transport: 'errore' })));
    expect(envelope?.isReceipt).toBe(false);
    expect(envelope?.pec.type).toBe('errore');
    expect(envelope?.inner).not.toBeNull();
  });

  it('never opens the original inside a delivery receipt', async () => {
    const envelope = readPecEnvelope(await readSample('pec/go-pec-avvenuta-consegna-with-original.eml'));
    expect(envelope?.isReceipt).toBe(true);
    expect(envelope?.inner).toBeNull();
    expect(envelope?.pec.type).toBe('avvenuta-consegna');
    expect(envelope?.pec.date).toBe('2021-05-13T12:35:30.000Z');
  });

  it.each([
    ['pec/go-pec-accettazione.eml', 'accettazione', 'sender@fakepec.it'],
    ['pec/go-pec-consegna.eml', 'errore-consegna', 'sender@fakepec.it'],
    ['pec/java-pec-accettazione.eml', 'accettazione', 'sender@fakepec.it'],
    ['pec/java-pec-errore-consegna.eml', 'errore-consegna', 'sender@fakepec.it'],
  ])('reads the receipt %s', async (path, type, sender) => {
    const envelope = readPecEnvelope(await readSample(path));
    expect(envelope?.isReceipt).toBe(true);
    expect(envelope?.inner).toBeNull();
    expect(envelope?.pec.type).toBe(type);
    expect(envelope?.pec.sender).toBe(sender);
    expect(envelope?.pec.identifier).toMatch(/^opec210312\./);
  });

  it('treats a daticert receipt type as a receipt even without X-Ricevuta', async () => {
    const raw = buildPecEnvelope({ inner: INNER_REQUEST, daticert: buildDaticert('avvenuta-consegna') });
    const envelope = readPecEnvelope(await readMessage(raw));
    expect(envelope?.isReceipt).toBe(true);
    expect(envelope?.inner).toBeNull();
  });

  it('gives the inner message of the truncated envelope with warnings', async () => {
    const envelope = readPecEnvelope(await readSample('pec/go-pec-envelope-truncated.eml'));
    expect(envelope?.isReceipt).toBe(false);
    expect(envelope?.pec.type).toBe('posta-certificata');
    expect(envelope?.pec.sender).toBe('no-reply@example.com');
    expect(envelope?.pec.date).toBe('2021-05-14T10:02:08.000Z');
    expect(envelope?.inner?.toString()).toContain('Subject: POSTA CERTIFICATA: SUBJECT');
    expect(envelope?.warnings.some((w) => w.startsWith('pec-envelope-truncated'))).toBe(true);
  });

  it('falls back to the headers when daticert.xml is missing', async () => {
    const envelope = readPecEnvelope(await readMessage(buildPecEnvelope({ inner: INNER_REQUEST, daticert: null })));
    expect(envelope?.pec).toEqual({
      type: 'posta-certificata',
      sender: 'protocollo@pec.comune.bari.it',
      identifier: 'opec21.20260112093005.1234@pec.example.it',
      date: '2026-01-12T08:30:05.000Z',
    });
    expect(envelope?.warnings).toContain('pec-daticert-missing: no daticert.xml in the envelope');
  });

  it('warns when the original is missing from a transport envelope', async () => {
    const envelope = readPecEnvelope(await readMessage(buildPecEnvelope({ inner: null, daticert: buildDaticert('posta-certificata') })));
    expect(envelope?.inner).toBeNull();
    expect(envelope?.warnings).toContain('pec-original-missing: no postacert.eml in the envelope');
  });
});

describe('parseDaticert', () => {
  it('never expands external or undeclared entities', () => {
    const xml = buildDaticert('posta-certificata', '<!DOCTYPE postacert SYSTEM "http://127.0.0.1:1/postacert.dtd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
      .replace('<oggetto>Richiesta laboratorio</oggetto>', '<oggetto>&xxe;</oggetto>');
    const result = parseDaticert(Buffer.from(xml));
    expect(result.info?.type).toBe('posta-certificata');
    expect(result.info?.sender).toBe('protocollo@pec.comune.bari.it');
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('reports broken XML without throwing', () => {
    expect(parseDaticert(Buffer.from('<postacert tipo="accettazione"><dati>')).info?.type).toBe('accettazione');
    const garbage = parseDaticert(Buffer.from('\u0000\u0001 not xml'));
    expect(garbage.info).toBeNull();
    expect(garbage.warnings[0]).toMatch(/^pec-daticert-unreadable: /);
  });

  it('turns giorno, ora and zona into an ISO date', () => {
    expect(toIsoDate('15/11/2024', '18:20:38', '+0100')).toBe('2024-11-15T17:20:38.000Z');
    expect(toIsoDate('1/7/2025', '08:00:00', '+0200')).toBe('2025-07-01T06:00:00.000Z');
    expect(toIsoDate('2024-11-15', '18:20:38', '+0100')).toBeNull();
  });
});
