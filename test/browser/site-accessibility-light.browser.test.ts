import { describeAccessibility } from './accessibility-suite.js';

// axe-core on one page of each kind in both languages, light theme (see accessibility-suite.ts).
describeAccessibility('light');
