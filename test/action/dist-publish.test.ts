import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.js';
import { startFakeClaude, type FakeClaude } from '../fakes/fake-claude.js';
import { countRows, repoNames } from '../harvest/harness.js';
import { webhookExample } from '../events/webhook-examples.js';
import { createGitFixture, type GitFixture } from '../publish/git-fixture.js';
import { generateDataset } from '../sim/generator.js';
import { startSimulator, type Simulator } from '../sim/server.js';
import { copyAction, runDistAction, type ActionRun } from './dist-run.js';

const TOKEN = 'ghs_e2eTokenThatMustNeverBeWritten0001';
const CLAUDE_KEY = 'sk-ant-e2e-key-that-must-never-be-written';
const MARKER = '<!-- flowmeter:weekly-report -->';

/** A grounded answer: no numbers, and it cites a figure every report has. */
const item = (text: string) => ({ text, figures: ['flow.cycle_time.p50'], pull_requests: [] });
const claudeAnswer = {
  insights: [item('Cycle time is the figure to watch.'), item('Reviews start promptly.'), item('Throughput is steady.')],
  risks: [item('Waiting pull requests age.'), item('Large changes slow reviews.')],
  recommendations: [item('Split large changes.'), item('Review before starting new work.'), item('Keep the deploy workflow green.')],
};

// The site has Arabic pages, so the Action asks a second time, in Arabic (write-summary.ts).
const claudeAnswerArabic = {
  insights: [item('زمن الدورة هو الرقم الذي يستحق المتابعة.'), item('تبدأ المراجعات بسرعة.'), item('الإنتاجية ثابتة.')],
  risks: [item('طلبات الدمج المنتظرة تتقادم.'), item('التغييرات الكبيرة تبطئ المراجعات.')],
  recommendations: [item('قسّموا التغييرات الكبيرة.'), item('راجعوا قبل بدء عمل جديد.'), item('حافظوا على نجاح سير عمل النشر.')],
};

/** Every file under `dir`, as bytes joined, for a token grep. */
function allBytes(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)).toString('latin1'))
    .join('\n');
}

