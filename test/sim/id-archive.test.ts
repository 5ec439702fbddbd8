import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importIdArchive } from './id-archive.js';

const SAMPLE = join(import.meta.dirname, '..', 'fixtures', 'ietf-ppm-dap');
const dirs: string[] = [];

function archiveDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'id-archive-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('importIdArchive on the shared ietf-ppm-dap sample', () => {
  const d = importIdArchive(SAMPLE);
  const repo = d.repositories[0];

  it('keeps every pull request, review, issue and release', () => {
    expect(d.repositories).toHaveLength(1);
    expect(repo?.owner).toBe('ietf-wg-ppm');
    expect(repo?.name).toBe('draft-ietf-ppm-dap');
    const prs = repo?.pullRequests ?? [];
    expect(prs).toHaveLength(345);
    expect(prs.filter((p) => p.state === 'MERGED')).toHaveLength(308);
    expect(prs.filter((p) => p.state === 'CLOSED')).toHaveLength(32);
    expect(prs.filter((p) => p.state === 'OPEN')).toHaveLength(5);
    expect(prs.reduce((n, p) => n + p.reviews.length, 0)).toBe(2098);
    expect(repo?.issues).toHaveLength(240);
    expect(repo?.releases).toHaveLength(14);
  });

  it('maps fields without inventing data', () => {
    const pr = repo?.pullRequests.find((p) => p.number === 2);
    expect(pr).toMatchObject({
      state: 'MERGED', isDraft: false, mergedAt: '2021-02-27T03:20:02Z', mergedBy: 'user-d4d92f25',
      mergeCommitOid: '2b46fe7cdab7bd6f15fd467c4da4e526d28bec31', baseRefName: 'main', headRefName: 'branch-2',
      additions: 0, deletions: 0, changedFiles: 0, commits: [], timeline: [], body: '',
    });
    expect(pr?.reviews[0]).toMatchObject({ id: 'MDE3OlB1bGxSZXF1ZXN0UmV2aWV3NTk3Nzg4Njc0', state: 'COMMENTED', submittedAt: '2021-02-24T18:21:19Z', createdAt: '2021-02-24T18:21:19Z' });
    expect(repo?.pullRequests.filter((p) => p.state === 'MERGED').every((p) => p.mergedAt && p.mergeCommitOid)).toBe(true);
    expect(repo?.releases[0]).toMatchObject({ tagName: 'draft-gpew-priv-ppm-00', isDraft: false, isPrerelease: false, publishedAt: '2021-10-25T20:15:58.000Z' });
    expect(d.now).toBe('2024-09-24T01:11:00.832Z');
  });

  it('resolves every author and keeps ids unique', () => {
    const logins = new Set(d.actors.map((a) => a.login));
    const authors = (repo?.pullRequests ?? []).flatMap((p) => [p.author, p.mergedBy ?? null, ...p.reviews.map((r) => r.author), ...p.comments.map((c) => c.author)]);
    expect(authors.filter((a) => a !== null && !logins.has(a))).toEqual([]);
    const ids = [
      ...d.actors.map((a) => a.id),
      ...(repo?.pullRequests ?? []).flatMap((p) => [p.id, ...p.reviews.map((r) => r.id), ...p.comments.map((c) => c.id)]),
      ...(repo?.issues ?? []).flatMap((i) => [i.id, ...i.comments.map((c) => c.id)]),
      ...(repo?.releases ?? []).map((r) => r.id),
      ...(repo?.labels ?? []).map((l) => l.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is deterministic', () => {
    expect(importIdArchive(SAMPLE)).toEqual(d);
  });
});

describe('importIdArchive on small archives', () => {
  const minimal = {
    magic: 'x', timestamp: '2024-05-01T00:00:00Z', repo: 'acme/widget', labels: [{ name: 'bug' }],
    issues: [{ number: 1, state: 'OPEN', author: 'alice', createdAt: '2024-01-01T00:00:00Z', labels: [{ name: 'bug' }], comments: [{ author: 'renovate[bot]', createdAt: '2024-01-02T00:00:00Z' }] }],
    pulls: [{
      number: 2, state: 'OPEN', author: 'dependabot[bot]', createdAt: '2024-01-03T00:00:00Z',
      reviews: [{ author: 'alice', state: 'APPROVED', createdAt: '2024-01-04T00:00:00Z' }], comments: [],
    }],
  };

  it('fills defaults, strips [bot] and synthesises missing ids; releases.json is optional', () => {
    const d = importIdArchive(archiveDir({ 'archive.json': JSON.stringify(minimal) }));
    const pr = d.repositories[0]?.pullRequests[0];
    expect(pr).toMatchObject({ author: 'dependabot', baseRefName: 'main', headRefName: 'pr-2', title: 'PR 2', closedAt: null, mergeCommitOid: null });
    expect(pr?.reviews[0]?.id).toMatch(/^PRR_/);
    expect(d.actors.find((a) => a.login === 'dependabot')?.kind).toBe('Bot');
    expect(d.actors.find((a) => a.login === 'renovate')?.kind).toBe('Bot');
    expect(d.actors.find((a) => a.login === 'alice')?.kind).toBe('User');
    expect(d.repositories[0]?.releases).toEqual([]);
    expect(d.repositories[0]?.issues[0]?.labels).toEqual(['bug']);
  });

  it('names the file when archive.json is missing', () => {
    const dir = archiveDir({});
    expect(() => importIdArchive(dir)).toThrow(`id-archive: ${join(dir, 'archive.json')}: file not found`);
  });

  it('names the file and the problem for malformed JSON', () => {
    const dir = archiveDir({ 'archive.json': '{"repo": "a/b", "pulls": [' });
    expect(() => importIdArchive(dir)).toThrow(new RegExp(`${join(dir, 'archive.json')}: malformed JSON`));
    const bad = archiveDir({ 'archive.json': JSON.stringify(minimal), 'releases.json': 'nope' });
    expect(() => importIdArchive(bad)).toThrow(/releases\.json: malformed JSON/);
  });

  it('names the field when the shape is wrong', () => {
    const dir = archiveDir({ 'archive.json': JSON.stringify({ ...minimal, pulls: [{ ...minimal.pulls[0], state: 'DONE' }] }) });
    expect(() => importIdArchive(dir)).toThrow(/pulls\[0\]\.state: expected one of OPEN, CLOSED, MERGED/);
    const noRepo = archiveDir({ 'archive.json': JSON.stringify({ ...minimal, repo: 'widget' }) });
    expect(() => importIdArchive(noRepo)).toThrow(/repo: expected "owner\/name"/);
  });
});
