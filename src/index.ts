/**
 * career-widgets: importing this module defines every element of the registry. Defining is
 * guarded, so importing it twice, or two copies of it, defines nothing twice and throws nothing.
 */
import { elements } from './registry.js';

for (const { tag, element } of elements) element.define(tag);

export { elements, type Tag } from './registry.js';
export { CareerPath } from './components/career-path/career-path.js';
export { KeyFigures } from './components/key-figures/key-figures.js';
export { OutlookChart } from './components/outlook-chart/outlook-chart.js';
export { SalaryFactors } from './components/salary-factors/salary-factors.js';
export { SourceList } from './components/source-list/source-list.js';
export { TimelineSteps } from './components/timeline-steps/timeline-steps.js';
export { ProgramChecklist } from './components/program-checklist/program-checklist.js';
export { CredentialOptions } from './components/credential-options/credential-options.js';
export { FitCheck } from './components/fit-check/fit-check.js';
export { WorkSettings } from './components/work-settings/work-settings.js';
export { CwElement, type Theme } from './internal/cw-element.js';
export { CwErrorEvent, type CwErrorDetail } from './events/cw-error.js';
export { CwActionEvent, type CwActionDetail, type ActionKind } from './events/cw-action.js';
export {
  figuresCsv,
  standaloneSvg,
  standalonePng,
  citationText,
  embedSnippet,
  embedHtml,
  CSV_COLUMNS,
  type EmbedOptions,
  type EmbedParts,
  type FigureRecord,
} from './actions/index.js';
export { citedSources } from './profile/cited.js';
export { CwPathSelectEvent, type CwPathSelectDetail } from './events/cw-path-select.js';
export { CwFactorSelectEvent, type CwFactorSelectDetail } from './events/cw-factor-select.js';
export { CwStepChangeEvent, type CwStepChangeDetail } from './events/cw-step-change.js';
export { CwCheckChangeEvent, type CwCheckChangeDetail } from './events/cw-check-change.js';
export { CwFitChangeEvent, type CwFitChangeDetail } from './events/cw-fit-change.js';
export { validateProfile, validateSection } from './profile/validate.js';
export { registerTranslation, type Messages } from './i18n/index.js';
export { defaultProfile } from './profile/default-profile.js';
export { describe, type DescribeOptions } from './describe.js';
export type * from './profile/types.js';
