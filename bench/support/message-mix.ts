import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCatalog } from '../../src/core/normalize/catalog.ts';
import { parseMessage, type ParseContext } from '../../src/core/parse-message.ts';
import { planIntake } from '../../src/core/plan-intake.ts';
import { parseWorkflowConfig } from '../../src/core/workflow/workflow-config.ts';
import { REPO_ROOT } from './service-process.ts';

export interface Fixture {
  file: string;
  raw: Buffer;
}

export interface MixMessage {
  fixture: string;
  raw: Buffer;
  messageId: string;
  /** Message-ID the service's answer will carry in In-Reply-To; null when no answer is due */
  answerInReplyTo: string | null;
}

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/messages');

/** The golden corpus: PDF forms, DOCX, ODT, XLSX, body-only, PEC, signed, automatic, replies, hostile. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((file) => ({ file, raw: readFileSync(path.join(FIXTURES, file)) }));
}

/** The parse context the service builds from the bench's config (same catalog, own addresses, domain). */
export function serviceParseContext(mailboxUser: string): ParseContext {
  return {
    catalog: parseCatalog(readFileSync(path.join(REPO_ROOT, 'config/catalog.yaml'), 'utf8')),
    ownAddresses: ['cap4city@anci.example.it', mailboxUser.toLowerCase()],
    ownMessageIdDomain: 'cap4city.test',
  };
}

/** The top-level Message-ID replaced (or added), so every copy is a distinct message to the service. */
export function withMessageId(raw: Buffer, messageId: string): Buffer {
  let end = raw.indexOf('\r\n\r\n');
  let eol = '\r\n';
  if (end < 0) {
    end = raw.indexOf('\n\n');
    eol = '\n';
  }
  if (end < 0) end = raw.length;
  const head = raw.subarray(0, end).toString('latin1');
  const line = `Message-ID: ${messageId}`;
  const replaced = /^message-id:.*(\r?\n[ \t].*)*$/im.test(head)
    ? head.replace(/^message-id:.*(\r?\n[ \t].*)*$/im, line)
    : `${line}${eol}${head}`;
  return Buffer.concat([Buffer.from(replaced, 'latin1'), raw.subarray(end)]);
}

/**
 * `count` messages cycling through the fixtures, each with its own Message-ID. Whether the service
 * will answer a fixture is found by parsing it once here, exactly as the worker will; the answer
 * carries the top-level Message-ID in In-Reply-To (for PEC too: the envelope's), which is checked.
 */
export async function buildMix(fixtures: Fixture[], count: number, ctx: ParseContext, runTag: string): Promise<MixMessage[]> {
  const answersTo = parseWorkflowConfig(readFileSync(path.join(REPO_ROOT, 'config/workflow.yaml'), 'utf8')).answersTo;
  const answered = new Map<string, boolean>();
  for (const fixture of fixtures.slice(0, count)) {
    const probeId = `<bench-${runTag}-probe@bench.example.it>`;
    const parsed = await parseMessage(withMessageId(fixture.raw, probeId), ctx);
    const plan = planIntake(parsed, { ownAddresses: ctx.ownAddresses, answersTo });
    const answers = Boolean(plan.reply && plan.replyTo);
    if (answers && parsed.message.messageId !== probeId) throw new Error(`${fixture.file}: the answer would not refer to the top-level Message-ID`);
    answered.set(fixture.file, answers);
  }
  return Array.from({ length: count }, (_, i) => {
    const fixture = fixtures[i % fixtures.length]!;
    const messageId = `<bench-${runTag}-${i}@bench.example.it>`;
    return { fixture: fixture.file, raw: withMessageId(fixture.raw, messageId), messageId, answerInReplyTo: answered.get(fixture.file) ? messageId : null };
  });
}

/** Messages per second when the same messages are only parsed, one after another, in this process. */
export async function parseOnlyRate(raws: Buffer[], ctx: ParseContext): Promise<{ messages: number; seconds: number; perSecond: number }> {
  const start = performance.now();
  for (const raw of raws) await parseMessage(raw, ctx);
  const seconds = (performance.now() - start) / 1000;
  return { messages: raws.length, seconds, perSecond: raws.length / seconds };
}
