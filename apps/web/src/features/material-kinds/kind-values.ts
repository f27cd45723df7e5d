import type { MaterialKindFieldsFragment, MaterialKindInput } from '../../gql/graphql';

/** How a kind's bodies are shaped; the API checks the same list. */
export const KIND_STRUCTURES = ['text', 'points', 'qa', 'coverage'] as const;
export type KindStructure = (typeof KIND_STRUCTURES)[number];

export const isKindStructure = (value: string): value is KindStructure =>
  (KIND_STRUCTURES as readonly string[]).includes(value);

export interface KindFormValues {
  code: string;
  structure: KindStructure;
  nameRu: string;
  nameKy: string;
  nameEn: string;
  /** As typed; a number is sent. */
  sortOrder: string;
}

export const newKindValues = (sortOrder: number): KindFormValues => ({
  code: '',
  structure: 'text',
  nameRu: '',
  nameKy: '',
  nameEn: '',
  sortOrder: String(sortOrder),
});

/**
 * The API does not return a kind's sort order, and the list comes sorted by it, so the position stands in for it:
 * saving keeps the kind where it is as long as the stored orders are 1, 2, 3… (as the built-in kinds are).
 */
export const kindValues = (kind: MaterialKindFieldsFragment, position: number): KindFormValues => ({
  code: kind.code,
  structure: isKindStructure(kind.structure) ? kind.structure : 'text',
  nameRu: kind.nameRu,
  nameKy: kind.nameKy,
  nameEn: kind.nameEn,
  sortOrder: String(position),
});

export function toKindInput(values: KindFormValues): MaterialKindInput {
  const sortOrder = Number.parseInt(values.sortOrder, 10);
  return {
    code: values.code.trim(),
    structure: values.structure,
    nameRu: values.nameRu.trim(),
    nameKy: values.nameKy.trim(),
    nameEn: values.nameEn.trim(),
    sortOrder: Number.isFinite(sortOrder) ? sortOrder : 100,
  };
}
