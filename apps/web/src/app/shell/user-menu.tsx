import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignOut } from '../../features/auth/use-sign-out';

export function UserMenu({ displayName }: { displayName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const signOut = useSignOut();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-menu-button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls="user-menu-list"
        data-testid="user-menu"
        onClick={() => setOpen((v) => !v)}
      >
        <span className="visually-hidden">{t('nav.userMenu')}: </span>
        {displayName}
      </button>
      {open && (
        <ul id="user-menu-list" className="user-menu-list">
          <li>
            <Link to="/account" onClick={() => setOpen(false)}>
              {t('nav.account')}
            </Link>
          </li>
          <li>
            <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
              {t('nav.signOut')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
