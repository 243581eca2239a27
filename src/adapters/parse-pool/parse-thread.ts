// A parse thread: runs parseMessage for one message at a time, apart from the service's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { IntakeError } from '../../core/errors.ts';
import { parseCatalog } from '../../core/normalize/catalog.ts';
import { parseMessage, type ParseContext } from '../../core/parse-message.ts';
import type { ParseThreadData, ParseThreadRequest, ParseThreadResponse, ThrownError } from './parse-thread-protocol.ts';

const data = workerData as ParseThreadData;
const context: ParseContext = {
  catalog: parseCatalog(data.catalogYaml),
  ownAddresses: data.ownAddresses,
  ownMessageIdDomain: data.ownMessageIdDomain,
  ...(data.limits ? { limits: data.limits } : {}),
};

const reply = (response: ParseThreadResponse) => parentPort?.postMessage(response);

parentPort?.on('message', (request: ParseThreadRequest) => {
  const raw = Buffer.from(request.raw.buffer, request.raw.byteOffset, request.raw.byteLength);
  parseMessage(raw, context)
    .then((parsed) => reply({ type: 'parsed', id: request.id, parsed }))
    // a result that cannot be cloned fails its own message, not the thread
    .catch((error: unknown) => reply({ type: 'failed', id: request.id, error: describeError(error) }));
});
reply({ type: 'ready' });

function describeError(error: unknown): ThrownError {
  if (error instanceof IntakeError) return { name: error.name, message: error.message, code: error.code, retryable: error.retryable };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
