import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { renderSite } from '../../src/render/site/render-site.js';
import { computeSiteReports } from '../../src/render/site/site-reports.js';
import { MAIN_PAGES } from '../../src/render/site/page-model.js';
import { startStaticServer } from '../../src/render/site/static-server.js';
import { listFiles, read, references, resolveReference } from './site-checks.js';

/** An empty database still gives a whole site, each page saying why it has nothing to show. */
describe('report site of an empty database', () => {
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    const store = await openStore(':memory:');
    const reports = await computeSiteReports(store, parseMetricsConfig({}), new Date('2026-11-16T12:00:00Z'));
    await store.close();
    dir = join(mkdtempSync(join(tmpdir(), 'flowmeter-site-empty-')), 'site');
    await renderSite(reports, null, {}, dir);
    files = listFiles(dir);
  }, 120_000);

  it('builds every main page in both languages and all periods', () => {
    for (const prefix of ['', 'w12/', 'w4/', 'ar/', 'ar/w12/', 'ar/w4/']) for (const page of MAIN_PAGES) expect(files).toContain(prefix + page.path);
  });

  it('says why sections are empty', () => {
    expect(read(dir, 'delivery.html')).toContain('No deployments found: set `deployments` or add a deploy workflow.');
    expect(read(dir, 'index.html')).toContain('No summary was written for this report');
    expect(read(dir, 'ci.html')).toContain('No workflow runs in this period');
    expect(read(dir, 'open-work.html')).toContain('No pull request is waiting');
    expect(read(dir, 'data.html')).toContain('No harvest runs recorded');
    expect(read(dir, 'team.html')).toContain('No teams: name them under');
    expect(read(dir, 'ar/delivery.html')).toContain('لم يُعثر على عمليات نشر');
    expect(read(dir, 'sprints.html')).toContain('No pull request was merged, opened or carried over in these sprints.');
    expect(read(dir, 'anomalies.html')).toMatch(/No week could be judged yet|No complete week in this period to judge/);
    expect(read(dir, 'ar/anomalies.html')).toMatch(/لم يُقيَّم أي أسبوع بعد|لا يوجد أسبوع مكتمل/);
    // Definitions lists the figure ids, which exist (with null values) even without data.
    for (const page of MAIN_PAGES.filter((p) => p.key !== 'definitions')) expect(read(dir, page.path), page.path).toContain('class="empty-state"');
  });

  it('has no broken relative link', () => {
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      for (const ref of references(read(dir, page))) {
        const target = resolveReference(page, ref);
        if (target !== null) expect(files, `${page} → ${ref}`).toContain(target);
      }
    }
  });

  it('is served under a Pages-like subpath with content types, index files and no traversal', async () => {
    const server = await startStaticServer(dir, { basePath: '/repo/' });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/repo\/$/);
      const index = await fetch(server.url);
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toMatch(/^text\/html/);
      expect((await fetch(`${server.url}ar/`)).status).toBe(200);
      expect((await fetch(`${server.url}assets/site.css`)).headers.get('content-type')).toMatch(/^text\/css/);
      expect((await fetch(`${server.url}data/report.json`)).headers.get('content-type')).toMatch(/^application\/json/);
      expect((await fetch(`${server.url}missing.html`)).status).toBe(404);
      expect((await fetch(`${server.url}..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(404);
      expect((await fetch(server.url.replace('/repo/', '/index.html'))).status).toBe(404);
      expect((await fetch(server.url.replace(/\/$/, ''), { redirect: 'manual' })).status).toBe(301);
    } finally {
      await server.close();
    }
  });
});
