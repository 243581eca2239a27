import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../../src/workflows/workflow-context.ts';
import { useMigratedBackend } from './test-backends.ts';

describe('work decided in a transaction, done after its commit', () => {
  const backend = useMigratedBackend('postgres');

  it('runs only the steps of the attempt that committed when PostgreSQL re-runs the transaction', async () => {
    const ran: string[] = [];
    let attempt = 0;
    const result = await inTransaction(backend.db, async (tx, after) => {
      attempt += 1;
      const mine = `attempt ${attempt}`;
      after.add(async () => void ran.push(mine));
      await tx.query('SELECT 1');
      // a serialization failure: the adapter rolls back and runs the function again
      if (attempt === 1) throw Object.assign(new Error('could not serialize access'), { code: '40001' });
      return mine;
    });
    expect(result).toBe('attempt 2');
    expect(ran).toEqual(['attempt 2']);
  });

  it('runs no step when the transaction fails for good', async () => {
    const ran: string[] = [];
    await expect(
      inTransaction(backend.db, async (_tx, after) => {
        after.add(async () => void ran.push('sent'));
        throw new Error('render failed');
      }),
    ).rejects.toThrow('render failed');
    expect(ran).toEqual([]);
  });
});
