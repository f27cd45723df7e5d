import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialRevisionFieldsFragment } from '../../../gql/graphql';
import { parseDoc } from '../material-doc';
import { CopyButtons } from './copy-buttons';
import { MaterialBody } from './material-body';
import { StateBadge } from './state-badge';

interface Props {
  revision: MaterialRevisionFieldsFragment;
  heading: string;
  language: string;
  testId: string;
  /** Printed with the text (the approval stamp). */
  stamp?: ReactNode;
  /** Buttons beside the copy buttons (workflow, print, downloads). */
  children?: ReactNode;
  printable?: boolean;
}

export function RevisionSection({ revision, heading, language, testId, stamp, children, printable }: Props) {
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
        <CopyButtons title={revision.title} doc={doc} />
        {children}
      </div>
      <h2 className="revision-title" lang={language} data-testid={`${testId}-title`}>
        {revision.title}
      </h2>
      <div className="print-only">
        <StateBadge state={revision.state} />
      </div>
      {stamp}
      <div lang={language}>
        <MaterialBody doc={doc} testId={`${testId}-body`} />
      </div>
    </section>
  );
}
