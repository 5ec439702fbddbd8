import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimComment, SimDataset, SimIssue } from '../sim/dataset.js';
import { singleRepoDataset } from './edge-case-dataset.js';
import { harvestFresh } from '../harvest/harness.js';
import { openStore, type Store } from '../../src/store/database.js';
import { createContext } from '../../src/metrics/context.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { computeIssues, type IssuesSection } from '../../src/metrics/issues.js';
import type { Figures } from '../../src/metrics/model.js';

/**
 * Hand-built issues for the cases a response must get right: the author's own comments, bot
 * comments, deleted accounts on either side, bot-authored issues, and a +02:00 timestamp.
 * Times are hours after T0; "now" is T0 + 200 h, and the ISO week W45 ends at T0 + 160 h.
 */
const T0 = Date.parse('2026-11-02T08:00:00Z'); // a Monday
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString().replace(/\.000Z$/, 'Z');
let ids = 0;
const comment = (author: string | null, hours: number): SimComment => ({ id: `IC_is${++ids}`, databaseId: 8000 + ids, author, createdAt: at(hours), updatedAt: at(hours) });

function issue(number: number, overrides: Partial<SimIssue>): SimIssue {
  return {
    id: `I_is${number}`, databaseId: 9000 + number, number, title: `Issue ${number}`, body: '', author: 'ana',
    createdAt: at(0), updatedAt: at(199), closedAt: null, state: 'OPEN', stateReason: null, labels: [], comments: [],
    ...overrides,
  };
}

const ISSUES = {
  answered: issue(1, { comments: [comment('ana', 1), comment('github-actions', 2), comment('ben', 5)], state: 'CLOSED', closedAt: at(10), stateReason: 'COMPLETED' }),
  deletedAuthor: issue(2, { author: null, comments: [comment(null, 3), comment('ben', 4)] }),
  botAuthor: issue(3, { author: 'github-actions', title: 'Nightly build failed', comments: [comment('ben', 1)] }),
  deletedResponder: issue(4, { comments: [comment(null, 6)] }),
  unanswered: issue(5, { comments: [comment('ana', 3)] }),
  offset: issue(6, {
    author: 'cy', createdAt: '2026-11-02T12:00:00+02:00', comments: [{ ...comment('ben', 4), createdAt: '2026-11-02T12:00:00Z' }],
    state: 'CLOSED', closedAt: '2026-11-03T10:00:00Z', stateReason: 'COMPLETED',
  }),
  /** Closed at 50, reopened: open, whatever closed_at the old close left behind. */
  reopened: issue(7, { comments: [comment('ben', 1)], stateReason: 'REOPENED', closedAt: at(50) }),
};

function dataset(): SimDataset {
  return singleRepoDataset('issues', at(200), { issues: Object.values(ISSUES) });
}

describe('issues: named cases', () => {
  let store: Store;
  let section: IssuesSection;
  let figures: Figures;
  const now = new Date(at(200));

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'flowmeter-issues-edge-')), 'issues.duckdb');
    await harvestFresh(dataset(), path);
    store = await openStore(path);
    ({ section, figures } = await computeIssues(await createContext(store, parseMetricsConfig({}), now)));
  }, 60_000);

  it('first response: not the author, not a bot; a deleted responder counts unless the author is deleted too', () => {
    // Responses after 5 (ben; ana's and the bot's earlier comments skipped), 4 (ben; the ghost's
    // comment on a ghost's issue skipped), 6 (a ghost), 2 (+02:00 creation) and 1 hour(s).
    expect(section.firstResponse).toMatchObject({ n: 5, p50: 4, p90: 5.6 });
    expect(figures['issues.first_response.p50']).toMatchObject({ value: 4, n: 5, lowSample: false });
  });

  it('time to close of issues closed in the window, the +02:00 one included', () => {
    expect(section.timeToClose).toMatchObject({ n: 2, p50: 17, lowSample: true });
  });

  it('bot-authored issues are left out; deleted authors are kept', () => {
    expect(section).toMatchObject({ opened: 6, closed: 2 });
    expect(section.open).toMatchObject({ count: 4, medianAgeHours: 200, totalAgeHours: 800 });
    expect(section.unanswered.count).toBe(1);
    expect(section.unanswered.oldest[0]).toMatchObject({ number: ISSUES.unanswered.number, author: 'ana', ageHours: 200 });
  });

  it('weekly counts and open issues at each week end', () => {
    const [w45, w46] = section.weekly.slice(-2);
    expect(w45).toMatchObject({ week: '2026-W45', opened: 6, closed: 2, open: 4, medianAgeHours: 160 });
    expect(w46).toMatchObject({ week: '2026-W46', opened: 0, closed: 0, open: 4, medianAgeHours: 200 });
  });

  it('with include-bots, bot-authored issues count', async () => {
    const { section: s } = await computeIssues(await createContext(store, parseMetricsConfig({ bots: { include: true } }), now));
    expect(s).toMatchObject({ opened: 7, firstResponse: { n: 6 } });
  });
});

describe('issues on an empty database', () => {
  it('reports empty sections, not errors', async () => {
    const store = await openStore(':memory:');
    const { section, figures } = await computeIssues(await createContext(store, parseMetricsConfig({}), new Date('2026-11-16T12:00:00Z')));
    await store.close();
    expect(section).toMatchObject({ opened: 0, closed: 0, open: { count: 0, medianAgeHours: null }, unanswered: { count: 0, oldest: [] } });
    expect(section.weekly).toHaveLength(26);
    expect(figures['issues.first_response.p50']).toMatchObject({ value: null, n: 0, lowSample: true });
    expect(figures['issues.open']).toMatchObject({ value: 0 });
    expect(JSON.parse(JSON.stringify({ section, figures }))).toEqual({ section, figures });
  });
});
