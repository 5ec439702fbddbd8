import { resolve } from 'node:path';
import type { Config } from '../config/config.js';
import type { Logger } from '../log.js';
import { renderSite } from '../render/site/render-site.js';
import type { ActionEnvironment } from './action-environment.js';
import { assertSitePublishable } from './report-outputs.js';
import type { RunReport } from './report-stage.js';

/**
 * Writes the site for `actions/upload-pages-artifact`, or refuses with the private-data
 * explanation (before a single file is written). Returns the directory, or null without a site.
 */
export async function writeRunSite(config: Config, env: ActionEnvironment, run: RunReport, log: Logger): Promise<string | null> {
  const site = config.output.site;
  if (!site || !run.siteReports) return null;
  assertSitePublishable(run.report, site.publishPrivateData);
  const dir = resolve(env.workspace, site.dir);
  return log.group(`Render the site into ${site.dir}`, async () => {
    const stats = await renderSite(run.siteReports!, run.summary, { title: site.title, siteUrl: site.url ?? undefined, serverUrl: env.serverUrl }, dir);
    log.info(`Site: ${stats.pages} pages, ${stats.charts} charts, ${stats.files} files, ${(stats.bytes / 1024 / 1024).toFixed(1)} MiB in ${(stats.durationMs / 1000).toFixed(1)} s.`);
    return dir;
  });
}
