/**
 * Writing directions and long text, for every registered element: under `dir="rtl"` it reads right
 * to left with no text outside it at 280, 680 and 1200 px, and follows a live switch of `<html dir>`;
 * a direction override inside any field of the profile reorders nothing around that field; long words
 * wrap at 280 px, with no text outside and no label over its value.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { Profile } from '../../src/profile/types.js';
import { CASES, TAGS, type Tag } from '../support/elements.js';
import { drawn, frames, parts, plain, profileCopy, shadow, textPaths, withEveryText } from '../support/helpers.js';

const TEXT = 'text, p, li, span, strong, a, cite, bdi, figcaption, dt, dd, label, button';

async function mount<T extends Tag>(tag: T, width: number, data?: Profile, dir = ''): Promise<HTMLElementTagNameMap[T]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir || 'ltr'} style=${`width:${String(width)}px`}></div>`);
  if (!dir) wrapper.removeAttribute('dir');
  const el = document.createElement(tag);
  if (data) el.data = data;
  wrapper.append(el);
  await drawn(el);
  return el;
}

function visible(node: Element): boolean {
  return !node.closest('.sr-only, [hidden]') && node.getBoundingClientRect().width > 0;
}

/** The element's visible text boxes that reach outside it, described. */
function outside(el: Element): string[] {
  const host = el.getBoundingClientRect();
  return [...shadow(el).querySelectorAll(TEXT)]
    .filter(visible)
    .map((t) => [t, t.getBoundingClientRect()] as const)
    .filter(([, b]) => b.left < host.left - 0.5 || b.right > host.right + 0.5)
    .map(([t, b]) => `"${t.textContent.trim().slice(0, 40)}" at ${String(Math.round(b.left - host.left))}…${String(Math.round(b.right - host.left))}`);
}

/** Each text of the drawing, and each mark over it, as [left, right] from the drawing's left edge. */
function drawingSpans(el: Element): [number, number][] {
  const chart = shadow(el).querySelector('[part~="chart"]');
  if (!chart?.querySelector('svg')) return [];
  const origin = chart.getBoundingClientRect().left;
  return [...chart.querySelectorAll('svg text, .mark')].map((t) => {
    const b = t.getBoundingClientRect();
    return [b.left - origin, b.right - origin];
  });
}

/** Labels (`part="label"`) whose box overlaps a value's (`part="value"` or `.value`) by more than a pixel. */
function labelsOverValues(el: Element): string[] {
  const values = [...shadow(el).querySelectorAll('[part~="value"], .value')].filter(visible).map((v) => v.getBoundingClientRect());
  return parts(el, 'label')
    .filter(visible)
    .filter((l) => {
      const a = l.getBoundingClientRect();
      return values.some((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1);
    })
    .map((l) => l.textContent.slice(0, 40));
}

const GERMAN = 'Gesundheitsinformationsverarbeitungsfachangestellte';
const LONG_LABEL = 'Health information technicians who code, abstract and audit patient records for hospitals, physician offices, insurers, government agencies and vendors of electronic health record software, remotely'.padEnd(200, '.');
/** 200 characters without a space: the label field's most. */
const LONG_WORD = 'Health-information-technologists-and-medical-registrars-'.repeat(4).slice(0, 200);
const URL = 'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm#tab-4-certification-and-licensing';

for (const tag of TAGS) {
  describe(`<${tag}> in both writing directions`, () => {
    for (const width of [280, 680, 1200]) {
      it(`reads right to left under dir="rtl" at ${String(width)} px, with no text outside it`, async () => {
        // (One at a time: a second element would stand below the fold and wait to draw.)
        const first = await mount(tag, width);
        const ltr = drawingSpans(first);
        first.parentElement!.remove();
        const el = await mount(tag, width, undefined, 'rtl');
        expect(el.scrollWidth).to.be.at.most(width);
        expect(outside(el)).to.deep.equal([]);
        // The drawing is the left-to-right one mirrored: every text and mark at its mirror image.
        const rtl = drawingSpans(el);
        expect(rtl.length).to.equal(ltr.length);
        const chartWidth = shadow(el).querySelector('[part~="chart"]')?.getBoundingClientRect().width ?? 0;
        rtl.forEach(([left, right], i) => {
          const [l, r] = ltr[i]!;
          expect(left, `text or mark ${String(i)} mirrored`).to.be.closeTo(chartWidth - r, 1.5);
          expect(right, `text or mark ${String(i)} mirrored`).to.be.closeTo(chartWidth - l, 1.5);
        });
      });
    }

    it('follows a live switch of <html dir>', async () => {
      const el = await mount(tag, 680);
      const before = drawingSpans(el);
      document.documentElement.dir = 'rtl';
      try {
        if (before.length) await waitUntil(() => drawingSpans(el)[0]?.[0] !== before[0]?.[0], 'the drawing did not turn');
        await frames(2);
        expect(outside(el)).to.deep.equal([]);
        expect(getComputedStyle(shadow(el).querySelector('.base')!).direction).to.equal('rtl');
      } finally {
        document.documentElement.removeAttribute('dir');
      }
      if (before.length) await waitUntil(() => drawingSpans(el)[0]?.[0] === before[0]?.[0], 'the drawing did not turn back');
    });

    it('isolates every field of profile text: a right-to-left override in one reorders nothing around it', async () => {
      const own = textPaths(profileCopy()).length;
      const fields = new Set<string>();
      const data = withEveryText((s) => {
        fields.add(s.toLowerCase());
        return `\u202E${s}`;
      });
      expect(fields.size).to.be.greaterThan(own / 4);
      const el = await mount(tag, 680, data);
      // A note shown in the tooltip is profile text too.
      if (CASES[tag].marks && CASES[tag].operable !== false) {
        parts(el, CASES[tag].mark)[0]?.dispatchEvent(new PointerEvent('pointerenter'));
        await el.updateComplete;
      }
      const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
      let checked = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf('\u202E');
        const parent = node.parentElement;
        if (at < 0 || !parent || !visible(parent)) continue;
        checked++;
        // How far the override reaches: to the end of its isolate, an isolate inside the string
        // (U+2068 … U+2069) or the nearest isolating element (<bdi>, a line of the drawing).
        const before = node.data.slice(0, at);
        const close = node.data.indexOf('\u2069', at);
        let reach: string;
        if (before.lastIndexOf('\u2068') > before.lastIndexOf('\u2069') && close > at) {
          reach = node.data.slice(at + 1, close);
        } else {
          let iso: Element | null = parent;
          while (iso && !['isolate', 'plaintext', 'isolate-override'].includes(getComputedStyle(iso).unicodeBidi)) iso = iso.parentElement;
          expect(iso, `"${node.data}" is isolated`).not.to.equal(null);
          const range = document.createRange();
          range.setStart(node, at + 1);
          range.setEnd(iso!, iso!.childNodes.length);
          reach = range.toString();
        }
        const reached = plain(reach).replace(/\s+/g, ' ').trim().toLowerCase();
        expect(
          [...fields].some((f) => f.replace(/\s+/g, ' ').startsWith(reached)),
          `the override in "${node.data.slice(0, 60)}" reaches only its own field, not "${reached.slice(0, 80)}"`,
        ).to.equal(true);
      }
      expect(checked, 'fields shown').to.be.greaterThan(0);
    });

    const long: [string, Profile][] = [
      ['the German compound as every text', withEveryText(() => GERMAN)],
      ['a 200-character label', withEveryText((s, path) => (path.at(-1) === 'label' ? LONG_LABEL : s))],
      ['a 200-character label without a space', withEveryText((s, path) => (path.at(-1) === 'label' ? LONG_WORD : s))],
    ];
    for (const [what, data] of long) {
      it(`wraps ${what} at 280 px: no text outside, no label over its value`, async () => {
        const el = await mount(tag, 280, data);
        expect(el.scrollWidth).to.be.at.most(280);
        expect(outside(el)).to.deep.equal([]);
        expect(labelsOverValues(el)).to.deep.equal([]);
      });
    }
  });
}

