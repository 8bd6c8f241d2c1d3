import { expect } from '@open-wc/testing';
import { layoutCareerPath } from '../../src/components/career-path/career-path.layout.js';
import { formats } from '../../src/layout/format.js';
import { NARROW_WIDTH } from '../../src/layout/grid.js';
import { plain, profileCopy } from '../support/helpers.js';

const en = formats('en-US');
const profile = profileCopy();
const section = profile.careerPaths!;

describe('career-path layout', () => {
  it('branches from the role to the guide\'s five paths, in order', () => {
    const g = layoutCareerPath(section, profile, 800, 16, en);
    expect(g.root.label).to.equal('Health information technician');
    expect(g.nodes.map((n) => n.path.label)).to.deep.equal([
      'Health information management manager',
      'Compliance officer',
      'Medical coding auditor',
      'EHR analyst or systems administrator',
      'Clinical documentation improvement specialist',
    ]);
    expect(g.links).to.have.length(5);
    expect(g.links.every((d) => /^M[\d.,]+C[\d.,]+$/.test(d))).to.equal(true);
  });

  it('gives a figure only where a source gives one, with its source and caveat', () => {
    const g = layoutCareerPath(section, profile, 800, 16, en);
    expect(g.nodes[0]?.figures.map((f) => plain(f.text))).to.deep.equal([
      '29%: Projected employment growth, medical and health services managers, 2023–2033 (U.S. Bureau of Labor Statistics)',
    ]);
    expect(g.nodes[1]?.figures.map((f) => plain(f.text))).to.deep.equal(['about $75,670: Median annual salary, compliance officers (U.S. Bureau of Labor Statistics)']);
    expect(g.nodes.slice(2).every((n) => n.figures.length === 0)).to.equal(true);
    expect(g.nodes[0]?.figures[0]?.marker).to.equal(1);
    expect(g.nodes[1]?.figures[0]?.marker).to.equal(2);
    expect(g.notes[1]).to.include('As cited by the guide');
  });

  it('places nodes as tall as their text without overlap, the root centred on them, all inside the width', () => {
    for (const width of [480, 640, 1200]) {
      const g = layoutCareerPath(section, profile, width, 16, en);
      const boxes = g.nodes.map((n) => n.box);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y, `${String(width)}: node ${String(i)}`).to.be.at.least(boxes[i - 1]!.y + boxes[i - 1]!.height);
      expect(Math.min(g.root.box.y, ...boxes.map((b) => b.y))).to.be.at.least(0);
      expect(Math.max(...boxes.map((b) => b.x + b.width), g.root.box.x + g.root.box.width)).to.be.at.most(width);
      expect(g.root.box.x + g.root.box.width).to.be.at.most(boxes[0]!.x);
      const middle = (boxes[0]!.y + boxes.at(-1)!.y + boxes.at(-1)!.height) / 2;
      expect(g.root.box.y + g.root.box.height / 2).to.be.closeTo(middle, boxes[0]!.height);
      expect(g.height).to.be.at.least(boxes.at(-1)!.y + boxes.at(-1)!.height);
    }
  });

  it('stacks the nodes under the root, indented, with an elbow to each, below the narrow breakpoint', () => {
    const g = layoutCareerPath(section, profile, NARROW_WIDTH - 1, 16, en);
    expect(g.narrow).to.equal(true);
    expect(g.root.box).to.deep.include({ x: 0, y: 0, width: NARROW_WIDTH - 1 });
    expect(g.nodes[0]!.box.y).to.be.at.least(g.root.box.height);
    for (let i = 1; i < g.nodes.length; i++) expect(g.nodes[i]!.box.y).to.be.at.least(g.nodes[i - 1]!.box.y + g.nodes[i - 1]!.box.height);
    expect(g.nodes.every((n) => n.box.x > 0 && n.box.x + n.box.width === NARROW_WIDTH - 1)).to.equal(true);
    expect(g.links.every((d) => /^M[\d.,]+V[\d.]+H[\d.]+$/.test(d))).to.equal(true);
  });

  it('says every path in its summary, with the figures the source gives for it', () => {
    const g = layoutCareerPath(section, profile, 800, 16, en);
    expect(g.summary).to.include(
      'from Health information technician: Health information management manager (29%: Projected employment growth, medical and health services managers, 2023–2033); ' +
        'Compliance officer (about $75,670: Median annual salary, compliance officers); Medical coding auditor;',
    );
  });
});
