import type { ReportModel } from '../../src/metrics/model.js';
import type { WaitingPr } from '../../src/metrics/open-work.js';

/**
 * A hand-made ReportModel with `prs` waiting pull requests whose titles, labels and logins are
 * hostile (HTML, markdown breakers, would-be @-mentions), a weekly throughput series and flow
 * stages: for the length and escaping tests of the markdown renderer and the comments. Callers
 * pick the hostile text and add the figures they compare against.
 */
export interface BigReportOptions {
  title?(i: number): string;
  author?(i: number): string;
  waitingOn?(i: number): string[];
  anomalies?: unknown[];
  figures?: ReportModel['figures'];
}

function waitingPr(i: number, options: BigReportOptions): WaitingPr {
  return {
    repo: `acme/repo_${i % 50}`,
    number: 10_000 - i,
    title: options.title?.(i) ?? `<img src=x onerror=alert(${i})> @octocat please review`,
    url: `https://github.com/acme/repo_${i % 50}/pull/${10_000 - i}`,
    labels: [`"><script>alert(${i})</script>`, '@team-mention'],
    author: options.author?.(i) ?? `author-${i}`,
    ball: i % 2 ? 'reviewer' : 'author',
    waitingOn: options.waitingOn?.(i) ?? (i % 2 ? ['rev-a', 'rev-b'] : [`author-${i}`]),
    since: '2026-01-01T00:00:00Z',
    waitHours: 5000 - i / 2,
    severity: i < 4000 ? 'critical' : 'warning',
    size: i,
  };
}

export function bigReport(prs: number, options: BigReportOptions = {}): ReportModel {
  const weeks = Array.from({ length: 26 }, (_, w) => ({ label: `2026-W${String(w + 20).padStart(2, '0')}`, from: '', to: '' }));
  const stage = { n: 100, p50: 10, p75: 20, p90: 30, mean: 15, lowSample: false };
  return {
    schemaVersion: 2,
    generatedAt: '2026-11-16T12:00:00.000Z',
    range: { from: '2026-05-25T00:00:00.000Z', to: '2026-11-16T12:00:00.000Z' },
    previousRange: { from: '2025-11-30T12:00:00.000Z', to: '2026-05-25T00:00:00.000Z' },
    coverage: { harvestedSince: null, rangeHarvested: true, previousRangeHarvested: true },
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
        waiting: Array.from({ length: prs }, (_, i) => waitingPr(i, options)),
        counts: { waiting: prs, withReviewer: Math.ceil(prs / 2), withAuthor: Math.floor(prs / 2), ok: 0, warning: Math.min(prs, 1000), critical: Math.max(0, prs - 1000) },
      },
      ...(options.anomalies ? { anomalies: { threshold: 3.5, baselineWeeks: 12, minBaselineWeeks: 8, evaluatedWeeks: [], anomalies: options.anomalies, series: [] } } : {}),
    },
    figures: options.figures ?? {},
  } as unknown as ReportModel;
}
