// `npm run demo`: the whole pipeline offline (scripts/demo-pipeline.ts; `flowmeter demo` runs
// the same). FLOWMETER_DEMO_DATASET and FLOWMETER_DEMO_OUT choose the dataset and the folder.
import { DEFAULT_DEMO_DATASET, DEFAULT_DEMO_OUT, runDemo } from './demo-pipeline.js';

await runDemo({ spec: process.env.FLOWMETER_DEMO_DATASET ?? DEFAULT_DEMO_DATASET, outDir: process.env.FLOWMETER_DEMO_OUT ?? DEFAULT_DEMO_OUT });
