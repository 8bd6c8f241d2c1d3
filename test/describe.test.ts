/**
 * `describe()`, the fallback writer: for every element of the registry, in English and Spanish, the
 * paragraph carries each figure and each cited source, and its words are the element's own, read
 * from the DOM of the element drawn (its svg's accessible name, and every piece of profile text it
 * shows): one wording, tested rather than assumed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { defaultProfile, describe as describeElement } from '../src/index.js';
import { planTimeline } from '../src/components/timeline-steps/timeline-steps.layout.js';
import { figureValue } from '../src/layout/figure.js';
import { formats, type Formats } from '../src/layout/format.js';
import { citedSources } from '../src/profile/cited.js';
import type { Profile } from '../src/profile/types.js';
import { SECTION, TAGS, type Tag } from './support/elements.js';
import { drawn, profileCopy, shadow } from './support/helpers.js';

const LANGS = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'es', locale: 'es' },
] as const;

/** Each element's figures, as the locale writes them: what its paragraph must carry. */
const FIGURES: Record<Tag, (p: Profile, f: Formats) => string[]> = {
  'outlook-chart': ({ outlook }, f) => {
    const w = outlook!.workforce;
    return [
      ...outlook!.projections.map((x) => f.percent(x.growthPercent)),
      ...(w ? [f.number(w.workers), ...(w.growthPercent === undefined ? [] : [f.percent(w.growthPercent)])] : []),
    ];
  },
  'salary-factors': ({ salary }, f) => [salary!.median, salary!.experienced, ...(salary!.related ?? [])].flatMap((x) => (x ? [f.currency(x.amount, salary!.currency)] : [])),
  'timeline-steps': ({ timeline }, f) => {
    const total = planTimeline(timeline!).total;
    return [...timeline!.steps.flatMap((s) => (s.duration ? [f.months(s.duration.min, s.duration.max)] : [])), ...(total ? [f.months(total.min, total.max)] : [])];
  },
  'program-checklist': ({ checklist }, f) => checklist!.questions.flatMap((q) => (q.answer?.figure ? [figureValue(q.answer.figure, f)] : [])),
  'credential-options': () => [],
  'fit-check': () => [],
  'key-figures': ({ keyFigures }, f) => keyFigures!.figures.map((x) => figureValue(x, f)),
  'career-path': ({ careerPaths }, f) => careerPaths!.paths.flatMap((p) => (p.figures ?? []).map((x) => figureValue(x, f))),
  'work-settings': ({ workSettings }, f) => workSettings!.settings.flatMap((s) => (s.share ? [f.percent(s.share.percent)] : [])),
  'source-list': ({ sources }, f) => sources.flatMap((s) => (s.date ? [f.date(s.date)] : [])),
};

/** The publishers of the sources the element cites (every source, for <source-list>). */
function publishers(tag: Tag, p: Profile): string[] {
  const ids = tag === 'source-list' ? p.sources.map((s) => s.id) : citedSources(p[SECTION[tag]]);
  return ids.map((id) => p.sources.find((s) => s.id === id)!.publisher);
}

/**
 * Profile text an element shows that its paragraph leaves out on purpose: a source's own note and
 * the short "publisher, date" citations beside a card, a share or an answer (the paragraph names
 * each source in full instead), the timeline's "research.com says “about two years”" (the
 * paragraph gives the computed total), and the factors that can affect pay (not figures).
 */
const LEFT_OUT = '.source-note, .card-source, .share-source, [part~="answer"] .quiet, span[part~="statement"], [part~="factors"]';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

async function rendered(tag: Tag, lang: string, locale: string, profile?: Profile): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width:720px"></div>`);
  const el = document.createElement(tag);
  el.setAttribute('locale', locale);
  if (profile) el.data = profile;
  wrapper.append(el);
  el.scrollIntoView();
  await drawn(el);
  return el;
}

/** A program's profile: other figures in every section, an answer with a figure, a share, its own source. */
function siteProfile(): Profile {
  const p = profileCopy();
  p.sources.push({ id: 'college', publisher: 'Example Community College', title: 'Program outcomes', date: '2025-05' });
  p.outlook!.projections[0]!.growthPercent = 21.5;
  p.outlook!.workforce!.workers = 12_345;
  p.salary!.median.amount = 51_234;
  p.salary!.median.source = 'college';
  p.timeline!.steps[1]!.duration = { min: 15, max: 15 };
  p.timeline!.steps[1]!.source = 'college';
  p.checklist!.questions[2]!.answer = {
    text: 'Yes: the RHIT exam is part of the last term.',
    figure: { label: 'RHIT exam first-time pass rate, 2024 graduates', value: 92, unit: 'percent' },
    source: 'college',
    note: 'Graduates who sat the exam within a year.',
  };
  p.keyFigures!.figures[3]!.value = 88;
  p.careerPaths!.paths[0]!.figures![0]!.value = 12.5;
  p.workSettings!.settings[0]!.share = { percent: 38, year: 2023, source: 'college' };
  return p;
}

