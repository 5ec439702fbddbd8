import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { silentLogger } from '../../src/log.js';
import { COMMENT_LIMIT } from '../../src/publish/marked-comment.js';
import { isoWeekOf, upsertWeeklyComment, weeklyCommentBody } from '../../src/publish/tracking-comment.js';
import { TRACKING_MARKER } from '../../src/publish/tracking-issue.js';
import { mentionsOutsideCode } from '../render/markdown-checks.js';
import type { SimDataset, SimIssue, SimRepository } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { reportFixture } from './report-fixture.js';

let sim: Simulator;
let client: GitHubClient;
let dataset: SimDataset;
let repo: SimRepository;

beforeAll(async () => {
  dataset = generateDataset({ seed: 5, size: 20 });
  sim = await startSimulator({ dataset });
  client = await createGitHubClient({ auth: { kind: 'token', token: 'test-token' }, apiUrl: sim.url, minPostIntervalMs: 0, retryBaseMs: 10, log: silentLogger });
  repo = dataset.repositories[0]!;
});
afterAll(() => sim.close());
beforeEach(() => {
  // Each test starts without a tracking issue.
  repo.issues = repo.issues.filter((i) => !i.body.startsWith(TRACKING_MARKER));
});

const trackingIssues = (): SimIssue[] => repo.issues.filter((i) => i.body.startsWith(TRACKING_MARKER) && i.state === 'OPEN');
const markedComments = (issue: SimIssue, marker = TRACKING_MARKER) => issue.comments.filter((c) => (c.body ?? '').startsWith(marker));
const upsert = (body: string, extra: Partial<Parameters<typeof upsertWeeklyComment>[1]> = {}) =>
  upsertWeeklyComment(client, { owner: repo.owner, repo: repo.name, issueTitle: 'flowmeter weekly report', body, log: silentLogger, ...extra });

describe('weekly comment', () => {
  it('creates the tracking issue and the comment, then updates that one comment', async () => {
    const first = await upsert('first body');
    expect(first.action).toBe('created');
    expect(trackingIssues()).toHaveLength(1);
    const issue = trackingIssues()[0]!;
    expect(issue.labels).toContain('flowmeter');
    expect(issue.title).toBe('flowmeter weekly report');

    const second = await upsert('second body');
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId, issueNumber: first.issueNumber });
    expect(await upsert('second body')).toMatchObject({ action: 'unchanged', commentId: first.commentId });
    expect(trackingIssues()).toHaveLength(1);
    expect(markedComments(issue)).toHaveLength(1);
    expect(markedComments(issue)[0]!.body).toBe(`${TRACKING_MARKER}\nsecond body\n`);
  });

  it('finds the issue without its label, and follows a changed title instead of opening another', async () => {
    const first = await upsert('body');
    trackingIssues()[0]!.labels = [];
    const again = await upsert('body 2', { issueTitle: 'Team health' });
    expect(again.issueNumber).toBe(first.issueNumber);
    expect(trackingIssues()).toHaveLength(1);
    expect(trackingIssues()[0]!.title).toBe('Team health');
  });

  it('keeps one comment per ISO week when a week is given', async () => {
    const w47 = await upsert('week 47', { week: '2026-W47' });
    const w47again = await upsert('week 47, later run', { week: '2026-W47' });
    const w48 = await upsert('week 48', { week: '2026-W48' });
    expect(w47again.commentId).toBe(w47.commentId);
    expect(w48.commentId).not.toBe(w47.commentId);
    expect(markedComments(trackingIssues()[0]!)).toHaveLength(2);
    expect(isoWeekOf(new Date('2026-11-16T12:00:00Z'))).toBe('2026-W47');
    expect(isoWeekOf(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
  });

  it('two runs at once still leave one open tracking issue and one comment', async () => {
    await Promise.all([upsert('run a'), upsert('run b')]);
    expect(trackingIssues()).toHaveLength(1);
    expect(markedComments(trackingIssues()[0]!)).toHaveLength(1);
  });

  it('a 5,000-PR report fits GitHub\'s limit with the marker and mentions nobody', async () => {
    const body = weeklyCommentBody(reportFixture(5000), { siteUrl: 'https://acme.github.io/app/', week: '2026-W47', maxWaitingPrs: 5000 });
    const result = await upsert(body, { week: '2026-W47' });
    const stored = repo.issues.flatMap((i) => i.comments).find((c) => c.databaseId === result.commentId)!.body!;
    expect(stored.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(stored.length).toBeGreaterThan(COMMENT_LIMIT - 5000);
    expect(stored).toContain('truncated');
    expect(stored).toContain('xychart-beta');
    expect(stored).toContain('https://acme.github.io/app/');
    expect(mentionsOutsideCode(stored)).toEqual([]);
    expect(stored).not.toContain('<script>');
  });
});
