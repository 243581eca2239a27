import yauzl from 'yauzl';
import type { ExtractLimits } from './extract-limits.ts';

/** What to do with one entry: keep its bytes, only inflate and count them (a bomb check), or leave it. */
export type EntryMode = 'read' | 'count' | 'skip';

export interface ZipEntries {
  ok: boolean;
  names: string[];
  entries: Map<string, Buffer>;
  warnings: string[];
}

// Real office files compress text about 5-20x; far beyond this, on a large entry, is a bomb.
const MAX_COMPRESSION_RATIO = 200;
const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

type ZipLimits = Pick<ExtractLimits, 'maxUnzippedBytes' | 'maxZipEntries'>;

/** Opens a zip from memory with bomb guards: entry count, declared sizes, compression ratio, and real inflated bytes. */
export function readZipEntries(
  buffer: Buffer,
  modeFor: (name: string) => EntryMode,
  limits: ZipLimits,
  label: string,
): Promise<ZipEntries> {
  const result: ZipEntries = { ok: false, names: [], entries: new Map(), warnings: [] };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (warning?: string, zipfile?: yauzl.ZipFile): void => {
      if (settled) return;
      settled = true;
      if (warning) result.warnings.push(warning);
      else result.ok = true;
      try {
        zipfile?.close();
      } catch {
        // already closed
      }
      resolve(result);
    };
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (openError, zipfile) => {
      if (openError || !zipfile) return finish(`zip-unreadable: ${label}: ${openError?.message ?? 'no archive'}`);
      if (zipfile.entryCount > limits.maxZipEntries) {
        return finish(`zip-bomb: ${label} has ${zipfile.entryCount} entries (max ${limits.maxZipEntries})`, zipfile);
      }
      let declaredTotal = 0;
      let inflatedTotal = 0;
      zipfile.on('error', (error: Error) => finish(`zip-unreadable: ${label}: ${error.message}`, zipfile));
      zipfile.on('end', () => finish(undefined, zipfile));
      zipfile.on('entry', (entry: yauzl.Entry) => {
        if (settled) return;
        result.names.push(entry.fileName);
        declaredTotal += entry.uncompressedSize;
        if (declaredTotal > limits.maxUnzippedBytes) {
          return finish(`zip-bomb: ${label} declares ${declaredTotal} bytes uncompressed (max ${limits.maxUnzippedBytes})`, zipfile);
        }
        const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
        if (entry.uncompressedSize > RATIO_CHECK_MIN_BYTES && ratio > MAX_COMPRESSION_RATIO) {
          return finish(`zip-bomb: ${label} entry ${entry.fileName} compressed ${Math.round(ratio)}:1`, zipfile);
        }
        const mode = entry.fileName.endsWith('/') ? 'skip' : modeFor(entry.fileName);
        if (mode === 'skip') return zipfile.readEntry();
        zipfile.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return finish(`zip-unreadable: ${label}: ${streamError?.message ?? 'no stream'}`, zipfile);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => {
            inflatedTotal += chunk.length;
            if (inflatedTotal > limits.maxUnzippedBytes) {
              stream.destroy();
              finish(`zip-bomb: ${label} inflates past ${limits.maxUnzippedBytes} bytes`, zipfile);
              return;
            }
            if (mode === 'read') chunks.push(chunk);
          });
          stream.on('error', (error: Error) => finish(`zip-unreadable: ${label}: ${error.message}`, zipfile));
          stream.on('end', () => {
            if (settled) return;
            if (mode === 'read') result.entries.set(entry.fileName, Buffer.concat(chunks));
            zipfile.readEntry();
          });
        });
      });
      zipfile.readEntry();
    });
  });
}
