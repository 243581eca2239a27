import { describe, expect, it } from 'vitest';
import { readCheckbox } from '../../../src/core/normalize/read-checkbox.ts';
import { markedOptionText } from '../../../src/core/normalize/marked-option.ts';
import { readEmail, readPhone } from '../../../src/core/normalize/contact-values.ts';
import { readCount } from '../../../src/core/normalize/read-count.ts';
import { findCupCodes } from '../../../src/core/normalize/find-cup-codes.ts';
import { tidyLine, tidyParagraphs } from '../../../src/core/normalize/tidy-text.ts';
import { boundedEditDistance } from '../../../src/core/normalize/edit-distance.ts';

describe('readCheckbox', () => {
  it.each([true, 'X', 'x', '[x]', '[ X ]', '☒', '☑', '✓', '✔', 'Sì', 'si', 'SI', 'true', '1', 'on', 'Sì, ho preso visione'])('%s is checked', (value) => {
    expect(readCheckbox(value)).toBe(true);
  });
  it.each([false, '', ' ', '☐', '[ ]', '[]', 'No', 'false', 'Off', '0', 'non selezionato'])('%s is unchecked', (value) => {
    expect(readCheckbox(value)).toBe(false);
  });
  it('is null when absent or unreadable', () => {
    expect(readCheckbox(undefined)).toBeNull();
    expect(readCheckbox('forse')).toBeNull();
  });
});

describe('markedOptionText', () => {
  it('keeps the checked option when marks precede the options', () => {
    expect(markedOptionText('☐ Singolo Comune ☒ Unione di Comuni ☐ Convenzione tra Comuni ☐ Altro')).toBe('Unione di Comuni');
    expect(markedOptionText('[ ] Singolo Comune [X] Convenzione tra Comuni [ ] Altro')).toBe('Convenzione tra Comuni');
    expect(markedOptionText('X Singolo Comune   Unione di Comuni')).toBe('Singolo Comune Unione di Comuni');
  });
  it('keeps the checked option when marks follow the options', () => {
    expect(markedOptionText('Singolo Comune [ ] Unione di Comuni [X] Convenzione tra Comuni [ ]')).toBe('Unione di Comuni');
  });
  it('returns the plain text when nothing is marked', () => {
    expect(markedOptionText('Unione di Comuni')).toBe('Unione di Comuni');
    expect(markedOptionText('☐ Singolo ☐ Unione')).toBe('Singolo Unione');
  });
});

describe('readEmail', () => {
  it.each([
    ['m.rossi@comune.bari.it', 'm.rossi@comune.bari.it'],
    ['  M.Rossi@Comune.Bari.IT ', 'm.rossi@comune.bari.it'],
    ['mailto:segreteria@comune.matera.it', 'segreteria@comune.matera.it'],
    ['Mario Rossi <mario.rossi@comune.potenza.it>', 'mario.rossi@comune.potenza.it'],
    ['E-mail: ufficio.personale@comune.it.', 'ufficio.personale@comune.it'],
  ])('%s → %s', (raw, expected) => {
    expect(readEmail(raw)).toBe(expected);
  });
  it.each(['mario.rossi', 'mario@', 'mario@comune', 'mario..rossi@comune.it', '@comune.it', ''])('%s is not an address', (raw) => {
    expect(readEmail(raw)).toBeNull();
  });
});

describe('readPhone', () => {
  it.each([
    ['080 1234567', '0801234567'],
    ['+39 080 123 4567', '+390801234567'],
    ['0039 333.123.4567', '+393331234567'],
    ['080/123.45.67', '0801234567'],
    ['Tel. 0971-415111', '0971415111'],
    ['333 1234567 / 080 7654321', '3331234567'],
  ])('%s → %s', (raw, expected) => {
    expect(readPhone(raw)).toBe(expected);
  });
  it.each(['12345', 'non disponibile', '+39 12', '1234567890123456789'])('%s is not a phone number', (raw) => {
    expect(readPhone(raw)).toBeNull();
  });
});

describe('readCount', () => {
  it.each([
    ['15', 15],
    ['circa 20', 20],
    ['15-20', 15],
    ['da 10 a 12 persone', 10],
    ['due', 2],
    ['Due giornate', 2],
    ['2 giornate in presenza', 2],
    ['1.000', 1000],
  ])('%s → %d', (raw, expected) => {
    expect(readCount(raw, 10_000)).toBe(expected);
  });
  it.each(['tanti', '0', '1,5', '', '20000'])('%s is not a count', (raw) => {
    expect(readCount(raw, 10_000)).toBeNull();
  });
});

describe('findCupCodes', () => {
  it('finds every CUP, uppercased and deduplicated', () => {
    expect(findCupCodes('J31B21000000006, b51h22000360006; J31B21000000006')).toEqual({ codes: ['J31B21000000006', 'B51H22000360006'], invalid: [] });
    expect(findCupCodes('CUP: F81B20000450001 (scuola) e CUP n. E11B21004020001')).toEqual({ codes: ['F81B20000450001', 'E11B21004020001'], invalid: [] });
    expect(findCupCodes('J31B 2100 0000 006').codes).toEqual(['J31B21000000006']);
  });
  it('reports tokens that try to be a CUP', () => {
    expect(findCupCodes('J31B2100000000, 123456789012345')).toEqual({ codes: [], invalid: ['J31B2100000000', '123456789012345'] });
  });
  it('accepts placeholders for "none"', () => {
    for (const value of ['-', 'nessuno', 'N/A', 'non presenti', '']) expect(findCupCodes(value)).toEqual({ codes: [], invalid: [] });
  });
});

describe('tidy text', () => {
  it('collapses a line and drops placeholders', () => {
    expect(tidyLine('  Sala   consiliare ')).toBe('Sala consiliare');
    expect(tidyLine('-')).toBeNull();
    expect(tidyLine('n.d.')).toBeNull();
    expect(tidyLine(true)).toBeNull();
  });
  it('keeps paragraphs and list items, joins wrapped lines', () => {
    const raw = '  Rafforzare   le competenze\ndel personale sulle gare.\n\n\nObiettivi:\n- nuovo regolamento\n- formazione  ';
    expect(tidyParagraphs(raw)).toBe('Rafforzare le competenze del personale sulle gare.\nObiettivi:\n- nuovo regolamento\n- formazione');
    expect(tidyParagraphs('Primo paragrafo\r\n\r\nSecondo')).toBe('Primo paragrafo\nSecondo');
    expect(tidyParagraphs('   ')).toBeNull();
  });
});

describe('boundedEditDistance', () => {
  it('counts substitutions, insertions and transpositions within the bound', () => {
    expect(boundedEditDistance('matera', 'matera', 2)).toBe(0);
    expect(boundedEditDistance('matrea', 'matera', 2)).toBe(1);
    expect(boundedEditDistance('campobaso', 'campobasso', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('bari', 'barletta', 2)).toBe(3);
  });
});
