import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { MaterialQuery } from './materials.documents';
import { materialKeys } from './materials.keys';

export const fetchMaterial = async (id: string) => (await execute(MaterialQuery, { id })).material;

export function useMaterial(id: string, enabled = true) {
  return useQuery({ queryKey: materialKeys.detail(id), queryFn: () => fetchMaterial(id), enabled });
}
