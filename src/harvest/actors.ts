import type { Row } from '../store/upsert.js';

/**
 * One person or bot as flowmeter stores it. GraphQL names a bot `dependabot` with
 * `__typename: Bot`; REST and webhooks name it `dependabot[bot]` with `type: "Bot"`. Both are
 * normalised to the GraphQL login, so a bot is one actor whichever API saw it.
 */
export interface ActorRef {
  id: string | null;
  databaseId: number | null;
  login: string;
  kind: 'User' | 'Bot' | 'Organization' | 'Mannequin' | 'Team';
}

const KINDS = new Set(['User', 'Bot', 'Organization', 'Mannequin', 'Team']);

/**
 * GitHub's placeholder for a deleted account: REST and webhooks name it `ghost` (id 10137),
 * GraphQL gives null or the same `ghost` user. Its activity is kept (a review by a deleted
 * account is still a review of the PR), but it is nobody: no actor row, no member, no
 * reviewer, no leaderboard row, so it is read as the null actor everywhere. The login is
 * reserved by GitHub, so no living account can be called that.
 */
export const DELETED_ACCOUNT = { login: 'ghost', databaseId: 10137 } as const;

export function isDeletedAccount(login: string | null | undefined, databaseId?: number | null): boolean {
  return databaseId === DELETED_ACCOUNT.databaseId || (typeof login === 'string' && login.toLowerCase() === DELETED_ACCOUNT.login);
}

/** From a GraphQL actor (`{ __typename login ... on Node { id } }`); null for a deleted account. */
export function actorFromGraphQL(node: { __typename?: string; login?: string; id?: string; databaseId?: number | null } | null | undefined): ActorRef | null {
  if (!node?.login || isDeletedAccount(node.login, node.databaseId)) return null;
  const kind = KINDS.has(node.__typename ?? '') ? (node.__typename as ActorRef['kind']) : 'User';
  return { id: node.id ?? null, databaseId: node.databaseId ?? null, login: normaliseLogin(node.login, kind), kind };
}

/** From a REST / webhook user object (`{ login, id, node_id, type }`); null for a deleted account. */
export function actorFromRest(user: { login?: string; id?: number; node_id?: string; type?: string } | null | undefined): ActorRef | null {
  if (!user?.login || isDeletedAccount(user.login, user.id)) return null;
  const kind: ActorRef['kind'] = user.type === 'Bot' || user.login.endsWith('[bot]') ? 'Bot' : user.type === 'Organization' ? 'Organization' : user.type === 'Mannequin' ? 'Mannequin' : 'User';
  return { id: user.node_id ?? null, databaseId: user.id ?? null, login: normaliseLogin(user.login, kind), kind };
}

export function normaliseLogin(login: string, kind: ActorRef['kind']): string {
  return kind === 'Bot' && login.endsWith('[bot]') ? login.slice(0, -'[bot]'.length) : login;
}

/** Columns `<prefix>_id`, `<prefix>_login`, `<prefix>_kind` for a row. */
export function actorColumns(prefix: string, actor: ActorRef | null): Row {
  return {
    [`${prefix}_id`]: actor?.id ?? null,
    [`${prefix}_login`]: actor?.login ?? null,
    [`${prefix}_kind`]: actor?.kind ?? null,
  };
}

/**
 * Collects the actors seen in a batch as rows for the `actors` table, keyed by node id.
 * Actors seen without a node id (a login in a timeline event) get a stable `login:<login>` id
 * so they still appear once; a later sighting with the real id adds the proper row.
 */
export class ActorCollector {
  private readonly rows = new Map<string, Row>();

  add(actor: ActorRef | null, seenAt: string | null): void {
    if (!actor || actor.kind === 'Team') return;
    const id = actor.id ?? `login:${actor.login}`;
    const previous = this.rows.get(id);
    const at = seenAt ?? null;
    this.rows.set(id, {
      id,
      database_id: actor.databaseId ?? previous?.database_id ?? null,
      login: actor.login,
      kind: actor.kind,
      first_seen_at: minTime(previous?.first_seen_at as string | null, at),
      last_seen_at: maxTime(previous?.last_seen_at as string | null, at),
    });
  }

  toRows(): Row[] {
    return [...this.rows.values()];
  }
}

function minTime(a: string | null | undefined, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

function maxTime(a: string | null | undefined, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
