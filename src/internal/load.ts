import type { ValidationResult } from '../profile/types.js';
import { validateProfile } from '../profile/validate.js';

const fail = (message: string): ValidationResult => ({ ok: false, issues: [{ path: 'src', message }] });

/**
 * Fetches and validates the profile at `src`. Resolves to the validation result for every failure a
 * site owner can fix (unreachable, an HTTP error, not JSON, too slow, invalid); rejects only when
 * `signal` aborts, that is when a newer `src` has replaced this one.
 */
export async function loadProfile(src: string, signal: AbortSignal, timeoutMs: number): Promise<ValidationResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  const seconds = timeoutMs / 1000;
  try {
    const response = await fetch(src, { signal: both, headers: { accept: 'application/json' } });
    if (!response.ok) {
      const status = `${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''}`;
      return fail(`src "${src}" could not be loaded: the server answered ${status}.`);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail(`src "${src}" is not JSON: the server sent something else (is the URL right?).`);
    }
    return validateProfile(json);
  } catch (error) {
    if (signal.aborted) throw error;
    if (timeout.aborted) return fail(`src "${src}" did not answer within ${String(seconds)} seconds.`);
    return fail(`src "${src}" could not be loaded: the network request failed (offline, a wrong address, or a server that does not allow this site to read it).`);
  }
}
