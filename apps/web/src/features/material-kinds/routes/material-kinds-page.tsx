import '../material-kinds.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { useMaterialKinds } from '../../materials/use-material-kinds';
import { KindForm } from '../components/kind-form';
import { KindItem } from '../components/kind-item';
import { newKindValues, nextSortOrder } from '../kind-values';

export function MaterialKindsPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const kinds = useMaterialKinds();
  const [added, setAdded] = useState<string | null>(null);

  if (!ability.can('manage', 'MaterialKind')) return <Forbidden />;
  if (kinds.isError) return <ErrorMessage error={kinds.error} onRetry={() => void kinds.refetch()} />;
  if (!kinds.data) return <Loading />;

  return (
    <section>
      <h1>{t('materialKinds.title')}</h1>
      <p className="lead">{t('materialKinds.intro')}</p>
      <ul className="kind-list" data-testid="kind-list">
        {kinds.data.map((k) => (
          <KindItem key={k.id} kind={k} />
        ))}
      </ul>
      <section className="card" aria-labelledby="kind-new-title">
        <h2 id="kind-new-title">{t('materialKinds.addTitle')}</h2>
        <p className="status" role="status" data-testid="kind-added">
          {added ? t('materialKinds.added', { name: added }) : ''}
        </p>
        <KindForm
          key={kinds.data.length}
          idPrefix="kind-new"
          initial={newKindValues(nextSortOrder(kinds.data))}
          existing={false}
          onSaved={(kind) => setAdded(kind.nameRu)}
        />
      </section>
    </section>
  );
}