describe('describe()', () => {
  for (const { lang, locale } of LANGS) {
    const f = formats(locale);
    describe(`in ${lang} (${locale})`, () => {
      for (const tag of TAGS) {
        it(`<${tag}>: carries every figure, each cited source's publisher and the element's own words`, async () => {
          for (const profile of [defaultProfile, siteProfile()]) {
            const paragraph = describeElement(profile, tag, { lang, locale });
            for (const figure of FIGURES[tag](profile, f)) expect(paragraph, `figure ${figure}`).to.include(figure);
            for (const publisher of publishers(tag, profile)) expect(paragraph, `publisher ${publisher}`).to.include(publisher);
            expect(paragraph).to.not.match(/undefined|NaN|\[object/);

            const el = await rendered(tag, lang, locale, profile === defaultProfile ? undefined : profile);
            const root = shadow(el);
            const label = root.querySelector('svg[role="img"]')?.getAttribute('aria-label');
            if (label) expect(paragraph.startsWith(label), `starts with the svg's name "${label}"`).to.equal(true);
            const shown = [...root.querySelectorAll('bdi')].filter((b) => !b.closest(LEFT_OUT)).map((b) => b.textContent);
            expect(shown.length).to.be.greaterThan(0);
            for (const words of shown) expect(fold(paragraph), `shows "${words}"`).to.include(fold(words));
          }
        });
      }
    });
  }

  it('writes the program\'s own answers, figures and caveats', () => {
    const paragraph = describeElement(siteProfile(), 'program-checklist');
    expect(paragraph).to.include(
      'Are students prepared for RHIT, coding, or other relevant certification exams? Answer: Yes: the RHIT exam is part of the last term. RHIT exam first-time pass rate, 2024 graduates: 92%.',
    );
    expect(paragraph).to.include('Notes: Graduates who sat the exam within a year.');
    expect(paragraph).to.match(/Sources: research\.com, Becoming a health information technician, 2026; Example Community College, Program outcomes, May 2025\.$/);
  });

  it('reads approximate figures and lower bounds right, then the caveats, then the sources in full', () => {
    const paragraph = describeElement(defaultProfile, 'salary-factors');
    expect(paragraph).to.match(/^Annual pay, in USD: Median annual salary: about \$47,000; Experienced professionals: over \$70,000 \(a lower bound\); /);
    expect(paragraph.indexOf('Notes: Glassdoor estimate, June 2024.')).to.be.below(paragraph.indexOf('Sources: Glassdoor, How much does a health information technician make?, Jun 6, 2024;'));
    expect(describeElement(defaultProfile, 'timeline-steps')).to.match(/ Source: research\.com, Becoming a health information technician, 2026\.$/);
  });

  it('defaults to English words and en-US numbers; the locale follows the language unless given', () => {
    const en = describeElement(defaultProfile, 'key-figures', { lang: 'en', locale: 'en-US' });
    expect(describeElement(defaultProfile, 'key-figures')).to.equal(en);
    expect(describeElement(defaultProfile, 'key-figures', { lang: 'es-MX' })).to.equal(describeElement(defaultProfile, 'key-figures', { lang: 'es', locale: 'es-MX' }));
    expect(describeElement(defaultProfile, 'key-figures', { lang: 'es-MX' })).to.include('Notas: ');
    expect(describeElement(defaultProfile, 'key-figures', { lang: 'de' })).to.include('about 47.000\u00a0$: Median annual salary');
  });

  it('throws for a profile without the element\'s section, an unknown tag or a locale that is no language tag', () => {
    const p = profileCopy();
    delete p.salary;
    expect(() => describeElement(p, 'salary-factors')).to.throw('describe: the profile has no salary section');
    expect(() => describeElement(p, 'salary-chart' as Tag)).to.throw('describe: "salary-chart" is not an element');
    expect(() => describeElement(defaultProfile, 'key-figures', { locale: 'no such locale' })).to.throw(RangeError);
  });

  it('imports no element and no Lit: the per-tag table holds the pure summary functions', async () => {
    const seen = new Set<string>();
    const walk = async (url: string): Promise<void> => {
      if (seen.has(url)) return;
      seen.add(url);
      if (url.includes('/node_modules/')) return;
      const code = await (await fetch(url)).text();
      for (const [, spec] of code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/g)) await walk(new URL(spec!, url).href);
    };
    await walk(new URL('../src/describe.ts', import.meta.url).href);
    const modules = [...seen].map((u) => new URL(u).pathname);
    expect(modules.some((m) => m.endsWith('/components/outlook-chart/outlook-chart.layout.ts') || m.endsWith('/outlook-chart.layout.js'))).to.equal(true);
    expect(modules.filter((m) => /\/components\/[^/]+\/[^/.]+\.(ts|js)$/.test(m) || /\/(lit|lit-html|lit-element|@lit)\//.test(m))).to.deep.equal([]);
  });
});
