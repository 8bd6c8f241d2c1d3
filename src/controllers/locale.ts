import type { ReactiveController, ReactiveElement } from 'lit';
import { messagesFor, onTranslationsChange, type Messages } from '../i18n/index.js';
import { composedParent } from '../internal/dom.js';
import { formats, formatsFor, type Formats } from '../layout/format.js';
import type { Issue } from '../profile/types.js';

/** The nearest `lang` attribute, from the element itself up, looking through shadow roots to their hosts. */
export function nearestLang(start: Element): string | undefined {
  for (let node: Element | null = start; node; node = composedParent(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

/** Every connected element, told when any `lang` in the page changes or a language is registered. */
const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;
let stopTranslations: (() => void) | undefined;
const refresh = () => {
  for (const host of hosts) host.requestUpdate();
};

/**
 * The element's language and locale. The language of its words: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else English; followed live when a site switches its
 * `<html lang>`. The locale of its numbers and dates: its `locale` attribute, else that language,
 * else `en-US`. Formatters are shared by every element on the page.
 */
export class LocaleController implements ReactiveController {
  formats: Formats = formats('en-US');
  messages: Messages = messagesFor('en');

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observer ??= new MutationObserver(refresh);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    stopTranslations ??= onTranslationsChange(refresh);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size) return;
    observer?.disconnect();
    observer = undefined;
    stopTranslations?.();
    stopTranslations = undefined;
  }

  /** Resolves both for the `locale` attribute `own`; an invalid tag is an issue naming where it came from. */
  resolve(own: string | undefined): Issue | undefined {
    const lang = nearestLang(this.host)?.trim();
    this.messages = messagesFor(lang || 'en');
    const trimmed = own?.trim();
    const wanted = trimmed || lang;
    try {
      this.formats = formatsFor(wanted);
      return undefined;
    } catch {
      const where = trimmed ? 'locale' : 'lang';
      return { path: where, message: `${where} must be a BCP 47 language tag such as "en-US" or "de-DE" but is "${wanted}"` };
    }
  }
}

/** How many elements follow the page's language (for leak tests). */
export function localeWatchCount(): number {
  return hosts.size;
}
