import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testEnv } from '../helpers/env.ts';
import { createImapTestClient, type ImapTestClient } from '../helpers/imap.ts';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../helpers/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../helpers/service.ts';
import type { Service } from '../../src/main.ts';

const env = testEnv();
const USER = env.imap.user2;

// a working day lasts 2 s: reminder after 1 day, the offer lapses after 2
const FAST_WORKFLOW = [
  'offerTimeoutDays: 2',
  'offerReminderDays: 1',
  'infoReminderDays: 5',
  'infoExpireDays: 15',
  'escalationDays: 5',
  'feedbackAfterDays: 10',
  'testSecondsPerDay: 2',
  'answersTo: contact-first',
  '',
].join('\n');

interface MailSpec {
  id: string;
  from: string;
  subject: string;
  body: string[];
  inReplyTo?: string;
}

function mail(spec: MailSpec): string {
  return [
    `From: ${spec.from}`,
    'To: Cap4City <cap4city@anci.example.it>',
    `Subject: ${spec.subject}`,
    `Message-ID: <${spec.id}@test.example.it>`,
    ...(spec.inReplyTo ? [`In-Reply-To: ${spec.inReplyTo}`, `References: ${spec.inReplyTo}`] : []),
    'Date: Mon, 12 Jan 2026 09:30:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...spec.body,
    '',
  ].join('\r\n');
}

function request(id: string, comune: string, email: string, lab: string, needs: string | null): string {
  return mail({
    id,
    from: `Referente <${email}>`,
    subject: `Richiesta Capacity Lab - Comune di ${comune}`,
    body: [
      'Buongiorno, inviamo la richiesta di partecipazione.',
      '',
      `Comune richiedente: ${comune}`,
      'Referente: Lucia Marino',
      'Ruolo: Responsabile del personale',
      `E-mail: ${email}`,
      `Laboratorio richiesto: ${lab}`,
      ...(needs ? [`Fabbisogni e obiettivi: ${needs}`] : []),
      '',
      'Cordiali saluti',
    ],
  });
}

