import { compactKey } from '../normalize/fold-text.ts';
import type { OcrWord } from './ocr-page.ts';

/**
 * How sure the OCR was of a value: the lowest confidence among the words it was read from. The words are found
 * by the value's letters and digits in the page's word stream; a value that cannot be traced back scores 0.
 */
// How many words apart the two halves of a word hyphenated at a line end may be read.
const MAX_SPLIT_DISTANCE = 12;

export class WordConfidence {
  private readonly text: string;
  private readonly owner: number[] = [];

  constructor(private readonly words: readonly OcrWord[]) {
    let text = '';
    words.forEach((word, index) => {
      const key = compactKey(word.text);
      text += key;
      for (let char = 0; char < key.length; char += 1) this.owner.push(index);
    });
    this.text = text;
  }

  of(value: string): number {
    const key = compactKey(value);
    if (key === '') return 0;
    let best = -1;
    // the same value may be printed twice (a Comune in the header and in its field): the surest reading counts
    for (let at = this.text.indexOf(key); at >= 0; at = this.text.indexOf(key, at + 1)) {
      const first = this.owner[at]!;
      const last = this.owner[at + key.length - 1]!;
      let lowest = 100;
      for (let index = first; index <= last; index += 1) lowest = Math.min(lowest, this.words[index]!.confidence);
      best = Math.max(best, lowest);
    }
    return Math.round(best >= 0 ? best : this.wordByWord(value));
  }

  /** A value assembled from separate lines (a dropped hint, a word split at a line end): each of its words in order. */
  private wordByWord(value: string): number {
    const keys = value.split(/\s+/).map(compactKey).filter((key) => key !== '');
    let lowest = 100;
    let from = 0;
    for (const key of keys) {
      const found = this.findWord(key, from);
      if (!found) return 0;
      lowest = Math.min(lowest, found.confidence);
      from = found.next;
    }
    return keys.length > 0 ? lowest : 0;
  }

  private findWord(key: string, from: number): { confidence: number; next: number } | null {
    for (let index = from; index < this.words.length; index += 1) {
      const word = this.words[index]!;
      const wordKey = compactKey(word.text);
      if (wordKey === key) return { confidence: word.confidence, next: index + 1 };
      if (wordKey.length < 2 || !key.startsWith(wordKey) || wordKey === key) continue;
      // "affida-" at a line end, "menti" a few words on (after a hint printed in the label column)
      for (let later = index + 1; later < Math.min(this.words.length, index + MAX_SPLIT_DISTANCE); later += 1) {
        const rest = this.words[later]!;
        if (wordKey + compactKey(rest.text) === key) return { confidence: Math.min(word.confidence, rest.confidence), next: later + 1 };
      }
    }
    return null;
  }
}
