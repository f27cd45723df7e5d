import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@portal/domain';
import { en } from './locales/en';
import { ky } from './locales/ky';
import { ru } from './locales/ru';

const STORAGE_KEY = 'portal.language';

export const resources = { ru: { translation: ru }, ky: { translation: ky }, en: { translation: en } } as const;

/** The choice made before sign-in (or on this device) wins over the default until the profile says otherwise. */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value && isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function applyLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the language still applies to this page.
  }
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  const value = i18next.resolvedLanguage ?? i18next.language;
  return value && isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  document.documentElement.lang = language;
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['ru', 'ky', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
