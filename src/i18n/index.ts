/**
 * The message catalog: English and Spanish built in, other languages registered by the site.
 * A language is looked up by its tag, then its base language, then English: es-MX → es → en.
 */
import { en, type Messages } from './en.js';
import { es } from './es.js';

export type { Messages } from './en.js';

const catalog = new Map<string, Partial<Messages>>([
  ['en', en],
  ['es', es],
]);
const resolved = new Map<string, Messages>();
const listeners = new Set<() => void>();

/**
 * Adds (or extends) a language: `registerTranslation('fr', { source: 'Source', … })`. Words it
 * leaves out fall back to its base language, then English. Elements already on the page re-render.
 */
export function registerTranslation(lang: string, messages: Partial<Messages>): void {
  const key = lang.toLowerCase();
  catalog.set(key, { ...catalog.get(key), ...messages });
  resolved.clear();
  for (const listener of listeners) listener();
}

/** The words for `lang`: its own, then its base language's, then English, for each message. */
export function messagesFor(lang: string): Messages {
  const key = lang.toLowerCase();
  let messages = resolved.get(key);
  if (!messages) {
    const base = key.split('-')[0] ?? 'en';
    messages = { ...en, ...catalog.get(base), ...catalog.get(key) };
    resolved.set(key, messages);
  }
  return messages;
}

/** Called when a language is registered; returns the stop. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
