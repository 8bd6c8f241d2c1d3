import { expect } from '@open-wc/testing';
import { checklistMode, layoutChecklist } from '../../src/components/program-checklist/program-checklist.layout.js';
import { figureValue } from '../../src/layout/figure.js';

/** An answer's figure, as a program's profile gives it. */
const answer = (figure: AnswerFigure) => figure;
import { en as words } from '../../src/i18n/en.js';
import { formats } from '../../src/layout/format.js';
import type { AnswerFigure, Profile } from '../../src/profile/types.js';
import { profileCopy } from '../support/helpers.js';

const en = formats('en-US');
const de = formats('de-DE');

function answered(): Profile {
  const p = profileCopy();
  p.sources.push({ id: 'ecc', publisher: 'Example Community College', title: 'Facts', date: '2025' });
  const q = p.checklist!.questions;
  q[0]!.answer = { text: 'Yes, CAHIIM-accredited', source: 'ecc', note: 'Since 2019.' };
  q[2]!.answer = { text: 'Yes', figure: { label: 'RHIT pass rate', value: 92, unit: 'percent' }, source: 'ecc', note: 'Since 2019.' };
  q[3]!.answer = { text: 'Yes', figure: { label: 'Total cost', value: 9840, unit: 'currency', currency: 'USD' }, source: 'ecc', note: 'In-district.' };
  return p;
}

describe('program-checklist layout', () => {
  it('picks the answers view only when the profile answers something, unless the attribute says', () => {
    expect(checklistMode(undefined, 0)).to.equal('checklist');
    expect(checklistMode(undefined, 2)).to.equal('answers');
    expect(checklistMode('checklist', 2)).to.equal('checklist');
    expect(checklistMode('answers', 0)).to.equal('answers');
    expect(checklistMode('sideways', 0)).to.equal('checklist');
  });

  it('writes figures in the locale: percent, currency, count', () => {
    expect(figureValue(answer({ label: 'x', value: 92, unit: 'percent' }), en)).to.equal('92%');
    expect(figureValue(answer({ label: 'x', value: 9840, unit: 'currency', currency: 'USD' }), en)).to.equal('$9,840');
    expect(figureValue(answer({ label: 'x', value: 9840, unit: 'currency', currency: 'USD' }), de).replace(/\u00a0/g, ' ')).to.equal('9.840 $');
    expect(figureValue(answer({ label: 'x', value: 1200, unit: 'count' }), en)).to.equal('1,200');
  });

  it('keeps the guide\'s words and invents no answer', () => {
    const p = profileCopy();
    const g = layoutChecklist(p.checklist!, 640, en, p, words);
    expect(g.questions).to.have.length(6);
    expect(g.questions.every((q) => q.answer === undefined)).to.equal(true);
    expect(g.answered).to.equal(0);
    expect(g.approaches[1]).to.deep.equal({
      id: 'ignoring-accreditation',
      text: 'Verify the program’s status before enrolling, especially if you plan to pursue RHIT.',
      mistake: 'Ignoring accreditation',
      why: 'Some credentials and employers may require a recognized educational background.',
    });
    expect(g.notes).to.deep.equal([]);
    expect(g.figures).to.deep.equal([]);
    expect(new Set(g.sourceIds)).to.deep.equal(new Set(['guide']));
  });

  it('cites each answer, numbers each distinct note once, and lists the figures for the table', () => {
    const p = answered();
    const g = layoutChecklist(p.checklist!, 640, en, p, words);
    expect(g.answered).to.equal(3);
    expect(g.questions[0]!.answer).to.deep.equal({ text: 'Yes, CAHIIM-accredited', citation: '\u2068Example Community College\u2069, 2025', marker: 1 });
    expect(g.questions[2]!.answer?.figure).to.equal('RHIT pass rate: 92%');
    expect(g.questions[2]!.answer?.marker).to.equal(1);
    expect(g.questions[3]!.answer?.marker).to.equal(2);
    expect(g.notes).to.deep.equal(['Since 2019.', 'In-district.']);
    expect(g.figures.map((r) => r[2])).to.deep.equal(['92%', '$9,840']);
    expect(g.answerSourceIds).to.deep.equal(['ecc', 'ecc', 'ecc']);
  });

  it('is narrow below 480 px', () => {
    const p = profileCopy();
    expect(layoutChecklist(p.checklist!, 479, en, p, words).narrow).to.equal(true);
    expect(layoutChecklist(p.checklist!, 480, en, p, words).narrow).to.equal(false);
  });
});
