import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimDataset } from '../sim/dataset.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { webhookExample } from '../events/webhook-examples.js';
import { harvestInto } from './harness.js';
import { ingestEvent } from '../../src/harvest/events/ingest-event.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeReport } from '../../src/metrics/report.js';
import type { PeopleSection } from '../../src/metrics/people.js';
import type { ReviewersSection } from '../../src/metrics/reviewers.js';
import { openStore, type Store } from '../../src/store/database.js';

/**
 * GitHub's deleted-account placeholder: GraphQL gives a null actor, REST and webhooks the user
 * `ghost` (id 10137). Whichever way it arrives it is nobody: no actor row, no member, no
 * reviewer, no leaderboard row, no active person. The records it left are kept.
 */
const GHOST = { login: 'ghost', id: 10137, node_id: 'MDQ6VXNlcjEwMTM3', type: 'User', site_admin: false };
const NOW = new Date('2024-01-02T03:04:05.000Z');

/** Every place a login is stored that names `ghost`, as `table.column: count`. */
async function ghostLogins(store: Store): Promise<string[]> {
  const columns = await store.query<{ t: string; c: string }>(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
     WHERE table_schema = 'main' AND (column_name LIKE '%login' OR column_name IN ('reviewer', 'requested_reviewer')) ORDER BY 1, 2`,
  );
  expect(columns.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const { t, c } of columns) {
    const [row] = await store.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM main."${t}" WHERE lower("${c}") = 'ghost'`);
    if (row!.n > 0) found.push(`${t}.${c}: ${row!.n}`);
  }
  return found;
}

/** The logins a report shows as people: members, reviewers, the leaderboard and its spotlights. */
async function peopleShown(store: Store, now: Date): Promise<string[]> {
  const report = await computeReport(store, parseMetricsConfig({ leaderboard: { enabled: true } }), now);
  const people = report.sections.people as PeopleSection;
  const reviewers = report.sections.reviewers as ReviewersSection;
  return [
    ...people.members.map((m) => m.login),
    ...reviewers.load.map((r) => r.login ?? ''),
    ...reviewers.network.flatMap((e) => [e.author, e.reviewer] as Array<string | null>).map((l) => l ?? ''),
    JSON.stringify(people.leaderboard),
  ];
}

describe('a deleted account in the harvest', () => {
  let dataset: SimDataset;
  let simulator: Simulator;
  let store: Store;
  let deleted = { reviews: 0, runs: 0 };

  beforeAll(async () => {
    dataset = generateDataset({ seed: 11, size: 60 });
    // Deleted accounts wrote reviews with diff comments (REST pulls/comments says `ghost`) and
    // triggered workflow runs (REST actions/runs says `ghost`).
    for (const repo of dataset.repositories) {
      for (const pr of repo.pullRequests) {
        for (const review of pr.reviews) {
          if (review.comments?.length && deleted.reviews < 6) {
            review.author = null;
            deleted.reviews++;
          }
        }
      }
      for (const run of repo.workflowRuns.slice(0, 5)) {
        run.actor = null;
        deleted.runs++;
      }
    }
    simulator = await startSimulator({ dataset });
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'flowmeter-ghost-')), 'h.duckdb'));
    await harvestInto(store, simulator, dataset);
  });

  afterAll(async () => {
    await store?.close();
    await simulator?.close();
  });

  it('stores what the deleted account did, under no login', async () => {
    expect(deleted.reviews).toBeGreaterThan(0);
    expect(deleted.runs).toBeGreaterThan(0);
    const [runs] = await store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM workflow_runs WHERE actor_login IS NULL');
    expect(runs!.n).toBeGreaterThanOrEqual(deleted.runs);
    const [comments] = await store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM pr_review_comments WHERE author_login IS NULL');
    expect(comments!.n).toBeGreaterThan(0);
    expect(await ghostLogins(store)).toEqual([]);
    const [actor] = await store.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM actors WHERE lower(login) = 'ghost' OR database_id = 10137");
    expect(actor!.n).toBe(0);
  });

  it('is no member, reviewer or leaderboard row', async () => {
    const shown = await peopleShown(store, new Date(dataset.now));
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.filter((l) => /ghost/i.test(l))).toEqual([]);
  });
});

describe('a deleted account in event payloads', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'flowmeter-ghost-events-')), 'e.duckdb'));
  });
  afterAll(async () => store?.close());

  it('writes the PR, review, comment and request but never `ghost`', async () => {
    const opened = webhookExample('pull_request', 'opened');
    opened.pull_request.user = { ...GHOST };
    opened.sender = { ...GHOST };
    await ingestEvent(store, 'pull_request', opened, NOW);

    const requested = webhookExample('pull_request', 'review_requested');
    requested.requested_reviewer = { ...GHOST };
    requested.pull_request.requested_reviewers = [{ ...GHOST }];
    await ingestEvent(store, 'pull_request', requested, NOW);

    const review = webhookExample('pull_request_review', 'submitted');
    review.review.user = { ...GHOST };
    review.review.state = 'approved';
    await ingestEvent(store, 'pull_request_review', review, NOW);

    const comment = webhookExample('issue_comment', 'created');
    comment.comment.user = { ...GHOST };
    await ingestEvent(store, 'issue_comment', comment, NOW);

    const shown = await peopleShown(store, new Date('2019-05-20T00:00:00Z'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((l) => /ghost/i.test(l))).toEqual([]);
    const [reviews] = await store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM pr_reviews WHERE author_login IS NULL');
    expect(reviews!.n).toBe(1);
    const [requests] = await store.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM pr_timeline_events WHERE event_type = 'ReviewRequestedEvent'");
    expect(requests!.n).toBe(1);
    expect(await ghostLogins(store)).toEqual([]);
  });
});

describe('a database written before deleted accounts were recognised', () => {
  it('loses its `ghost` rows to the null actor when it is opened', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-ghost-migrate-')), 'old.duckdb');
    let store = await openStore(path);
    await ingestEvent(store, 'pull_request_review', webhookExample('pull_request_review', 'submitted'), NOW);
    // What an earlier flowmeter stored: the REST ghost as a person.
    await store.run("UPDATE pr_reviews SET author_login = 'ghost', author_id = 'MDQ6VXNlcjEwMTM3'");
    await store.run("INSERT INTO actors VALUES ('MDQ6VXNlcjEwMTM3', 10137, 'ghost', 'User', NULL, NULL)");
    // As a schema-8 database: the later migrations run when it is opened again.
    await store.run('DROP TABLE comparison_commits');
    await store.run('DROP TABLE commit_comparisons');
    await store.run('DELETE FROM schema_migrations WHERE version >= 9');
    await store.close();

    store = await openStore(path);
    try {
      expect(await ghostLogins(store)).toEqual([]);
      const [review] = await store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM pr_reviews WHERE author_login IS NULL');
      expect(review!.n).toBe(1);
      const [stale] = await store.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM facts_cache.stale_prs');
      expect(stale!.n).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
