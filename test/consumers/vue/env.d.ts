// One line makes the elements known to vue-tsc and Volar (as in the README).
/// <reference types="career-widgets/vue" />
