import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readMessage, type ReadMessage } from '../../src/core/message/read-message.ts';
import { readPecEnvelope } from '../../src/core/message/read-pec.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE_DIRS = ['test/fixtures/messages', 'test/fixtures/heldout', 'test/fixtures/samples/pec', 'test/fixtures/samples/other'];

/** Every message of the fixtures as readMessage gives it, with the messages inside PEC envelopes and attached messages. */
export async function allFixtureMessages(): Promise<ReadMessage[]> {
  const messages: ReadMessage[] = [];
  for (const dir of FIXTURE_DIRS) {
    for (const file of readdirSync(path.join(ROOT, dir)).filter((name) => name.endsWith('.eml'))) {
      const queue: Buffer[] = [readFileSync(path.join(ROOT, dir, file))];
      for (let raw = queue.shift(); raw; raw = queue.shift()) {
        const message = await readMessage(raw);
        messages.push(message);
        const inner = readPecEnvelope(message)?.inner;
        if (inner) queue.push(inner);
        queue.push(...message.embeddedMessages.map((embedded) => embedded.raw));
      }
    }
  }
  return messages;
}