describe('dist/ as the Action: harvest, summary, data branch, site, comment, job summary', () => {
  let simulator: Simulator;
  let claude: FakeClaude;
  let git: GitFixture;
  let action: string;
  const dataset = generateDataset({ seed: 3, size: 120 });

  beforeAll(async () => {
    action = copyAction();
    git = createGitFixture();
    simulator = await startSimulator({ dataset, token: TOKEN });
    claude = await startFakeClaude([{ kind: 'tool', input: claudeAnswer }, { kind: 'tool', input: claudeAnswerArabic }]);
  });
  afterAll(async () => {
    await simulator.close();
    await claude.close();
    git.dispose();
    rmSync(action, { recursive: true, force: true });
  });

  const inputs = (extra: Record<string, string> = {}) => ({
    'INPUT_REPOSITORIES': repoNames(dataset).join('\n'),
    'INPUT_TOKEN': TOKEN,
    'INPUT_API-URL': simulator.url,
    'INPUT_BACKFILL-DAYS': '3650',
    'INPUT_COMMENT': 'true',
    'INPUT_ANTHROPIC-API-KEY': CLAUDE_KEY,
    'INPUT_ANTHROPIC-BASE-URL': claude.url,
    'INPUT_SUMMARY-TIMEOUT': '20',
    GITHUB_REPOSITORY: repoNames(dataset)[0]!,
    GITHUB_EVENT_NAME: 'schedule',
    ...git.env,
    ...extra,
  });

  const weeklyComments = () =>
    simulator.dataset.repositories[0]!.issues.flatMap((issue) => issue.comments.filter((c) => c.body?.includes(MARKER)));

  let first: ActionRun;
  let second: ActionRun;
  let workspace: string;

  it('first run: database on the data branch, site written, job summary and outputs set, Claude used', async () => {
    simulator.dataset.repositories[0]!.isPrivate = false;
    workspace = git.workspace('first');
    first = await runDistAction(action, workspace, inputs());
    expect(first.log).not.toContain('::error::');
    expect(first.code).toBe(0);

    expect(git.commitCount('flowmeter-data')).toBe(1);
    expect(git.originGit(['ls-tree', '--name-only', 'flowmeter-data']).trim()).toBe('flowmeter.duckdb');

    expect(first.outputs['site-dir']).toBe(join(workspace, 'flowmeter-site'));
    expect(existsSync(join(first.outputs['site-dir']!, 'index.html'))).toBe(true);
    expect(first.outputs.database).toBe('.flowmeter/flowmeter.duckdb');
    expect(JSON.parse(readFileSync(join(workspace, first.outputs['report-json']!), 'utf8')).schemaVersion).toBe(2);
    expect(['elite', 'high', 'medium', 'low', 'none']).toContain(first.outputs['dora-band']);
    expect(first.outputs['summary-markdown']).toContain('Written by Claude');
    expect(first.stepSummary).toContain(first.outputs['summary-markdown']!.split('\n')[0]!);
    // English for the comment and the English pages, Arabic for the Arabic pages.
    expect(claude.requests).toHaveLength(2);
    expect(readFileSync(join(first.outputs['site-dir']!, 'ar/index.html'), 'utf8')).toContain('تبدأ المراجعات بسرعة.');
    expect(weeklyComments()).toHaveLength(1);
  }, 240_000);

  it('second run from a fresh checkout: starts from the branch, updates the comment, keeps one commit, reuses the summary', async () => {
    const fresh = git.workspace('second');
    second = await runDistAction(action, fresh, inputs());
    expect(second.log).not.toContain('::error::');
    expect(second.code).toBe(0);
    expect(second.log).toMatch(/Restore the database/);
    expect(git.commitCount('flowmeter-data')).toBe(1);
    expect(weeklyComments()).toHaveLength(1);
    // Same data, same summary input: the cache on the branch's database answered, in both languages.
    expect(claude.requests).toHaveLength(2);
    expect(second.outputs['summary-markdown']).toContain('Written by Claude');
    const store = await openStore(join(fresh, '.flowmeter/flowmeter.duckdb'));
    expect(await countRows(store, 'pull_requests')).toBe(dataset.repositories[0]!.pullRequests.length);
    await store.close();
  }, 240_000);

  it('a pull_request event: ingests it and comments on that PR with its figures, once', async () => {
    const repo = simulator.dataset.repositories[0]!;
    const pr = repo.pullRequests.find((p) => p.state === 'OPEN' && !p.isDraft)!;
    // GitHub's own example payload, pointed at a PR the data branch already holds. Its
    // updated_at (2019) is older than the harvested row, so the row keeps the harvest's values.
    const payload = webhookExample('pull_request', 'opened');
    Object.assign(payload.repository, { node_id: repo.id, full_name: `${repo.owner}/${repo.name}`, name: repo.name, private: false });
    payload.repository.owner.login = repo.owner;
    Object.assign(payload.pull_request, { node_id: pr.id, number: pr.number, created_at: pr.createdAt, draft: false });
    payload.number = pr.number;
    const eventPath = join(mkdtempSync(join(tmpdir(), 'flowmeter-event-')), 'event.json');
    writeFileSync(eventPath, JSON.stringify(payload));
    const event = { 'INPUT_COMMENT': 'false', 'INPUT_PR-COMMENT': 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath };
    const ours = () => pr.comments.filter((c) => (c.body ?? '').includes('<!-- flowmeter:pull-request -->'));
    for (const name of ['pr-event', 'pr-event-again']) {
      const run = await runDistAction(action, git.workspace(name), inputs(event));
      expect(run.log).not.toContain('::error::');
      expect(run.code).toBe(0);
    }
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('This pull request against the team');
    const size = pr.additions + pr.deletions;
    expect(ours()[0]!.body).toContain(`| Size (lines changed) | ${size} (`);
    expect(ours()[0]!.body).toMatch(/\d+ reviews? by others so far|Waiting for a first review/);
  }, 240_000);

  it('writes no token or API key into the site, the database, the report or the log', () => {
    for (const run of [first, second]) {
      const log = run.log.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
      expect(log).not.toContain(TOKEN);
      expect(log).not.toContain(CLAUDE_KEY);
    }
    for (const dir of [join(workspace, 'flowmeter-site'), join(workspace, '.flowmeter')]) {
      const bytes = allBytes(dir);
      expect(bytes).not.toContain(TOKEN);
      expect(bytes).not.toContain(CLAUDE_KEY);
    }
    const branchDb = execFileSync('git', ['cat-file', 'blob', 'flowmeter-data:flowmeter.duckdb'], { cwd: git.origin, maxBuffer: 1 << 30 }).toString('latin1');
    expect(branchDb).not.toContain(TOKEN);
    expect(branchDb).not.toContain(CLAUDE_KEY);
  });

  it('a private repository: no site and a failure that explains why; with publish-private-data it publishes', async () => {
    simulator.dataset.repositories[0]!.isPrivate = true;
    const refused = await runDistAction(action, git.workspace('private'), inputs({ 'INPUT_COMMENT': 'false', 'INPUT_DATA-BRANCH': 'private-data' }));
    expect(refused.code).toBe(1);
    const errors = refused.log.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/publish-private-data.*private repository acme\/api.*GitHub Pages sites are public/);
    expect(existsSync(join(git.root, 'private', 'flowmeter-site'))).toBe(false);
    // The database still reached its data branch.
    expect(git.commitCount('private-data')).toBe(1);

    const allowed = await runDistAction(action, git.workspace('private-ok'), inputs({ 'INPUT_COMMENT': 'false', 'INPUT_DATA-BRANCH': 'private-data', 'INPUT_PUBLISH-PRIVATE-DATA': 'true' }));
    expect(allowed.code).toBe(0);
    expect(existsSync(join(git.root, 'private-ok', 'flowmeter-site', 'index.html'))).toBe(true);
    for (const run of [refused, allowed]) expect(run.log.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN);
    expect(allBytes(join(git.root, 'private-ok', 'flowmeter-site'))).not.toContain(TOKEN);
  }, 240_000);
});
