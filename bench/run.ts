// `npm run bench`: every benchmark, one JSON object per line on stdout. Name benches as
// arguments to run only those (`npm run bench -- harvest-cost`).
import { dataBranchGrowthBench } from './data-branch-growth.js';
import { harvestCostBench } from './harvest-cost.js';
import { metricsScaleBench } from './metrics-scale.js';
import { renderSiteBench } from './render-site.js';

const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  'harvest-cost': () => harvestCostBench(),
  'metrics-scale': () => metricsScaleBench(),
  'render-site': () => renderSiteBench(),
  'data-branch-growth': () => dataBranchGrowthBench(),
};

const wanted = process.argv.slice(2);
for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length && !wanted.includes(name)) continue;
  process.stdout.write(JSON.stringify(await bench()) + '\n');
}
