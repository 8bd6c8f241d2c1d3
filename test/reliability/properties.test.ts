/**
 * Property-based tests: whatever a site feeds in, validation never throws and agrees with a real
 * JSON Schema validator, and every element ends drawn or in its error state naming a path.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { safeParse } from 'valibot';
import '../../src/index.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { validateProfile, validateSection } from '../../src/profile/validate.js';
import { SECTION, TAGS } from '../support/elements.js';
import { drawn, profileCopy, shadow } from '../support/helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

/** Every path in a JSON value, containers included. */
function paths(value: Json, at: Key[] = []): Key[][] {
  const out: Key[][] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

type Mutation = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'empty' };

function mutate(doc: Json, path: Key[], mutation: Mutation): Json {
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : {};
  const copy = structuredClone(doc) as Record<Key, Json>;
  let node: Record<Key, Json> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<Key, Json>;
  const last = path[path.length - 1]!;
  if (mutation.kind === 'delete') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else Reflect.deleteProperty(node, last);
  } else if (mutation.kind === 'empty') {
    node[last] = Array.isArray(node[last]) ? [] : typeof node[last] === 'string' ? '' : {};
  } else {
    node[last] = mutation.value;
  }
  return copy;
}

const guide = profileCopy() as unknown as Json;
const allPaths = paths(guide);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.jsonValue().map((value) => ({ kind: 'set' as const, value: value as Json })),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'empty' as const }),
  fc.constantFrom<Json>(-1, 0, 1e9, 'x', '', null, true, [], {}).map((value) => ({ kind: 'set' as const, value })),
);
/** The guide's profile with one to three random changes anywhere in it. */
const mutatedProfile: fc.Arbitrary<Json> = fc
  .array(fc.tuple(fc.constantFrom(...allPaths), mutationArb), { minLength: 1, maxLength: 3 })
  .map((changes) =>
    changes.reduce<Json>((doc, [path, m]) => {
      try {
        return mutate(doc, path, m);
      } catch {
        return doc; // an earlier change removed this path's parent
      }
    }, guide),
  );

type AjvValidator = (data: unknown) => boolean;
interface AjvInstance {
  compile(schema: unknown): AjvValidator;
}

describe('properties', () => {
  let ajvValidate: AjvValidator;

  before(async () => {
    const ajvUrl = new URL('/__cw__/ajv.js', location.href).href;
    const { default: Ajv2020 } = (await import(ajvUrl)) as {
      default: new (options: object) => AjvInstance;
    };
    const schema: unknown = await (await fetch('/data/career-profile.schema.json')).json();
    ajvValidate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  });

  it('validation never throws on any value, and every issue has a path and a message (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true }), (input) => {
        const result = validateProfile(input);
        if (!result.ok) {
          expect(result.issues.length).to.be.greaterThan(0);
          for (const issue of result.issues) {
            expect(issue.path).to.be.a('string');
            expect(issue.message).to.be.a('string').and.have.length.greaterThan(3);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the valibot schema and ajv with the published JSON Schema agree on mutated profiles (1,500 runs)', () => {
    expect(ajvValidate(guide), 'ajv accepts the guide').to.equal(true);
    fc.assert(
      fc.property(mutatedProfile, (doc) => {
        const ours = safeParse(ProfileSchema, doc).success;
        expect(ajvValidate(doc), JSON.stringify(doc).slice(0, 300)).to.equal(ours);
        // The cross-checks (source ids, ranges) only ever narrow what the schema accepts.
        if (validateProfile(doc).ok) expect(ours).to.equal(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('validation messages name the path they are about (1,000 runs)', () => {
    fc.assert(
      fc.property(mutatedProfile, (doc) => {
        const result = validateProfile(doc);
        if (!result.ok) for (const issue of result.issues) expect(issue.message.startsWith(issue.path || 'The profile')).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });

  for (const tag of TAGS) {
    it(`<${tag}> fed mutated profiles is always drawn or in its error state naming a path (60 runs)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:520px"></div>`);
      const el = document.createElement(tag);
      wrapper.append(el);
      await drawn(el);
      let drawnCount = 0;
      let errorCount = 0;
      await fc.assert(
        fc.asyncProperty(mutatedProfile, async (doc) => {
          let heard: string | undefined;
          const listen = (e: Event) => {
            heard = (e as CustomEvent<{ issues: { path: string }[] }>).detail.issues[0]?.path;
          };
          el.addEventListener('cw-error', listen);
          el.data = doc;
          await el.updateComplete;
          await el.updateComplete;
          el.removeEventListener('cw-error', listen);
          const error = shadow(el).querySelector('[part~="error"]');
          if (error) {
            errorCount++;
            const result = validateSection(doc, SECTION[tag]);
            const path = result.ok ? SECTION[tag] : result.issues[0]!.path;
            expect(error.textContent).to.include(path);
            if (heard !== undefined) expect(error.textContent).to.include(heard);
          } else {
            drawnCount++;
            // Figures shown: a drawing's svg, or, for an element whose figures are text, its ready state.
            const chart = shadow(el).querySelector('[part~="chart"]');
            const shown = chart ? chart.querySelector(':scope > svg') !== null : shadow(el).querySelector('.base.state-ready') !== null;
            expect(shown, 'figures drawn').to.equal(true);
          }
        }),
        { numRuns: 60 },
      );
      expect(drawnCount + errorCount).to.equal(60);
    });
  }
});
