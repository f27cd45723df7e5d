import type { Language } from '@portal/domain';
import type { MaterialKindFieldsFragment } from '../../gql/graphql';

/** Kinds are data with their own names in three languages, not i18n keys. */
export function kindName(kind: MaterialKindFieldsFragment, language: Language): string {
  switch (language) {
    case 'ru':
      return kind.nameRu;
    case 'ky':
      return kind.nameKy;
    case 'en':
      return kind.nameEn;
  }
}
