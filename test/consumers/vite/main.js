// A page that uses one element: its bundle must carry <outlook-chart> and none of the others.
import 'career-widgets/outlook-chart.js';

customElements.whenDefined('outlook-chart').then(() => console.log('outlook-chart defined'));
