import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { singleRepoDataset } from './edge-case-dataset.js';
import type { SimDataset, SimPullRequest, SimReview, SimTimelineEvent } from '../sim/dataset.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore, type Store } from '../../src/store/database.js';
import { createContext } from '../../src/metrics/context.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeOpenWork, type OpenWorkSection } from '../../src/metrics/open-work.js';

/**
 * Hand-built open PRs, one per ball-in-court situation, with times chosen so the expected
 * ball, wait and severity are obvious. Times are hours after T0; "now" is T0 + 200 h, and the
 * ISO week W45 ends at T0 + 160 h.
 */
const T0 = Date.parse('2026-11-02T08:00:00Z'); // a Monday
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString().replace(/\.000Z$/, 'Z');
const oid = (n: number) => n.toString(16).padStart(40, '0');
let ids = 0;
const review = (author: string | null, state: SimReview['state'], hours: number): SimReview => ({ id: `PRR_ow${++ids}`, databaseId: 5000 + ids, author, state, submittedAt: at(hours), createdAt: at(hours) });
const requested = (reviewer: string, hours: number): SimTimelineEvent => ({ type: 'ReviewRequestedEvent', id: `RRE_ow${++ids}`, createdAt: at(hours), actor: 'ana', requestedReviewer: reviewer });
const event = (type: 'ReadyForReviewEvent' | 'ConvertToDraftEvent' | 'HeadRefForcePushedEvent', hours: number): SimTimelineEvent => ({ type, id: `EV_ow${++ids}`, createdAt: at(hours), actor: 'ana' });
const commit = (n: number, hours: number) => ({ oid: oid(3000 + n * 10 + hours), authoredDate: at(hours - 1), committedDate: at(hours), author: 'ana' });

function pr(number: number, overrides: Partial<SimPullRequest>): SimPullRequest {
  return {
    id: `PR_ow${number}`, databaseId: 7000 + number, number, title: `feat: open ${number}`, body: '', author: 'ana', authorAssociation: 'MEMBER',
    createdAt: at(0), updatedAt: at(199), closedAt: null, mergedAt: null, mergedBy: null, state: 'OPEN', isDraft: false,
    additions: 10, deletions: 5, changedFiles: 2, baseRefName: 'main', headRefName: `open-${number}`, headRefOid: oid(number),
    mergeCommitOid: null, labels: [], commits: [commit(number, -1)], reviews: [], comments: [], timeline: [], reviewRequests: [],
    ...overrides,
  };
}

const CASES = {
  pendingRequest: pr(1, { timeline: [requested('ben', 1)], reviews: [review('cy', 'APPROVED', 5)], reviewRequests: ['ben'] }),
  teamRequest: pr(2, { timeline: [requested('team:core', 2)], reviewRequests: ['team:core'] }),
  pushedAfterReview: pr(3, { reviews: [review('ben', 'CHANGES_REQUESTED', 3)], commits: [commit(3, -1), commit(3, 10)] }),
  forcePushedAfterReview: pr(4, { reviews: [review('ben', 'CHANGES_REQUESTED', 3)], timeline: [event('HeadRefForcePushedEvent', 150)] }),
  authorCourt: pr(5, { reviews: [review('ben', 'CHANGES_REQUESTED', 180)] }),
  reviewedOnDraft: pr(6, { timeline: [event('ReadyForReviewEvent', 100)], reviews: [review('ben', 'COMMENTED', 2)] }),
  deletedAuthor: pr(7, { author: null, authorAssociation: 'NONE', reviews: [review('ben', 'APPROVED', 50)] }),
  botPr: pr(8, { author: 'dependabot', title: 'build(deps): bump x' }),
  stillDraft: pr(9, { isDraft: true }),
  selfAndBotReviews: pr(10, { reviews: [review('ana', 'COMMENTED', 10), review('github-actions', 'APPROVED', 20)] }),
  botRequestOnly: pr(11, { timeline: [requested('github-actions', 1)], reviewRequests: ['github-actions'], reviews: [review('ben', 'APPROVED', 190)] }),
  closedEarly: pr(12, { state: 'CLOSED', closedAt: at(100), timeline: [{ type: 'ClosedEvent', id: 'CE_ow12', createdAt: at(100), actor: 'ana' }] }),
  convertedToDraft: pr(13, { isDraft: true, timeline: [event('ConvertToDraftEvent', 170)] }),
  reRequested: pr(14, { reviews: [review('ben', 'CHANGES_REQUESTED', 3)], commits: [commit(14, -1), commit(14, 10)], timeline: [requested('ben', 12)], reviewRequests: ['ben'] }),
  createdLater: pr(15, { createdAt: at(165), commits: [commit(15, 164)] }),
};

