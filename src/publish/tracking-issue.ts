import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import { listAll } from './marked-comment.js';

/**
 * The tracking issue the weekly comment lives on: an open issue whose body starts with the
 * marker. Lookup, cheapest first, all with what a workflow's GITHUB_TOKEN may do
 * (`issues: write`; the search API is avoided: it is eventually consistent, so a second run
 * minutes later could miss the issue the first one created, and it has its own low rate limit):
 * 1. open issues carrying the label (one page in practice);
 * 2. the most recently updated open issues (each run's comment bumps the issue), for a tracking
 *    issue whose label was removed, or was dropped on creation because the token could not set it;
 * 3. otherwise a new issue is created, with the marker and the label.
 */
export const TRACKING_MARKER = '<!-- flowmeter:weekly-report -->';
export const DEFAULT_TRACKING_LABEL = 'flowmeter';
/** Pages of recently updated issues scanned when the label finds nothing. */
const RECENT_PAGES = 3;

export interface RestIssue {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  state: string;
  pull_request?: unknown;
}

export interface TrackingIssueOptions {
  owner: string;
  repo: string;
  title: string;
  /** Label put on the issue and used to find it again (default `flowmeter`). */
  label?: string;
  log: Logger;
}

const isTracking = (issue: RestIssue) => !issue.pull_request && (issue.body ?? '').startsWith(TRACKING_MARKER);

async function findMarked(client: GitHubClient, options: TrackingIssueOptions, label: string): Promise<RestIssue[]> {
  const base = { owner: options.owner, repo: options.repo, state: 'open' };
  const labelled = (await listAll<RestIssue>(client, 'GET /repos/{owner}/{repo}/issues', { ...base, labels: label })).filter(isTracking);
  if (labelled.length > 0) return labelled.sort((a, b) => a.number - b.number);
  const recent = await listAll<RestIssue>(client, 'GET /repos/{owner}/{repo}/issues', { ...base, sort: 'updated', direction: 'desc' }, RECENT_PAGES);
  return recent.filter(isTracking).sort((a, b) => a.number - b.number);
}

function issueBody(): string {
  return [
    TRACKING_MARKER,
    'flowmeter posts its report on this issue: one comment, kept up to date by every run.',
    '',
    'Close the issue to stop; the next run then opens a new one. The hidden marker on the first line is how flowmeter finds this issue, so keep it when editing.',
  ].join('\n');
}

/** The tracking issue, created when there is none; retitled when the configured title changed. */
export async function findOrCreateTrackingIssue(client: GitHubClient, options: TrackingIssueOptions): Promise<RestIssue> {
  const label = options.label ?? DEFAULT_TRACKING_LABEL;
  const found = (await findMarked(client, options, label))[0];
  if (found) {
    if (found.title !== options.title) {
      // The title is an input: follow it when it changes, rather than open a second issue.
      await client.rest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: options.owner, repo: options.repo, issue_number: found.number, title: options.title,
      });
    }
    return found;
  }

  const { data: created } = await client.rest<RestIssue>('POST /repos/{owner}/{repo}/issues', {
    owner: options.owner, repo: options.repo, title: options.title, body: issueBody(), labels: [label],
  });
  options.log.info(`Opened tracking issue #${created.number} (${created.html_url}).`);
  // Two first runs at once would each open one: keep the oldest, close the younger (ours).
  const all = await findMarked(client, options, label);
  const oldest = all[0];
  if (oldest && oldest.number !== created.number) {
    await client.rest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: options.owner, repo: options.repo, issue_number: created.number, state: 'closed', state_reason: 'not_planned',
    });
    options.log.info(`Another run opened tracking issue #${oldest.number} at the same time: closed #${created.number} as its duplicate.`);
    return oldest;
  }
  return created;
}
