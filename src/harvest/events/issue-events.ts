import { actorColumns } from '../actors.js';
import { upper } from './event-payload.js';
import type { EventWriter } from './event-writer.js';
import { collectSender, writeRepository } from './repository-row.js';

/**
 * Merges the payload's `issue` into `issues`. Payloads vary (a `pinned` issue comes without
 * `state` or `labels`), so absent fields keep their stored values, and a payload older than the
 * stored row changes nothing. Returns the issue's node id.
 */
export async function writeIssue(writer: EventWriter, repoId: string): Promise<string> {
  const p = writer.payload;
  const id = p.requireString('issue.node_id');
  const createdAt = p.requireTime('issue.created_at');
  const updatedAt = p.requireTime('issue.updated_at');
  const closedAt = p.time('issue.closed_at');
  const author = p.actor('issue.user');
  writer.actors.add(author ?? null, createdAt);
  if (await writer.storedIsNewer('issues', { id }, updatedAt)) return id;

  const state = upper(p.string('issue.state'));
  await writer.merge(
    'issues',
    ['id'],
    {
      id,
      database_id: p.number('issue.id'),
      repo_id: repoId,
      number: p.requireNumber('issue.number'),
      title: p.string('issue.title'),
      url: p.string('issue.html_url'),
      state: state ?? undefined,
      state_reason: upper(p.string('issue.state_reason')),
      created_at: createdAt,
      updated_at: updatedAt,
      closed_at: closedAt,
      ...(author === undefined ? {} : actorColumns('author', author)),
      labels: p.names('issue.labels'),
      comment_count: p.number('issue.comments'),
      // Not a harvest: the next harvest re-reads the issue whole (changedOnly in open-items.ts).
      harvested_at: updatedAt,
    },
    // Without a `state`, an issue seen first is open unless it has a closing time.
    { onInsert: { state: closedAt ? 'CLOSED' : 'OPEN' } },
  );
  return id;
}

/**
 * `issues`. GitHub also sends some `issues` actions (milestoned, demilestoned) for pull
 * requests, marked by `issue.pull_request`; those are not issues and are not stored as such.
 * `deleted` and `transferred` mark the issue gone (schema 7), as the harvest does when it
 * finds one: either way it no longer belongs to this repository (a transferred issue is
 * harvested in its new one), and the metrics leave it out. The row and its comments stay.
 */
export async function ingestIssueEvent(writer: EventWriter): Promise<void> {
  const p = writer.payload;
  const id = p.requireString('issue.node_id');
  const repoId = await writeRepository(writer);
  collectSender(writer, p.time('issue.updated_at'));
  if (p.hasObject('issue.pull_request')) return;
  if (p.action === 'deleted' || p.action === 'transferred') {
    await writer.markGone('issues', repoId, id);
    writer.actors.add(p.actor('issue.user') ?? null, p.time('issue.created_at') ?? null);
    return;
  }
  await writeIssue(writer, repoId);
}