describe('the request workflow, told as stories', () => {
  let sink: SmtpSink;
  let database: TestDatabase;
  let imap: ImapTestClient;
  let setup: ServiceSetup;
  const services: Service[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    database = await createTestDatabase();
    imap = await createImapTestClient(env, { user: USER });
    await imap.resetMailbox();
    setup = setupService({ testEnv: env, databaseUrl: database.url, smtpUrl: sink.url, imapUser: USER, pollSeconds: 300, workflowYaml: FAST_WORKFLOW });
  });

  afterEach(async () => {
    while (services.length) await services.pop()!.stop();
  });

  afterAll(async () => {
    await imap?.close();
    await sink?.close();
    await database?.drop();
    setup?.cleanup();
  });

  async function start(): Promise<Service> {
    const service = await setup.start();
    services.push(service);
    return service;
  }

  const about = (code: string | undefined) => (m: ReceivedMail) => Boolean(code && m.subject?.includes(code));
  const codeOf = (m: ReceivedMail) => /C4C-\d{4}-\d{5}/.exec(m.subject ?? '')?.[0];

  async function statusOf(service: Service, code: string): Promise<string> {
    const { rows } = await service.db.query<{ status: string }>('select status from requests where code = $1', [code]);
    return rows[0]!.status;
  }

  it('complete request → receipt → offer to an expert → ACCETTO → the Comune is told who its expert is', async () => {
    await start();
    await imap.appendMessage('INBOX', request('story1', 'Potenza', 'l.marino@comune.potenza.example.it', 'PO-2 Reclutamento', 'Assumere tecnici per il PNRR.'));
    const [ack] = await sink.waitFor((m) => m.to.includes('l.marino@comune.potenza.example.it') && /Richiesta ricevuta/.test(m.subject ?? ''), 15_000);
    const code = codeOf(ack!);
    const [offer] = await sink.waitFor((m) => about(code)(m) && /Proposta di incarico/.test(m.subject ?? ''), 15_000);
    expect(offer!.to[0]).toMatch(/@example\.org$/);
    expect(offer!.text).toContain('ACCETTO');
    // mailparser inlines message/rfc822 parts: look for the attached original in the raw mail
    expect(offer!.raw.toString('latin1')).toMatch(/Content-Type: message\/rfc822;?\s+name=richiesta-originale\.eml/);

    await imap.appendMessage('INBOX', mail({
      id: 'story1-accept',
      from: offer!.to[0]!,
      subject: `Re: ${offer!.subject}`,
      inReplyTo: offer!.messageId,
      body: ['ACCETTO', '', 'Buona giornata', '', `Il giorno lun 12 gen 2026 alle 10:00 Cap4City ha scritto:`, '> NON DISPONIBILE per rispondere di no'],
    }));
    const [confirmed] = await sink.waitFor((m) => about(code)(m) && m.to.includes('l.marino@comune.potenza.example.it') && m !== ack, 15_000);
    expect(confirmed!.text).toContain(offer!.to[0]!);
    await sink.waitFor((m) => about(code)(m) && m.to.includes(offer!.to[0]!) && m !== offer, 10_000);
    expect(await statusOf(services[0]!, code!)).toBe('assigned');
  });

  it('incomplete request → information missing (form attached) → the Comune answers → complete → offer', async () => {
    await start();
    await imap.appendMessage('INBOX', request('story2', 'Crotone', 'g.ferri@comune.crotone.example.it', 'PC-3', null));
    const [missing] = await sink.waitFor((m) => m.to.includes('g.ferri@comune.crotone.example.it') && /mancano/.test(m.subject ?? ''), 15_000);
    const code = codeOf(missing!);
    expect(missing!.text).toContain('Fabbisogni e obiettivi');
    expect(missing!.attachments.some((a) => a.contentType === 'application/pdf')).toBe(true);
    expect(await statusOf(services[0]!, code!)).toBe('incomplete');

    await imap.appendMessage('INBOX', mail({
      id: 'story2-answer',
      from: 'Giulia Ferri <g.ferri@comune.crotone.example.it>',
      subject: `Re: ${missing!.subject}`,
      inReplyTo: missing!.messageId,
      body: ['Buongiorno, ecco i dati mancanti.', '', 'Fabbisogni e obiettivi: semplificare le procedure di affidamento sotto soglia.', '', '> Per poterla esaminare ci servono ancora queste informazioni:', '>   - Fabbisogni e obiettivi'],
    }));
    await sink.waitFor((m) => about(code)(m) && /Proposta di incarico/.test(m.subject ?? ''), 15_000);
    const { rows } = await services[0]!.db.query<{ needs: string }>(`select data->>'needs' as needs from requests where code = $1`, [code]);
    expect(rows[0]!.needs).toContain('procedure di affidamento');
    const { rows: requests } = await services[0]!.db.query('select id from requests');
    expect(requests).toHaveLength(2); // the reply opened no request of its own
  });

  it('an expert who stays silent gets a reminder, then the request goes to the next expert', async () => {
    await start();
    await imap.appendMessage('INBOX', request('story3', 'Termoli', 's.colombo@comune.termoli.example.it', 'PC-4 Project management', 'Gestire il cronoprogramma dei progetti.'));
    const [first] = await sink.waitFor((m) => /Proposta di incarico/.test(m.subject ?? '') && m.text?.includes('Termoli') === true, 15_000);
    const code = codeOf(first!);
    const [reminder] = await sink.waitFor((m) => about(code)(m) && m.to.includes(first!.to[0]!) && m !== first, 15_000);
    expect(reminder!.subject).toMatch(/Promemoria/i);
    const offers = await sink.waitForCount(2, (m) => about(code)(m) && /Proposta di incarico/.test(m.subject ?? ''), 20_000);
    expect(offers[1]!.to[0]).not.toBe(first!.to[0]);
    const { rows } = await services[0]!.db.query<{ status: string }>(
      'select a.status from assignments a join requests r on r.id = a.request_id where r.code = $1 order by a.id',
      [code],
    );
    expect(rows.map((r) => r.status)).toEqual(['expired', 'offered']);
  });

  it('nobody eligible: the secretariat is told and the request waits in review', async () => {
    await start();
    await imap.appendMessage('INBOX', request('story4', 'Cagliari', 'r.pinna@comune.cagliari.example.it', 'PO-5 Contrattazione', 'Preparare la contrattazione decentrata.'));
    const [ack] = await sink.waitFor((m) => m.to.includes('r.pinna@comune.cagliari.example.it'), 15_000);
    const code = codeOf(ack!);
    const isOffer = (m: ReceivedMail) => about(code)(m) && /Proposta di incarico/.test(m.subject ?? '');
    const isNotice = (m: ReceivedMail) => about(code)(m) && m.to.includes('segreteria@anci.example.it');
    // every expert who covers PO-5 in Sardegna declines in turn
    for (let declined = 0; declined < 20; declined++) {
      await sink.waitForCount(declined + 1, (m) => isOffer(m) || isNotice(m), 15_000);
      if (sink.messages.some(isNotice)) break;
      const offer = sink.messages.filter(isOffer)[declined]!;
      await imap.appendMessage('INBOX', mail({ id: `story4-decline-${declined}`, from: offer.to[0]!, subject: `Re: ${offer.subject}`, inReplyTo: offer.messageId, body: ['NON DISPONIBILE, mi dispiace.'] }));
    }
    const [notice] = await sink.waitFor(isNotice, 5_000);
    expect(notice!.subject).toMatch(/Nessun esperto/);
    const offered = new Set(sink.messages.filter(isOffer).map((m) => m.to[0]));
    expect(offered.size).toBe(sink.messages.filter(isOffer).length); // nobody was asked twice
    expect(await statusOf(services[0]!, code!)).toBe('needs-review');
  });

  it('a restart of every process in the middle of a story changes nothing a person sees', async () => {
    const first = await start();
    await imap.appendMessage('INBOX', request('story5', 'Bari', 'a.decaro@comune.bari.example.it', 'PC-1 Costruzione del parco progetti', 'Costruire il parco progetti 2026.'));
    const [ack] = await sink.waitFor((m) => m.to.includes('a.decaro@comune.bari.example.it'), 15_000);
    const code = codeOf(ack!);
    await sink.waitFor((m) => about(code)(m) && /Proposta di incarico/.test(m.subject ?? ''), 15_000);
    await first.stop();
    services.splice(services.indexOf(first), 1);

    const before = sink.messages.filter(about(code)).length;
    await start();
    // the same message again, as if the mailbox had been restored
    await imap.appendMessage('INBOX', request('story5', 'Bari', 'a.decaro@comune.bari.example.it', 'PC-1 Costruzione del parco progetti', 'Costruire il parco progetti 2026.'));
    await imap.waitForFolderCount('INBOX', 0, 10_000);
    await new Promise((r) => setTimeout(r, 1500));
    const afterRestart = sink.messages.filter(about(code));
    // only the reminder the offer was due anyway may arrive: no second receipt, no second offer
    expect(afterRestart.filter((m) => /Richiesta ricevuta/.test(m.subject ?? ''))).toHaveLength(1);
    expect(afterRestart.filter((m) => /Proposta di incarico/.test(m.subject ?? '') && m.to[0] === afterRestart.find((x) => /Proposta di incarico/.test(x.subject ?? ''))!.to[0])).toHaveLength(1);
    expect(afterRestart.length).toBeGreaterThanOrEqual(before);
    const ids = afterRestart.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
