import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { OrganizationEntity } from '../modules/organizations/organization.entity.js';

/** One loader per relation, created per request so caches never outlive it or cross users. */
export function createLoaders(dataSource: DataSource) {
  return {
    organization: new DataLoader<string, OrganizationEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
