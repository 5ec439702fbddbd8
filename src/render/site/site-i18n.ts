import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * UI strings from templates/locales/<lang>.json. A key missing in a translation falls back to
 * English, and a key missing in English is a bug (thrown), so a typo cannot ship silently.
 * `{name}` placeholders are replaced by params; values are plain text (escaped by eta).
 */
export type Translate = ((key: string, params?: Record<string, string | number>) => string) & { has(key: string): boolean };

export const LANGUAGES = {
  en: { dir: 'ltr', name: 'English' },
  ar: { dir: 'rtl', name: 'العربية' },
} as const;
export type Language = keyof typeof LANGUAGES;

const cache = new Map<string, Record<string, string>>();

function loadLocale(templatesDir: string, lang: string): Record<string, string> {
  const key = `${templatesDir}\0${lang}`;
  let strings = cache.get(key);
  if (!strings) {
    strings = JSON.parse(readFileSync(join(templatesDir, 'locales', `${lang}.json`), 'utf8')) as Record<string, string>;
    cache.set(key, strings);
  }
  return strings;
}

export function createTranslate(templatesDir: string, lang: Language): Translate {
  const english = loadLocale(templatesDir, 'en');
  const strings = lang === 'en' ? english : loadLocale(templatesDir, lang);
  const translate = (key: string, params?: Record<string, string | number>): string => {
    const text = strings[key] ?? english[key];
    if (text === undefined) throw new Error(`Missing UI string "${key}" in templates/locales/en.json`);
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
  };
  return Object.assign(translate, { has: (key: string) => strings[key] !== undefined || english[key] !== undefined });
}

/** True when the locale has a string for `key` (used for optional metric descriptions). */
export function hasString(templatesDir: string, key: string): boolean {
  return loadLocale(templatesDir, 'en')[key] !== undefined;
}
