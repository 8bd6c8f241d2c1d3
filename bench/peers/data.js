// The outlook chart every peer draws: the same three projections as <outlook-chart>'s default
// profile (BLS, 2023–2033), so each library lays out the same labels and values.
export const TITLE = 'Projected employment growth, 2023–2033';

// `lines`: the label wrapped by hand, for the peers that do not wrap on their own.
export const ROWS = [
  { label: 'Health information technologists and medical registrars', lines: ['Health information technologists', 'and medical registrars'], value: 16 },
  { label: 'Medical and health services managers', lines: ['Medical and health services', 'managers'], value: 29 },
  { label: 'Total, all occupations', lines: ['Total, all occupations'], value: 4 },
];

/** Every chart is drawn this wide, as <outlook-chart> is in its 640 px slot. */
export const WIDTH = 640;

export const percent = (value) => `${value}%`;
