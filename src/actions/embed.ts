import { defaultProfile } from '../profile/default-profile.js';
import { validateSection } from '../profile/validate.js';
import type { Snapshot } from './snapshot.js';

export interface EmbedOptions {
  /** The module's URL. Default: the URL of the module that defined the element (`import.meta.url`). */
  readonly scriptUrl?: string;
  /** A Subresource Integrity hash for the script (`sha384-…`); adds `crossorigin="anonymous"`. */
  readonly integrity?: string;
  /** HTML shown until the element renders (the no-JavaScript fallback), inserted as given. */
  readonly fallback?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML that shows `element` on another page: the module's script, then the element with its
 * attributes (`src` made absolute) and, when its data is not the built-in profile's, that data as a
 * JSON child (the profile it read: `occupation`, `sources` and its section), which then replaces `src`.
 */
export function embedOf(element: Element, s: Snapshot, options: EmbedOptions = {}): string {
  const own = JSON.stringify(s.profile);
  const built = validateSection(defaultProfile, s.name);
  const json = s.route !== 'default' && !(built.ok && JSON.stringify(built.profile) === own);
  const attributes = [...element.attributes]
    .filter((a) => !(json && a.name === 'src'))
    .map((a) => ` ${a.name}${a.value ? `="${escape(a.name === 'src' ? new URL(a.value, document.baseURI).href : a.value)}"` : ''}`)
    .join('');
  const tag = element.localName;
  const child = json
    ? `<script type="application/json">${own.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\u0021--')}</script>`
    : '';
  const integrity = options.integrity ? ` integrity="${escape(options.integrity)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${escape(options.scriptUrl ?? import.meta.url)}"${integrity}></script>
<${tag}${attributes}>${child}${options.fallback ?? ''}</${tag}>`;
}
