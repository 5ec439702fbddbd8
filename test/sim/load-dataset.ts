/**
 * Turns a dataset spec into a dataset:
 * - `gen:SEED[:SIZE[:WEEKS]]`  the seeded generator;
 * - `id-archive:DIR`   the importer of i-d-template `archive.json` exports;
 * - `json:FILE` or any path ending `.json`: a dataset serialised as JSON, checked lightly so a
 *   hand-edited file fails with the file and the field that is wrong.
 * Generator and importer are imported on demand: each is sizeable and most runs need neither.
 */
import { readFile } from 'node:fs/promises';
import type { SimDataset } from './dataset.js';

type Check = (value: unknown, where: string) => string | null;

const isString: Check = (v) => (typeof v === 'string' ? null : `expected a string, got ${JSON.stringify(v)}`);
const isInt: Check = (v) => (Number.isInteger(v) ? null : `expected an integer, got ${JSON.stringify(v)}`);
const isBool: Check = (v) => (typeof v === 'boolean' ? null : `expected a boolean, got ${JSON.stringify(v)}`);
const isArray: Check = (v) => (Array.isArray(v) ? null : `expected an array, got ${JSON.stringify(v)?.slice(0, 40)}`);
const isTime: Check = (v) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? null : `expected an ISO-8601 timestamp, got ${JSON.stringify(v)}`);
const isTimeOrNull: Check = (v, w) => (v === null ? null : isTime(v, w));
const oneOf = (...allowed: string[]): Check => (v) => (allowed.includes(v as string) ? null : `expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);

function checkFields(value: unknown, where: string, fields: Record<string, Check>): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: expected an object`);
  for (const [name, check] of Object.entries(fields)) {
    const problem = check((value as Record<string, unknown>)[name], `${where}.${name}`);
    if (problem) throw new Error(`${where}.${name}: ${problem}`);
  }
}

function checkEach(list: unknown, where: string, fields: Record<string, Check>): void {
  (list as unknown[]).forEach((item, i) => checkFields(item, `${where}[${i}]`, fields));
}

/** Validates the parts resolvers depend on; not a full schema check. */
export function validateDataset(value: unknown, source: string): SimDataset {
  try {
    checkFields(value, 'dataset', { org: isString, now: isTime, actors: isArray, repositories: isArray });
    const d = value as SimDataset;
    checkEach(d.actors, 'actors', { id: isString, databaseId: isInt, login: isString, kind: oneOf('User', 'Bot', 'Organization', 'Mannequin') });
    d.repositories.forEach((repo, r) => {
      const at = `repositories[${r}]`;
      checkFields(repo, at, {
        id: isString, databaseId: isInt, owner: isString, name: isString, isPrivate: isBool, isArchived: isBool,
        defaultBranch: isString, topics: isArray, createdAt: isTime, pushedAt: isTime, labels: isArray, pullRequests: isArray,
        issues: isArray, workflows: isArray, workflowRuns: isArray, deployments: isArray, releases: isArray,
      });
      checkEach(repo.pullRequests, `${at}.pullRequests`, {
        id: isString, databaseId: isInt, number: isInt, title: isString, state: oneOf('OPEN', 'CLOSED', 'MERGED'),
        createdAt: isTime, updatedAt: isTime, closedAt: isTimeOrNull, mergedAt: isTimeOrNull, isDraft: isBool,
        labels: isArray, commits: isArray, reviews: isArray, comments: isArray, timeline: isArray, reviewRequests: isArray,
      });
      checkEach(repo.issues, `${at}.issues`, {
        id: isString, databaseId: isInt, number: isInt, state: oneOf('OPEN', 'CLOSED'), createdAt: isTime, updatedAt: isTime,
        labels: isArray, comments: isArray,
      });
      checkEach(repo.workflowRuns, `${at}.workflowRuns`, { id: isInt, workflowId: isInt, createdAt: isTime, updatedAt: isTime, status: isString });
      checkEach(repo.deployments, `${at}.deployments`, { id: isString, databaseId: isInt, environment: isString, createdAt: isTime, statuses: isArray });
      checkEach(repo.releases, `${at}.releases`, { id: isString, databaseId: isInt, tagName: isString, createdAt: isTime });
    });
    return d;
  } catch (error) {
    throw new Error(`invalid dataset ${source}: ${(error as Error).message}`);
  }
}

export async function loadDataset(spec: string): Promise<SimDataset> {
  const gen = /^gen:(-?\d+)(?::(\d+)(?::(\d+))?)?$/.exec(spec);
  if (gen) {
    const { generateDataset } = await import('./generator.js');
    return generateDataset({
      seed: Number(gen[1]),
      ...(gen[2] !== undefined ? { size: Number(gen[2]) } : {}),
      ...(gen[3] !== undefined ? { weeks: Number(gen[3]) } : {}),
    });
  }
  if (spec.startsWith('gen:')) throw new Error(`invalid dataset spec ${JSON.stringify(spec)}: expected gen:SEED[:SIZE[:WEEKS]] with integers`);
  if (spec.startsWith('id-archive:')) {
    const { importIdArchive } = await import('./id-archive.js');
    return importIdArchive(spec.slice('id-archive:'.length));
  }
  const file = spec.startsWith('json:') ? spec.slice('json:'.length) : spec.endsWith('.json') ? spec : null;
  if (file === null) throw new Error(`unknown dataset spec ${JSON.stringify(spec)}: use gen:SEED[:SIZE[:WEEKS]], id-archive:DIR or json:FILE`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read dataset ${file}: ${(error as Error).message}`);
  }
  return validateDataset(parsed, file);
}
