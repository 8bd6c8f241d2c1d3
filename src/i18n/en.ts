/**
 * The elements' own words in English: the catalog every other language translates. Profile text
 * (labels, notes, titles) never comes from here: it is shown as the profile gives it.
 */
export const en = {
  // Every element
  loading: 'Loading figures…',
  source: 'Source',
  sources: 'Sources',
  retrieved: (date: string) => `retrieved ${date}`,
  noDate: 'no date given',
  notes: 'Notes',
  /** Before a figure the source gives loosely: "about $47,000". */
  about: 'about',
  /** Before a lower bound: "over $70,000". */
  over: 'over',
  tableSource: 'Source',
  tableNote: 'Note',
  // The reader actions (the CSV's column names are not here: programs read them, so they stay English)
  actionsMenu: 'Share / Download',
  actionCsv: 'Download data (CSV)',
  actionSvg: 'Download image (SVG)',
  actionPng: 'Download image (PNG)',
  actionCitation: 'Copy citation',
  actionEmbed: 'Copy embed code',
  actionCopied: 'Copied to the clipboard.',
  actionCopyByHand: 'The clipboard is blocked here: copy this text yourself.',
  actionImageFailed: 'This page does not allow the PNG to be drawn: download the SVG instead.',
  actionFailed: 'This could not be done on this page.',

  // <outlook-chart>
  outlookHeading: (period: string) => `Projected employment growth, ${period}`,
  outlookSummary: (period: string, figures: string) => `Projected employment growth, ${period}: ${figures}.`,
  workersProjected: (year: string) => `workers projected by ${year}`,
  workersIn: (year: string) => `workers in ${year}`,
  tableOccupation: 'Occupation',
  tableGrowth: 'Growth',

  // <salary-factors>
  salaryHeading: (occupation: string) => `Salary: ${occupation}`,
  salarySummary: (currency: string, figures: string) => `Annual pay, in ${currency}: ${figures}.`,
  relatedRole: 'Related role',
  overLowerBound: (amount: string) => `over ${amount} (a lower bound)`,
  factorsHeading: 'Factors that can affect pay',
  tablePayCaption: (currency: string) => `Annual pay, ${currency}`,
  tableFigure: 'Figure',
  tableAnnualPay: 'Annual pay',
  relatedSuffix: ' (related role)',

  // <timeline-steps>
  timelineHeading: (occupation: string) => `${occupation}: typical timeline to enter the field`,
  timelineSummary: (count: number, steps: string, total: string) =>
    `${String(count)} ${count === 1 ? 'step' : 'steps'} into the field: ${steps}. ${total}`,
  stepOf: (index: number, count: number) => `Step ${String(index)} of ${String(count)}`,
  fromStart: 'From the start',
  startsAfter: (months: string) => `Starts after ${months}`,
  doneAfter: (months: string) => `done after ${months}`,
  variesNotCounted: 'its time varies and is not counted in the total',
  varies: 'Varies',
  optionalDuration: (months: string) => `${months}, optional`,
  optionalStep: (label: string) => `${label} (optional)`,
  noTotal: 'The time every step takes varies, so no total is given.',
  totalComputed: (months: string, count: number, steps: string) =>
    `${months} in all, computed from ${count === 1 ? 'the dated step' : 'the dated steps'}: ${steps}`,
  notCounting: (count: number) => (count === 1 ? 'not counting the step whose time varies' : `not counting the ${String(count)} steps whose time varies`),
  says: 'says',
  legendShortest: 'Shortest time',
  legendLongest: 'Up to the longest',
  legendVaries: 'Time varies: not in the total',
  decisionPoint: 'Decision point',
  inTheSource: 'In the source',
  tableStepsCaption: (total: string) => `Steps and typical time. ${total}`,
  tableStep: 'Step',
  tableTypicalTime: 'Typical time',
  tableWhen: 'When',
  tableDecision: 'Decision point',

  // <key-figures>
  keyFiguresHeading: (occupation: string) => `${occupation}: key figures`,
  keyFiguresList: 'Key figures',

  // <career-path>
  careerPathHeading: (occupation: string) => `Where a ${occupation.toLowerCase()} can go next`,
  careerPathCaption: 'Career paths',
  careerPathColumns: ['Path', 'What it takes', 'Figures', 'What the role does', 'Source'],
  careerPathTakes: (what: string) => `What it takes: ${what}`,
  careerPathSummary: (from: string, labels: string) => `Where the role leads, from ${from}: ${labels}.`,
  careerPathOf: (index: number, count: number, label: string) => `Path ${String(index)} of ${String(count)}: ${label}`,

  // <work-settings>
  workSettingsHeading: (occupation: string) => `Where a ${occupation.toLowerCase()} works`,
  workSettingsList: 'Work settings',
  workSettingsFocus: 'Typical focus',
  workSettingsGoodFit: 'Good fit if you want',
  workSettingsShare: 'Share of workers',
  workSettingsCaption: 'Share of workers by work setting',
  workSettingsColumns: ['Work setting', 'Share of workers', 'Source', 'Note'],

  // <source-list>
  sourceListHeading: 'Sources',
  sourceListRetrieved: (date: string) => `Retrieved ${date}.`,
  sourceListNone: 'This section cites no source.',

  // <program-checklist>
  checklistHeading: 'Questions to ask before choosing a program',
  checklistMistakes: 'Common mistakes to avoid',
  checklistMistake: 'Mistake:',
  checklistWhy: 'Why it can hurt you:',
  checklistAnswer: 'Answer:',
  checklistUnanswered: 'Not answered here',
  checklistReset: 'Clear all ticks',
  checklistVisitOnly: 'Your ticks are kept for this visit only.',
  checklistFigures: 'Figures the program gives',
  checklistColumns: ['Question', 'Figure', 'Value', 'Source', 'Note'],
  checklistChecked: (n: number, total: number) => `${String(n)} of ${String(total)} checked`,

  // <credential-options>
  credentialsHeading: 'Education and credential options',
  credentialOption: 'Option',
  credentialBestFor: 'Best for',
  credentialCheck: 'What to check before enrolling',
  credentialsList: 'Credentials',
  credentialOffered: 'Offered by this program',
  credentialCosts: 'No durations or costs are shown here: verify exam costs before enrolling.',

  // <fit-check>
  fitHeading: 'Who should consider this career?',
  fitGood: 'Good fit',
  fitNotGood: 'May not be a good fit',
  fitMe: 'This is me',
  fitNotMe: 'Not me',
  fitStart: 'Choose “This is me” or “Not me” for each pair.',
  fitCount: (good: number, total: number) => `${String(good)} of ${String(total)} lean toward a good fit`,
};

/** Every word an element writes: English and every registered language have each of these. */
export type Messages = typeof en;