describe('long text in one place', () => {
  for (const width of [280, 800]) {
    it(`wraps a URL in a timeline step's texts at ${String(width)} px`, async () => {
      const data = profileCopy();
      for (const step of data.timeline!.steps) {
        step.label = URL;
        step.decision = `Check ${URL} first`;
        step.durationText = URL;
      }
      const el = await mount('timeline-steps', width, data);
      expect(el.scrollWidth).to.be.at.most(width);
      expect(outside(el)).to.deep.equal([]);
      expect(labelsOverValues(el)).to.deep.equal([]);
      // The lines of a broken word join without a space: the label reads as written.
      const label = shadow(el).querySelector('.label')!;
      expect([...label.querySelectorAll('tspan:not(.note-marker)')].map((t) => t.textContent).join('').trim()).to.equal(URL);
    });
  }

  it('keeps the source line in order around a right-to-left override in a publisher', async () => {
    const data = profileCopy();
    const source = data.sources.find((s) => s.id === data.outlook!.projections[0]!.source)!;
    source.publisher = `\u202E${source.publisher}`;
    const el = await mount('outlook-chart', 720, data);
    const item = [...shadow(el).querySelectorAll('[part~="source"] li')].find((li) => li.textContent.includes('\u202E'))!;
    // Every character after the publisher, on one line, stands right of the one before it.
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    const boxes: { ch: string; left: number; top: number }[] = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.data.includes('\u202E')) continue;
      for (let i = 0; i < node.data.length; i++) {
        if (/\s/.test(node.data[i]!)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0) boxes.push({ ch: node.data[i]!, left: rect.left, top: rect.top });
      }
    }
    expect(boxes.length).to.be.greaterThan(10);
    const reversed = boxes.slice(1).filter((b, i) => Math.abs(b.top - boxes[i]!.top) < 2 && b.left < boxes[i]!.left);
    expect(reversed.map((b) => b.ch).join(''), 'characters drawn before the one they follow').to.equal('');
    // Inside the publisher the override still works: contained, not removed.
    const name = document.createTreeWalker(item.querySelector('bdi')!, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(name, i);
      range.setEnd(name, i + 1);
      return range.getBoundingClientRect().left;
    };
    expect(at(1)).to.be.greaterThan(at(name.data.length - 1));
  });
});
