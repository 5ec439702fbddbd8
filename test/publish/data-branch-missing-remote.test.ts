import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PublishError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { restoreDatabase } from '../../src/publish/data-branch-restore.js';
import { createGitFixture } from './git-fixture.js';

describe('data branch without a checkout', () => {
  const git = createGitFixture();
  afterAll(() => git.dispose());

  it('says to add actions/checkout or set data-branch: none, instead of a git error', async () => {
    const workspace = join(git.root, 'not-a-checkout');
    mkdirSync(workspace);
    const attempt = restoreDatabase({ workspace, databasePath: join(workspace, 'flowmeter.duckdb'), git: git.git, log: silentLogger });
    await expect(attempt).rejects.toThrow(PublishError);
    await expect(restoreDatabase({ workspace, databasePath: join(workspace, 'x.duckdb'), git: git.git, log: silentLogger })).rejects.toThrow(
      /add an `actions\/checkout` step before flowmeter, or set `data-branch: none`/,
    );
  });
});
