import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialKindFieldsFragment } from '../../../gql/graphql';
import { isBodyStructure, kindValues } from '../kind-values';
import { KindForm } from './kind-form';

/** One kind: its three names, structure and sort order, and a form in place to change them. */
export function KindItem({ kind }: { kind: MaterialKindFieldsFragment }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <li className="kind-item card" data-testid={`kind-${kind.code}`}>
      <div className="kind-head">
        <h2>
          <span lang="ru">{kind.nameRu}</span> <code>{kind.code}</code>
        </h2>
        {!editing && (
          <button
            type="button"
            className="button button-small"
            onClick={() => setEditing(true)}
            data-testid="kind-edit"
          >
            {t('materialKinds.edit')}
          </button>
        )}
      </div>
      {editing ? (
        <KindForm
          idPrefix={`kind-${kind.code}`}
          initial={kindValues(kind)}
          existing
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <dl className="details">
          <div>
            <dt>{t('materialKinds.nameKy')}</dt>
            <dd lang="ky">{kind.nameKy}</dd>
          </div>
          <div>
            <dt>{t('materialKinds.nameEn')}</dt>
            <dd lang="en">{kind.nameEn}</dd>
          </div>
          <div>
            <dt>{t('materialKinds.structure')}</dt>
            <dd>{isBodyStructure(kind.structure) ? t(`kindStructures.${kind.structure}`) : kind.structure}</dd>
          </div>
          <div>
            <dt>{t('materialKinds.sortOrder')}</dt>
            <dd data-testid="kind-sort-order">{kind.sortOrder}</dd>
          </div>
        </dl>
      )}
    </li>
  );
}
