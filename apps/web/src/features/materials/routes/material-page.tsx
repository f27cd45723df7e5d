import '../materials.css';
import { subject } from '@casl/ability';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { isApiError } from '../../../app/api-error';
import { NotFoundPage } from '../../../app/components/not-found-page';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { canSeeWork } from '../can-see-work';
import { ReaderNotices } from '../components/reader-notices';
import { RescheduleAction } from '../components/reschedule-action';
import { TranslationsList } from '../components/translations-list';
import { WithdrawAction } from '../components/withdraw-action';
import { exportUrl } from '../export-urls';
import { HistoryList } from '../components/history-list';
import { MaterialMeta } from '../components/material-meta';
import { RevisionSection } from '../components/revision-section';
import { WorkflowActions } from '../components/workflow-actions';
import { ReviewSection } from '../../material-review/components/review-section';
import { isMaterialId } from '../material-id';
import { useMaterial } from '../use-material';

export function MaterialPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ability = useAppAbility();
  const wellFormed = isMaterialId(id);
  const material = useMaterial(id, wellFormed);
  const seesWork = canSeeWork(ability);

  // A mistyped link and a material that is gone (or not visible to this user) read the same, with a way back.
  if (!wellFormed || isApiError(material.error, 'NOT_FOUND') || isApiError(material.error, 'BAD_USER_INPUT')) {
    return (
      <NotFoundPage
        title={t('materials.notFoundTitle')}
        text={t('materials.notFoundText')}
        back={{ to: '/materials', label: t('materials.backToList') }}
      />
    );
  }
  if (material.isPending) return <Loading />;
  if (material.isError) return <ErrorMessage error={material.error} onRetry={() => void material.refetch()} />;
  const m = material.data;
  const { published, working } = m;
  const workingIsPublished = !!working && working.id === published?.id;
  const materialSubject = {
    state: working?.state ?? published?.state ?? 'approved',
    contributorIds: working?.contributorIds ?? [],
    published: !!published,
  };
  const canEdit = !!working && ability.can('update', subject('Material', { ...materialSubject }));
  const frozen = working?.state === 'in_review' || working?.state === 'agreed';
  const title = published?.title ?? working?.title ?? '';

  const editLink = canEdit && !frozen && (
    <Link className="button" to={`/materials/${m.id}/edit`} data-testid="material-edit">
      {working.state === 'draft' ? t('materials.edit') : t('materials.startRevision')}
    </Link>
  );

  return (
    <article className="material-page">
      <p className="no-print">
        <Link to="/materials">{t('materials.backToList')}</Link>
      </p>
      <h1 className="no-print" lang={m.language}>
        {title}
      </h1>
      <ReaderNotices material={m} />
      <MaterialMeta material={m} />
      {published ? (
        <RevisionSection
          revision={published}
          heading={t('materials.publishedText')}
          language={m.language}
          testId="material-published"
          approval={m.approval}
          printable
        >
          <button type="button" className="button" onClick={() => window.print()} data-testid="material-print">
            {t('materials.print')}
          </button>
          <a className="button" href={exportUrl(m.id, 'docx')} download data-testid="export-docx">
            {t('materials.downloadDocx')}
          </a>
          <a className="button" href={exportUrl(m.id, 'pdf')} download data-testid="export-pdf">
            {t('materials.downloadPdf')}
          </a>
          {workingIsPublished && editLink}
          {!m.withdrawnAt && ability.can('withdraw', subject('Material', { ...materialSubject })) && (
            <WithdrawAction materialId={m.id} />
          )}
          {!m.withdrawnAt && ability.can('reschedule', subject('Material', { ...materialSubject })) && (
            <RescheduleAction material={m} />
          )}
        </RevisionSection>
      ) : (
        <p className="alert alert-warn no-print" data-testid="not-published">
          {t('materials.notPublished')}
        </p>
      )}
      {seesWork && working && (
        <>
          {!workingIsPublished && (
            <RevisionSection
              revision={working}
              heading={t('materials.workingText')}
              language={m.language}
              testId="material-working"
            >
              {editLink}
            </RevisionSection>
          )}
          <WorkflowActions material={m} />
          {canEdit && frozen && (
            <p className="status no-print" data-testid="under-review-note">
              {t('materials.underReviewNote')}
            </p>
          )}
          <section className="no-print">
            <h2>{t('materials.history')}</h2>
            <HistoryList materialId={m.id} />
          </section>
          <TranslationsList material={m} />
          <ReviewSection material={m} />
        </>
      )}
    </article>
  );
}
