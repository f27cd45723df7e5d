import { materialKeys } from '../materials/materials.keys';

/** Under the material's detail key, so anything that invalidates a material refreshes these too. */
export const reviewKeys = {
  revisions: (id: string) => [...materialKeys.detail(id), 'revisions'] as const,
  diff: (id: string, from: number, to: number) => [...materialKeys.detail(id), 'diff', from, to] as const,
  comments: (id: string) => [...materialKeys.detail(id), 'comments'] as const,
};
