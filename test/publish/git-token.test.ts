import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PublishError } from '../../src/errors.js';
import { streamLogger } from '../../src/log.js';
import { publishDatabase } from '../../src/publish/data-branch-publish.js';
import { restoreDatabase } from '../../src/publish/data-branch-restore.js';
import { createGitRunner } from '../../src/publish/git-runner.js';
import { createGitFixture, type GitFixture, writePullRequests } from './git-fixture.js';

/** A fake token: long and distinctive, so a leak anywhere is found by a plain search. */
const TOKEN = 'ghs_FAKEtokenForLeakTest0123456789abcdefXYZ';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');

let fx: GitFixture;
let server: Server;
let seenAuthorization: string[];
let url: string;

beforeEach(async () => {
  fx = createGitFixture();
  seenAuthorization = [];
  // A git HTTP endpoint that refuses everyone, recording what credentials it was sent.
  server = createServer((req, res) => {
    seenAuthorization.push(String(req.headers.authorization ?? ''));
    res.writeHead(403, { 'content-type': 'text/plain' }).end(`denied for ${req.headers.authorization ?? 'nobody'}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/acme/app.git`;
});
afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fx.dispose();
});

describe('the token and git', () => {
  it('sends the token as a header and never shows it in errors or logs', async () => {
    const lines: string[] = [];
    const log = streamLogger((line) => lines.push(line), true);
    const git = createGitRunner({ token: TOKEN, env: fx.env });
    const workspace = fx.workspace('ws');
    const databasePath = join(workspace, 'flowmeter.duckdb');
    await writePullRequests(databasePath, 'api', 1, 2);

    const errors: unknown[] = [];
    // The remote by name, and as a URL that itself embeds the token (a common mistake).
    for (const remote of [url, url.replace('http://', `http://x-access-token:${TOKEN}@`)]) {
      errors.push(await restoreDatabase({ workspace, remote, databasePath, git, log }).catch((e: unknown) => e));
      errors.push(await publishDatabase({ workspace, remote, databasePath, git, log, base: null, maxAttempts: 1 }).catch((e: unknown) => e));
    }
    for (const error of errors) {
      expect(error).toBeInstanceOf(PublishError);
      const text = `${(error as Error).message}\n${(error as Error).stack ?? ''}`;
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(BASIC);
    }
    expect((errors[0] as Error).message).toMatch(/ls-remote|403|unable to access/);
    const logged = lines.join('\n');
    expect(logged).not.toContain(TOKEN);
    expect(logged).not.toContain(BASIC);
    // The token did reach the server, as a header (so the test above is not vacuous).
    expect(seenAuthorization.some((h) => h === `basic ${BASIC}` || h === `Basic ${BASIC}`)).toBe(true);
  });
});
