import { ConfigError } from '../errors.js';
import { boolean, integer, oneOf, value, type RawInputs } from './input-values.js';

export type DataHistory = 'squash' | 'keep';

/** Everything a run produces after the harvest, validated from the Action's inputs. */
export interface OutputConfig {
  readonly site: { readonly dir: string; readonly url: string | null; readonly title: string; readonly publishPrivateData: boolean } | null;
  readonly dataBranch: { readonly name: string; readonly history: DataHistory } | null;
  readonly summary: { readonly apiKey: string | null; readonly model: string; readonly baseUrl: string | null; readonly timeoutMs: number };
  readonly comment: { readonly issueTitle: string } | null;
  readonly prComment: boolean;
  readonly jobSummary: boolean;
  readonly slackWebhookUrl: string | null;
  readonly title: string;
}

/** A branch name git accepts and that cannot be read as an option or a path trick. */
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._\/-]{1,200}(?<![./])$/;

/**
 * The Pages address GitHub gives a project site. Only github.com is known: on GitHub
 * Enterprise Server the Pages host is the admin's choice, so there is no link unless `site-url`.
 */
function defaultSiteUrl(repository: string | undefined, apiUrl: string): string | null {
  if (!repository || !/^https:\/\/api\.github\.com\/?$/.test(apiUrl)) return null;
  const [owner, name] = repository.split('/');
  if (!owner || !name) return null;
  const host = `${owner.toLowerCase()}.github.io`;
  return name.toLowerCase() === host ? `https://${host}/` : `https://${host}/${name}/`;
}

function httpsUrl(raw: RawInputs, name: string): string | null {
  const text = value(raw, name);
  if (!text) return null;
  if (!/^https?:\/\/[^\s]+$/.test(text)) throw new ConfigError(name, 'is not an http(s) URL');
  return text;
}

export function parseOutputConfig(raw: RawInputs, repository: string | undefined, apiUrl: string): OutputConfig {
  const title = value(raw, 'site-title');
  const siteDir = value(raw, 'site-dir');
  const branch = value(raw, 'data-branch');
  if (branch !== 'none' && !BRANCH.test(branch)) throw new ConfigError('data-branch', `"${branch}" is not a valid branch name; use letters, digits, ".", "_", "-" and "/" (or \`none\`)`);
  const history = oneOf(raw, 'data-history', ['squash', 'keep'] as const);
  const model = value(raw, 'anthropic-model');
  if (!/^[A-Za-z0-9._:@\/-]{1,100}$/.test(model)) throw new ConfigError('anthropic-model', `"${model}" is not a model id such as claude-sonnet-4-6`);
  const apiKey = value(raw, 'anthropic-api-key');
  const slack = httpsUrl(raw, 'slack-webhook-url');
  if (slack && !slack.startsWith('https://')) throw new ConfigError('slack-webhook-url', 'must be an https:// incoming-webhook URL');
  return Object.freeze({
    site:
      siteDir === 'none'
        ? null
        : Object.freeze({ dir: siteDir, url: httpsUrl(raw, 'site-url') ?? defaultSiteUrl(repository, apiUrl), title, publishPrivateData: boolean(raw, 'publish-private-data') }),
    dataBranch: branch === 'none' ? null : Object.freeze({ name: branch, history }),
    summary: Object.freeze({
      apiKey: apiKey || null,
      model,
      baseUrl: httpsUrl(raw, 'anthropic-base-url'),
      timeoutMs: integer(raw, 'summary-timeout', 1, 600) * 1000,
    }),
    comment: boolean(raw, 'comment') ? Object.freeze({ issueTitle: value(raw, 'comment-issue-title').slice(0, 200) }) : null,
    prComment: boolean(raw, 'pr-comment'),
    jobSummary: boolean(raw, 'job-summary'),
    slackWebhookUrl: slack,
    title,
  });
}
