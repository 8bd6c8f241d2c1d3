import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ProgramChecklist } from '../../src/index.js';
import { CwCheckChangeEvent } from '../../src/events/cw-check-change.js';
import type { Profile } from '../../src/profile/types.js';
import { drawn, emulate, part, parts, profileCopy, shadow, text } from '../support/helpers.js';

async function widget(attributes: { id?: string; storageKey?: string; mode?: 'checklist' | 'answers'; data?: Profile } = {}, width = 720) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('program-checklist');
  if (attributes.id) el.id = attributes.id;
  if (attributes.storageKey) el.setAttribute('storage-key', attributes.storageKey);
  if (attributes.mode) el.setAttribute('mode', attributes.mode);
  if (attributes.data) el.data = attributes.data;
  wrapper.append(el);
  await drawn(el);
  return el;
}

const boxes = (el: ProgramChecklist) => parts(el, 'checkbox') as HTMLInputElement[];
const storageName = (name: string) => `career-widgets:${location.pathname}#${name}`;

/** A college answering three of the six questions from its own profile. */
function collegeProfile(): Profile {
  const data = profileCopy();
  data.sources.push({ id: 'ecc', publisher: 'Example Community College', title: 'HIT program facts (illustrative)', date: '2025' });
  const [accreditation, , certification, costs] = data.checklist!.questions;
  accreditation!.answer = { text: 'Yes, CAHIIM-accredited', source: 'ecc' };
  certification!.answer = {
    text: 'Yes: an RHIT review course in the final term',
    figure: { label: 'RHIT exam first-time pass rate, 2024 graduates', value: 92, unit: 'percent' },
    source: 'ecc',
    note: '12 of 13 graduates who sat the exam.',
  };
  costs!.answer = {
    text: 'Yes, on the program page',
    figure: { label: 'Total cost, in-district', value: 9840, unit: 'currency', currency: 'USD' },
    source: 'ecc',
  };
  return data;
}

