// Gallery wiring: profiles given through the `data` property, and the events the elements send.
const college = {
  occupation: 'Health information technician',
  sources: [
    {
      id: 'college-survey',
      publisher: 'Example Community College',
      title: 'Graduate outcomes survey, class of 2024 (illustrative)',
      date: '2025-03',
      note: 'Illustrative figures for the demo, not a real survey.',
    },
  ],
  salary: {
    currency: 'USD',
    median: { id: 'median', label: 'Our graduates\u2019 median first-year salary', amount: 45500, bound: 'exact', source: 'college-survey' },
  },
};

const accelerated = {
  occupation: 'Health information technician',
  sources: [{ id: 'program', publisher: 'Example Community College', title: 'HIT accelerated track (illustrative)', date: '2025-08' }],
  timeline: {
    unit: 'months',
    steps: [
      { id: 'coursework', label: 'Accelerated coursework', duration: { min: 15, max: 15 }, durationText: '15 months', source: 'program' },
      { id: 'exam', label: 'Prepare for the RHIT exam', duration: { min: 1, max: 2 }, durationText: '1–2 months', source: 'program' },
    ],
  },
};

/** The guide's growth figure as text, "16%", where the schema wants a number: the error state. */
const brokenOutlook = {
  occupation: 'Health information technician',
  sources: [{ id: 'bls', publisher: 'U.S. Bureau of Labor Statistics', title: 'Occupational Outlook Handbook', date: '2024-08-29' }],
  outlook: {
    period: { start: 2023, end: 2033 },
    projections: [{ id: 'hit', label: 'Health information technologists and medical registrars', growthPercent: '16%', role: 'subject', source: 'bls' }],
  },
};

// Listen before giving any data: an element reports its error on its first update, right after.
document.addEventListener('cw-error', (event) => {
  const log = document.getElementById('outlook-log');
  if (log && event.target instanceof Element && event.target.localName === 'outlook-chart') {
    log.textContent = `cw-error: ${event.detail.message}`;
  }
});

const set = (id, data) => {
  const el = document.getElementById(id);
  if (el) el.data = data;
};
set('college-salary', college);
set('accelerated', accelerated);
set('broken-salary', { ...college, salary: { ...college.salary, median: { ...college.salary.median, amount: 'about fifty thousand' } } });
set('broken-timeline', { ...accelerated, timeline: { unit: 'months', steps: [{ id: 'x', label: 'Coursework', duration: { min: 24, max: 18 }, source: 'program' }] } });
set('broken-outlook', brokenOutlook);

const collegePaths = {
  occupation: 'Health information technician',
  sources: [{ id: 'program', publisher: 'Example Community College', title: 'Where our graduates went (illustrative)', date: '2025-08' }],
  careerPaths: {
    paths: [
      { id: 'bachelor', label: 'Bachelor completion in HIM', requires: 'Our 2+2 transfer agreement.', source: 'program' },
      { id: 'coding-lead', label: 'Coding team lead', requires: 'Two years of coding and a CCS credential.', source: 'program' },
    ],
  },
};
set('college-paths', collegePaths);

// A site's own shares: illustrative figures, each cited, so bars are drawn.
const shares = {
  occupation: 'Health information technician',
  sources: [{ id: 'oews', publisher: 'Example State Labor Office', title: 'Employment by industry (illustrative)', date: '2025', note: 'Illustrative figures for the demo.' }],
  workSettings: {
    settings: [
      { id: 'hospital', label: 'Hospital', share: { percent: 40, source: 'oews' }, source: 'oews' },
      { id: 'physician-offices', label: 'Physician offices', share: { percent: 20, source: 'oews' }, source: 'oews' },
      { id: 'insurance', label: 'Insurance organization', share: { percent: 10, source: 'oews' }, source: 'oews' },
    ],
  },
};
set('settings-shares', shares);

document.addEventListener('cw-path-select', (event) => {
  const log = document.getElementById('path-log');
  if (log) log.textContent = `cw-path-select: ${event.detail.id}`;
});
