import { expect } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import { defaultProfile } from '../../src/profile/default-profile.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { formatPath, validateProfile, validateSection } from '../../src/profile/validate.js';
import { profileCopy } from '../support/helpers.js';

function issuesOf(input: unknown) {
  const result = validateProfile(input);
  return result.ok ? [] : result.issues;
}

describe('validateProfile', () => {
  it('accepts the guide\'s profile', () => {
    const result = validateProfile(defaultProfile);
    expect(result.ok, JSON.stringify(issuesOf(defaultProfile))).to.equal(true);
  });

  it('names the path and the expected type of a wrong value', () => {
    const bad = profileCopy() as unknown as { outlook: { projections: Record<string, unknown>[] } };
    bad.outlook.projections[1]!.growthPercent = '29%';
    expect(issuesOf(bad)).to.deep.equal([
      {
        path: 'outlook.projections[1].growthPercent',
        message: 'outlook.projections[1].growthPercent must be a number but is "29%"',
      },
    ]);
  });

  it('says a required field is missing', () => {
    const bad = profileCopy() as unknown as { salary: { median: Record<string, unknown> } };
    delete bad.salary.median.amount;
    expect(issuesOf(bad).map((i) => i.message)).to.deep.equal(['salary.median.amount is missing']);
  });

  it('reports every problem at once', () => {
    const bad = profileCopy() as unknown as Record<string, unknown> & { sources: Record<string, unknown>[] };
    bad.occupation = '';
    bad.sources[0]!.url = 'javascript:alert(1)';
    bad.sources[1]!.date = 'last summer';
    const paths = issuesOf(bad).map((i) => i.path);
    expect(paths).to.have.members(['occupation', 'sources[0].url', 'sources[1].date']);
    expect(issuesOf(bad).find((i) => i.path === 'sources[0].url')?.message).to.equal(
      'sources[0].url must be an http:// or https:// address',
    );
  });

  it('checks that each figure cites a listed source and that ranges run forwards', () => {
    const bad = profileCopy();
    bad.timeline!.steps[1]!.source = 'nobody';
    bad.timeline!.steps[2]!.duration = { min: 3, max: 1 };
    const last = bad.sources.push({ ...bad.sources[0]! }) - 1;
    expect(issuesOf(bad).map((i) => i.message)).to.deep.equal([
      `sources[${String(last)}].id repeats the id "bls-ooh-hit" of sources[0].id; ids must be unique in their list`,
      'timeline.steps[1].source names the source "nobody", which is not in sources',
      'timeline.steps[2].duration.max must not be less than min (3)',
    ]);
  });

  it('keeps a figure\'s approximate flag and qualifier, as the published JSON Schema does', async () => {
    const result = validateProfile(defaultProfile);
    expect(result.ok && result.profile.salary?.median.approximate).to.equal(true);
    expect(result.ok && result.profile.salary?.related?.[0]?.qualifier).to.equal('around');
    const published = JSON.stringify(await (await fetch('/data/career-profile.schema.json')).json());
    expect(published).to.include('"approximate":{"type":"boolean"');
    expect(published).to.include('"qualifier":{"type":"string"');
    const bad = profileCopy() as unknown as { salary: { median: Record<string, unknown> } };
    bad.salary.median.approximate = 'yes';
    expect(issuesOf(bad).map((i) => i.path)).to.deep.equal(['salary.median.approximate']);
  });

  it('names both places of a repeated id in every list', () => {
    const bad = profileCopy();
    bad.outlook!.projections[2]!.id = bad.outlook!.projections[0]!.id;
    bad.salary!.factors![4]!.id = 'certification';
    bad.salary!.related![0]!.id = 'median';
    bad.timeline!.steps[3]!.id = 'choose-program';
    expect(issuesOf(bad).map((i) => i.message)).to.deep.equal([
      'outlook.projections[2].id repeats the id "health-information-technologists" of outlook.projections[0].id; ids must be unique in their list',
      'salary.related[0].id repeats the id "median" of salary.median.id; ids must be unique in their list',
      'salary.factors[4].id repeats the id "certification" of salary.factors[0].id; ids must be unique in their list',
      'timeline.steps[3].id repeats the id "choose-program" of timeline.steps[0].id; ids must be unique in their list',
    ]);
  });

  it('holds every number within sane bounds, naming the field', () => {
    const bad = profileCopy();
    bad.salary!.median.amount = Number.MAX_VALUE;
    bad.outlook!.workforce!.workers = 1e308;
    bad.timeline!.steps[1]!.duration = { min: 18, max: 6000 };
    expect(issuesOf(bad).map((i) => i.message)).to.have.members([
      'salary.median.amount must be at most 10000000',
      'outlook.workforce.workers must be at most 100000000',
      'timeline.steps[1].duration.max must be at most 600',
    ]);
  });

  it('checks one element\'s section only: a mistake elsewhere does not stop it', () => {
    const bad = profileCopy() as unknown as { salary: { median: Record<string, unknown> } };
    bad.salary.median.amount = 'lots';
    const outlook = validateSection(bad, 'outlook');
    expect(outlook.ok).to.equal(true);
    if (outlook.ok) expect(outlook.profile.salary).to.equal(undefined);
    const salary = validateSection(bad, 'salary');
    expect(salary.ok ? [] : salary.issues.map((i) => i.path)).to.deep.equal(['salary.median.amount']);
    // occupation and sources are every element's.
    const noSources = { ...profileCopy(), sources: [] };
    expect(validateSection(noSources, 'timeline').ok).to.equal(false);
  });

  it('validates "sources" as a section of its own: occupation and sources, no other section', () => {
    const bad = profileCopy();
    (bad.outlook!.projections[0] as unknown as Record<string, unknown>).growthPercent = 'lots';
    const result = validateSection(bad, 'sources');
    expect(result.ok).to.equal(true);
    bad.sources.push({ ...bad.sources[0]! });
    const issues = validateSection(bad, 'sources');
    expect(issues.ok ? [] : issues.issues.map((x) => x.path)).to.deep.equal([`sources[${String(bad.sources.length - 1)}].id`]);
  });

  it('says a list given as the profile must be an object', () => {
    expect(issuesOf([]).map((i) => i.message)).to.deep.equal(['The profile must be an object but is a list']);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { occupation: 'x' };
    cyclic.sources = [cyclic];
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no reading me');
        },
      },
    );
    for (const input of [undefined, null, 0, 'text', [], {}, NaN, cyclic, hostile, () => 1, Symbol('s')]) {
      const result = validateProfile(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.issues[0]!.message).to.be.a('string').and.not.equal('');
    }
  });

  it('writes paths as a site owner reads them', () => {
    expect(formatPath(['outlook', 'projections', 1, 'growthPercent'])).to.equal('outlook.projections[1].growthPercent');
    expect(formatPath(['sources', 0, 'odd key'])).to.equal('sources[0]["odd key"]');
    expect(formatPath([])).to.equal('');
  });
});

describe('data/career-profile.schema.json', () => {
  it('is the JSON Schema generated from src/profile/schema.ts (run `npm run schema` after changing it)', async () => {
    const committed: unknown = await (await fetch('/data/career-profile.schema.json')).json();
    const generated = toJsonSchema(ProfileSchema, { target: 'draft-2020-12', ignoreActions: ['finite'] });
    expect(committed).to.deep.equal(generated);
  });

  it('is the schema the guide\'s profile names', () => {
    expect(defaultProfile.$schema).to.equal('./career-profile.schema.json');
  });
});
