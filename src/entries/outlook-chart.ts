/** `import 'career-widgets/outlook-chart.js'`: defines <outlook-chart> alone, for bundlers (Lit, d3 and valibot stay shared imports). */
import { OutlookChart } from '../components/outlook-chart/outlook-chart.js';

OutlookChart.define('outlook-chart');

export { OutlookChart };
