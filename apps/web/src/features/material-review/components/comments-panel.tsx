import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { useMe } from '../../auth/use-me';
import type { AnchorOption } from '../anchors';
import { useCommentMutations } from '../use-comment-mutations';
import { useMaterialComments } from '../use-material-comments';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';

/** The working group's discussion of a text: threads, optionally about one point or Q&A pair. */
export function CommentsPanel({ materialId, anchors }: { materialId: string; anchors: AnchorOption[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const comments = useMaterialComments(materialId);
  const mutations = useCommentMutations(materialId);
  const [anchor, setAnchor] = useState('');

  if (comments.isPending) return <Loading />;
  if (comments.isError) return <ErrorMessage error={comments.error} onRetry={() => void comments.refetch()} />;
  const threads = comments.data.filter((c) => !c.parentId);
  const repliesOf = (id: string) => comments.data.filter((c) => c.parentId === id);

  return (
    <div data-testid="material-comments">
      {threads.length === 0 ? (
        <p className="empty">{t('review.noComments')}</p>
      ) : (
        <ul className="plain-list comments">
          {threads.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              replies={repliesOf(c.id)}
              myId={me.data?.user.id}
              mutations={mutations}
            />
          ))}
        </ul>
      )}
      <CommentForm
        id="comment-new"
        label={t('review.newComment')}
        submitLabel={t('review.send')}
        pending={mutations.add.isPending}
        error={mutations.add.error}
        onSubmit={(body) => mutations.add.mutateAsync({ body, anchor: anchor || null }).then(() => setAnchor(''))}
      >
        {anchors.length > 0 && (
          <div className="field">
            <label htmlFor="comment-anchor">{t('review.anchor')}</label>
            <select id="comment-anchor" value={anchor} onChange={(e) => setAnchor(e.target.value)}>
              <option value="">{t('review.wholeText')}</option>
              {anchors.map((a) => (
                <option key={a.value} value={a.value}>
                  {t(`review.anchor_${a.kind}`, { n: a.n })}
                </option>
              ))}
            </select>
          </div>
        )}
      </CommentForm>
    </div>
  );
}
