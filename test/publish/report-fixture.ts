import type { ReportModel } from '../../src/metrics/model.js';
import type { WaitingPr } from '../../src/metrics/open-work.js';

/**
 * A hand-made ReportModel for the comment tests: `prs` waiting pull requests with hostile titles
 * and logins that would mention people if written raw, a weekly throughput series, flow stages,
 * and the p50 figures the pull-request comment compares against.
 */
function waitingPr(i: number): WaitingPr {
  return {
    repo: `acme/repo_${i % 50}`,
    number: 10_000 - i,
    title: `@octocat please review <script>alert(${i})</script> #12 ${'long words '.repeat(10)}`,
    url: `https://github.com/acme/repo_${i % 50}/pull/${10_000 - i}`,
    author: `@author-${i}`,
    ball: i % 2 ? 'reviewer' : 'author',
    waitingOn: i % 2 ? ['@rev-a', 'rev-b'] : [`author-${i}`],
    since: '2026-01-01T00:00:00Z',
    waitHours: 5000 - i / 2,
    severity: i < 4000 ? 'critical' : 'warning',
    size: i,
  };
}

const figure = (value: number, label: string, unit = 'hours') => ({ value, n: 120, unit, lowSample: false, previous: value * 1.1, delta: -value * 0.1, label });

export function reportFixture(prs: number): ReportModel {
  const weeks = Array.from({ length: 26 }, (_, w) => ({ label: `2026-W${String(w + 20).padStart(2, '0')}`, from: '', to: '' }));
  const stage = { n: 100, p50: 10, p75: 20, p90: 30, mean: 15, lowSample: false };
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-16T12:00:00.000Z',
    range: { from: '2026-05-25T00:00:00.000Z', to: '2026-11-16T12:00:00.000Z' },
    previousRange: { from: '2025-11-30T12:00:00.000Z', to: '2026-05-25T00:00:00.000Z' },
    weeks,
    repositories: Array.from({ length: 50 }, (_, i) => ({ id: `R${i}`, fullName: `acme/repo_${i}`, isPrivate: false })),
    sections: {
      flow: {
        stages: Object.fromEntries(['cycle_time', 'coding_time', 'pickup_time', 'first_response', 'time_to_approval', 'review_time', 'deploy_time'].map((s) => [s, stage])),
        throughputWeekly: weeks.map((w, i) => ({ week: '', label: w.label, opened: 0, merged: 100 + i, closed_unmerged: 0, additions: 0, deletions: 0 })),
      },
      openWork: {
        asOf: '2026-11-16T12:00:00Z',
        thresholds: { warningHours: 24, criticalHours: 72 },
        waiting: Array.from({ length: prs }, (_, i) => waitingPr(i)),
        counts: { waiting: prs, withReviewer: Math.ceil(prs / 2), withAuthor: Math.floor(prs / 2), ok: 0, warning: Math.min(prs, 1000), critical: Math.max(0, prs - 1000) },
      },
    },
    figures: {
      'throughput.merged': figure(2600, 'Merged PRs', 'prs'),
      'flow.cycle_time.p50': figure(12.3, 'Cycle time (p50)'),
      'flow.coding_time.p50': figure(7.7, 'Coding time (p50)'),
      'flow.pickup_time.p50': figure(1.8, 'Pickup time (time to first review) (p50)'),
      'flow.review_time.p50': figure(9, 'Review time (p50)'),
    },
  } as unknown as ReportModel;
}
