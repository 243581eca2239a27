import { describe, expect, it } from 'vitest';
import { findEmails } from '../../../src/core/extract-form/contact-patterns.ts';
import { firstEmail, scanEmails } from '../../../src/core/normalize/contact-emails.ts';
import { readContactName } from '../../../src/core/normalize/contact-name.ts';

// The pattern the scanner replaced: quadratic on long runs of letters, but the reference for what counts as an address.
const OLD_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

describe('scanEmails', () => {
  it.each([
    ['Referente: m.rossi@comune.bari.it.', ['m.rossi@comune.bari.it']],
    ['scrivere a protocollo@pec.comune.matera.it oppure a info@comune.matera.it', ['protocollo@pec.comune.matera.it', 'info@comune.matera.it']],
    ['Rossi,m.rossi@comune.it;tel', ['m.rossi@comune.it']],
    ['<anna_lo-russo+pnrr@comune.example.it>', ['anna_lo-russo+pnrr@comune.example.it']],
    // the domain stops after the letters of its last label; what follows may start the next address
    ['x@ab.com1@c.it', ['x@ab.com', '1@c.it']],
    ['mail a@b.cc@d.ee', ['a@b.cc']],
    ['a@comune.bari.it2', ['a@comune.bari.it']],
    ['a@b.c, a@b..it, @comune.it, a@comune', []],
  ])('reads %j', (text, addresses) => {
    expect(scanEmails(text)).toEqual(addresses);
  });

  it('finds what the old pattern found, on text shaped like forms and like garbage', () => {
    let seed = 20260126;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabets = ['ab1.@', 'aB9.-_@ %+', 'a.@-', 'ab1.@ ,é;:<>()', 'aZ09-.@_%+ \n\tè'];
    for (let i = 0; i < 20_000; i++) {
      const alphabet = alphabets[i % alphabets.length] ?? '';
      let text = '';
      for (let length = 1 + Math.floor(random() * 40); length > 0; length--) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(scanEmails(text), JSON.stringify(text)).toEqual(text.match(OLD_PATTERN) ?? []);
    }
  });

  it('skips addresses longer than RFC 5321 allows instead of cutting them', () => {
    const label = (length: number) => 'a'.repeat(length);
    expect(scanEmails(`${label(64)}@comune.it`)).toEqual([`${label(64)}@comune.it`]);
    expect(scanEmails(`${label(65)}@comune.it`)).toEqual([]);
    expect(scanEmails(`x@${label(63)}.it`)).toHaveLength(1);
    expect(scanEmails(`x@${label(64)}.it`)).toEqual([]);
    expect(scanEmails(`x@comune.${label(64)}`)).toEqual([]);
    const domain = (tld: string) => `x@${`${label(60)}.`.repeat(4)}${tld}`;
    expect(scanEmails(domain('abcdefgh'))).toEqual([domain('abcdefgh')]); // 254 characters
    expect(scanEmails(domain('abcdefghi'))).toEqual([]);
    // a skipped address does not hide the next one
    expect(scanEmails(`${label(100)}@comune.it m.rossi@comune.it`)).toEqual(['m.rossi@comune.it']);
    expect(firstEmail(`${label(100)}@comune.it, m.rossi@comune.it`)).toBe('m.rossi@comune.it');
  });
});

describe('e-mail addresses in long runs of letters', () => {
  const SIZES = [1_000, 10_000, 100_000];
  const runs: Record<string, (size: number) => string> = {
    // the text of the PDF that took 21.7 s: its runs of letters come out glued into one
    letters: (size) => 'a'.repeat(size),
    'letters then @': (size) => `${'a'.repeat(size)}@`,
    'letters then .': (size) => `${'a'.repeat(size)}.`,
    'address then letters': (size) => `x@${'a'.repeat(size)}`,
    'dotted letters': (size) => 'a.'.repeat(size / 2),
    'dashed letters': (size) => 'a-'.repeat(size / 2),
    'dotted domain': (size) => `x@${'a.'.repeat(size / 2)}`,
    'dotted letters then @': (size) => `${'a.'.repeat(size / 2)}@`,
    'at signs': (size) => 'a@'.repeat(size / 2),
  };

  for (const [shape, build] of Object.entries(runs)) {
    it(`finds none in ${shape}, in linear time`, () => {
      for (const size of SIZES) {
        const text = build(size);
        const started = performance.now();
        const found = findEmails(text);
        const elapsed = performance.now() - started;
        // the old pattern took about 4 s on 100 KB of any of these
        expect(elapsed, `${size} characters`).toBeLessThan(size <= 10_000 ? 100 : 200);
        expect(found.filter((address) => address.length > 254)).toEqual([]);
      }
    });
  }

  it('still finds the address written after a long run', () => {
    const text = `${'a'.repeat(100_000)} referente m.rossi@comune.bari.it`;
    const started = performance.now();
    expect(findEmails(text)).toEqual(['m.rossi@comune.bari.it']);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('reads a contact line with a long run in it quickly', () => {
    for (const tail of ['a'.repeat(100_000), `x@${'a'.repeat(100_000)}`, `(${'a'.repeat(100_000)})`, `${'a.'.repeat(50_000)}@`]) {
      const started = performance.now();
      const parts = readContactName(`Mario Rossi, ${tail}, m.rossi@comune.bari.it`);
      expect(performance.now() - started).toBeLessThan(200);
      expect(parts).toMatchObject({ name: 'Mario Rossi', email: 'm.rossi@comune.bari.it' });
    }
  });
});
