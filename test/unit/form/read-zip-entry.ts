import yauzl from 'yauzl';

/** Reads one entry of a zip held in memory, as UTF-8 text (null when absent). */
export function readZipEntry(zip: Buffer, entryName: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (openError, archive) => {
      if (openError) return reject(openError);
      archive.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== entryName) return archive.readEntry();
        archive.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            archive.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
          stream.on('error', reject);
        });
      });
      archive.on('end', () => resolve(null));
      archive.on('error', reject);
      archive.readEntry();
    });
  });
}
