import { isLanguage, type Language } from '@portal/domain';

const key = (userId: string) => `portal.writtenLanguage.${userId}`;

/**
 * The language this author's last new material was written in, on this device: most authors write in one
 * language whatever language they read the interface in.
 */
export function lastWrittenLanguage(userId: string): Language | null {
  try {
    const value = localStorage.getItem(key(userId));
    return value && isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberWrittenLanguage(userId: string, language: Language): void {
  try {
    localStorage.setItem(key(userId), language);
  } catch {
    // Private mode without storage: the next material starts in the interface language.
  }
}
