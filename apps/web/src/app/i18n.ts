import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@portal/domain';

const STORAGE_KEY = 'portal.language';
/** A language picked on the sign-in page, waiting to become the profile's preference at sign-in. */
const CHOICE_KEY = 'portal.languageChoice';

/** Each language is its own chunk, fetched when it is chosen: a page loads one language's strings, not three. */
const LOADERS: Record<Language, () => Promise<ResourceKey>> = {
  ru: () => import('./locales/ru').then((m) => m.ru),
  ky: () => import('./locales/ky').then((m) => m.ky),
  en: () => import('./locales/en').then((m) => m.en),
};

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    const load = isLanguage(language) ? LOADERS[language] : LOADERS[DEFAULT_LANGUAGE];
    load().then(
      (messages) => callback(null, messages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** The choice made before sign-in (or on this device) wins over the default until the profile says otherwise. */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value && isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

let requested: string | undefined;

/** Resolves once the language's strings are loaded and shown (at once when they already are). */
export function applyLanguage(language: Language): Promise<unknown> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the language still applies to this page.
  }
  document.documentElement.lang = language;
  // Compared with the language last asked for, not the one shown: while another language's strings are still
  // on their way, i18next.language is the old one, and the newest request must win over the pending one.
  if (requested === language) return Promise.resolve();
  requested = language;
  return i18next.changeLanguage(language);
}

/** Remembers a choice made before signing in, so the sign-in can save it to the profile. */
export function rememberChoiceBeforeSignIn(language: Language): void {
  try {
    sessionStorage.setItem(CHOICE_KEY, language);
  } catch {
    // Without storage the choice still applies to this page.
  }
}

/** The choice made before signing in, if any, forgotten once read. */
export function takeChoiceBeforeSignIn(): Language | null {
  try {
    const value = sessionStorage.getItem(CHOICE_KEY);
    sessionStorage.removeItem(CHOICE_KEY);
    return value && isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function currentLanguage(): Language {
  const value = i18next.resolvedLanguage ?? i18next.language;
  return value && isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  requested = language;
  document.documentElement.lang = language;
  // Rendering waits for this, so the first paint shows words, never keys.
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      // Every language has every key (a unit test checks), so no second language is fetched as a fallback.
      fallbackLng: false,
      supportedLngs: ['ru', 'ky', 'en'],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
}
