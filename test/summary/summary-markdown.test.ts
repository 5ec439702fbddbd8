import { describe, expect, it } from 'vitest';
import { mentionsOutsideCode, stripCode } from '../render/markdown-checks.js';
import { summaryMarkdown } from '../../src/summary/summary-markdown.js';
import type { SprintSummary, SummaryItem } from '../../src/summary/summary-model.js';

/**
 * The summary in markdown: item texts may echo hostile PR titles (Claude reads them), so the
 * output must carry no HTML, no link or image from the text, no @mention and no issue
 * reference, while PR links come from the cited references alone.
 */
const HOSTILE = [
  '<img src=x onerror=alert(1)> @octocat please review',
  '[click](javascript:alert(1)) and ![x](https://evil.example/x.png)',
  'Ping @acme/admins about owner/repo#12 and #34',
  '`code` **bold** | pipe \\ backslash $math$ ~~strike~~',
  'line one\nline two\u202Ereversed',
];

const item = (text: string, pullRequests: SummaryItem['pullRequests'] = []): SummaryItem => ({ text, figures: [], pullRequests });

function summaryOf(texts: string[], extra: Partial<SprintSummary> = {}): SprintSummary {
  return {
    source: 'claude',
    model: 'claude-sonnet-4-6',
    insights: [item(texts[0]!), item(texts[1]!), item(texts[2]!, [{ repository: 'owner/repo', number: 12 }])],
    risks: [item(texts[3]!), item(texts[4]!)],
    recommendations: [item(texts[0]!), item(texts[2]!), item(texts[3]!)],
    ...extra,
  };
}

describe('summaryMarkdown', () => {
  it('writes three lists and the source line', () => {
    const md = summaryMarkdown(summaryOf(['a', 'b', 'c', 'd', 'e']));
    expect(md.match(/^- /gm)).toHaveLength(8);
    expect(md).toContain('Insights');
    expect(md).toContain('Risks');
    expect(md).toContain('Recommendations');
    expect(md).toContain('Written by Claude (`claude-sonnet-4-6`)');
  });

  it('escapes hostile text: no HTML, no links from text, no mentions, no references', () => {
    const md = summaryMarkdown(summaryOf(HOSTILE), { prUrl: (pr) => `https://github.com/${pr.repository}/pull/${pr.number}` });
    const text = stripCode(md);
    expect(text).not.toMatch(/<img|<script/i);
    // Brackets from the text are escaped, so the only link is the one built from the cited PR.
    expect(text.match(/(?<!\\)\]\(/g)).toHaveLength(1);
    expect(text).not.toMatch(/(?<!\\)!\[/);
    expect(mentionsOutsideCode(md)).toEqual([]);
    expect(text.replace(/&#\d+;/g, '')).not.toMatch(/#\d/);
    expect(md).not.toContain('\u202E');
    // Each item stays one line.
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(8);
    expect(md).toContain('](https://github.com/owner/repo/pull/12)');
  });

  it('says when the rules wrote it, and why Claude did not, escaped', () => {
    const md = summaryMarkdown(summaryOf(['a', 'b', 'c', 'd', 'e'], { source: 'rules', model: undefined, fallbackReason: 'ungrounded: "@octocat 12 h"' }));
    expect(md).toContain('Rule-based summary.');
    expect(md).toContain('ungrounded');
    expect(mentionsOutsideCode(md)).toEqual([]);
  });
});
