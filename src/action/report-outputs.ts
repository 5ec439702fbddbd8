import { ConfigError } from '../errors.js';
import type { Band } from '../metrics/dora-bands.js';
import type { ReportModel } from '../metrics/model.js';

const BAND_ORDER: readonly Band[] = ['low', 'medium', 'high', 'elite'];

/**
 * The `dora-band` output: the lowest band among the four keys that could be rated. A team is
 * only as fast as its slowest key, and one rated key must not stand in for three unknown ones,
 * so a report where no key has data says `none` rather than guessing.
 */
export function overallDoraBand(report: ReportModel): Band | 'none' {
  const dora = report.sections.dora as { bands?: Record<string, Band | null> } | undefined;
  const rated = Object.values(dora?.bands ?? {}).filter((b): b is Band => b !== null && BAND_ORDER.includes(b));
  if (rated.length === 0) return 'none';
  return rated.reduce((lowest, band) => (BAND_ORDER.indexOf(band) < BAND_ORDER.indexOf(lowest) ? band : lowest));
}

/**
 * GitHub Pages sites are public unless the organisation restricts access, so a site built from
 * private repositories would publish their titles, people and numbers. Refuse unless the user
 * said, with `publish-private-data: true`, that this is what they want.
 */
export function assertSitePublishable(report: Pick<ReportModel, 'repositories' | 'filters'>, publishPrivateData: boolean): void {
  if (publishPrivateData) return;
  const privateRepos = report.repositories.filter((r) => r.isPrivate).map((r) => r.fullName);
  // Private repositories metrics.filters leaves out still appear on the site's Data page (the
  // harvest's bookkeeping names every harvested repository): unnamed here, but counted.
  const leftOut = report.filters?.leftOut.privateRepositories ?? 0;
  if (privateRepos.length + leftOut === 0) return;
  const named = privateRepos.slice(0, 5).join(', ') + (privateRepos.length > 5 ? ` and ${privateRepos.length - 5} more` : '');
  const unnamed = leftOut > 0 ? `${leftOut} left out by metrics.filters but named on the Data page` : '';
  const shown = [named, unnamed].filter(Boolean).join(', and ');
  const total = privateRepos.length + leftOut;
  throw new ConfigError(
    'publish-private-data',
    `the site would show data from private ${total === 1 ? 'repository' : 'repositories'} ${shown}, and GitHub Pages sites are public ` +
      'unless your organisation restricts Pages access. No site was written; the database is still committed to the data branch. ' +
      'Set `publish-private-data: true` if the site may show this data, or `site-dir: none` to skip the site.',
  );
}
