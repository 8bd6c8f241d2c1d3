/* global document */
// Chart.js, tree-shaken to this one chart: only the controller, element, scales and plugins it
// uses are imported and registered. Draws into every `.chart` slot and marks it data-drawn, since
// a canvas has no element to wait for.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, Tooltip } from 'chart.js';
import { percent, ROWS, TITLE } from './data.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip);

// Chart.js has no value labels of its own (chartjs-plugin-datalabels is another 13 KB):
// a few lines draw each bar's value at its end.
const valueLabels = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#1f2328';
    for (const [i, bar] of chart.getDatasetMeta(0).data.entries()) {
      ctx.fillText(percent(ROWS[i].value), bar.x + 4, bar.y);
    }
    ctx.restore();
  },
};

function draw(slot) {
  const canvas = document.createElement('canvas');
  slot.append(canvas);
  new Chart(canvas, {
    type: 'bar',
    plugins: [valueLabels],
    data: {
      labels: ROWS.map((r) => r.lines),
      datasets: [{ data: ROWS.map((r) => r.value), backgroundColor: ['#0b5cad', '#a84c00', '#a84c00'] }],
    },
    options: {
      indexAxis: 'y',
      // Drawn at once, as the other peers are: an animation would only delay the final frame.
      animation: false,
      maintainAspectRatio: false,
      layout: { padding: { right: 40 } },
      scales: { x: { beginAtZero: true, ticks: { callback: percent } } },
      plugins: { title: { display: true, text: TITLE, align: 'start' } },
    },
  });
  slot.dataset.drawn = 'true';
}

for (const slot of document.querySelectorAll('.chart')) draw(slot);
