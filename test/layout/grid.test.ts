import { expect } from '@open-wc/testing';
import { baselines, chartGrid, clearRuns, NARROW_WIDTH, textBox, tooltipSide } from '../../src/layout/grid.js';

describe('layout/grid', () => {
  it('has one narrow breakpoint and one font-size rule for every chart', () => {
    expect(chartGrid(NARROW_WIDTH - 1, 16).narrow).to.equal(true);
    expect(chartGrid(NARROW_WIDTH, 16).narrow).to.equal(false);
    expect(chartGrid(600, 16).fs).to.equal(14);
    expect(chartGrid(600, 10).fs).to.equal(11);
    expect(chartGrid(300, 16).labelColumn).to.equal(0);
    expect(chartGrid(1200, 16).labelColumn).to.equal(260);
  });

  it('puts line baselines a line height apart', () => {
    expect(baselines(10, 3, 20)).to.deep.equal([26, 46, 66]);
  });

  it('stops a vertical rule short of every text box it would cross', () => {
    const label = textBox(0, 20, [100, 60], 18);
    const value = textBox(200, 80, [40], 18, 'end');
    expect(clearRuns(50, 0, 120, [label, value], 2)).to.deep.equal([
      { y1: 0, y2: 18 },
      { y1: 58, y2: 120 },
    ]);
    expect(clearRuns(180, 0, 120, [label, value], 2)).to.deep.equal([
      { y1: 0, y2: 78 },
      { y1: 100, y2: 120 },
    ]);
    expect(clearRuns(300, 0, 120, [label, value], 2)).to.deep.equal([{ y1: 0, y2: 120 }]);
  });

  it('puts a tooltip outside the drawing, on the side nearer its mark', () => {
    expect(tooltipSide({ x: 0, y: 0, width: 10, height: 20 }, 200)).to.equal('above');
    expect(tooltipSide({ x: 0, y: 150, width: 10, height: 20 }, 200)).to.equal('below');
  });
});
