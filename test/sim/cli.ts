/**
 * `npm run sim -- --dataset SPEC [--port P] [--fault-rate R] [--fault-kinds k1,k2] [--seed N]
 * [--token T] [--rate-limit N]`: runs the simulator until interrupted. Prints one JSON line
 * (`{"url", "repos", "prs"}`) on stdout once listening, so scripts can read the URL.
 */
import { parseArgs } from 'node:util';
import { FAULT_KINDS, type FaultKind } from './faults.js';
import { loadDataset } from './load-dataset.js';
import { startSimulator } from './server.js';

// Timeouts hold a connection for 15 s; opt in with --fault-kinds rather than by default.
const DEFAULT_KINDS: FaultKind[] = ['502', '504', 'secondary-rate-limit', 'graphql-partial', 'graphql-rate-limited'];

function fail(message: string): never {
  process.stderr.write(`sim: ${message}\n`);
  process.exit(2);
}

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) fail(`--${name} must be a number, got ${JSON.stringify(value)}`);
  return n;
}

const { values } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'gen:1' },
    port: { type: 'string', default: '0' },
    'fault-rate': { type: 'string' },
    'fault-kinds': { type: 'string' },
    seed: { type: 'string' },
    token: { type: 'string' },
    'rate-limit': { type: 'string' },
  },
  strict: true,
});

const faultRate = numberOption('fault-rate', values['fault-rate']);
if (faultRate !== undefined && (faultRate < 0 || faultRate > 1)) fail('--fault-rate must be between 0 and 1');
const kinds = values['fault-kinds']?.split(',').map((k) => k.trim()) ?? DEFAULT_KINDS;
const unknown = kinds.filter((k) => !FAULT_KINDS.includes(k as FaultKind));
if (unknown.length > 0) fail(`unknown fault kinds ${unknown.join(', ')}; known: ${FAULT_KINDS.join(', ')}`);

let dataset;
try {
  dataset = await loadDataset(values.dataset);
} catch (error) {
  fail((error as Error).message);
}
const sim = await startSimulator({
  dataset,
  port: numberOption('port', values.port) ?? 0,
  token: values.token ?? null,
  rateLimit: numberOption('rate-limit', values['rate-limit']),
  faults: faultRate ? { rate: faultRate, kinds: kinds as FaultKind[], seed: numberOption('seed', values.seed) ?? 1 } : null,
});

process.stdout.write(`${JSON.stringify({
  url: sim.url,
  repos: dataset.repositories.map((r) => `${r.owner}/${r.name}`),
  prs: dataset.repositories.reduce((n, r) => n + r.pullRequests.length, 0),
})}\n`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  const stats = sim.stats();
  process.stderr.write(`sim: ${signal}: served ${stats.requests} requests (${stats.graphqlRequests} GraphQL, ${stats.restRequests} REST, ${stats.graphqlPoints} points, ${stats.faultsInjected} faults)\n`);
  sim.close().then(() => process.exit(0), () => process.exit(1));
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
