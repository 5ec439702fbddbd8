import type { ReportModel } from '../../src/metrics/model.js';
import { bigReport } from '../render/big-report.js';

/**
 * The comment tests' report: `prs` waiting pull requests with hostile titles and logins that
 * would mention people if written raw, and the p50 figures the pull-request comment compares
 * against.
 */
const figure = (value: number, label: string, unit = 'hours') => ({ value, n: 120, unit, lowSample: false, previous: value * 1.1, delta: -value * 0.1, label });

export function reportFixture(prs: number): ReportModel {
  return bigReport(prs, {
    title: (i) => `@octocat please review <script>alert(${i})</script> #12 ${'long words '.repeat(10)}`,
    author: (i) => `@author-${i}`,
    waitingOn: (i) => (i % 2 ? ['@rev-a', 'rev-b'] : [`author-${i}`]),
    figures: {
      'throughput.merged': figure(2600, 'Merged PRs', 'prs'),
      'flow.cycle_time.p50': figure(12.3, 'Cycle time (p50)'),
      'flow.coding_time.p50': figure(7.7, 'Coding time (p50)'),
      'flow.pickup_time.p50': figure(1.8, 'Pickup time (time to first review) (p50)'),
      'flow.review_time.p50': figure(9, 'Review time (p50)'),
    } as unknown as ReportModel['figures'],
  });
}
