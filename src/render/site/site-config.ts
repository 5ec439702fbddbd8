import type { Language } from './site-i18n.js';

/** The languages a site is rendered in unless `locales` says otherwise; the first is the root. */
export const DEFAULT_SITE_LANGUAGES: readonly Language[] = ['en', 'ar'];

/** How a site is rendered. Every field is optional. */
export interface SiteConfig {
  /** Shown in the header and the page titles. Default "flowmeter report". */
  title?: string;
  /** Where the site is published (informational; links stay relative). */
  siteUrl?: string;
  /** Languages to render; the first is the root language. Default ['en', 'ar']. */
  locales?: Language[];
  /** Override of the templates directory (tests, custom themes). */
  templatesDir?: string;
  /**
   * Where pull requests, issues and repositories are shown: GITHUB_SERVER_URL, so links on
   * GitHub Enterprise Server go to its host. Default `https://github.com`.
   */
  serverUrl?: string;
}

export interface ResolvedSiteConfig {
  title: string;
  siteUrl: string | null;
  locales: Language[];
  templatesDir: string;
  /** No trailing slash. */
  serverUrl: string;
}

/** What a render produced, for logs and the benchmark. */
export interface SiteStats {
  pages: number;
  charts: number;
  files: number;
  bytes: number;
  /** Bytes of the default-language overview HTML plus the stylesheet. */
  overviewBytes: number;
  durationMs: number;
}
