import type { ObjectLiteral, Repository } from 'typeorm';
import { conflict, notFound } from '../common/app-error.js';

/**
 * Optimistic locking done right: the version is part of the UPDATE's WHERE clause, so of two concurrent saves
 * from the same version exactly one matches a row; the other is told it lost, with the version that won.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  repository: Repository<T>,
  what: string,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
): Promise<T> {
  const result = await repository
    .createQueryBuilder()
    .update()
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 1) return repository.findOneByOrFail({ id } as never);
  const current = await repository.findOneBy({ id } as never);
  if (!current) throw notFound(what);
  throw conflict(`${what} was changed by someone else (now version ${current.version})`, {
    currentVersion: current.version,
  });
}
