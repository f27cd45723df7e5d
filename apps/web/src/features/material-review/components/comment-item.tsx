import { subject } from '@casl/ability';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../app/ability';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { MaterialCommentFieldsFragment } from '../../../gql/graphql';
import { parseAnchor } from '../anchors';
import type { useCommentMutations } from '../use-comment-mutations';
import { CommentForm } from './comment-form';

interface Props {
  comment: MaterialCommentFieldsFragment;
  replies: MaterialCommentFieldsFragment[];
  myId: string | undefined;
  mutations: ReturnType<typeof useCommentMutations>;
}

export function CommentItem({ comment, replies, myId, mutations }: Props) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const [mode, setMode] = useState<'view' | 'edit' | 'reply'>('view');
  const anchor = parseAnchor(comment.anchor);
  const language = currentLanguage();
  const canResolve = ability.can('resolve', subject('Comment', { authorId: comment.authorId }));
  const isReply = !!comment.parentId;

  return (
    <li className={comment.resolvedAt ? 'comment resolved' : 'comment'} data-testid="comment">
      <div className="meta">
        <strong>{comment.authorName}</strong>
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, language)}</time>
        {comment.editedAt && <span>{t('review.edited')}</span>}
        {anchor && <span className="badge">{t(`review.anchor_${anchor.kind}`, { n: anchor.n })}</span>}
        {comment.resolvedAt && (
          <span className="badge" data-testid="comment-resolved">
            {t('review.resolvedBy', { name: comment.resolvedByName ?? '' })}
          </span>
        )}
      </div>
      {mode === 'edit' ? (
        <CommentForm
          id={`comment-edit-${comment.id}`}
          label={t('review.editComment')}
          submitLabel={t('review.save')}
          initial={comment.body}
          pending={mutations.edit.isPending}
          error={mutations.edit.error}
          onSubmit={(body) => mutations.edit.mutateAsync({ id: comment.id, body }).then(() => setMode('view'))}
          onCancel={() => setMode('view')}
        />
      ) : (
        <p className="comment-body">{comment.body}</p>
      )}
      {mode === 'view' && (
        <div className="actions">
          {!isReply && (
            <button type="button" className="link-button" onClick={() => setMode('reply')}>
              {t('review.reply')}
            </button>
          )}
          {comment.authorId === myId && (
            <button type="button" className="link-button" onClick={() => setMode('edit')}>
              {t('review.edit')}
            </button>
          )}
          {!isReply && canResolve && (
            <button
              type="button"
              className="link-button"
              data-testid="comment-resolve"
              onClick={() => mutations.resolve.mutate({ id: comment.id, resolved: !comment.resolvedAt })}
            >
              {comment.resolvedAt ? t('review.reopen') : t('review.resolve')}
            </button>
          )}
        </div>
      )}
      {replies.length > 0 && (
        <ul className="plain-list replies">
          {replies.map((r) => (
            <CommentItem key={r.id} comment={r} replies={[]} myId={myId} mutations={mutations} />
          ))}
        </ul>
      )}
      {mode === 'reply' && (
        <CommentForm
          id={`comment-reply-${comment.id}`}
          label={t('review.replyLabel')}
          submitLabel={t('review.send')}
          pending={mutations.add.isPending}
          error={mutations.add.error}
          onSubmit={(body) => mutations.add.mutateAsync({ body, parentId: comment.id }).then(() => setMode('view'))}
          onCancel={() => setMode('view')}
        />
      )}
    </li>
  );
}
