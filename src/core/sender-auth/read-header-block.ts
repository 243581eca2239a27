// Headers of interest sit at the top; a header block larger than this is not real mail.
const MAX_HEADER_BYTES = 512 * 1024;

/** Unfolded values of one header, top first (the order receiving servers prepend them in). */
export function readHeaderValues(raw: Buffer, name: string): string[] {
  const head = raw.subarray(0, Math.min(raw.length, MAX_HEADER_BYTES)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const block = end >= 0 ? head.slice(0, end) : head;
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const line of block.split(/\r?\n(?![ \t])/)) {
    const colon = line.indexOf(':');
    if (colon <= 0 || line.slice(0, colon).trim().toLowerCase() !== wanted) continue;
    values.push(line.slice(colon + 1).replace(/\r?\n[ \t]+/g, ' ').trim());
  }
  return values;
}
