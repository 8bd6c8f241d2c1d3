/** The shared parts rendered alone: what every element shows of notes, sources and its drawing's place. */
import { expect, fixture, html } from '@open-wc/testing';
import { render, svg } from 'lit';
import { en as words } from '../../src/i18n/en.js';
import { formats } from '../../src/layout/format.js';
import { numberNotes } from '../../src/layout/notes.js';
import { chartFrame } from '../../src/parts/chart-frame.js';
import { notesList } from '../../src/parts/notes.js';
import { dataTable } from '../../src/parts/table.js';
import { sourceLine } from '../../src/parts/sources.js';
import { profileCopy, text } from '../support/helpers.js';

const en = formats('en-US');

async function host(content: unknown): Promise<HTMLElement> {
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  render(content, el);
  return el;
}

describe('parts', () => {
  it('numbers each distinct note once, in the order of the figures that carry it', () => {
    expect(numberNotes(['a', undefined, 'b', 'a'])).to.deep.equal({ markers: [1, undefined, 2, 1], notes: ['a', 'b'] });
  });

  it('lists the notes with their numbers, direction-isolated', async () => {
    const el = await host(notesList(['First caveat.', 'Second caveat.'], words.notes));
    const items = [...el.querySelectorAll('[part="notes"] li')];
    expect(items.map((li) => (li as HTMLLIElement).value)).to.deep.equal([1, 2]);
    expect(items.map((li) => li.querySelector('bdi')?.textContent)).to.deep.equal(['First caveat.', 'Second caveat.']);
    expect((await host(notesList([], words.notes))).querySelector('[part="notes"]')).to.equal(null);
  });

  it('names each source in full, once, and links only http(s) titles', async () => {
    const profile = profileCopy();
    const el = await host(sourceLine(profile, ['glassdoor-2024', 'guide', 'glassdoor-2024'], en, words));
    const line = text(el);
    expect(line).to.match(/^Sources: Glassdoor, How much does a health information technician make\?, Jun 6, 2024 \(retrieved Mar 31, 2025\)\./);
    expect(line.match(/Glassdoor, How much/g)).to.have.length(1);
    expect(line).to.include('research.com, Becoming a health information technician, 2026.');
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.glassdoor.com/']);
    expect(links[0]?.rel).to.equal('noopener noreferrer');
  });

  it('keeps the drawing\'s exact height while it waits to draw', async () => {
    const frame = { key: {}, width: 300, height: 123, fontSize: 14, summary: 'Summary', notes: [], marks: () => html`` };
    const waiting = await host(chartFrame({ ...frame, drawing: false }));
    expect(waiting.querySelector('svg')).to.equal(null);
    expect(waiting.querySelector<HTMLElement>('[part="chart"]')!.style.blockSize).to.equal('123px');
    const drawn = await host(chartFrame({ ...frame, drawing: true }));
    expect(drawn.querySelector('svg')?.getAttribute('role')).to.equal('img');
    expect(drawn.querySelector('svg')?.getAttribute('aria-label')).to.equal('Summary');
  });

  it('draws once per layout: the same key keeps the drawing, a new one draws it again', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const layout = {};
    const frame = (key: object, label: string) =>
      chartFrame({ key, width: 300, height: 40, fontSize: 14, summary: 'S', drawing: true, marks: () => svg`<text class="label">${label}</text>` });
    render(frame(layout, 'First'), el);
    const first = el.querySelector('text.label');
    expect(first?.textContent).to.equal('First');
    render(frame(layout, 'First'), el);
    expect(el.querySelector('text.label')).to.equal(first);
    render(frame({}, 'Second'), el);
    expect(el.querySelectorAll('text.label')).to.have.length(1);
    expect(el.querySelector('text.label')?.textContent).to.equal('Second');
  });

  it('builds the hidden table and the notes once: a re-render with the same text keeps their nodes', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (note: string) =>
      render(html`${dataTable('Caption', ['Figure', 'Value'], [['Median', '$47,000']])}${notesList([note], words.notes)}`, el);
    draw('First caveat.');
    const table = el.querySelector('[part="table"]');
    const notes = el.querySelector('[part="notes"]');
    expect([...table!.querySelectorAll('[role="columnheader"]')].map((c) => c.textContent)).to.deep.equal(['Figure', 'Value']);
    expect(table!.querySelector('[role="rowheader"]')?.textContent).to.equal('Median');
    expect(table!.querySelector('[role="cell"]')?.textContent).to.equal('$47,000');
    draw('First caveat.');
    expect(el.querySelector('[part="table"]')).to.equal(table);
    expect(el.querySelector('[part="notes"]')).to.equal(notes);
    draw('Second caveat.');
    expect(el.querySelector('[part="table"]')).to.equal(table);
    expect(el.querySelector('[part="notes"]')).not.to.equal(notes);
    expect(text(el.querySelector('[part="notes"]'))).to.equal('Second caveat.');
  });

  it('reads a profile\'s markup in the table and the notes as text', async () => {
    const el = await host(html`${dataTable('<b>c</b>', ['<i>x</i>'], [['<img src=x onerror=alert(1)>']])}${notesList(['<script>n</script>'], words.notes)}`);
    expect(el.querySelector('img, b, i, script')).to.equal(null);
    expect(el.querySelector('[role="rowheader"]')?.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(el.querySelector('[part="notes"] bdi')?.textContent).to.equal('<script>n</script>');
  });
});
