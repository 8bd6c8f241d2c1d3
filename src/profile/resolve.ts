/**
 * Which data an element shows, as pure functions: the route that wins (the contract's order), the
 * JSON child parsed, and what the element then shows: loading, an error naming the field, or its
 * section of a valid profile.
 */
import type { Issue, Profile, SectionName, ValidationResult } from './types.js';
import { validateSection } from './validate.js';

/** Where an element's data came from, highest priority first. */
export type DataRoute = 'data' | 'json' | 'src' | 'default';

/** What an element shows: a state, or its section of a profile. */
export type View<S> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string; readonly issues: readonly Issue[] }
  | { readonly kind: 'ready'; readonly profile: Profile; readonly section: S };

/** The route that wins: the `data` property, a JSON child, `src`, else the built-in profile. */
export function chooseRoute(data: unknown, json: string | undefined, src: string | undefined): DataRoute {
  if (data !== undefined && data !== null) return 'data';
  if (json !== undefined) return 'json';
  if (src) return 'src';
  return 'default';
}

/** A `<script type="application/json">` child's text, parsed and validated for `section`. */
export function parseJsonChild(text: string, section: SectionName): ValidationResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `The <script type="application/json"> child is not valid JSON: ${reason}` }] };
  }
  return validateSection(parsed, section);
}

/** One line a site owner can act on: the first problems, and how many more there are. */
export function summarize(issues: readonly Issue[]): string {
  const shown = issues.slice(0, 3).map((i) => i.message);
  const more = issues.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? ` (and ${String(more)} more ${more === 1 ? 'problem' : 'problems'})` : ''}`;
}

/** What `tag` shows for `result` (undefined while loading): its section, or an error naming the field. */
export function viewOf<K extends SectionName>(
  result: ValidationResult | undefined,
  section: K,
  tag: string,
): View<NonNullable<Profile[K]>> {
  if (!result) return { kind: 'loading' };
  if (!result.ok) return { kind: 'error', message: summarize(result.issues), issues: result.issues };
  const figures = result.profile[section];
  if (!figures) {
    const message = `${section} is missing: <${tag}> needs the profile's "${section}" section.`;
    return { kind: 'error', message, issues: [{ path: section, message }] };
  }
  return { kind: 'ready', profile: result.profile, section: figures };
}
