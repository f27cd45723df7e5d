import { useTranslation } from 'react-i18next';
import { Can } from '../../../app/ability';
import type { MaterialFieldsFragment } from '../../../gql/graphql';
import { parseDoc } from '../../materials/material-doc';
import { anchorOptions } from '../anchors';
import { CommentsPanel } from './comments-panel';
import { RevisionsPanel } from './revisions-panel';

/** For members and up: the discussion and the revisions of a text. */
export function ReviewSection({ material }: { material: MaterialFieldsFragment }) {
  const { t } = useTranslation();
  const doc = parseDoc((material.working ?? material.published)?.body);
  return (
    <div className="no-print">
      <Can I="read" a="Comment">
        <section>
          <h2>{t('review.comments')}</h2>
          <CommentsPanel materialId={material.id} anchors={anchorOptions(doc, material.kind.structure)} />
        </section>
      </Can>
      <section>
        <h2>{t('review.revisions')}</h2>
        <RevisionsPanel materialId={material.id} language={material.language} />
      </section>
    </div>
  );
}
