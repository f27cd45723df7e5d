import { useTranslation } from 'react-i18next';

interface Part {
  value: string;
  added?: boolean | null;
  removed?: boolean | null;
}

/** Word differences: insertions and deletions marked by element and by text for screen readers, not colour alone. */
export function DiffText({ parts }: { parts: Part[] }) {
  const { t } = useTranslation();
  return (
    <p className="diff">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i} aria-label={t('review.added')}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} aria-label={t('review.removed')}>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
