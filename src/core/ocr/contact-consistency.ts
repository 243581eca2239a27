// Whether the contact's e-mail address and name, read from a scan, agree: "n.rossi" belongs to "Nicolò Rossi",
// "in.rossi" is the box's border read as an "i" in front of it.
import { boundedEditDistance } from '../normalize/edit-distance.ts';
import { foldText } from '../normalize/fold-text.ts';

// Words of a name looked at (Italian names rarely have more); more would make the forms below grow fast.
const MAX_NAME_WORDS = 4;
// What a box border or a ruling line is read as, in front of a value.
const BORDER_ARTEFACT = /^[|!Il1i[(]/;
// Letters OCR takes for one another at the start of an address ("l.maltese" for "i.maltese").
const CONFUSABLE: Readonly<Record<string, readonly string[]>> = { i: ['l', '1', 'j'], l: ['i', '1'], '1': ['l', 'i'], j: ['i'], o: ['0'], '0': ['o'] };

/** The words of a person's name, folded: "Nicolò De Rossi" → nicolo, de, rossi. */
function nameWords(name: string): string[] {
  return foldText(name)
    .split(' ')
    .filter((word) => /^[a-z]+$/.test(word))
    .slice(0, MAX_NAME_WORDS);
}

/** The letters of a local part as built from a name: separators and a trailing number dropped ("n.rossi2" → nrossi). */
function localLetters(local: string): string {
  return local.toLowerCase().replace(/\d+$/, '').replace(/[._-]/g, '');
}

/**
 * Every way an address's local part is made of a name: some of its words in any order, each whole or as its initial,
 * with at least one whole word of three letters or more ("Giovanna De Luca": g.deluca, giovanna.deluca, deluca.g…).
 */
function nameForms(words: readonly string[]): Set<string> {
  const forms = new Set<string>();
  const build = (used: number, text: string, whole: boolean) => {
    if (whole && text !== '') forms.add(text);
    words.forEach((word, index) => {
      if (used & (1 << index)) return;
      build(used | (1 << index), text + word, whole || word.length >= 3);
      build(used | (1 << index), text + word[0], whole);
    });
  };
  build(0, '', false);
  return forms;
}

export type LocalPartVerdict =
  /** The local part is made of the name. */
  | { kind: 'fits' }
  /** A border read as a letter in front of it: `local` is the address's local part without it. */
  | { kind: 'border'; local: string }
  /** The initial misread as a look-alike ("l.maltese" for Ilaria Maltese): `local` has the name's initial. */
  | { kind: 'initial'; local: string }
  /** One letter away from a form of the name ("m.loludice" for Michele Loiudice): likely misread. */
  | { kind: 'near-miss' }
  /** Nothing to say: a generic address ("protocollo", "segreteria.generale") or a name not read. */
  | { kind: 'unrelated' };

/** Judges an e-mail's local part against the contact's name read on the same form. */
export function judgeLocalPart(local: string, name: string | null): LocalPartVerdict {
  const words = name ? nameWords(name) : [];
  if (words.length === 0) return looksBordered(local) ? { kind: 'near-miss' } : { kind: 'unrelated' };
  const forms = nameForms(words);
  const letters = localLetters(local);
  if (forms.has(letters)) return { kind: 'fits' };
  // the border's letter sits in front of the address: what follows it starts the address, never with a dot
  if (BORDER_ARTEFACT.test(local) && /^[a-z0-9]/i.test(local.slice(1))) {
    const rest = local.slice(1);
    if (forms.has(localLetters(rest))) return { kind: 'border', local: rest };
  }
  const first = local[0]?.toLowerCase() ?? '';
  for (const lookAlike of CONFUSABLE[first] ?? []) {
    const mended = lookAlike + local.slice(1);
    if (forms.has(localLetters(mended))) return { kind: 'initial', local: mended };
  }
  if (letters.length >= 5) {
    for (const form of forms) if (form.length >= 4 && boundedEditDistance(letters, form, 1) <= 1) return { kind: 'near-miss' };
  }
  return looksBordered(local) && !words.some((word) => word[0] === local[0]?.toLowerCase()) ? { kind: 'near-miss' } : { kind: 'unrelated' };
}

/**
 * "in.rossi", "lm.ferrara": a first part of two letters that starts with what a border reads as, before a longer
 * one. Initials are one letter; a two-letter first part is rare, and with a leading i or l suspect.
 */
function looksBordered(local: string): boolean {
  const [first = '', second = ''] = local.split(/[._-]/);
  return /^[il1|!]/i.test(first) && first.length === 2 && second.length >= 3;
}
