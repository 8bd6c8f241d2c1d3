/**
 * career-widgets: importing this module defines every element. Defining is guarded, so importing
 * it twice, or two copies of it, defines nothing twice and throws nothing.
 */
import { OutlookChart } from './components/outlook-chart/outlook-chart.js';
import { SalaryFactors } from './components/salary-factors/salary-factors.js';
import { TimelineSteps } from './components/timeline-steps/timeline-steps.js';

OutlookChart.define('outlook-chart');
SalaryFactors.define('salary-factors');
TimelineSteps.define('timeline-steps');

export { OutlookChart, SalaryFactors, TimelineSteps };
export { CwElement, type Theme } from './internal/cw-element.js';
export { CwErrorEvent, type CwErrorDetail } from './events/cw-error.js';
export { CwFactorSelectEvent, type CwFactorSelectDetail } from './events/cw-factor-select.js';
export { CwStepChangeEvent, type CwStepChangeDetail } from './events/cw-step-change.js';
export { validateProfile } from './profile/validate.js';
export { defaultProfile } from './profile/default-profile.js';
export type * from './profile/types.js';
