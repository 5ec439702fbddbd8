import { describeAccessibility } from './accessibility-suite.js';

// axe-core on one page of each kind in both languages, dark theme (see accessibility-suite.ts).
describeAccessibility('dark');
