import { composedParent } from '../internal/dom.js';
import { canonicalLocale, formats, type Formats } from '../layout/format.js';
import type { Issue } from '../profile/types.js';

/** The nearest `lang` attribute, looking through shadow roots to their hosts. */
export function nearestLang(start: Element): string | undefined {
  for (let node: Element | null = start; node; node = composedParent(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The element's locale: its `locale` attribute, else the nearest `lang`, else `en-US`; and the
 * formatters for it, shared by every element on the page.
 */
export class LocaleController {
  formats: Formats = formats('en-US');

  constructor(private readonly host: Element) {}

  /** Resolves the locale for the `locale` attribute `own`; an invalid tag is an issue naming where it came from. */
  resolve(own: string | undefined): Issue | undefined {
    const trimmed = own?.trim();
    const wanted = trimmed ? trimmed : nearestLang(this.host);
    if (!wanted) {
      this.formats = formats('en-US');
      return undefined;
    }
    try {
      this.formats = formats(canonicalLocale(wanted));
      return undefined;
    } catch {
      const where = trimmed ? 'locale' : 'lang';
      return { path: where, message: `${where} must be a BCP 47 language tag such as "en-US" or "de-DE" but is "${wanted}"` };
    }
  }
}
