import { BODY_STRUCTURES, type BodyStructure } from '@portal/domain';
import type { MaterialKindFieldsFragment, MaterialKindInput } from '../../gql/graphql';

export const isBodyStructure = (value: string): value is BodyStructure =>
  (BODY_STRUCTURES as readonly string[]).includes(value);

export interface KindFormValues {
  code: string;
  structure: BodyStructure;
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

/** An existing kind as stored, its own sort order included, so saving a new name never moves it. */
export const kindValues = (kind: MaterialKindFieldsFragment): KindFormValues => ({
  code: kind.code,
  structure: isBodyStructure(kind.structure) ? kind.structure : 'text',
  nameRu: kind.nameRu,
  nameKy: kind.nameKy,
  nameEn: kind.nameEn,
  sortOrder: String(kind.sortOrder),
});

/** A new kind goes after the last one unless the admin says otherwise. */
export const nextSortOrder = (kinds: Pick<MaterialKindFieldsFragment, 'sortOrder'>[]): number =>
  kinds.reduce((max, k) => Math.max(max, k.sortOrder), 0) + 1;

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
