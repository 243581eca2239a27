import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE_DIRS = ['test/fixtures/messages', 'test/fixtures/heldout', 'test/fixtures/samples/pec', 'test/fixtures/samples/other'];

/** Every real message of the corpora, as raw bytes (the seeds that mutations start from). */
export function loadSeedMessages(maxBytes = Number.POSITIVE_INFINITY): Buffer[] {
  const seeds: Buffer[] = [];
  for (const dir of FIXTURE_DIRS) {
    const full = path.join(ROOT, dir);
    for (const name of readdirSync(full).sort()) {
      if (!name.endsWith('.eml')) continue;
      const raw = readFileSync(path.join(full, name));
      if (raw.length <= maxBytes) seeds.push(raw);
    }
  }
  return seeds;
}

const CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'x-unknown-42', 'utf-16', 'utf-7', 'gb2312', '', '"', 'iso-2022-jp'];
const TRANSFER_ENCODINGS = ['base64', 'quoted-printable', '7bit', '8bit', 'binary', 'x-uuencode', 'bogus'];
const CONTENT_TYPES = [
  'text/plain',
  'text/html',
  'application/pdf',
  'application/pkcs7-mime',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/xml',
  'message/rfc822',
  'multipart/mixed',
  'multipart/signed',
  'multipart/report',
  'application/octet-stream',
];

/** A byte-level mutation applied to a seed message. */
type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'bit-flip'; positions: number[] }
  | { kind: 'splice'; at: number; bytes: Uint8Array }
  | { kind: 'delete-range'; at: number; length: number }
  | { kind: 'duplicate-range'; at: number; length: number; times: number }
  | { kind: 'swap-charset'; charset: string }
  | { kind: 'swap-encoding'; encoding: string }
  | { kind: 'giant-header'; name: string; size: number }
  | { kind: 'many-headers'; count: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((at) => ({ kind: 'truncate' as const, at })),
  fc.array(fraction, { minLength: 1, maxLength: 40 }).map((positions) => ({ kind: 'bit-flip' as const, positions })),
  fc.record({ at: fraction, bytes: fc.uint8Array({ maxLength: 300 }) }).map((r) => ({ kind: 'splice' as const, ...r })),
  fc.record({ at: fraction, length: fc.integer({ min: 1, max: 4000 }) }).map((r) => ({ kind: 'delete-range' as const, ...r })),
  fc.record({ at: fraction, length: fc.integer({ min: 1, max: 400 }), times: fc.integer({ min: 2, max: 50 }) }).map((r) => ({ kind: 'duplicate-range' as const, ...r })),
  fc.constantFrom(...CHARSETS).map((charset) => ({ kind: 'swap-charset' as const, charset })),
  fc.constantFrom(...TRANSFER_ENCODINGS).map((encoding) => ({ kind: 'swap-encoding' as const, encoding })),
  fc.record({ name: fc.constantFrom('Subject', 'From', 'Content-Type', 'References', 'X-Junk', 'Received'), size: fc.integer({ min: 1000, max: 400_000 }) }).map((r) => ({ kind: 'giant-header' as const, ...r })),
  fc.integer({ min: 100, max: 20_000 }).map((count) => ({ kind: 'many-headers' as const, count })),
);

function at(raw: Buffer, fractionOf: number): number {
  return Math.min(raw.length, Math.floor(fractionOf * raw.length));
}

