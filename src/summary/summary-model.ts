/**
 * The sprint-health summary: what the site's overview card, the weekly comment and the job
 * summary show. Claude and the rule-based fallback produce the same shape, so consumers never
 * know or care which wrote it beyond the `source` line they print.
 */
export interface SummaryPullRequestRef {
  /** `owner/name` of the repository. */
  repository: string;
  number: number;
}

export interface SummaryItem {
  /** Plain text, no markdown; may contain numbers, each grounded in a cited figure. */
  text: string;
  /** Ids of the ReportModel `figures` entries the item rests on. */
  figures: string[];
  /** Pull requests the item rests on (may be empty). */
  pullRequests: SummaryPullRequestRef[];
}

/** The languages a summary is written in: English for the comment, job summary and Slack; Arabic for the site's Arabic pages. */
export const SUMMARY_LANGUAGES = ['en', 'ar'] as const;
export type SummaryLanguage = (typeof SUMMARY_LANGUAGES)[number];

export interface SprintSummary {
  source: 'claude' | 'rules';
  /** The language of the texts; absent means English. */
  language?: SummaryLanguage;
  /** The Claude model id when source is `claude`. */
  model?: string;
  /** Why the rules summary was used when Claude was configured (invalid answer, timeout …). */
  fallbackReason?: string;
  /** Exactly 3. */
  insights: SummaryItem[];
  /** Exactly 2. */
  risks: SummaryItem[];
  /** Exactly 3. */
  recommendations: SummaryItem[];
  /**
   * The same summary written in other languages for the site (by Claude from the same input
   * document, or by the rules), each checked as this one is. Absent when none was asked for.
   */
  translations?: Partial<Record<SummaryLanguage, SprintSummary>>;
}
