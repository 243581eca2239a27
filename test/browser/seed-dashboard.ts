import type { Database } from '../../src/adapters/db/database.ts';
import { insertOutboxMail, markOutboxSent } from '../../src/adapters/db/outbox-repo.ts';
import { insertRequestEvent } from '../../src/adapters/db/request-events-repo.ts';
import { insertRequest } from '../../src/adapters/db/requests-repo.ts';
import { findMissing } from '../../src/core/validate-request.ts';
import type { LabRequest } from '../../src/core/types.ts';

interface Seed {
  comune: string;
  istat: string;
  province: string;
  region: string;
  labs: Array<[string, string]>;
  contact: string;
  email: string | null;
  status: string;
  daysAgo: number;
  needs?: string | null;
  needsReview?: boolean;
}

const SEEDS: Seed[] = [
  { comune: 'Matera', istat: '077014', province: 'MT', region: 'Basilicata', labs: [['PO-4', 'PIAO e programmazione delle assunzioni']], contact: 'Maria Rossi', email: 'm.rossi@comune.matera.it', status: 'ready', daysAgo: 0 },
  { comune: 'Lecce', istat: '075035', province: 'LE', region: 'Puglia', labs: [['PC-1', 'Costruzione del parco progetti'], ['PC-4', 'Project management']], contact: 'Paolo Greco', email: 'p.greco@comune.lecce.it', status: 'assigned', daysAgo: 2 },
  { comune: 'Cosenza', istat: '078045', province: 'CS', region: 'Calabria', labs: [['PO-2', 'Reclutamento']], contact: 'Anna De Luca', email: null, status: 'incomplete', daysAgo: 1, needs: null },
  { comune: 'Potenza', istat: '076063', province: 'PZ', region: 'Basilicata', labs: [['PC-3', 'Procedure e affidamenti']], contact: 'Luigi Santoro', email: 'l.santoro@comune.potenza.it', status: 'scheduled', daysAgo: 9 },
  { comune: 'Avellino', istat: '064008', province: 'AV', region: 'Campania', labs: [['PO-1', 'Attrattività del lavoro pubblico']], contact: 'Chiara Esposito', email: 'c.esposito@comune.avellino.it', status: 'needs-review', daysAgo: 3, needsReview: true },
  { comune: 'Campobasso', istat: '070006', province: 'CB', region: 'Molise', labs: [['PC-2', 'Gestione finanziaria']], contact: 'Marco Colombo', email: 'm.colombo@comune.campobasso.it', status: 'completed', daysAgo: 40 },
  { comune: 'Trapani', istat: '081021', province: 'TP', region: 'Sicilia', labs: [['PO-6', 'Gestione associata di funzioni e servizi']], contact: 'Giovanna Russo', email: 'g.russo@comune.trapani.it', status: 'offered', daysAgo: 6 },
  { comune: 'Sassari', istat: '090064', province: 'SS', region: 'Sardegna', labs: [['PC-5', 'Monitoraggio e valutazione']], contact: 'Stefano Piras', email: 'stefano.piras@comune.sassari.it', status: 'received', daysAgo: 0 },
  { comune: 'Foggia', istat: '071024', province: 'FG', region: 'Puglia', labs: [['PO-3', 'Valorizzazione e retention del personale']], contact: 'Elena Marino', email: 'e.marino@comune.foggia.it', status: 'duplicate', daysAgo: 15 },
  { comune: 'Salerno', istat: '065116', province: 'SA', region: 'Campania', labs: [['PC-6', 'Comunicazione e valorizzazione dei progetti finanziati']], contact: 'Davide Ferri', email: 'd.ferri@comune.salerno.it', status: 'assigned', daysAgo: 20 },
];

function requestOf(s: Seed): LabRequest {
  return {
    comune: { name: s.comune, istat: s.istat, province: s.province, region: s.region, match: s.needsReview ? 'fuzzy' : 'exact' },
    partnership: 'single',
    otherComuni: [],
    entityPec: `protocollo@pec.comune.${s.comune.toLowerCase()}.it`,
    contact: { name: s.contact, role: 'Responsabile del personale', email: s.email, phone: '0835 241111' },
    area: s.labs[0]![0].startsWith('PO') ? 'PO' : 'PC',
    labs: s.labs.map(([code, title]) => ({ code, title })),
    needs: s.needs === undefined ? 'Rafforzare la programmazione dei fabbisogni di personale e la gestione dei progetti PNRR.' : s.needs,
    cup: [],
    audience: ['dirigenti', 'team'],
    participants: 18,
    days: 2,
    preferredPeriod: 'maggio-giugno 2026',
    venue: 'Sala consiliare',
    privacyConsent: true,
  };
}

/** Ten plausible requests across the programme's regions, with a timeline for the first ones. */
export async function seedDashboard(db: Database, now = new Date()): Promise<string[]> {
  const codes: string[] = [];
  for (const s of SEEDS) {
    const data = requestOf(s);
    const createdAt = new Date(now.getTime() - s.daysAgo * 86_400_000 - 3_600_000);
    const missing = findMissing(data);
    const { id, code } = await insertRequest(db, {
      status: s.status, sourceMessageId: null, createdAt, comuneName: s.comune, comuneIstat: s.istat, province: s.province,
      region: s.region, labCodes: s.labs.map(([c]) => c), contactEmail: s.email, replyTo: s.email, needsReview: Boolean(s.needsReview),
      data, missing, warnings: s.needsReview ? ['comune-fuzzy: "Avelino" letto come Avellino'] : [],
    });
    await db.query('UPDATE requests SET updated_at = $2 WHERE id = $1', [id, createdAt]);
    await insertRequestEvent(db, { requestId: id, type: 'received', actor: 'comune', details: { subject: `Richiesta Capacity Lab - Comune di ${s.comune}` } });
    if (s.email) {
      const mail = await insertOutboxMail(db, {
        messageId: `<${code}.ack@cap4city.example>`, requestId: id, template: 'ack', toAddress: s.email,
        fromAddress: 'cap4city@anci.example', subject: `[${code}] Richiesta ricevuta`, textBody: 'Gentile referente, ...',
      });
      await markOutboxSent(db, mail.id, '250 OK');
      await db.query('UPDATE outbox SET created_at = $2::timestamptz, sent_at = $2::timestamptz + interval \'4 minutes\' WHERE id = $1', [mail.id, createdAt]);
    }
    await db.query('UPDATE request_events SET created_at = $2 WHERE request_id = $1', [id, createdAt]);
    codes.push(code);
  }
  return codes;
}
