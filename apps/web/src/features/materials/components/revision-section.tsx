import { approvalStamp, type Language } from '@portal/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalFieldsFragment, MaterialRevisionFieldsFragment } from '../../../gql/graphql';
import { parseDoc } from '../material-doc';
import { ApprovalStamp } from './approval-stamp';
import { CopyButtons } from './copy-buttons';
import { MaterialBody } from './material-body';
import { StateBadge } from './state-badge';

interface Props {
  revision: MaterialRevisionFieldsFragment;
  heading: string;
  /** The text's language: the stamp speaks it too, whatever the interface language. */
  language: Language;
  testId: string;
  /** Who agreed or approved the text: shown, printed and copied with it. */
  approval?: ApprovalFieldsFragment | null;
  /** Buttons beside the copy buttons (workflow, print, downloads). */
  children?: ReactNode;
  printable?: boolean;
}

export function RevisionSection({ revision, heading, language, testId, approval, children, printable }: Props) {
  const { t } = useTranslation();
  const doc = parseDoc(revision.body);
  return (
    <section className={printable ? 'card revision printable' : 'card revision no-print'} data-testid={testId}>
      <div className="revision-header no-print">
        <h2>{heading}</h2>
        <StateBadge state={revision.state} />
        <span className="meta">{t('materials.revisionNumber', { number: revision.number })}</span>
      </div>
      <div className="actions text-toolbar no-print" data-testid={`${testId}-toolbar`}>
        <CopyButtons title={revision.title} doc={doc} stamp={approval ? approvalStamp(language, approval) : null} />
        {children}
      </div>
      <h2 className="revision-title" lang={language} data-testid={`${testId}-title`}>
        {revision.title}
      </h2>
      <div className="print-only">
        <StateBadge state={revision.state} />
      </div>
      <ApprovalStamp approval={approval} language={language} />
      <div lang={language}>
        <MaterialBody doc={doc} testId={`${testId}-body`} />
      </div>
    </section>
  );
}
