import { describe, expect, it } from 'vitest';
import { binarizePixels } from '../../../src/core/ocr/binarize.ts';
import { repairOcrLabel } from '../../../src/core/ocr/repair-ocr-label.ts';
import { repairEmail, repairOcrValue } from '../../../src/core/ocr/repair-ocr-value.ts';

function greyImage(width: number, height: number, grey: (x: number, y: number) => number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 4;
      rgba[offset] = rgba[offset + 1] = rgba[offset + 2] = grey(x, y);
      rgba[offset + 3] = 255;
    }
  }
  return rgba;
}

describe('binarizePixels', () => {
  it('keeps ink, drops the light-grey boxes of the form, and keeps ink inside a shadow', () => {
    const width = 300;
    const height = 100;
    // left half in shadow (paper 120), right half in light (paper 250); ink 30 in the shadow, 35 in the light;
    // a box border of grey 170 in the light
    const rgba = greyImage(width, height, (x, y) => {
      const shadow = x < 150;
      if (y === 50 && (x === 40 || x === 200)) return shadow ? 30 : 35;
      if (y === 80 && x === 220) return 170;
      return shadow ? 120 : 250;
    });
    binarizePixels(rgba, width, height);
    const at = (x: number, y: number) => rgba[(y * width + x) * 4];
    expect(at(40, 50)).toBe(0);
    expect(at(200, 50)).toBe(0);
    expect(at(220, 80)).toBe(255);
    expect(at(10, 10)).toBe(255);
    expect(at(290, 10)).toBe(255);
  });
});

describe('OCR repairs', () => {
  it('maps a garbled label to the official one only when one label is clearly closest', () => {
    expect(repairOcrLabel('Cornune richiedente *')).toBe('Comune richiedente');
    expect(repairOcrLabel('Te1efono')).toBe('Telefono');
    expect(repairOcrLabel('Comune richiedente')).toBeNull();
    expect(repairOcrLabel('Rafforzare le competenze interne')).toBeNull();
  });

  it('repairs e-mail punctuation and stray spaces', () => {
    expect(repairEmail('Anna.Lorusso © comune.matera,it.')).toBe('anna.lorusso@comune.matera.it');
    expect(repairEmail('anna. lorusso@comune .matera.it')).toBe('anna.lorusso@comune.matera.it');
    expect(repairEmail('a@comune.bari.it / b@comune.bari.it')).toBe('a@comune.bari.it / b@comune.bari.it');
  });

  it('repairs digits only in number-like tokens, and lab codes', () => {
    expect(repairOcrValue('partecipanti', 'l5 circa')).toBe('15 circa');
    expect(repairOcrValue('codice_istat', 'O72OO6')).toBe('072006');
    expect(repairOcrValue('referente_telefono', '080 S77l111')).toBe('080 5771111');
    expect(repairOcrValue('referente_telefono', 'ufficio Sll')).toBe('ufficio Sll');
    expect(repairOcrValue('laboratorio', 'PC—S Monitoraggio e valutazione')).toBe('PC-5 Monitoraggio e valutazione');
    expect(repairOcrValue('laboratorio', 'P0-4 PIAO')).toBe('PO-4 PIAO');
    expect(repairOcrValue('sede', 'Sala 1O')).toBe('Sala 1O');
  });
});
