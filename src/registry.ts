/**
 * Every element, once: `index.ts` defines them, and the tests, the size report and the manifest
 * check read this list. Adding an element here puts it under the contract suite.
 */
import { ProgramChecklist } from './components/program-checklist/program-checklist.js';
import { CredentialOptions } from './components/credential-options/credential-options.js';
import { FitCheck } from './components/fit-check/fit-check.js';
import { CareerPath } from './components/career-path/career-path.js';
import { KeyFigures } from './components/key-figures/key-figures.js';
import { OutlookChart } from './components/outlook-chart/outlook-chart.js';
import { SalaryFactors } from './components/salary-factors/salary-factors.js';
import { SourceList } from './components/source-list/source-list.js';
import { TimelineSteps } from './components/timeline-steps/timeline-steps.js';
import { WorkSettings } from './components/work-settings/work-settings.js';

export const elements = [
  { tag: 'outlook-chart', element: OutlookChart, section: 'outlook' },
  { tag: 'salary-factors', element: SalaryFactors, section: 'salary' },
  { tag: 'timeline-steps', element: TimelineSteps, section: 'timeline' },
  { tag: 'program-checklist', element: ProgramChecklist, section: 'checklist' },
  { tag: 'credential-options', element: CredentialOptions, section: 'education' },
  { tag: 'fit-check', element: FitCheck, section: 'fit' },
  { tag: 'key-figures', element: KeyFigures, section: 'keyFigures' },
  { tag: 'career-path', element: CareerPath, section: 'careerPaths' },
  { tag: 'work-settings', element: WorkSettings, section: 'workSettings' },
  { tag: 'source-list', element: SourceList, section: 'sources' },
] as const;

export type Tag = (typeof elements)[number]['tag'];
