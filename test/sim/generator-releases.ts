/**
 * Releases for the repository whose only deployment signal they are: a published release
 * every week or two (tagging the newest merge commit), release candidates published as
 * prereleases, an abandoned draft, and the next release still being drafted.
 */
import type { SimRelease } from './dataset.js';
import { DAY, HOUR, MINUTE, iso } from './generator-ids.js';
import { pickReviewers } from './generator-org.js';
import { mergedMs } from './generator-deployments.js';
import type { GenContext, PrPlan } from './generator-pr-plan.js';
import type { RepoPlan } from './generator-repos.js';

interface Tag { tag: string; ms: number; sha: string | null; draft: boolean; pre: boolean }

/** The newest merge commit at `ms`, or null when nothing had merged yet. */
function headAt(merged: PrPlan[], ms: number): string | null {
  let sha: string | null = null;
  for (const pr of merged) {
    if (mergedMs(pr) > ms) break;
    sha = pr.mergeCommitOid;
  }
  return sha;
}

export function buildReleases(ctx: GenContext, repo: RepoPlan, merged: PrPlan[]): SimRelease[] {
  const { rng, ids, nowMs } = ctx;
  const first = merged[0];
  if (!first) return [];
  const tags: Tag[] = [];
  let minor = 3;
  let t = mergedMs(first) + rng.lognormal(5 * DAY, 0.4);
  while (t < nowMs - 2 * DAY) {
    const sha = headAt(merged, t);
    if (sha) {
      minor += 1;
      if (rng.chance(0.3)) {
        // A release candidate two days earlier, published as a prerelease.
        const rcAt = t - 2 * DAY;
        const rcSha = headAt(merged, rcAt);
        if (rcSha) tags.push({ tag: `v2.${minor}.0-rc.1`, ms: rcAt, sha: rcSha, draft: false, pre: true });
      }
      tags.push({ tag: `v2.${minor}.0`, ms: t, sha, draft: false, pre: false });
      if (rng.chance(0.25)) {
        const patchAt = t + rng.lognormal(2 * DAY, 0.4);
        const patchSha = headAt(merged, patchAt);
        if (patchSha && patchAt < nowMs - DAY) tags.push({ tag: `v2.${minor}.1`, ms: patchAt, sha: patchSha, draft: false, pre: false });
      }
    }
    t += rng.lognormal(10 * DAY, 0.3);
  }
  // An abandoned draft from early on, and the next release being drafted now.
  if (tags.length > 2) tags.push({ tag: `v2.${4}.5`, ms: (tags[1] as Tag).ms + 6 * HOUR, sha: null, draft: true, pre: false });
  tags.push({ tag: `v2.${minor + 1}.0`, ms: nowMs - rng.int(2, 30) * HOUR, sha: null, draft: true, pre: false });
  tags.sort((a, b) => a.ms - b.ms);
  return tags.map((x) => ({
    id: ids.node('RE'),
    databaseId: ids.database('release', 120_000_000),
    tagName: x.tag,
    name: x.pre ? `${x.tag} (release candidate)` : x.tag,
    tagCommitOid: x.sha,
    createdAt: iso(x.ms),
    publishedAt: x.draft ? null : iso(Math.min(nowMs, x.ms + rng.int(2, 20) * MINUTE)),
    isDraft: x.draft,
    isPrerelease: x.pre,
    author: pickReviewers(rng, ctx.org, repo.team, x.ms, null, 1)[0] ?? null,
  }));
}
