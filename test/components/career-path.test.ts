import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CareerPath } from '../../src/index.js';
import type { Profile } from '../../src/profile/types.js';
import { drawn, part, parts, plain, profileCopy, shadow, text } from '../support/helpers.js';

async function paths(data?: Profile, width = 800): Promise<CareerPath> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('career-path');
  if (data) el.data = data;
  wrapper.append(el);
  await drawn(el);
  return el;
}

const svgText = (el: Element) => [...shadow(el).querySelectorAll('svg text')].map((t) => plain(t.textContent).replace(/\s+/g, ' ').trim()).join(' | ');

describe('<career-path>', () => {
  describe('data', () => {
    it('draws the role and the guide\'s five paths, each with what it takes', async () => {
      const el = await paths();
      expect(text(part(el, 'root'))).to.equal('Health information technician');
      expect(parts(el, 'link')).to.have.length(5);
      const words = svgText(el);
      for (const label of ['Health information management manager', 'Compliance officer', 'Medical coding auditor', 'EHR analyst or systems administrator', 'Clinical documentation improvement specialist']) {
        expect(words).to.include(label);
      }
      expect(words).to.include("What it takes: A bachelor's or master's program in Health Information Management.");
    });

    it('shows 29 % growth and about $75,670 with their sources and caveats, and no other number', async () => {
      const el = await paths();
      const words = svgText(el);
      expect(words).to.include('29%: Projected employment growth, medical and health services managers, 2023–2033 (U.S. Bureau of Labor Statistics)');
      expect(words).to.include('about $75,670: Median annual salary, compliance officers');
      // Only the two figures, their period and the note markers carry digits.
      const digits = words.replace(/29%|2023–2033|\$75,670|ICD-10/g, '').replace(/\s[12](?=\s|$|\|)/g, '');
      expect(digits).not.to.match(/\d/);
      const notes = text(part(el, 'notes'));
      expect(notes).to.include('medical and health services managers').and.include('was not found in the BLS source');
      expect(text(part(el, 'source'))).to.include('U.S. Bureau of Labor Statistics').and.include('research.com, Becoming a health information technician, 2026');
    });

    it('does not complete the guide\'s cut-off comparison table: no "Best for" or "Skills to build"', async () => {
      const el = await paths();
      expect(shadow(el).textContent).not.to.include('Best for').and.not.include('Skills to build');
    });

    it('draws a site\'s own paths in place of the guide\'s, with no figure it does not give', async () => {
      const data = profileCopy();
      data.careerPaths = {
        paths: [
          { id: 'rhia', label: 'RHIA-credentialed data analyst', requires: 'Our bachelor completion track.', source: 'guide' },
          { id: 'privacy', label: 'Privacy officer', source: 'guide' },
        ],
      };
      const el = await paths(data);
      expect(parts(el, 'node')).to.have.length(2);
      expect(parts(el, 'link')).to.have.length(2);
      expect(svgText(el)).to.include('RHIA-credentialed data analyst').and.not.include('29%');
      expect(part(el, 'notes')).to.equal(null);
    });
  });

  describe('layout', () => {
    it('stacks the paths as cards in order under the role below 480 px, each joined by an elbow', async () => {
      const el = await paths(undefined, 360);
      const root = part(el, 'root')!.getBoundingClientRect();
      const nodes = parts(el, 'node').map((n) => n.getBoundingClientRect());
      expect(nodes).to.have.length(5);
      expect(nodes[0]!.top).to.be.at.least(root.bottom);
      for (let i = 1; i < nodes.length; i++) expect(nodes[i]!.top).to.be.at.least(nodes[i - 1]!.bottom);
      expect(parts(el, 'link').every((l) => /^M[^C]+V[^C]+H/.test(l.getAttribute('d') ?? ''))).to.equal(true);
      expect(svgText(el)).to.include('29%');
      expect(el.scrollWidth).to.be.at.most(360);
    });

    it('draws the role beside its branches from 480 px', async () => {
      const el = await paths(undefined, 700);
      const root = part(el, 'root')!.getBoundingClientRect();
      expect(parts(el, 'node').every((n) => n.getBoundingClientRect().left >= root.right)).to.equal(true);
      expect(parts(el, 'link').every((l) => (l.getAttribute('d') ?? '').includes('C'))).to.equal(true);
    });
  });

  describe('events', () => {
    it('emits cw-path-select with the path\'s id when a node is chosen by click or keyboard', async () => {
      const el = await paths();
      const nodes = parts(el, 'node');
      setTimeout(() => nodes[1]!.click());
      const clicked = await oneEvent(el, 'cw-path-select');
      expect(clicked.detail).to.deep.equal({ id: 'compliance-officer', index: 1 });
      expect(clicked.bubbles && clicked.composed).to.equal(true);
      nodes[0]!.focus();
      await sendKeys({ press: 'End' });
      const heard = oneEvent(el, 'cw-path-select');
      await sendKeys({ press: 'Enter' });
      expect((await heard).detail.id).to.equal('cdi-specialist');
    });

    it('keeps the narrow cards one Tab stop, moved with the arrow keys, and chosen with Enter', async () => {
      const el = await paths(undefined, 360);
      const buttons = parts(el, 'node');
      expect(buttons.map((b) => b.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1']);
      buttons[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(buttons[1]);
      const heard = oneEvent(el, 'cw-path-select');
      await sendKeys({ press: 'Enter' });
      expect((await heard).detail).to.deep.equal({ id: 'compliance-officer', index: 1 });
    });
  });

  describe('accessibility', () => {
    it('names each node and describes it with what it takes and its figure; a table holds the figures', async () => {
      const el = await paths();
      const node = parts(el, 'node')[0]!;
      expect(node.getAttribute('aria-label')).to.match(/^Path 1 of 5: Health information management manager\. What it takes: .+\. 29%: /);
      expect(text(part(el, 'table'))).to.include('Compliance officer');
      await expect(await paths(undefined, 360)).to.be.accessible();
    });
  });
});
