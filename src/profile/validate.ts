import { safeParse, type BaseIssue } from 'valibot';
import { ProfileSchema } from './schema.js';
import type { Issue, Profile, ValidationResult } from './types.js';

type PathKey = string | number;

/** `['outlook', 'projections', 1, 'growthPercent']` → `outlook.projections[1].growthPercent`. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  string: 'text',
  object: 'an object',
  Object: 'an object',
  array: 'a list',
  Array: 'a list',
};

function describeReceived(received: string): string {
  if (received === 'null') return 'is null';
  return `is ${received}`;
}

function issueMessage(issue: BaseIssue<unknown>): string {
  // Our schema gives every check its own words; a missing key or a plain type mismatch gets them here.
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'is missing';
  if (issue.kind === 'schema' && issue.type in EXPECTED) {
    return `must be ${EXPECTED[issue.type] ?? issue.type} but ${describeReceived(issue.received)}`;
  }
  return issue.message;
}

function toIssue(issue: BaseIssue<unknown>): Issue {
  const keys: PathKey[] = [];
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'string' || typeof key === 'number') keys.push(key);
  }
  const path = formatPath(keys);
  const what = issueMessage(issue);
  return { path, message: path ? `${path} ${what}` : `The profile ${what}` };
}

/** Checks that no schema can: references between fields. */
function crossCheck(profile: Profile): Issue[] {
  const issues: Issue[] = [];
  const add = (keys: PathKey[], what: string) => {
    const path = formatPath(keys);
    issues.push({ path, message: `${path} ${what}` });
  };
  const known = new Set<string>();
  profile.sources.forEach((s, i) => {
    if (known.has(s.id)) add(['sources', i, 'id'], `repeats the id "${s.id}"; each source needs its own`);
    known.add(s.id);
  });
  const cites = (keys: PathKey[], id: string) => {
    if (!known.has(id)) add(keys, `names the source "${id}", which is not in sources`);
  };
  const { outlook, salary, timeline } = profile;
  if (outlook) {
    if (outlook.period.end <= outlook.period.start) add(['outlook', 'period', 'end'], 'must be later than outlook.period.start');
    outlook.projections.forEach((p, i) => cites(['outlook', 'projections', i, 'source'], p.source));
    if (outlook.workforce) cites(['outlook', 'workforce', 'source'], outlook.workforce.source);
  }
  if (salary) {
    cites(['salary', 'median', 'source'], salary.median.source);
    if (salary.experienced) cites(['salary', 'experienced', 'source'], salary.experienced.source);
    salary.related?.forEach((r, i) => cites(['salary', 'related', i, 'source'], r.source));
    salary.factors?.forEach((f, i) => cites(['salary', 'factors', i, 'source'], f.source));
  }
  if (timeline) {
    timeline.steps.forEach((s, i) => {
      cites(['timeline', 'steps', i, 'source'], s.source);
      if (s.duration && s.duration.max < s.duration.min) {
        add(['timeline', 'steps', i, 'duration', 'max'], `must not be less than min (${String(s.duration.min)})`);
      }
    });
  }
  return issues;
}

/**
 * Validates anything against the career-profile format. Never throws: every problem comes back as
 * `{ path, message }`, the message naming the path in words a site owner can act on.
 */
export function validateProfile(input: unknown): ValidationResult {
  try {
    const result = safeParse(ProfileSchema, input);
    if (!result.success) return { ok: false, issues: result.issues.map(toIssue) };
    const issues = crossCheck(result.output);
    return issues.length ? { ok: false, issues } : { ok: true, profile: result.output };
  } catch (error) {
    // A getter that throws, a proxy, a cyclic structure: report it instead of crashing the page.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `The profile could not be read: ${reason}` }] };
  }
}
