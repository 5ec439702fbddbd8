import type { EventWriter } from './event-writer.js';

/**
 * Upserts the `repositories` row from the payload's `repository` object and returns its node id,
 * which every other row of the event carries as `repo_id`.
 *
 * Webhook repository objects differ by event (push gives `created_at` as unix seconds, some omit
 * `topics`), so the row is merged: a field the payload lacks keeps its harvested value.
 * `harvested_at` is left alone: it records the last full harvest of the repository, which an
 * event is not.
 */
export async function writeRepository(writer: EventWriter): Promise<string> {
  const p = writer.payload;
  const id = p.requireString('repository.node_id');
  const fullName = p.requireString('repository.full_name');
  const owner = p.string('repository.owner.login') ?? fullName.split('/')[0]!;
  await writer.merge('repositories', ['id'], {
    id,
    database_id: p.number('repository.id'),
    owner,
    name: p.requireString('repository.name'),
    full_name: fullName,
    is_private: p.boolean('repository.private'),
    is_archived: p.boolean('repository.archived'),
    default_branch: p.string('repository.default_branch'),
    topics: p.names('repository.topics'),
    created_at: p.time('repository.created_at'),
    pushed_at: p.time('repository.pushed_at'),
  });
  return id;
}

/**
 * Adds the event's sender to the actors. The sender is whoever caused the event, so it was
 * active at the event's time; bots (`dependabot[bot]`) are normalised by `actorFromRest`.
 */
export function collectSender(writer: EventWriter, at: string | null | undefined): void {
  writer.actors.add(writer.payload.actor('sender') ?? null, at ?? null);
}
