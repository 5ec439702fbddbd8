/**
 * Titles, branch names and labels. The mix is chosen for the PR-type metric: conventional
 * prefixes, titles typed only by a label, and untyped titles; plus the fixed shapes GitHub and
 * the dependency bots produce (`Revert "…"`, `revert-<n>-<branch>`, `bump x from a to b`).
 */
import type { Rng } from './generator-random.js';

export interface TitleParts {
  title: string;
  headRefName: string;
  labels: string[];
}

const VERBS = ['add', 'handle', 'support', 'remove', 'rework', 'validate', 'cache', 'retry', 'document', 'speed up', 'simplify', 'guard'];
const THINGS = [
  'webhook delivery', 'session refresh', 'invoice export', 'rate limiter', 'search index', 'audit log',
  'feature flags', 'checkout flow', 'user settings page', 'push notifications', 'CSV import', 'health checks',
  'retry budget', 'pagination cursor', 'login form', 'error boundary', 'metrics endpoint', 'db migrations',
  'dark mode', 'locale fallback', 'upload size limit', 'timezone handling', 'billing emails', 'API client',
];
const SCOPES = ['api', 'ui', 'auth', 'billing', 'db', 'ci', 'deps', 'search', 'infra', 'sdk'];
const CONVENTIONAL: Array<[string, number]> = [
  ['feat', 30], ['fix', 28], ['refactor', 10], ['chore', 8], ['docs', 6], ['test', 6],
  ['perf', 4], ['ci', 4], ['build', 2], ['style', 2],
];
const LABEL_ONLY = ['bug', 'enhancement', 'documentation'] as const;
const PACKAGES = ['lodash', 'express', 'react', 'zod', 'vitest', 'typescript', 'axios', 'eslint', 'pg', 'date-fns', 'prettier', 'webpack'];

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function subject(rng: Rng): string {
  return `${rng.pick(VERBS)} ${rng.pick(THINGS)}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A human PR: 62% conventional, 15% typed only by a label, 23% untyped. */
export function humanTitle(rng: Rng, author: string | null): TitleParts {
  const what = subject(rng);
  const owner = author ?? 'ghost';
  const roll = rng.next();
  if (roll < 0.62) {
    const type = rng.weighted(CONVENTIONAL);
    const scoped = rng.chance(0.45) ? `${type}(${rng.pick(SCOPES)})` : type;
    const breaking = type === 'feat' && rng.chance(0.03) ? '!' : '';
    return { title: `${scoped}${breaking}: ${what}`, headRefName: `${owner}/${slug(what)}`, labels: rng.chance(0.1) ? ['needs-review'] : [] };
  }
  if (roll < 0.77) {
    const label = rng.pick(LABEL_ONLY);
    return { title: capitalised(what), headRefName: `${owner}/${slug(what)}`, labels: [label] };
  }
  return { title: capitalised(what), headRefName: `${slug(what)}-${rng.int(1, 999)}`, labels: [] };
}

/** Dependency bumps and generated-code PRs, in the shapes each bot really uses. */
export function botTitle(rng: Rng, bot: string): TitleParts {
  const pkg = rng.pick(PACKAGES);
  const major = rng.int(1, 9);
  const from = `${major}.${rng.int(0, 20)}.${rng.int(0, 9)}`;
  const to = `${major}.${rng.int(21, 30)}.${rng.int(0, 9)}`;
  if (bot === 'dependabot') {
    const dev = rng.chance(0.4);
    return {
      title: `${dev ? 'chore(deps-dev)' : 'build(deps)'}: bump ${pkg} from ${from} to ${to}`,
      headRefName: `dependabot/npm_and_yarn/${pkg}-${to}`,
      labels: ['dependencies'],
    };
  }
  if (bot === 'renovate') {
    return { title: `chore(deps): update dependency ${pkg} to v${to}`, headRefName: `renovate/${pkg}-${major}.x`, labels: ['dependencies'] };
  }
  const n = rng.int(100, 999);
  return { title: 'chore: update generated API client', headRefName: `github-actions/update-generated-${n}`, labels: [] };
}

/** Hotfixes are typed by title (`hotfix` in it) or only by the `hotfix` label. */
export function hotfixTitle(rng: Rng): TitleParts {
  const what = rng.pick(THINGS);
  const branch = `hotfix/${slug(what)}-${rng.int(1, 99)}`;
  const style = rng.int(0, 2);
  if (style === 0) return { title: `fix: hotfix for broken ${what}`, headRefName: branch, labels: [] };
  if (style === 1) return { title: `Hotfix ${what} crash`, headRefName: branch, labels: ['bug'] };
  return { title: `fix(${rng.pick(SCOPES)}): restore ${what}`, headRefName: branch, labels: ['hotfix'] };
}

/** What GitHub's "Revert" button produces. */
export function revertTitle(originalTitle: string, originalNumber: number, originalBranch: string): TitleParts {
  return { title: `Revert "${originalTitle}"`, headRefName: `revert-${originalNumber}-${originalBranch}`, labels: [] };
}

export function issueTitle(rng: Rng): { title: string; labels: string[] } {
  const what = rng.pick(THINGS);
  const label = rng.weighted<string>([['bug', 45], ['enhancement', 30], ['question', 12], ['documentation', 13]]);
  const titles: Record<string, string> = {
    bug: `${capitalised(what)} fails for some users`,
    enhancement: `Support ${what} in the admin view`,
    question: `How do I configure ${what}?`,
    documentation: `Document ${what}`,
  };
  return { title: titles[label] ?? what, labels: [label] };
}

export function incidentTitle(rng: Rng): string {
  return rng.pick([
    `Elevated 5xx on ${rng.pick(THINGS)}`,
    `${capitalised(rng.pick(THINGS))} unavailable after deploy`,
    `Latency spike in ${rng.pick(THINGS)}`,
    `Data inconsistency in ${rng.pick(THINGS)}`,
  ]);
}