describe('<program-checklist>', () => {
  afterEach(() => {
    localStorage.clear();
  });

  describe('data', () => {
    it('asks the guide\'s six questions, then the better approach to its six mistakes, word for word', async () => {
      const el = await widget();
      expect(text(part(el, 'heading'))).to.equal('Questions to Ask Before Choosing an Online HIT or Coding Program');
      const labels = parts(el, 'label').map((l) => text(l));
      expect(labels).to.have.length(12);
      expect(labels[0]).to.equal('Is the program accredited or otherwise recognized by employers in health information management?');
      expect(labels[5]).to.equal('Are career services available for resume building, mock interviews, and internship or practicum placement?');
      expect(labels[7]).to.equal('Verify the program’s status before enrolling, especially if you plan to pursue RHIT.');
      expect(text(part(el, 'subheading'))).to.equal('Common Mistakes to Avoid');
      const context = text(parts(el, 'context')[0]);
      expect(context).to.include('Mistake: Choosing a program only because it is cheap or fast');
      expect(context).to.include('Why it can hurt you: A low-cost program may not prepare you for certification or employer expectations.');
      expect(text(part(el, 'source'))).to.include('research.com, Becoming a health information technician, 2026');
    });

    it('shows a college\'s answers with their figures and sources; an unanswered question stays a question', async () => {
      const el = await widget({ data: collegeProfile() });
      expect(boxes(el)).to.have.length(0);
      const items = parts(el, 'items')[0]!.querySelectorAll('li');
      expect(items).to.have.length(6);
      expect(items[0]!.classList.contains('answered')).to.equal(true);
      expect(text(items[0])).to.include('Yes, CAHIIM-accredited (Example Community College, 2025)');
      expect(text(items[2])).to.include('RHIT exam first-time pass rate, 2024 graduates: 92%');
      expect(text(items[3])).to.include('Total cost, in-district: $9,840');
      // Not answered: the question as the guide asks it, and no answer.
      expect(items[1]!.classList.contains('unanswered')).to.equal(true);
      expect(text(items[1])).to.include('Does the curriculum include medical terminology');
      expect(items[1]!.querySelector('[part~="answer"]')).to.equal(null);
      expect(text(items[1])).to.include('Not answered here');
      // The note: a marker on the answer, the line under the figures, above the source line.
      expect(items[2]!.querySelector('.note-marker')?.textContent).to.equal('1');
      expect(text(part(el, 'notes'))).to.equal('12 of 13 graduates who sat the exam.');
      expect(text(part(el, 'source'))).to.match(/Example Community College, .+, 2025/);
      const table = part(el, 'table')!;
      expect(table.querySelectorAll('tbody tr')).to.have.length(2);
      expect(table.textContent).to.include('92%').and.to.include('$9,840');
    });

    it('invents no answer: the guide\'s profile answers nothing, and mode="answers" shows six open questions', async () => {
      const el = await widget({ mode: 'answers' });
      expect(parts(el, 'answer')).to.have.length(0);
      expect(shadow(el).querySelectorAll('.unanswered')).to.have.length(6);
      expect(part(el, 'table')).to.equal(null);
    });

    it('shows the checklist for mode="checklist" even when the profile answers', async () => {
      const el = await widget({ mode: 'checklist', data: collegeProfile() });
      expect(boxes(el)).to.have.length(12);
      expect(parts(el, 'answer')).to.have.length(0);
      expect(text(part(el, 'source'))).not.to.include('Example Community College');
    });

    it('refuses a percent over 100 and a currency figure without its currency, naming the field', async () => {
      const data = collegeProfile();
      data.checklist!.questions[2]!.answer!.figure!.value = 920;
      delete data.checklist!.questions[3]!.answer!.figure!.currency;
      const el = document.createElement('program-checklist');
      el.data = data;
      (await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`)).append(el);
      await drawn(el, 'error');
      const message = text(part(el, 'error'));
      expect(message).to.include('checklist.questions[2].answer.figure.value must be at most 100 for a percent');
      expect(message).to.include('checklist.questions[3].answer.figure.currency is missing');
    });
  });

  describe('persistence', () => {
    it('keeps the ticks on this page under the element\'s id, and the reset clears them', async () => {
      const first = await widget({ id: 'programs' });
      boxes(first)[0]!.click();
      boxes(first)[7]!.click();
      await first.updateComplete;
      expect(JSON.parse(localStorage.getItem(storageName('programs'))!)).to.deep.equal(['accreditation', 'ignoring-accreditation']);
      expect(text(shadow(first).querySelector('.progress'))).to.equal('2 of 12 checked');
      expect(shadow(first).querySelector('.visit-only')).to.equal(null);

      const again = await widget({ id: 'programs' });
      expect(boxes(again).map((b) => b.checked)).to.deep.equal([true, false, false, false, false, false, false, true, false, false, false, false]);

      part(again, 'reset')!.click();
      await again.updateComplete;
      expect(boxes(again).some((b) => b.checked)).to.equal(false);
      expect(localStorage.getItem(storageName('programs'))).to.equal(null);
      expect(text(shadow(again).querySelector('.progress'))).to.equal('0 of 12 checked');
    });

    it('prefers storage-key to the id, and keeps two checklists apart', async () => {
      const a = await widget({ id: 'one', storageKey: 'shortlist' });
      boxes(a)[2]!.click();
      const b = await widget({ id: 'two' });
      expect(boxes(b).some((x) => x.checked)).to.equal(false);
      expect(localStorage.getItem(storageName('shortlist'))).to.equal('["certification-prep"]');
    });

    it('ignores a stored value that is not its own', async () => {
      localStorage.setItem(storageName('odd'), '{not json');
      const el = await widget({ id: 'odd' });
      expect(boxes(el).some((x) => x.checked)).to.equal(false);
      boxes(el)[0]!.click();
      expect(boxes(el)[0]!.checked).to.equal(true);
    });

    it('works for the visit when storage is blocked, throwing nothing and saying so quietly', async () => {
      const saved = Object.getOwnPropertyDescriptors(Storage.prototype);
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = blocked;
      Storage.prototype.setItem = blocked;
      Storage.prototype.removeItem = blocked;
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        const el = await widget({ id: 'private' });
        boxes(el)[1]!.click();
        await el.updateComplete;
        expect(boxes(el)[1]!.checked).to.equal(true);
        expect(text(shadow(el).querySelector('.progress'))).to.equal('1 of 12 checked');
        expect(text(shadow(el).querySelector('.visit-only'))).to.equal('Your ticks are kept for this visit only.');
        expect(part(el, 'error')).to.equal(null);
        part(el, 'reset')!.click();
        await el.updateComplete;
        expect(boxes(el)[1]!.checked).to.equal(false);
        expect(errors).to.deep.equal([]);
      } finally {
        for (const name of ['getItem', 'setItem', 'removeItem'] as const) Object.defineProperty(Storage.prototype, name, saved[name]);
        window.removeEventListener('error', onError);
      }
    });

    it('keeps ticks for the visit without an id or storage-key, and stores nothing', async () => {
      const el = await widget();
      boxes(el)[0]!.click();
      await el.updateComplete;
      expect(boxes(el)[0]!.checked).to.equal(true);
      expect(localStorage.length).to.equal(0);
      expect(shadow(el).querySelector('.visit-only')).not.to.equal(null);
    });
  });

  describe('events', () => {
    it('emits cw-check-change with the id and state when an item is ticked with the keyboard', async () => {
      const el = await widget();
      const heard: CwCheckChangeEvent[] = [];
      document.addEventListener('cw-check-change', (e) => heard.push(e), { once: false });
      boxes(el)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(boxes(el)[1]);
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement).to.equal(boxes(el).at(-1));
      expect(heard.every((e) => e instanceof CwCheckChangeEvent && e.bubbles && e.composed)).to.equal(true);
      expect(heard.map((e) => [e.detail.id, e.detail.checked])).to.deep.equal([
        ['accreditation', true],
        ['curriculum', true],
        ['curriculum', false],
      ]);
    });

    it('reaches every checkbox and the reset with Tab, each a real labelled checkbox', async () => {
      const el = await widget();
      boxes(el)[0]!.focus();
      for (let i = 1; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(boxes(el)[i]);
      }
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(part(el, 'reset'));
      for (const box of boxes(el)) expect(box.labels?.[0]?.textContent.trim()).to.not.equal('');
    });
  });

  describe('accessibility', () => {
    it('passes axe in both views, narrow and dark', async () => {
      const el = await widget({ data: collegeProfile() }, 320);
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      el.setAttribute('mode', 'checklist');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('isolates the direction of profile text', async () => {
      const data = collegeProfile();
      data.checklist!.questions[0]!.answer!.text = '\u202Eevil\u202C yes';
      const el = await widget({ data });
      expect(parts(el, 'answer')[0]!.querySelector('bdi')?.textContent).to.equal('\u202Eevil\u202C yes');
    });
  });

  describe('layout', () => {
    it('puts the answer beside its question when wide, and under it below 480 px', async () => {
      const wide = await widget({ data: collegeProfile() }, 720);
      const q = (el: ProgramChecklist) => shadow(el).querySelector('.answered .question')!.getBoundingClientRect();
      const a = (el: ProgramChecklist) => part(el, 'answer')!.getBoundingClientRect();
      expect(a(wide).left).to.be.greaterThan(q(wide).right - 1);
      const narrow = await widget({ data: collegeProfile() }, 360);
      expect(a(narrow).top).to.be.at.least(q(narrow).bottom - 1);
      expect(narrow.scrollWidth).to.be.at.most(360);
    });

    it('wraps a long unbroken word at 280 px', async () => {
      const data = profileCopy();
      data.checklist!.questions[0]!.text = 'Is-the-program-accredited-by-'.repeat(6);
      const el = await widget({ data }, 280);
      expect(el.scrollWidth).to.be.at.most(280);
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulate({ media: '' });
    });

    it('prints checked items as checked, without the reset control', async () => {
      const el = await widget({ id: 'print' });
      boxes(el)[3]!.click();
      await el.updateComplete;
      await emulate({ media: 'print' });
      const box = boxes(el)[3]!;
      expect(box.checked).to.equal(true);
      expect(box.offsetHeight).to.be.greaterThan(0);
      expect(getComputedStyle(box).printColorAdjust).to.equal('exact');
      expect(part(el, 'reset')!.offsetHeight).to.equal(0);
      expect(getComputedStyle(part(el, 'source')!).color).to.equal('rgb(0, 0, 0)');
    });
  });
});