export function applyMutation(raw: Buffer, m: Mutation): Buffer {
  switch (m.kind) {
    case 'truncate':
      return raw.subarray(0, at(raw, m.at));
    case 'bit-flip': {
      const copy = Buffer.from(raw);
      if (copy.length === 0) return copy;
      for (const p of m.positions) {
        const i = Math.min(copy.length - 1, Math.floor(p * copy.length));
        copy[i] = copy[i]! ^ (1 << Math.floor(p * 8 * 997) % 8);
      }
      return copy;
    }
    case 'splice': {
      const i = at(raw, m.at);
      return Buffer.concat([raw.subarray(0, i), Buffer.from(m.bytes), raw.subarray(i)]);
    }
    case 'delete-range': {
      const i = at(raw, m.at);
      return Buffer.concat([raw.subarray(0, i), raw.subarray(Math.min(raw.length, i + m.length))]);
    }
    case 'duplicate-range': {
      const i = at(raw, m.at);
      const piece = raw.subarray(i, Math.min(raw.length, i + m.length));
      return Buffer.concat([raw.subarray(0, i), ...Array.from({ length: m.times }, () => piece), raw.subarray(i)]);
    }
    case 'swap-charset':
      return Buffer.from(raw.toString('latin1').replace(/charset="?[^";\s]*"?/gi, `charset=${m.charset}`), 'latin1');
    case 'swap-encoding':
      return Buffer.from(raw.toString('latin1').replace(/Content-Transfer-Encoding:[^\r\n]*/gi, `Content-Transfer-Encoding: ${m.encoding}`), 'latin1');
    case 'giant-header':
      return Buffer.concat([Buffer.from(`${m.name}: ${'A'.repeat(m.size)}\r\n`, 'latin1'), raw]);
    case 'many-headers':
      return Buffer.concat([Buffer.from(Array.from({ length: m.count }, (_, i) => `X-H${i}: v\r\n`).join(''), 'latin1'), raw]);
  }
}

/** A seed from the corpus with one to four mutations applied in turn. */
export function mutatedMessage(seeds: Buffer[]): fc.Arbitrary<Buffer> {
  return fc
    .record({ seed: fc.constantFrom(...seeds), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
    .map(({ seed, mutations }) => mutations.reduce((raw, m) => applyMutation(raw, m), seed));
}

/** A random MIME tree: nesting, odd boundaries, wrong types, thousands of parts. */
export function randomMimeTree(): fc.Arbitrary<Buffer> {
  const leaf = fc
    .record({
      type: fc.constantFrom(...CONTENT_TYPES),
      charset: fc.constantFrom(...CHARSETS),
      encoding: fc.constantFrom(...TRANSFER_ENCODINGS),
      filename: fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('../../etc/passwd', 'modulo.pdf', 'a\r\nBcc: x@y', 'x'.repeat(3000), 'richiesta.docx.p7m')), { nil: null }),
      body: fc.oneof(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b).toString('latin1')), fc.constant('Comune richiedente: Bari\nLaboratorio richiesto: PO-2\n')),
    })
    .map((p) => [
      `Content-Type: ${p.type}; charset=${p.charset}${p.filename === null ? '' : `; name="${p.filename}"`}`,
      `Content-Transfer-Encoding: ${p.encoding}`,
      ...(p.filename === null ? [] : [`Content-Disposition: attachment; filename="${p.filename}"`]),
      '',
      p.body,
    ].join('\r\n'));
  const { tree } = fc.letrec<{ tree: string }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc
        .record({
          subtype: fc.constantFrom('mixed', 'alternative', 'related', 'signed', 'report'),
          boundary: fc.oneof(fc.constant('b'), fc.string({ minLength: 0, maxLength: 70 }).filter((s) => !/[\r\n"]/.test(s)), fc.constant('x'.repeat(200))),
          children: fc.array(tie('tree'), { maxLength: 5 }),
          closeBoundary: fc.boolean(),
        })
        .map((m) =>
          [
            `Content-Type: multipart/${m.subtype}; boundary="${m.boundary}"`,
            '',
            ...m.children.map((child) => `--${m.boundary}\r\n${child}`),
            m.closeBoundary ? `--${m.boundary}--` : '',
          ].join('\r\n'),
        ),
      tie('tree').map((inner) => `Content-Type: message/rfc822\r\n\r\nFrom: x@y.it\r\nSubject: inner\r\n${inner}`),
    ),
  }));
  return fc
    .record({ tree, subject: fc.string({ maxLength: 200 }), from: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 80 })) })
    .map(({ tree: body, subject, from }) => Buffer.from(`From: ${from}\r\nTo: cap4city@anci.it\r\nSubject: ${subject}\r\nMessage-ID: <fuzz@x>\r\nMIME-Version: 1.0\r\n${body}`, 'latin1'));
}

/** Shapes no fixture has: very deep nesting and very many parts. */
export function pathologicalMessage(): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.integer({ min: 50, max: 3000 }).map((depth) => {
      let body = 'Content-Type: text/plain\r\n\r\nciao';
      for (let i = 0; i < depth; i++) body = `Content-Type: multipart/mixed; boundary="d${i}"\r\n\r\n--d${i}\r\n${body}\r\n--d${i}--`;
      return Buffer.from(`From: a@b.it\r\nSubject: deep\r\nMIME-Version: 1.0\r\n${body}\r\n`, 'latin1');
    }),
    fc.integer({ min: 500, max: 6000 }).map((parts) => {
      const body = Array.from({ length: parts }, (_, i) => `--p\r\nContent-Type: application/pdf; name="f${i}.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n`).join('');
      return Buffer.from(`From: a@b.it\r\nSubject: many\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n${body}--p--\r\n`, 'latin1');
    }),
    fc.integer({ min: 20, max: 300 }).map((depth) => {
      let inner = 'From: a@b.it\r\nSubject: inner\r\n\r\nciao';
      for (let i = 0; i < depth; i++) inner = `From: a@b.it\r\nSubject: fwd ${i}\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n${inner}`;
      return Buffer.from(inner, 'latin1');
    }),
  );
}

/** Any hostile input: mostly mutated real mail, some random trees and pathological shapes. */
export function hostileMessage(seeds: Buffer[]): fc.Arbitrary<Buffer> {
  return fc.oneof({ arbitrary: mutatedMessage(seeds), weight: 6 }, { arbitrary: randomMimeTree(), weight: 3 }, { arbitrary: pathologicalMessage(), weight: 1 });
}
