import type { EventWriter } from './event-writer.js';
import { collectSender, writeRepository } from './repository-row.js';

const COMMIT_SHA = /^[0-9a-f]{40}$/i;

/**
 * `release` (created, published, released, prereleased, edited, unpublished, deleted). The
 * release is merged as the payload shows it; `deleted` removes the row, since a deleted release
 * is no longer a deployment candidate (DORA source 3).
 *
 * `tag_sha` is the commit the tag points at. The webhook only has `target_commitish`, which is
 * a branch name unless the release was made from a commit, so it fills tag_sha only when it is
 * a full SHA; otherwise the column keeps what the harvest found (GraphQL `tagCommit.oid`).
 */
export async function ingestReleaseEvent(writer: EventWriter): Promise<void> {
  const p = writer.payload;
  const id = p.requireString('release.node_id');
  const repoId = await writeRepository(writer);
  const createdAt = p.requireTime('release.created_at');
  const publishedAt = p.time('release.published_at');
  const author = p.actor('release.author');
  writer.actors.add(author ?? null, createdAt);
  collectSender(writer, publishedAt ?? createdAt);

  if (p.action === 'deleted') {
    await writer.remove('releases', { id });
    return;
  }
  const target = p.string('release.target_commitish');
  await writer.merge(
    'releases',
    ['id'],
    {
      id,
      database_id: p.number('release.id'),
      repo_id: repoId,
      tag_name: p.requireString('release.tag_name'),
      name: p.string('release.name'),
      tag_sha: target && COMMIT_SHA.test(target) ? target.toLowerCase() : undefined,
      created_at: createdAt,
      published_at: publishedAt,
      is_draft: p.boolean('release.draft') ?? undefined,
      is_prerelease: p.boolean('release.prerelease') ?? undefined,
      author_login: author === undefined ? undefined : (author?.login ?? null),
    },
    { onInsert: { is_draft: false, is_prerelease: false } },
  );
}
