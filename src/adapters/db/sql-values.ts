/** Conversions between JavaScript values and what pg / PGlite send and return. */

/** jsonb parameters are sent as JSON text: pg would turn a JS array into a Postgres array. */
export function jsonParam(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** bytea comes back as Buffer from pg and as Uint8Array from PGlite. */
export function bufferFromBytea(value: unknown): Buffer | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError(`bytea column returned ${typeof value}`);
}

/** int8 columns arrive as strings (see the type parsers); bigint ids stay strings, small counters become numbers. */
export function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

export function stringOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
