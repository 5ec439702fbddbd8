import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PublishError } from '../errors.js';
import type { CommitAuthor, ScratchRepository } from './data-branch-remote.js';

/**
 * GitHub refuses a push that holds a file over 100 MiB (and warns from 50 MiB), and a team's
 * database passes that after some ten thousand pull requests with their CI runs: the demo's
 * 3,000 make 30 MB. So a database larger than the part size goes on the data branch as
 * numbered parts (`flowmeter.duckdb.part-0001`, …) and a manifest (`flowmeter.duckdb.parts`)
 * with its size and SHA-256; a smaller one stays the single file it always was. The branch
 * holds one form or the other, never both, and reading accepts either, so a branch written by
 * an older flowmeter restores as before and turns into parts once it outgrows one.
 */
export const DEFAULT_PART_BYTES = 45 * 1024 * 1024;

const CHUNK_BYTES = 8 * 1024 * 1024;

interface PartsManifest {
  format: 1;
  bytes: number;
  sha256: string;
  parts: string[];
}

export const manifestPath = (pathInBranch: string) => `${pathInBranch}.parts`;
const partPath = (pathInBranch: string, index: number) => `${pathInBranch}.part-${String(index + 1).padStart(4, '0')}`;

/** Copies `length` bytes of `from` (at `position`) to the end of the open file `to`, in chunks. */
function copyRange(from: number, position: number, length: number, to: number, hash?: ReturnType<typeof createHash>): void {
  const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(1, length)));
  let done = 0;
  while (done < length) {
    const read = readSync(from, buffer, 0, Math.min(buffer.length, length - done), position + done);
    if (read === 0) break;
    hash?.update(buffer.subarray(0, read));
    writeSync(to, buffer, 0, read);
    done += read;
  }
}

function sha256Of(file: string): string {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = 0; ; ) {
      const read = readSync(fd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      position += read;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** How the database went onto the branch: one file, or this many parts. */
export interface StoredForm {
  parts: number;
}

/**
 * A commit holding the database as `pathInBranch`, or as parts of at most `partBytes` and
 * their manifest when it is larger. Part files are written into the scratch repository's
 * directory, which is removed with it.
 */
export async function commitDatabase(
  scratch: ScratchRepository,
  databasePath: string,
  pathInBranch: string,
  partBytes: number,
  commit: { message: string; parent: string | null; author: CommitAuthor },
): Promise<{ commit: string } & StoredForm> {
  const bytes = statSync(databasePath).size;
  if (bytes <= partBytes) {
    return { commit: await scratch.commitFiles([{ file: databasePath, path: pathInBranch }], commit.message, commit.parent, commit.author), parts: 0 };
  }
  const hash = createHash('sha256');
  const entries: { file: string; path: string }[] = [];
  const source = openSync(databasePath, 'r');
  try {
    for (let index = 0; index * partBytes < bytes; index++) {
      const file = join(scratch.dir, `part-${index + 1}`);
      const target = openSync(file, 'w');
      try {
        copyRange(source, index * partBytes, Math.min(partBytes, bytes - index * partBytes), target, hash);
      } finally {
        closeSync(target);
      }
      entries.push({ file, path: partPath(pathInBranch, index) });
    }
  } finally {
    closeSync(source);
  }
  const manifest: PartsManifest = { format: 1, bytes, sha256: hash.digest('hex'), parts: entries.map((e) => e.path) };
  const manifestFile = join(scratch.dir, 'parts.json');
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  entries.push({ file: manifestFile, path: manifestPath(pathInBranch) });
  try {
    return { commit: await scratch.commitFiles(entries, commit.message, commit.parent, commit.author), parts: manifest.parts.length };
  } finally {
    // Git holds them now; a large database should not sit on the runner's disk three times.
    for (const entry of entries) rmSync(entry.file, { force: true });
  }
}

/**
 * Writes the database of `commit` to `file`, from the single file or from its parts; null when
 * the commit holds neither. Parts that do not add up to the manifest's size and SHA-256 are a
 * damaged branch: that is an error, never a fresh start, which would overwrite the branch.
 */
export async function extractDatabase(scratch: ScratchRepository, commit: string, pathInBranch: string, file: string, branch: string): Promise<StoredForm | null> {
  if (await scratch.extract(commit, pathInBranch, file)) return { parts: 0 };
  const manifestFile = join(scratch.dir, 'restore-parts.json');
  if (!(await scratch.extract(commit, manifestPath(pathInBranch), manifestFile))) return null;
  const damaged = (why: string) =>
    new PublishError(
      `The database on branch "${branch}" at ${commit.slice(0, 12)} is damaged: ${why}. Nothing was changed. Reset ${branch} to an earlier commit that holds a good database, or delete the branch to harvest again from scratch.`,
    );
  let manifest: PartsManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as PartsManifest;
  } catch {
    throw damaged(`${manifestPath(pathInBranch)} is not valid JSON`);
  }
  if (manifest.format !== 1 || !Array.isArray(manifest.parts) || manifest.parts.length === 0 || typeof manifest.bytes !== 'number' || typeof manifest.sha256 !== 'string') {
    throw damaged(`${manifestPath(pathInBranch)} is not a flowmeter parts manifest (format 1)`);
  }
  const target = openSync(file, 'w');
  try {
    for (const [index, path] of manifest.parts.entries()) {
      if (path !== partPath(pathInBranch, index)) throw damaged(`the manifest lists ${path} where ${partPath(pathInBranch, index)} belongs`);
      const partFile = join(scratch.dir, `restore-part-${index + 1}`);
      if (!(await scratch.extract(commit, path, partFile))) throw damaged(`${path} is missing`);
      const part = openSync(partFile, 'r');
      try {
        copyRange(part, 0, statSync(partFile).size, target);
      } finally {
        closeSync(part);
        rmSync(partFile, { force: true });
      }
    }
  } finally {
    closeSync(target);
  }
  const bytes = statSync(file).size;
  if (bytes !== manifest.bytes) throw damaged(`its ${manifest.parts.length} parts hold ${bytes} bytes, not the ${manifest.bytes} of the manifest`);
  if (sha256Of(file) !== manifest.sha256) throw damaged(`its ${manifest.parts.length} parts do not have the manifest's SHA-256`);
  return { parts: manifest.parts.length };
}

/** "12345 bytes" or "123456789 bytes in 3 parts", for the logs. */
export function describeStored(bytes: number, form: StoredForm): string {
  return form.parts === 0 ? `${bytes} bytes` : `${bytes} bytes in ${form.parts} parts`;
}
