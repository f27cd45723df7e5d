import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The API returns the link once; the admin passes it on through a channel of their choice. */
export function InviteLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="alert alert-ok" role="status">
      <span>{t('users.inviteLink')}</span>
      <a className="invite-link" href={url} data-testid="invite-url">
        {url}
      </a>
      <button type="button" className="button button-small" onClick={() => void copy()}>
        {copied ? t('users.copied') : t('users.copy')}
      </button>
    </div>
  );
}
