/**
 * The Spanish profile (`data/health-information-technician.es.json`, shown by `demo/es.html`) is a
 * translation of the guide's: valid, the same shape, every number, date, address, id and code the
 * English profile's, its words in Spanish, and it says it is a translation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { defaultProfile } from '../../src/profile/default-profile.js';
import { validateProfile } from '../../src/profile/validate.js';
import { TAGS } from '../support/elements.js';
import { drawn, part, shadow } from '../support/helpers.js';

/** Fields that are data, not words: they must be identical in a translation. */
const KEPT = new Set(['$schema', 'id', 'source', 'date', 'retrieved', 'url', 'role', 'bound', 'unit', 'currency']);
/** Names kept as published: who published a source, its title, a credential's official name. */
const NAMES = new Set(['publisher', 'title', 'name']);

interface Walk {
  readonly translated: number;
  readonly same: string[];
}

/** Walks both trees side by side, asserting the same shape and the same data; counts the words translated. */
function compare(en: unknown, es: unknown, path: string, walk: { translated: number; same: string[] }): void {
  if (Array.isArray(en)) {
    expect(es, path).to.be.an('array').with.length(en.length);
    en.forEach((item, i) => {
      compare(item, (es as unknown[])[i], `${path}[${String(i)}]`, walk);
    });
  } else if (en && typeof en === 'object') {
    expect(es, path).to.be.an('object');
    expect(Object.keys(es as object).sort(), path).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) compare(value, (es as Record<string, unknown>)[key], `${path}.${key}`, walk);
  } else if (typeof en === 'string') {
    const key = path.slice(path.lastIndexOf('.') + 1);
    expect(es, path).to.be.a('string');
    // A figure's qualifier is a code ("about", "over") the catalog words; a chart figure's is the source's word.
    if (KEPT.has(key) || (key === 'qualifier' && path.includes('figures'))) expect(es, path).to.equal(en);
    else if (es === en && !NAMES.has(key)) walk.same.push(path);
    else if (es !== en) walk.translated++;
  } else {
    // Numbers and booleans: every figure, year, duration and flag.
    expect(es, path).to.equal(en);
  }
}

async function spanish(): Promise<unknown> {
  const response = await fetch('/data/health-information-technician.es.json');
  expect(response.ok).to.equal(true);
  return response.json();
}

describe('the Spanish profile', () => {
  it('validates against the schema', async () => {
    const result = validateProfile(await spanish());
    expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).to.equal(true);
  });

  it('has every number, date, address, id and code of the English profile, and its words in Spanish', async () => {
    const walk: Walk = { translated: 0, same: [] };
    compare(defaultProfile, await spanish(), 'profile', walk);
    expect(walk.translated).to.be.greaterThan(100);
    // Every word field differs but one: "Hospital" is the same word in both languages.
    expect(walk.same, walk.same.join()).to.deep.equal(['profile.workSettings.settings[0].label']);
  });

  it('says it is a translation, where every element that cites the guide shows it', async () => {
    const profile = (await spanish()) as typeof defaultProfile;
    expect(profile.sources.find((s) => s.id === 'guide')?.note).to.match(/^Traducción al español/);
  });

  it('draws every element from it in Spanish, without an error', async () => {
    const data = await spanish();
    for (const tag of TAGS) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es" style="width:360px"></div>`);
      const el = document.createElement(tag);
      el.data = data;
      wrapper.append(el);
      await drawn(el);
      expect(part(el, 'error'), tag).to.equal(null);
      expect(el.scrollWidth, tag).to.be.at.most(360);
      expect(shadow(el).textContent, tag).not.to.include('Health information technician').and.not.to.include('no date given');
      wrapper.remove();
    }
  });
});
