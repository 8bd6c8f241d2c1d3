/* global customElements */
// The floor: Lit alone with the chart hand-drawn as one svg template. No d3, no data layer, no
// layout code: positions are worked out by hand for 640 px. What any Lit chart must at least cost.
import { css, html, LitElement, svg } from 'lit';
import { percent, ROWS, TITLE, WIDTH } from './data.js';

const LEFT = 230;
const RIGHT = WIDTH - 40;
const ROW = 44;
const MAX = 30;
const TICKS = [0, 10, 20, 30];
const x = (value) => LEFT + (value / MAX) * (RIGHT - LEFT);
const HEIGHT = ROWS.length * ROW + 24;

class LitOutlook extends LitElement {
  static styles = css`
    :host { display: block; font: 14px system-ui, sans-serif; color: #1f2328; }
    h3 { font-size: 1rem; margin: 0 0 0.5rem; }
    .grid { stroke: #d0d7de; }
    .bar { fill: #a84c00; }
    .bar.subject { fill: #0b5cad; }
    text { fill: currentColor; font-size: 12px; }
  `;

  render() {
    return html`<h3>${TITLE}</h3>
      <svg role="img" aria-label=${TITLE} width=${WIDTH} height=${HEIGHT} viewBox="0 0 ${WIDTH} ${HEIGHT}">
        ${TICKS.map(
          (t) => svg`<line class="grid" x1=${x(t)} x2=${x(t)} y1="0" y2=${ROWS.length * ROW}></line>
            <text x=${x(t)} y=${ROWS.length * ROW + 16} text-anchor="middle">${percent(t)}</text>`,
        )}
        ${ROWS.map(
          (r, i) => svg`<text text-anchor="end">${r.lines.map((line, j) => svg`<tspan x=${LEFT - 8} y=${i * ROW + 19 + j * 14 - (r.lines.length - 1) * 7}>${line}</tspan>`)}</text>
            <rect class="bar ${i === 0 ? 'subject' : ''}" x=${LEFT} y=${i * ROW + 8} width=${x(r.value) - LEFT} height="24"></rect>
            <text x=${x(r.value) + 4} y=${i * ROW + 24}>${percent(r.value)}</text>`,
        )}
      </svg>`;
  }
}

customElements.define('lit-outlook', LitOutlook);
