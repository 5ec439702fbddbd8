import { DEMO_HELP } from './command-help.js';
import { parseCommandLine, printHelp, wantsHelp } from './command-line.js';

/** `flowmeter demo`: what `npm run demo` does, with its dataset and folder as options. */
export async function demoCommand(args: string[]): Promise<void> {
  if (wantsHelp(args)) return printHelp(DEMO_HELP);
  const { values } = parseCommandLine('demo', { args, options: { dataset: { type: 'string' }, out: { type: 'string' } }, strict: true });
  // Loaded only now: the simulator and its generator are test code, and nothing else needs them.
  const { DEFAULT_DEMO_DATASET, DEFAULT_DEMO_OUT, runDemo } = await import('../../scripts/demo-pipeline.js');
  await runDemo({
    spec: values.dataset ?? process.env.FLOWMETER_DEMO_DATASET ?? DEFAULT_DEMO_DATASET,
    outDir: values.out ?? process.env.FLOWMETER_DEMO_OUT ?? DEFAULT_DEMO_OUT,
  });
}
