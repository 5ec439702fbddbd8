import type { AnomaliesSection, Anomaly } from '../../metrics/anomalies.js';
import type { OpenWorkSection, WaitingPr } from '../../metrics/open-work.js';
import { RANK, prLink, type Block } from './markdown-block.js';
import { escapeText, login, truncateText } from './markdown-escape.js';
import { formatHours, formatValue, groupThousands, plural } from './markdown-format.js';
import { tableHeader, tableRow } from './markdown-table.js';

/**
 * The row-by-row sections: waiting PRs (longest waits first) and anomalies. Their rows are
 * separate units so a long report loses rows from the bottom, never half a row.
 */

export const DEFAULT_WAITING_ROWS = 10;
const TITLE_MAX = 80;
const WAITING_ON_MAX = 3;

const SEVERITY: Record<string, string> = { critical: '🔴 critical', warning: '🟠 warning', ok: '🟢 ok' };
const BALL: Record<string, string> = { reviewer: 'reviewers', author: 'author' };

function waitingOn(pr: WaitingPr): string {
  const people = pr.waitingOn ?? [];
  const shown = people.slice(0, WAITING_ON_MAX).map((p) => login(p, true));
  const more = people.length - shown.length;
  return [...shown, ...(more > 0 ? [`+${more}`] : [])].join(', ') || '—';
}

export function waitingRow(pr: WaitingPr): string {
  return tableRow([
    SEVERITY[pr.severity] ?? escapeText(pr.severity),
    prLink(pr.repo, pr.number, pr.url),
    escapeText(truncateText(pr.title, TITLE_MAX)) || '—',
    formatHours(pr.waitHours),
    BALL[pr.ball] ?? escapeText(pr.ball),
    waitingOn(pr),
    login(pr.author, true),
  ]);
}

/** Waiting PRs: the first `limit` rows are the top waits; the section says how many more the site lists. */
export function waitingBlock(openWork: OpenWorkSection | undefined, limit: number, siteLink: string): Block | null {
  if (!openWork) return null;
  const list = openWork.waiting ?? [];
  const total = Math.max(openWork.counts?.waiting ?? 0, list.length);
  const head = ['### ⏳ Waiting PRs'];
  if (total === 0) return { key: 'waiting', name: 'waiting PRs', head, units: [{ lines: ['', 'No PR is waiting. 🎉'], rank: RANK.topWaitingRows }] };

  const counts = openWork.counts;
  const t = openWork.thresholds;
  head.push(
    '',
    `${plural(total, 'PR')} waiting: ${groupThousands(counts?.withReviewer ?? 0)} on reviewers, ${groupThousands(counts?.withAuthor ?? 0)} on authors · ` +
      `🔴 ${groupThousands(counts?.critical ?? 0)} critical (≥ ${formatHours(t?.criticalHours ?? 0)}) · ` +
      `🟠 ${groupThousands(counts?.warning ?? 0)} warning (≥ ${formatHours(t?.warningHours ?? 0)}). Longest waits first.`,
    '',
    ...tableHeader([{ title: 'Severity' }, { title: 'PR' }, { title: 'Title' }, { title: 'Waiting', align: 'right' }, { title: 'Ball with' }, { title: 'Waiting on' }, { title: 'Author' }]),
  );
  const shown = list.slice(0, Math.max(0, limit));
  const units = shown.map((pr, i) => ({ lines: [waitingRow(pr)], rank: i < DEFAULT_WAITING_ROWS ? RANK.topWaitingRows : RANK.extraWaitingRows }));
  return {
    key: 'waiting',
    name: 'waiting PRs',
    head,
    units,
    unitNoun: 'waiting PRs',
    omitted: total - shown.length,
    // After truncation the closing note counts what is missing; said twice it would read as two lists.
    tail: (rows, truncated) => (truncated || rows >= total ? [] : ['', `… and ${groupThousands(total - rows)} more waiting PRs, see ${siteLink}.`]),
  };
}

function driverLinks(anomaly: Anomaly): string {
  const links = (anomaly.drivers ?? []).slice(0, 3).map((d) => prLink(d.repo, d.number, d.url));
  return links.join(', ') || '—';
}

export function anomalyRow(anomaly: Anomaly): string {
  const arrow = anomaly.direction === 'high' ? '↑ above' : '↓ below';
  return tableRow([
    escapeText(anomaly.week),
    escapeText(anomaly.label),
    formatValue(anomaly.value, anomaly.unit),
    `${arrow} ${formatValue(anomaly.median, anomaly.unit)}`,
    formatValue(anomaly.z, 'ratio'),
    driverLinks(anomaly),
  ]);
}

export function anomaliesBlock(anomalies: AnomaliesSection | undefined): Block | null {
  const list = anomalies?.anomalies ?? [];
  if (list.length === 0) return null;
  const head = [
    '### 🔎 Anomalies',
    '',
    `Weeks that differ from the ${groupThousands(anomalies?.baselineWeeks ?? 12)} weeks before them by a robust z-score of at least ${formatValue(anomalies?.threshold ?? null, 'ratio')}, newest first.`,
    '',
    ...tableHeader([{ title: 'Week' }, { title: 'Metric' }, { title: 'Value', align: 'right' }, { title: 'vs baseline median' }, { title: 'z', align: 'right' }, { title: 'PRs behind it' }]),
  ];
  return { key: 'anomalies', name: 'anomalies', head, units: list.map((a) => ({ lines: [anomalyRow(a)], rank: RANK.anomalies })), unitNoun: 'anomalies' };
}