function dataset(): SimDataset {
  return singleRepoDataset('open', at(200), { pullRequests: Object.values(CASES) });
}

describe('open work: named ball-in-court cases', () => {
  let store: Store;
  let section: OpenWorkSection;
  const now = new Date(at(200));
  const byNumber = (s: OpenWorkSection, n: number) => s.waiting.find((w) => w.number === n);

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-open-edge-')), 'open.duckdb');
    await harvestFresh(dataset(), path);
    store = await openStore(path);
    ({ section } = await computeOpenWork(await createContext(store, parseMetricsConfig({}), now)));
  }, 60_000);

  it.each([
    ['a pending review request keeps the ball with the requested reviewer', CASES.pendingRequest, 'reviewer', ['ben'], 1, 'critical'],
    ['a pending team request names the team', CASES.teamRequest, 'reviewer', ['core'], 2, 'critical'],
    ['a push after the last review hands the ball back to the reviewers', CASES.pushedAfterReview, 'reviewer', [], 10, 'critical'],
    ['a force push counts as a push', CASES.forcePushedAfterReview, 'reviewer', [], 150, 'warning'],
    ['a review after the last push leaves the ball with the author', CASES.authorCourt, 'author', ['ana'], 180, 'ok'],
    ['a review on the draft is not a review since ready', CASES.reviewedOnDraft, 'reviewer', [], 100, 'critical'],
    ['a deleted author is kept; nobody is named', CASES.deletedAuthor, 'author', [], 50, 'critical'],
    ['self- and bot reviews do not count', CASES.selfAndBotReviews, 'reviewer', [], 0, 'critical'],
    ['a pending request to a bot does not hold the ball', CASES.botRequestOnly, 'author', ['ana'], 190, 'ok'],
    ['a re-request after a push restarts the wait', CASES.reRequested, 'reviewer', ['ben'], 12, 'critical'],
    ['a PR opened after the others', CASES.createdLater, 'reviewer', [], 165, 'warning'],
  ] as const)('%s', (_name, pull, ball, waitingOn, sinceHours, severity) => {
    expect(byNumber(section, pull.number)).toMatchObject({ ball, waitingOn, since: at(sinceHours), waitHours: 200 - sinceHours, severity });
  });

  it('drafts, closed PRs and bot PRs are not waiting', () => {
    expect(section.waiting.map((w) => w.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 10, 11, 14, 15]);
    expect(section.counts).toMatchObject({ waiting: 11, withReviewer: 8, withAuthor: 3, ok: 2, warning: 2, critical: 7 });
  });

  it('backlog and WIP follow creation, closing and draft history', () => {
    const [w45, w46] = section.backlog.slice(-2);
    // At W45's end: 12 human PRs open (not #12, closed; not #15, not yet created), #9 a draft.
    expect(w45).toMatchObject({ at: at(160), open: 12, wip: 11, medianAgeHours: 160, totalAgeHours: 12 * 160 });
    // Now: #15 is open too, and #13 has gone back to draft.
    expect(w46).toMatchObject({ at: at(200), open: 13, wip: 11, medianAgeHours: 200, wipAuthors: 1 });
    expect(section.wipByAuthor).toEqual([{ author: 'ana', wip: 10, open: 12 }, { author: null, wip: 1, open: 1 }]);
  });

  it('thresholds come from the configuration', async () => {
    const config = parseMetricsConfig({ waiting: { 'warning-hours': 10, 'critical-hours': 100 } });
    const { section: s } = await computeOpenWork(await createContext(store, config, now));
    expect([5, 4, 6, 11].map((n) => byNumber(s, n)!.severity)).toEqual(['warning', 'warning', 'critical', 'warning']);
  });

  it('with include-bots, a bot PR waits too', async () => {
    const { section: s } = await computeOpenWork(await createContext(store, parseMetricsConfig({ bots: { include: true } }), now));
    expect(byNumber(s, CASES.botPr.number)).toMatchObject({ author: 'dependabot', ball: 'reviewer', waitHours: 200 });
  });
});

describe('open work on an empty database', () => {
  it('reports empty sections, not errors', async () => {
    const store = await openStore(':memory:');
    const { section, figures } = await computeOpenWork(await createContext(store, parseMetricsConfig({}), new Date('2026-11-16T12:00:00Z')));
    await store.close();
    expect(section.waiting).toEqual([]);
    expect(section.backlog).toHaveLength(26);
    expect(section.backlog.every((b) => b.open === 0 && b.medianAgeHours === null)).toBe(true);
    expect(figures['open.waiting']).toMatchObject({ value: 0, n: 0 });
    expect(figures['open.median_age_hours']).toMatchObject({ value: null, n: 0, lowSample: true });
    expect(JSON.parse(JSON.stringify({ section, figures }))).toEqual({ section, figures });
  });
});
