import { posix } from 'node:path';
import { MAIN_PAGES, repositoryPagePath, teamPagePath, type PageModel } from './page-model.js';
import type { SiteFormat } from './site-format.js';
import { LANGUAGES, type Language, type Translate } from './site-i18n.js';
import { DEFAULT_WEEKS, PERIOD_PRESETS, type PeriodWeeks } from './site-reports.js';

/**
 * Where each page lives and how it links: `[lang/][wN/]page.html`, the root language and the
 * default period without prefix. Every internal link is made relative to the page it is on,
 * so the site works from file:// and under any Pages subpath.
 */
export interface PageLocation {
  lang: Language;
  weeks: PeriodWeeks;
  rootLang: Language;
}

export function langPrefix(lang: Language, rootLang: Language): string {
  return lang === rootLang ? '' : `${lang}/`;
}

export function periodPrefix(weeks: PeriodWeeks): string {
  return weeks === DEFAULT_WEEKS ? '' : `w${weeks}/`;
}

/** Path of a page from the site root. Repository and team pages exist only at the default period. */
export function outputPath(loc: PageLocation, pagePath: string): string {
  const perPeriod = !pagePath.startsWith('repos/') && !pagePath.startsWith('teams/');
  return langPrefix(loc.lang, loc.rootLang) + (perPeriod ? periodPrefix(loc.weeks) : '') + pagePath;
}

export function relativeHref(fromFile: string, toFile: string): string {
  const rel = posix.relative(posix.dirname(fromFile), toFile);
  return rel === '' ? posix.basename(toFile) : rel;
}

/**
 * The server's web root from GITHUB_SERVER_URL (github.com by default), with no trailing slash.
 * Only links under it may leave the site.
 */
export function webRoot(serverUrl: string | undefined): string {
  const root = (serverUrl?.trim() || 'https://github.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/.test(root)) throw new Error(`Invalid server URL ${serverUrl}: expected https://HOST, as GITHUB_SERVER_URL gives it`);
  return root;
}

/** Whether `href` is a link to the GitHub server (`serverUrl`, from webRoot), the only links that leave the site. */
export const isExternalFor = (serverUrl: string) => (href: string) => href.startsWith(`${serverUrl}/`);

/** Resolves a block href (`page:`, `lang:`, `site:` or a link to the GitHub server) from `fromFile`. */
export function resolveHref(href: string, fromFile: string, loc: PageLocation, serverUrl: string): string {
  if (isExternalFor(serverUrl)(href)) return href;
  const [scheme, rest = ''] = href.includes(':') ? [href.slice(0, href.indexOf(':')), href.slice(href.indexOf(':') + 1)] : ['page', href];
  if (scheme === 'site') return relativeHref(fromFile, rest);
  if (scheme === 'lang') return relativeHref(fromFile, langPrefix(loc.lang, loc.rootLang) + rest);
  if (scheme === 'page') return relativeHref(fromFile, outputPath(loc, rest));
  throw new Error(`Unsupported link ${href}: only links to ${serverUrl} may leave the site`);
}

export interface LayoutInput {
  page: PageModel;
  loc: PageLocation;
  t: Translate;
  fmt: SiteFormat;
  siteTitle: string;
  repositories: string[];
  teams: string[];
  languages: Language[];
  range: { from: string; to: string };
  generatedAt: string;
  serverUrl: string;
}

/** The data every template gets besides the page: navigation, toggles, link resolvers. */
export function layoutData(input: LayoutInput): Record<string, unknown> {
  const { page, loc, t, fmt } = input;
  const file = outputPath(loc, page.path);
  const href = (h: string) => resolveHref(h, file, loc, input.serverUrl);
  const isDetail = page.path.startsWith('repos/') || page.path.startsWith('teams/');
  const other = input.languages.find((l) => l !== loc.lang) ?? loc.lang;
  return {
    lang: loc.lang,
    dir: LANGUAGES[loc.lang].dir,
    t,
    page,
    siteTitle: input.siteTitle,
    href,
    isExternal: isExternalFor(input.serverUrl),
    asset: (name: string) => relativeHref(file, `assets/${name}`),
    homeHref: href('page:index.html'),
    nav: MAIN_PAGES.map((p) => ({ text: t(`page.${p.key}`), href: href(`page:${p.path}`), current: p.key === page.key })),
    repos: input.repositories.map((r) => ({ text: r, href: href(`lang:${repositoryPagePath(r)}`), current: page.key === `repo:${r}` })),
    teams: input.teams.map((s) => ({ text: s, href: href(`lang:${teamPagePath(s)}`), current: page.key === `team:${s}` })),
    periods: PERIOD_PRESETS.slice().sort((a, b) => a - b).map((weeks) => ({
      weeks,
      text: t('nav.weeks', { n: fmt.integer(weeks) }),
      // A detail page exists only at the default period: other presets lead to their overview.
      href: relativeHref(file, outputPath({ ...loc, weeks }, isDetail ? (weeks === DEFAULT_WEEKS ? page.path : 'index.html') : page.path)),
      current: weeks === loc.weeks,
    })),
    languageToggle: { hreflang: other, text: LANGUAGES[other].name, href: relativeHref(file, outputPath({ ...loc, lang: other }, page.path)) },
    periodNote: t('period.note', { n: fmt.integer(loc.weeks), from: fmt.date(input.range.from), to: fmt.date(input.range.to) }),
    footer: t('footer', { date: fmt.dateTime(input.generatedAt) }),
  };
}
