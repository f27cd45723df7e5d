import '../../materials/materials.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import { ErrorMessage, Loading } from '../../../app/components/status';
import type { MaterialFieldsFragment } from '../../../gql/graphql';
import { useMaterial } from '../../materials/use-material';
import { EditMaterial } from '../components/edit-material';

export function MaterialEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ability = useAppAbility();
  const material = useMaterial(id);
  // The text as it was when editing began. Later refetches (after a conflict) must not remount the form and
  // throw away what the user typed; the conflict panel handles newer versions explicitly.
  const [initial, setInitial] = useState<MaterialFieldsFragment | null>(null);
  if (material.data && material.data.id !== initial?.id) setInitial(material.data);

  if (!ability.can('update', 'Material')) return <Forbidden />;
  if (material.isError && !initial)
    return <ErrorMessage error={material.error} onRetry={() => void material.refetch()} />;
  if (!initial) return <Loading />;
  const { working } = initial;
  if (!working) return <Forbidden />;
  if (working.state === 'in_review' || working.state === 'agreed') {
    return (
      <div className="alert alert-warn" role="alert" data-testid="under-review">
        <span>{t('materials.underReviewNote')}</span>{' '}
        <Link to={`/materials/${id}`} lang={initial.language}>
          {working.title}
        </Link>
      </div>
    );
  }
  return <EditMaterial initial={{ ...initial, working }} />;
}
