import { object, safeParse, type BaseIssue } from 'valibot';
import { profileEntries, ProfileSchema } from './schema.js';
import type { Issue, Profile, SectionName, ValidationResult } from './types.js';

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

/** Fields whose ids share one namespace: the salary figures are all marks on one scale. */
const ID_GROUPS: Partial<Record<SectionName, readonly string[]>> = {
  salary: ['median', 'experienced', 'related'],
  // One checklist: a question and a mistake are both items a reader ticks, by id.
  checklist: ['questions', 'mistakes'],
};

/** Every section name of the profile, from the schema. */
export const SECTIONS = Object.keys(profileEntries).filter((k) => !['$schema', 'occupation', 'sources'].includes(k)) as SectionName[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const idOf = (value: unknown) => (isRecord(value) && typeof value.id === 'string' ? value.id : undefined);

/**
 * Checks that no schema can, in every section alike: ids unique within their list (a repeat names
 * both places), every `source` naming a listed source; and the few ranges a schema cannot order.
 */
function crossCheck(profile: Profile, only?: SectionName): Issue[] {
  const issues: Issue[] = [];
  const add = (keys: readonly PathKey[], what: string) => {
    const path = formatPath(keys);
    issues.push({ path, message: `${path} ${what}` });
  };
  const unique = (entries: readonly (readonly [readonly PathKey[], string | undefined])[]) => {
    const seen = new Map<string, readonly PathKey[]>();
    for (const [keys, id] of entries) {
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) add([...keys, 'id'], `repeats the id "${id}" of ${formatPath([...first, 'id'])}; ids must be unique in their list`);
      else seen.set(id, keys);
    }
  };
  const known = new Set(profile.sources.map((s) => s.id));
  unique(profile.sources.map((s, i) => [['sources', i], s.id] as const));

  const walk = (value: unknown, keys: readonly PathKey[], grouped: ReadonlySet<string>): void => {
    if (Array.isArray(value)) {
      if (!grouped.has(formatPath(keys))) unique(value.map((item, i) => [[...keys, i], idOf(item)] as const));
      value.forEach((item, i) => walk(item, [...keys, i], grouped));
    } else if (isRecord(value)) {
      // A figure written as money needs its currency; a period ends after it starts, wherever they are.
      if (value.unit === 'currency' && value.currency === undefined) add([...keys, 'currency'], 'is missing: a figure whose unit is "currency" needs its code, e.g. "USD"');
      const period = value.period;
      if (isRecord(period) && typeof period.start === 'number' && typeof period.end === 'number' && period.end <= period.start) {
        add([...keys, 'period', 'end'], `must be later than ${formatPath([...keys, 'period', 'start'])}`);
      }
      for (const [key, child] of Object.entries(value)) {
        if (key === 'source' && typeof child === 'string' && !known.has(child)) {
          add([...keys, key], `names the source "${child}", which is not in sources`);
        } else walk(child, [...keys, key], grouped);
      }
    }
  };
  // `sources` was checked above; as an element's own section it adds nothing to walk.
  for (const name of only ? (only === 'sources' ? [] : [only]) : SECTIONS) {
    const section: unknown = profile[name];
    if (!isRecord(section)) continue;
    const group = ID_GROUPS[name] ?? [];
    unique(
      group.flatMap((key): (readonly [readonly PathKey[], string | undefined])[] => {
        const field = section[key];
        return Array.isArray(field) ? field.map((item, i) => [[name, key, i], idOf(item)] as const) : [[[name, key], idOf(field)] as const];
      }),
    );
    walk(section, [name], new Set(group.map((key) => formatPath([name, key]))));
  }

  const { timeline, checklist } = profile;
  if (timeline && (!only || only === 'timeline')) {
    timeline.steps.forEach((s, i) => {
      if (s.duration && s.duration.max < s.duration.min) {
        add(['timeline', 'steps', i, 'duration', 'max'], `must not be less than min (${String(s.duration.min)})`);
      }
    });
  }
  if (checklist && (!only || only === 'checklist')) {
    checklist.questions.forEach((q, i) => {
      const figure = q.answer?.figure;
      const at = ['checklist', 'questions', i, 'answer', 'figure'];
      // (A "currency" figure without its code is found for every section by the walk above.)
      if (figure?.unit === 'percent' && figure.value > 100) add([...at, 'value'], 'must be at most 100 for a percent');
    });
  }
  return issues;
}

/** Per section: a schema of `occupation`, `sources` and that section only (other sections are not read). */
const sectionSchemas = new Map<SectionName, ReturnType<typeof sectionSchema>>();
function sectionSchema(section: SectionName) {
  const { $schema, occupation, sources } = profileEntries;
  return object({ $schema, occupation, sources, [section]: profileEntries[section] });
}
function schemaOf(section: SectionName) {
  let schema = sectionSchemas.get(section);
  if (!schema) sectionSchemas.set(section, (schema = sectionSchema(section)));
  return schema;
}

/**
 * Validates anything against the career-profile format. Never throws: every problem comes back as
 * `{ path, message }`, the message naming the path in words a site owner can act on.
 */
export function validateProfile(input: unknown): ValidationResult {
  return check(input);
}

/**
 * Validates what one element reads: `occupation`, `sources` and `section`. A mistake in another
 * section does not stop it; that section is left out of the profile it returns.
 */
export function validateSection(input: unknown, section: SectionName): ValidationResult {
  return check(input, section);
}

function check(input: unknown, section?: SectionName): ValidationResult {
  // valibot's object() lets an array through (typeof [] is "object"), and then names its missing keys.
  if (Array.isArray(input)) return { ok: false, issues: [{ path: '', message: 'The profile must be an object but is a list' }] };
  try {
    const result = section ? safeParse(schemaOf(section), input) : safeParse(ProfileSchema, input);
    if (!result.success) return { ok: false, issues: result.issues.map(toIssue) };
    const profile = result.output as Profile;
    const issues = crossCheck(profile, section);
    return issues.length ? { ok: false, issues } : { ok: true, profile };
  } catch (error) {
    // A getter that throws, a proxy, a cyclic structure: report it instead of crashing the page.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `The profile could not be read: ${reason}` }] };
  }
}
