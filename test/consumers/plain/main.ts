// Plain TypeScript: the tag map and the event map, from the package entry and from a per-element one.
import 'career-widgets';
import { OutlookChart as PerElement } from 'career-widgets/outlook-chart.js';
import { OutlookChart, validateProfile, type CwErrorDetail } from 'career-widgets';

const chart: OutlookChart | null = document.querySelector('outlook-chart');
if (chart) chart.theme = 'dark';
const steps = document.querySelector('timeline-steps');
steps?.addEventListener('cw-step-change', (event) => console.log(event.detail.id, event.detail.index));
document.addEventListener('cw-error', (event) => {
  const detail: CwErrorDetail = event.detail;
  console.warn(detail.message);
});
const same: typeof OutlookChart = PerElement;
console.log(same, validateProfile({}).ok);
