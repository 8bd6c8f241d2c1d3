import type { Issue } from './types.js';

/** What a `src` gave: its JSON, or the one problem a site owner can fix. */
export type Loaded = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly issues: readonly Issue[] };

const fail = (message: string): Loaded => ({ ok: false, issues: [{ path: 'src', message }] });

/**
 * Fetches the JSON at `src`. Resolves for every failure a site owner can fix (unreachable, an HTTP
 * error, not JSON, too slow); rejects only when `signal` aborts, that is when the element no longer
 * wants this answer.
 */
export async function loadJson(src: string, signal: AbortSignal, timeoutMs: number): Promise<Loaded> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  try {
    const response = await fetch(src, { signal: both, headers: { accept: 'application/json' } });
    if (!response.ok) {
      const status = `${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''}`;
      return fail(`src "${src}" could not be loaded: the server answered ${status}.`);
    }
    const text = await response.text();
    try {
      return { ok: true, json: JSON.parse(text) as unknown };
    } catch {
      return fail(`src "${src}" is not JSON: the server sent something else (is the URL right?).`);
    }
  } catch (error) {
    if (signal.aborted) throw error;
    if (timeout.aborted) return fail(`src "${src}" did not answer within ${String(timeoutMs / 1000)} seconds.`);
    return fail(`src "${src}" could not be loaded: the network request failed (offline, a wrong address, or a server that does not allow this site to read it).`);
  }
}
