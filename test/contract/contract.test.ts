/**
 * What the contract promises of every element alike, checked once for each registered element:
 * data routes and errors, attributes, themes, layout from 280 px, reserved height, keyboard reach,
 * accessibility and locale. Each element's own suite tests what is particular to it.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { CSV_COLUMNS } from '../../src/index.js';
import { catchActions, csvRecords } from '../support/actions.js';
import { CASES, place, SECTION, TAGS } from '../support/elements.js';
import { drawn, emulate, frames, part, parts, plain, profileCopy, shadow, text } from '../support/helpers.js';

async function mount<T extends (typeof TAGS)[number]>(tag: T, setup: (el: HTMLElementTagNameMap[T]) => void, width = 600) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width:${String(width)}px`}></div>`);
  const el = document.createElement(tag);
  setup(el);
  wrapper.append(el);
  return { wrapper, el };
}

for (const tag of TAGS) {
  const c = CASES[tag];
  describe(`<${tag}> keeps the common contract`, () => {
    describe('data', () => {
      it('names the field of invalid data, dispatches cw-error with the same text, then recovers', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
        const el = document.createElement(tag);
        const bad = profileCopy();
        c.spoil(bad);
        el.data = bad;
        const heard = oneEvent(wrapper, 'cw-error');
        wrapper.append(el);
        const event = await heard;
        await drawn(el, 'error');
        const error = part(el, 'error');
        expect(error?.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.include(`${c.path} ${c.problem ?? 'must be a number'}`);
        expect(event.detail.message).to.equal(text(error));
        expect(event.detail.issues[0]?.path).to.equal(c.path);
        expect(event.bubbles && event.composed).to.equal(true);

        el.data = profileCopy();
        await drawn(el);
        expect(part(el, 'error')).to.equal(null);
        expect(parts(el, c.mark)).to.have.length(c.marks);
      });

      it('is not stopped by a mistake in another element\'s section', async () => {
        const bad = profileCopy();
        // `sources` is every element's to read, so no element's mistake there is "another's".
        for (const other of TAGS.filter((t) => t !== tag && SECTION[t] !== 'sources')) CASES[other].spoil(bad);
        const { el } = await mount(tag, (e) => (e.data = bad));
        await drawn(el);
        expect(part(el, 'error')).to.equal(null);
        expect(parts(el, c.mark)).to.have.length(c.marks);
      });

      it('refuses a repeated id in its list, naming both places', async () => {
        const bad = profileCopy();
        c.duplicate(bad);
        const { el } = await mount(tag, (e) => (e.data = bad));
        await drawn(el, 'error');
        expect(text(part(el, 'error'))).to.match(new RegExp(`${c.duplicatePath.replace(/[[\].]/g, '\\$&')} repeats the id ".+" of `));
      });

      it('finishes loading when moved while its src is in flight, as frameworks and carousels do', async () => {
        const { wrapper, el } = await mount(tag, (e) => (e.src = '/__cw__/profile.json?delay=300'));
        await el.updateComplete;
        const errors: string[] = [];
        el.addEventListener('cw-error', (e) => errors.push(e.detail.message));
        const other = document.createElement('div');
        wrapper.append(other);
        other.append(el);
        await drawn(el);
        expect(errors).to.deep.equal([]);
        expect(part(el, 'error')).to.equal(null);
      });

      it('loads again when put back after a removal that lasted', async () => {
        const { wrapper, el } = await mount(tag, (e) => (e.src = '/__cw__/profile.json?delay=200'));
        await el.updateComplete;
        el.remove();
        await frames(3);
        await new Promise((r) => setTimeout(r, 300));
        wrapper.append(el);
        await drawn(el);
        expect(part(el, 'error')).to.equal(null);
      });
    });

    describe('caveats', () => {
      it('shows every note of its figures in the notes list, without pointing, on screen and in print', async () => {
        const data = profileCopy();
        const tokens: string[] = [];
        const mark = (node: unknown): void => {
          if (Array.isArray(node)) node.forEach(mark);
          else if (node && typeof node === 'object') {
            const record = node as Record<string, unknown>;
            if (typeof record.note === 'string') record.note = tokens[tokens.push(`NOTE-${String(tokens.length + 1)}`) - 1];
            Object.values(record).forEach(mark);
          }
        };
        mark(data[SECTION[tag]]);
        const { el } = await mount(tag, (e) => (e.data = data));
        await drawn(el);
        // The text a reader sees: not the screen-reader table, nothing hidden, nothing unrendered.
        const visible = () => {
          const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
          const seen: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest('.sr-only, [hidden], .tooltip') || parent.getClientRects().length === 0) continue;
            seen.push(node.textContent ?? '');
          }
          return seen.join(' ');
        };
        for (const token of tokens) expect(visible(), `${token} in view`).to.include(token);
        await emulate({ media: 'print' });
        for (const token of tokens) expect(visible(), `${token} in print`).to.include(token);
        await emulate({ media: '' });
      });
    });

    describe('attributes', () => {
      it('replaces its title with the heading attribute, as text', async () => {
        const el = await place(tag, 'heading="What <em>you</em> can expect"');
        expect(text(part(el, 'heading'))).to.equal('What <em>you</em> can expect');
        expect(part(el, 'heading')?.querySelector('em')).to.equal(null);
      });

      it('takes empty theme and locale attributes as their defaults', async () => {
        const el = await place(tag, 'theme="" locale=""');
        expect(part(el, 'error')).to.equal(null);
        expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      });

      it('draws on a dark background with light text for theme="dark"', async () => {
        const el = await place(tag, 'theme="dark"');
        const base = getComputedStyle(part(el, 'base')!);
        expect(base.backgroundColor).to.equal('rgb(22, 25, 29)');
        expect(base.color).to.equal('rgb(230, 237, 243)');
      });

      it('writes its own words in Spanish under lang="es"', async () => {
        const el = await place(tag, 'lang="es"');
        const words = text(shadow(el).querySelector('.base'));
        expect(words).to.include('Fuente');
        expect(words).not.to.match(/\bSources?:/);
      });

      // An element of text only has no figure to format.
      const de = c.de;
      if (de !== undefined) {
        it('formats its figures for locale="de-DE"', async () => {
          const el = await place(tag, 'locale="de-DE"');
          expect(text(shadow(el).querySelector('.base')).replace(/\u00a0/g, ' ')).to.include(de);
        });
      }
    });

    describe('reader actions', () => {
      it('shows none without `actions`; with all four, downloads its figures and image and copies its citation and snippet', async () => {
        expect(part(await place(tag), 'actions')).to.equal(null);
        const caught = catchActions();
        try {
          const el = await place(tag, 'actions="data image citation embed"');
          const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')];
          expect(buttons).to.have.length(5);
          for (const b of buttons) b.click();
          await waitUntil(() => caught.files.length === 3 && caught.copied.length === 2, 'the actions did not finish', { timeout: 5000 });
          const file = (ext: string) => caught.files.find((f) => f.name === `${tag}.${ext}`)!.blob;
          const { header, rows } = csvRecords(await file('csv').text());
          expect(header).to.deep.equal([...CSV_COLUMNS]);
          expect(rows.length).to.be.greaterThan(0);
          for (const r of rows) expect(r.publisher, `${r.label} names its source`).not.to.equal('');
          const svg = new DOMParser().parseFromString(await file('svg').text(), 'image/svg+xml').documentElement;
          expect(svg.querySelector('parsererror')).to.equal(null);
          const words = plain([...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ').replace(/\s+/g, ' '));
          expect(words).to.include(text(part(el, 'heading')));
          expect(words).to.include(rows[0]!.label.replace(/\s+/g, ' '));
          expect(words).to.include(rows[0]!.publisher);
          const png = await createImageBitmap(file('png'));
          expect([png.width, png.height]).to.deep.equal([Number(svg.getAttribute('width')) * 2, Number(svg.getAttribute('height')) * 2]);
          expect(caught.copied.find((c) => !c.startsWith('<'))!).to.include(rows[0]!.publisher);
          expect(caught.copied.find((c) => c.startsWith('<'))).to.match(new RegExp(`<${tag} actions="data image citation embed"`));
        } finally {
          caught.restore();
        }
      });
    });

    describe('layout', () => {
      it('lays out again when its container, not the window, resizes', async () => {
        const el = await place(tag, '', 900);
        expect(el.scrollWidth).to.be.greaterThan(800);
        el.parentElement!.style.width = '320px';
        await waitUntil(() => el.scrollWidth <= 320, 'did not re-lay out');
        await drawn(el);
      });

      it('fits 280 px: no overflow, no text outside the element', async () => {
        const el = await place(tag, '', 280);
        expect(el.scrollWidth).to.be.at.most(280);
        const host = el.getBoundingClientRect();
        for (const t of shadow(el).querySelectorAll<SVGTextElement | HTMLElement>('text, p, li, span, strong, a, figcaption')) {
          if (t.closest('.sr-only, [hidden]')) continue;
          const box = t.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.left, `${t.textContent} starts inside`).to.be.at.least(host.left - 0.5);
          expect(box.right, `${t.textContent} ends inside`).to.be.at.most(host.right + 0.5);
        }
      });

      it('keeps its height from the first painted frame to the drawn figures', async () => {
        const { el } = await mount(tag, () => undefined);
        await frames(1);
        const first = el.getBoundingClientRect().height;
        await drawn(el);
        await frames(2);
        expect(el.getBoundingClientRect().height).to.be.closeTo(first, 1);
      });
    });

    describe('accessibility', () => {
      it('passes axe in the light and the dark theme', async () => {
        const light = await place(tag);
        await expect(light).to.be.accessible();
        const dark = await place(tag, 'theme="dark"', 320);
        await expect(dark).to.be.accessible();
      });

      // Focusable marks over a drawing: an element without a drawing has none (marks: 0).
      if (c.marks > 0 && c.operable !== false) {
        it('reaches its marks with one Tab stop and the arrow keys; Escape hides the note', async () => {
          const el = await place(tag);
          const before = document.createElement('button');
          before.textContent = 'before';
          el.before(before);
          before.focus();
          await sendKeys({ press: 'Tab' });
          const marks = parts(el, c.mark);
          expect(shadow(el).activeElement).to.equal(marks[0]);
          await el.updateComplete;
          expect(part(el, 'tooltip')).not.to.equal(null);
          await sendKeys({ press: 'ArrowDown' });
          expect(shadow(el).activeElement).to.equal(marks[1]);
          await sendKeys({ press: 'End' });
          expect(shadow(el).activeElement).to.equal(marks.at(-1));
          await sendKeys({ press: 'Escape' });
          await el.updateComplete;
          expect(part(el, 'tooltip')).to.equal(null);
          await sendKeys({ press: 'Home' });
          expect(shadow(el).activeElement).to.equal(marks[0]);
          before.remove();
        });

        it('lets the pointer through its tooltip: each mark, top to bottom and back, is the one under the pointer', async () => {
          const el = await place(tag, '', 760);
          const marks = parts(el, c.mark);
          for (const order of [marks, [...marks].reverse()]) {
            for (const mark of order) {
              const box = mark.getBoundingClientRect();
              mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
              await el.updateComplete;
              const hit = shadow(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
              expect(hit).to.equal(mark);
            }
          }
        });
      }
    });
  });
}
