import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventPayloadError } from '../../src/errors.js';
import { INGESTED_EVENTS, ingestEvent, readEventFile } from '../../src/harvest/events/ingest-event.js';
import type { Store } from '../../src/store/database.js';
import { withMemoryStore, rowById, tableCounts, webhookExample } from './webhook-examples.js';

const NOW = new Date('2024-01-02T03:04:05.000Z');

let store: Store;
withMemoryStore((opened) => (store = opened));

async function failure(eventName: string, payload: unknown): Promise<EventPayloadError> {
  const error = await ingestEvent(store, eventName, payload, NOW).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(EventPayloadError);
  return error as EventPayloadError;
}

describe('ingestEvent', () => {
  it('returns null for events it does not ingest and writes nothing', async () => {
    const empty = await tableCounts(store);
    for (const name of ['push', 'schedule', 'workflow_dispatch', 'check_run', 'toString']) {
      expect(await ingestEvent(store, name, webhookExample('push'), NOW)).toBeNull();
    }
    expect(await tableCounts(store)).toEqual(empty);
    expect(INGESTED_EVENTS).toContain('pull_request_review_comment');
  });

  it('names the event and the missing field of a malformed payload', async () => {
    const payload = webhookExample('pull_request', 'opened');
    delete payload.pull_request.node_id;
    expect((await failure('pull_request', payload)).message).toBe('pull_request event payload has no pull_request.node_id');
    expect((await failure('release', webhookExample('pull_request', 'opened'))).message).toBe('release event payload has no release.node_id');
    expect((await failure('issues', [])).message).toBe('issues event payload is not a JSON object');
  });

  it('names a field of the wrong type', async () => {
    const payload = webhookExample('pull_request', 'opened');
    payload.pull_request.additions = 'many';
    expect((await failure('pull_request', payload)).message).toBe('pull_request event payload has a non-number pull_request.additions');
  });

  it('writes nothing when a payload fails half-way', async () => {
    const payload = webhookExample('pull_request_review', 'submitted');
    delete payload.review.state;
    const empty = await tableCounts(store);
    expect((await failure('pull_request_review', payload)).message).toBe('pull_request_review event payload has no review.state');
    expect(await tableCounts(store)).toEqual(empty);
    // The rolled-back transaction leaves the store usable.
    await ingestEvent(store, 'pull_request_review', webhookExample('pull_request_review', 'submitted'), NOW);
    expect((await tableCounts(store)).pr_reviews).toBe(1);
  });

  it('converts unix-second repository times (as push-style payloads give them)', async () => {
    const payload = webhookExample('release', 'published');
    payload.repository.created_at = 1557933565;
    payload.repository.pushed_at = 1557933657;
    payload.repository.topics = ['metrics', 'dora'];
    await ingestEvent(store, 'release', payload, NOW);
    expect(await rowById(store, 'repositories', payload.repository.node_id)).toMatchObject({
      created_at: '2019-05-15T15:19:25.000Z', pushed_at: '2019-05-15T15:20:57.000Z', topics: ['metrics', 'dora'],
    });
  });
});

describe('readEventFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flowmeter-event-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a JSON payload', () => {
    const file = join(dir, 'event.json');
    writeFileSync(file, JSON.stringify({ action: 'opened' }));
    expect(readEventFile(file)).toEqual({ action: 'opened' });
  });

  it('names a missing file', () => {
    const file = join(dir, 'missing.json');
    expect(() => readEventFile(file)).toThrow(EventPayloadError);
    expect(() => readEventFile(file)).toThrow(`Event payload file ${file} does not exist`);
  });

  it('names a file that is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"action": ');
    expect(() => readEventFile(file)).toThrow(`Event payload file ${file} is not JSON`);
  });
});
