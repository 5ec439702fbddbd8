import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { parseMetricsConfig } from '../../src/metrics/metrics-config.js';
import { renderSite } from '../../src/render/site/render-site.js';
import { computeSiteReports, type SiteReports } from '../../src/render/site/site-reports.js';
import { read } from './site-checks.js';

/**
 * The Data page's CSV downloads hold every row of every table (they were cut at 5,000 rows):
 * a table of 12,345 rows in a real DuckDB database, streamed to CSV in chunks, sorted by every
 * column, with hostile cells quoted and defused; then the site is rendered after the database
 * is closed, as the Action and the CLI do, and rendered again from the same SiteReports.
 */
const ROWS = 12_345;

describe('CSV downloads', () => {
  let store: Store;
  let reports: SiteReports;
  let dir: string;

  beforeAll(async () => {
    store = await openStore(':memory:');
    // Inserted in reverse, so the file's order can only come from the sort.
    await store.run(`CREATE TABLE big_extract AS SELECT (${ROWS} - range)::INTEGER AS n, 'row ' || (${ROWS} - range) AS label FROM range(${ROWS})`);
    await store.run(`CREATE TABLE odd_cells (id INTEGER, text VARCHAR, tags VARCHAR[])`);
    await store.run(`INSERT INTO odd_cells VALUES (1, '=HYPERLINK("http://x")', ['a', 'b']), (2, 'two
lines, "quoted"', NULL), (3, '-12', [])`);
    reports = await computeSiteReports(store, parseMetricsConfig({}), new Date('2026-11-16T12:00:00Z'));
    await store.close();
    dir = join(mkdtempSync(join(tmpdir(), 'flowmeter-site-csv-')), 'site');
    await renderSite(reports, null, {}, dir);
  }, 120_000);

  afterAll(async () => {
    await store?.close().catch(() => undefined);
  });

  it('writes every row of a table larger than the old 5,000-row cap, in a stable order', () => {
    const lines = read(dir, 'data/big_extract.csv').split('\n');
    expect(lines.at(-1), 'the file ends with a newline').toBe('');
    expect(lines[0]).toBe('n,label');
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength(ROWS);
    expect(rows[0]).toBe('1,row 1');
    expect(rows.at(-1)).toBe(`${ROWS},row ${ROWS}`);
    expect(new Set(rows).size).toBe(ROWS);
    expect(reports.data.tables.find((t) => t.table === 'big_extract')).toMatchObject({ total: ROWS, columns: ['n', 'label'] });
  });

  it('says on the Data page that each file has every row, with its row count and size', () => {
    const page = read(dir, 'data.html');
    expect(page).toContain('One CSV per table, with every row');
    expect(page).toMatch(/big_extract\.csv<\/a> <span class="link-note">12,345 rows, [\d.]+ KB<\/span>/);
    expect(page).not.toMatch(/first [\d,]+ of/);
    expect(read(dir, 'ar/data.html')).toContain('الصفوف: ١٢٬٣٤٥');
  });

  it('quotes and defuses cells as before: formulas, line breaks, quotes, lists', () => {
    expect(read(dir, 'data/odd_cells.csv')).toBe('id,text,tags\n1,"\'=HYPERLINK(""http://x"")","[""a"",""b""]"\n2,"two\nlines, ""quoted""",\n3,-12,[]\n');
  });

  it('renders the same files again from the same SiteReports, with the database closed', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'flowmeter-site-csv-again-')), 'site');
    await renderSite(reports, null, {}, again);
    for (const file of ['data/big_extract.csv', 'data/odd_cells.csv', 'data.html']) expect(readFileSync(join(again, file), 'utf8'), file).toBe(read(dir, file));
  });
});
