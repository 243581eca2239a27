import { findMessageById } from '../adapters/db/messages-repo.ts';
import { findRequestById, lockRequest, updateRequestDetails } from '../adapters/db/requests-repo.ts';
import { insertRequestEvent } from '../adapters/db/request-events-repo.ts';
import { IntakeError } from '../core/errors.ts';
import { settleOcrReading } from '../core/ocr/apply-ocr-reading.ts';
import type { OcrFieldCheck } from '../core/ocr/check-ocr-key-fields.ts';
import type { FormFieldName, FormFields, ParsedMessage } from '../core/types.ts';
import type { WorkflowContext } from './workflow-context.ts';

/** What OCR made of a message's scanned form (the adapter in src/adapters/ocr reads it). */
export interface ScanReading {
  parsed: ParsedMessage;
  checks: OcrFieldCheck[];
  scan: {
    filename: string | null;
    pageCount: number;
    pageSeconds: number[];
    warnings: string[];
    reading: { fields: FormFields; confidence: Partial<Record<FormFieldName, number>>; pageConfidence: number; repaired?: FormFieldName[] };
  };
}

/** Reads the scanned forms of a raw message; null when it holds none. */
export type ScanReader = (raw: Buffer, parsed: ParsedMessage) => Promise<ScanReading | null>;

export interface OcrOutcome {
  status: 'read' | 'no-scan' | 'already-done' | 'not-applied';
  flagged: string[];
}

// While a person has not yet decided on the request, OCR values may still fill it in.
const OPEN_TO_OCR = new Set(['received', 'needs-review', 'incomplete']);

/**
 * The OCR job of a request whose form came as a scan: reads the scan of its source message, fills the request with
 * the values read (the scan first, the request's own values fill the gaps), records an `ocr-completed` event with
 * every value and its confidence, and leaves the request in review: the secretariat confirms or corrects OCR values
 * (those below the threshold are flagged) before approving. Running it twice changes nothing.
 */
export async function ocrRequest(ctx: WorkflowContext, readScan: ScanReader, requestId: string, threshold: number): Promise<OcrOutcome> {
  const request = await findRequestById(ctx.db, requestId);
  if (!request) throw new IntakeError('request-not-found', `no request ${requestId}`);
  if (await hasOcrEvent(ctx, requestId)) return { status: 'already-done', flagged: [] };
  const message = request.sourceMessageId ? await findMessageById(ctx.db, request.sourceMessageId) : null;
  if (!message?.raw) return { status: 'no-scan', flagged: [] };
  const raw = Buffer.from(message.raw);
  const read = await readScan(raw, await ctx.parse(raw));
  if (!read) return { status: 'no-scan', flagged: [] };

  const flagged = read.checks.filter((check) => check.flagged).map((check) => check.field);
  const status = await ctx.db.transaction(async (tx) => {
    const locked = await lockRequest(tx, requestId);
    if (!locked) throw new IntakeError('request-not-found', `no request ${requestId}`);
    if (await hasOcrEvent({ db: tx }, requestId)) return 'already-done' as const;
    const open = OPEN_TO_OCR.has(locked.status);
    // the same settling as `cap4city parse` prints
    const settled = settleOcrReading({ request: locked.data, warnings: locked.warnings }, read.parsed);
    const applied = open && settled.applied;
    if (applied) {
      const merged = settled.request;
      await updateRequestDetails(tx, requestId, {
        data: merged,
        missing: settled.missing,
        comuneName: merged.comune.name,
        comuneIstat: merged.comune.istat,
        province: merged.comune.province,
        region: merged.comune.region,
        labCodes: merged.labs.map((lab) => lab.code),
        contactEmail: merged.contact.email,
        // OCR values are never taken as sure: a person confirms them
        needsReview: true,
        warnings: settled.warnings,
      });
    } else if (open && settled.warnings.join('\n') !== locked.warnings.join('\n')) {
      // nothing readable: the request says so (ocr-unreadable, ocr-timeout) beside its own warnings
      await updateRequestDetails(tx, requestId, { warnings: settled.warnings });
    }
    await insertRequestEvent(tx, {
      requestId,
      type: 'ocr-completed',
      actor: 'system',
      details: {
        source: read.parsed.form?.source ?? null,
        filename: read.scan.filename,
        applied,
        threshold,
        pages: read.scan.pageCount,
        pageSeconds: read.scan.pageSeconds.map((seconds) => Math.round(seconds * 100) / 100),
        pageConfidence: read.scan.reading.pageConfidence,
        fields: describeFields(read.scan.reading.fields, read.scan.reading.confidence),
        // the values an OCR repair changed ("in.rossi" → "n.rossi"): guesses a person confirms
        repaired: read.scan.reading.repaired ?? [],
        keyFields: read.checks,
        flagged,
        warnings: read.scan.warnings,
      },
    });
    return applied ? ('read' as const) : ('not-applied' as const);
  });
  return { status, flagged: status === 'already-done' ? [] : flagged };
}

function describeFields(fields: FormFields, confidence: Partial<Record<FormFieldName, number>>): Record<string, { value: string | boolean; confidence: number | null }> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, { value: value as string | boolean, confidence: confidence[name as FormFieldName] ?? null }]));
}

async function hasOcrEvent(ctx: { db: Pick<WorkflowContext['db'], 'query'> }, requestId: string): Promise<boolean> {
  const { rows } = await ctx.db.query<{ found: number }>(`SELECT 1 AS found FROM request_events WHERE request_id = $1 AND type = 'ocr-completed' LIMIT 1`, [requestId]);
  return rows.length > 0;
}
