// "Numero di partecipanti" and "giornate" come as "15", "circa 20", "15-20", "due", "2 giornate".

const NUMBER_WORDS: Record<string, number> = {
  un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18,
  diciannove: 19, venti: 20, venticinque: 25, trenta: 30, quaranta: 40, cinquanta: 50, cento: 100,
};

/**
 * The first whole number in the text (a range "15-20" gives its lower end, 15: a commitment we can plan on),
 * or an Italian number word; null when there is none or it is outside 1..max.
 */
export function readCount(value: string | null, max: number): number | null {
  if (!value) return null;
  const digits = /\d+(?:[.,]\d+)?/.exec(value.slice(0, 200))?.[0];
  let count: number | undefined;
  if (digits) {
    // "1.000" is a thousand in Italian; "1,5" is not a whole count.
    if (/^\d{1,3}\.\d{3}$/.test(digits)) count = Number(digits.replace('.', ''));
    else if (/[.,]/.test(digits)) return null;
    else count = Number(digits);
  } else {
    const words = value.slice(0, 200).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[^a-z]+/);
    count = words.map((word) => NUMBER_WORDS[word]).find((number) => number !== undefined);
  }
  return count !== undefined && Number.isInteger(count) && count >= 1 && count <= max ? count : null;
}
