// One line makes the elements known to React's JSX (as in the README).
/// <reference types="career-widgets/jsx" />
