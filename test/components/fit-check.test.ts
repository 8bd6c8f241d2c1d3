import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { FitCheck } from '../../src/index.js';
import { CwFitChangeEvent } from '../../src/events/cw-fit-change.js';
import { drawn, emulate, frames, part, parts, profileCopy, shadow, text } from '../support/helpers.js';

async function widget(interactive = false, width = 720): Promise<FitCheck> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('fit-check');
  el.interactive = interactive;
  wrapper.append(el);
  await drawn(el);
  return el;
}

const radios = (el: FitCheck) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const summary = (el: FitCheck) => text(part(el, 'summary'));

describe('<fit-check>', () => {
  describe('data', () => {
    it('shows the guide\'s five pairs word for word, each side labelled', async () => {
      const el = await widget();
      expect(text(part(el, 'heading'))).to.equal('Who Should Consider This Career?');
      expect(parts(el, 'pair')).to.have.length(5);
      expect(text(parts(el, 'good')[0])).to.equal('Good fit You want to work in healthcare without direct clinical care.');
      expect(text(parts(el, 'not-good')[0])).to.equal('May not be a good fit You want a hands-on patient care role as your main responsibility.');
      expect(text(parts(el, 'not-good')[4])).to.include('You are mainly motivated by entering one of the highest-paying healthcare careers immediately.');
      expect(text(part(el, 'source'))).to.include('research.com, Becoming a health information technician, 2026');
    });

    it('offers no choice, count or score without the interactive attribute', async () => {
      const el = await widget();
      expect(radios(el)).to.have.length(0);
      expect(part(el, 'summary')).to.equal(null);
      expect(text(part(el, 'base'))).not.to.match(/lean toward|score|%/);
    });
  });

  describe('interactive', () => {
    it('makes each pair a choice and counts the choices in a polite live summary', async () => {
      const el = await widget(true);
      expect(parts(el, 'choice')).to.have.length(5);
      expect(radios(el)).to.have.length(10);
      const status = part(el, 'summary')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(summary(el)).to.equal('Choose “This is me” or “Not me” for each pair.');
      const all = radios(el);
      for (const i of [0, 2, 4, 6, 9]) all[i]!.click();
      await el.updateComplete;
      expect(summary(el)).to.equal('4 of 5 lean toward a good fit');
      all[1]!.click();
      await el.updateComplete;
      expect(summary(el)).to.equal('3 of 5 lean toward a good fit');
    });

    it('names each choice by its good-fit statement, and labels each radio', async () => {
      const el = await widget(true);
      const group = parts(el, 'choice')[0]!;
      expect(group.getAttribute('role')).to.equal('radiogroup');
      expect(text(shadow(el).getElementById(group.getAttribute('aria-labelledby')!))).to.include('You want to work in healthcare without direct clinical care.');
      expect(radios(el).slice(0, 2).map((r) => text(r.closest('label')))).to.deep.equal(['This is me', 'Not me']);
    });
  });

  describe('events', () => {
    it('chooses with the keyboard: one Tab stop per pair, arrows within it; each change emits cw-fit-change', async () => {
      const el = await widget(true);
      const heard: CwFitChangeEvent[] = [];
      el.addEventListener('cw-fit-change', (e) => heard.push(e));
      radios(el)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      expect(shadow(el).activeElement).to.equal(radios(el)[1]);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(radios(el)[2]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(heard.every((e) => e instanceof CwFitChangeEvent && e.bubbles && e.composed)).to.equal(true);
      expect(heard.map((e) => e.detail)).to.deep.equal([
        { good: 1, total: 1 },
        { good: 0, total: 1 },
        { good: 1, total: 2 },
      ]);
      expect(summary(el)).to.equal('1 of 2 lean toward a good fit');
    });
  });

  describe('accessibility', () => {
    it('passes axe, interactive, narrow and dark', async () => {
      const el = await widget(true, 320);
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('isolates the direction of profile text', async () => {
      const data = profileCopy();
      data.fit!.pairs[0]!.good = '\u202Eevil\u202C text';
      const el = await widget();
      el.data = data;
      await drawn(el);
      expect(parts(el, 'good')[0]!.querySelector('bdi')?.textContent).to.equal('\u202Eevil\u202C text');
    });
  });

  describe('layout', () => {
    it('sets the pairs side by side when wide and stacks them below 480 px', async () => {
      const wide = await widget(false, 720);
      const g = parts(wide, 'good')[0]!.getBoundingClientRect();
      const n = parts(wide, 'not-good')[0]!.getBoundingClientRect();
      expect(n.left).to.be.greaterThan(g.right - 1);
      expect(Math.abs(n.top - g.top)).to.be.lessThan(2);
      const narrow = await widget(true, 360);
      const g2 = parts(narrow, 'good')[0]!.getBoundingClientRect();
      const n2 = parts(narrow, 'not-good')[0]!.getBoundingClientRect();
      expect(n2.top).to.be.at.least(g2.bottom - 1);
      expect(narrow.scrollWidth).to.be.at.most(360);
    });

    it('re-lays out when its container narrows', async () => {
      const el = await widget(false, 720);
      el.parentElement!.style.width = '320px';
      await frames(3);
      await el.updateComplete;
      expect(part(el, 'pairs')!.classList.contains('wide')).to.equal(false);
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulate({ media: '' });
    });

    it('prints the choices made and the count, with the source line in black', async () => {
      const el = await widget(true);
      radios(el)[0]!.click();
      await el.updateComplete;
      await emulate({ media: 'print' });
      expect(radios(el)[0]!.checked).to.equal(true);
      expect(radios(el)[0]!.offsetHeight).to.be.greaterThan(0);
      expect(part(el, 'summary')!.offsetHeight).to.be.greaterThan(0);
      expect(getComputedStyle(part(el, 'source')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(shadow(el).querySelector('.tag')!).color).to.equal('rgb(0, 0, 0)');
    });
  });
});
