import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INGESTED_EVENTS } from '../../src/harvest/events/ingest-event.js';

/**
 * The examples' concurrency design (docs/events.md, "Running on events"). GitHub keeps at most
 * one pending run per concurrency group and cancels the older pending run when another queues,
 * whatever `cancel-in-progress` says. So:
 * - a scheduled report has a group no event run can ever evaluate to, and never cancels a
 *   running report;
 * - event runs of different pull requests (or issues, or runs) never share a group, so a burst
 *   of events drops nothing; events of one PR share one, so they take turns.
 * Groups are evaluated per trigger with a small evaluator of GitHub's expression syntax
 * (`github.*` paths, string literals and `||`), enough for what the examples use.
 */
const root = join(import.meta.dirname, '..', '..');
const files = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yml'));

type Concurrency = string | { group: string; 'cancel-in-progress'?: boolean | string };
interface Job { concurrency?: Concurrency; steps: Array<{ uses?: string }> }
interface Workflow { name: string; on: unknown; concurrency?: Concurrency; jobs: Record<string, Job> }
interface Example { file: string; workflow: Workflow; triggers: string[] }

const examples: Example[] = files.map((file) => {
  const workflow = parse(readFileSync(join(root, 'examples', file), 'utf8')) as Workflow;
  return { file, workflow, triggers: triggerNames(workflow.on) };
});

function triggerNames(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(on as object);
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const ISSUE_EVENTS = new Set(['issues', 'issue_comment']);
const REPORT_TRIGGERS = ['schedule', 'workflow_dispatch'];

/** The `github` context of one run: `record` is the PR or issue number, `run` the run id. */
function githubContext(workflow: Workflow, eventName: string, record: number, run: number): Record<string, unknown> {
  const event = PR_EVENTS.has(eventName) ? { pull_request: { number: record } } : ISSUE_EVENTS.has(eventName) ? { issue: { number: record } } : {};
  return { workflow: workflow.name, event_name: eventName, run_id: String(run), run_number: String(run), ref: 'refs/heads/main', repository: 'owner/repo', event };
}

function evaluateOperand(operand: string, github: Record<string, unknown>): unknown {
  const literal = /^'((?:[^']|'')*)'$/.exec(operand);
  if (literal) return literal[1]!.replaceAll("''", "'");
  if (!/^github(\.[A-Za-z_][A-Za-z0-9_-]*)+$/.test(operand)) throw new Error(`example-concurrency.test.ts cannot evaluate \`${operand}\`: extend its evaluator`);
  let value: unknown = { github };
  for (const key of operand.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** A concurrency group with its `${{ … }}` expressions evaluated. */
function evaluateGroup(template: string, github: Record<string, unknown>): string {
  return template.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => {
    const operands = expression.split('||').map((o) => o.trim());
    for (const operand of operands) {
      const value = evaluateOperand(operand, github);
      if (value !== undefined && value !== null && value !== '' && value !== false && value !== 0) return String(value);
    }
    return '';
  });
}

function concurrencyOf(example: Example, job: Job): { group: string; cancelInProgress: unknown } | null {
  const c = job.concurrency ?? example.workflow.concurrency;
  if (c === undefined) return null;
  return typeof c === 'string' ? { group: c, cancelInProgress: undefined } : { group: c.group, cancelInProgress: c['cancel-in-progress'] };
}

const flowmeterJobs = (example: Example) =>
  Object.entries(example.workflow.jobs).filter(([, job]) => job.steps.some((s) => s.uses?.startsWith('flowmeter/flowmeter@')));
const eventTriggers = (example: Example) => example.triggers.filter((t) => INGESTED_EVENTS.includes(t));
const reports = examples.filter((e) => e.triggers.includes('schedule'));
const eventDriven = examples.filter((e) => eventTriggers(e).length > 0);

/** Every group a scheduled report's flowmeter jobs can run in, with the file it comes from. */
function reportGroups(): Map<string, string> {
  const groups = new Map<string, string>();
  for (const example of reports) {
    for (const [name, job] of flowmeterJobs(example)) {
      const concurrency = concurrencyOf(example, job);
      for (const trigger of REPORT_TRIGGERS.filter((t) => example.triggers.includes(t))) {
        if (concurrency) groups.set(evaluateGroup(concurrency.group, githubContext(example.workflow, trigger, 1, 1)), `${example.file} (job ${name}, ${trigger})`);
      }
    }
  }
  return groups;
}

describe('examples/: concurrency groups', () => {
  it('the examples include a scheduled report and an event-driven workflow', () => {
    expect(reports.length).toBeGreaterThan(0);
    expect(eventDriven.length).toBeGreaterThan(0);
  });

  it.each(reports.map((e) => e.file))('%s: the scheduled report has a concurrency group and never cancels a running report', (file) => {
    const example = reports.find((e) => e.file === file)!;
    for (const [name, job] of flowmeterJobs(example)) {
      const concurrency = concurrencyOf(example, job);
      expect(concurrency, `${file}: job ${name} has no concurrency group`).not.toBeNull();
      expect(concurrency!.cancelInProgress, `${file}: job ${name} must set cancel-in-progress: false`).toBe(false);
    }
  });

  it('each scheduled report has a group of its own: a dispatch of one never cancels another pending report', () => {
    const seen = new Map<string, string>();
    for (const example of reports) {
      for (const [, job] of flowmeterJobs(example)) {
        const group = evaluateGroup(concurrencyOf(example, job)!.group, githubContext(example.workflow, 'schedule', 1, 1));
        if (seen.has(group)) expect(seen.get(group), `${example.file} and ${seen.get(group)} share group ${group}`).toBe(example.file);
        seen.set(group, example.file);
      }
    }
  });

  it('no event-triggered job can run in a scheduled report\'s concurrency group', () => {
    const reportGroup = reportGroups();
    for (const example of eventDriven) {
      for (const [name, job] of flowmeterJobs(example)) {
        const concurrency = concurrencyOf(example, job);
        if (!concurrency) continue;
        for (const trigger of eventTriggers(example)) {
          for (const record of [1, 2, 40]) {
            const group = evaluateGroup(concurrency.group, githubContext(example.workflow, trigger, record, 1000 + record));
            expect(reportGroup.get(group), `${example.file}: job ${name} on ${trigger} runs in group "${group}" of the report ${reportGroup.get(group)}`).toBeUndefined();
          }
        }
      }
    }
  });

  it('event runs of different records never share a group, and never cancel a running one', () => {
    for (const example of eventDriven) {
      for (const [name, job] of flowmeterJobs(example)) {
        const concurrency = concurrencyOf(example, job);
        if (!concurrency) continue;
        expect(concurrency.cancelInProgress === true || concurrency.cancelInProgress === 'true', `${example.file}: job ${name} cancels a running event run`).toBe(false);
        for (const trigger of eventTriggers(example)) {
          const first = evaluateGroup(concurrency.group, githubContext(example.workflow, trigger, 1, 101));
          const second = evaluateGroup(concurrency.group, githubContext(example.workflow, trigger, 2, 102));
          expect(first, `${example.file}: job ${name} puts ${trigger} events of different records in one group "${first}", so a burst cancels all but the last`).not.toBe(second);
        }
      }
    }
  });

  it('event runs of one pull request take turns (two racing runs would each keep only their side of its reviews and timeline)', () => {
    for (const example of eventDriven) {
      for (const [name, job] of flowmeterJobs(example)) {
        const prTriggers = eventTriggers(example).filter((t) => PR_EVENTS.has(t));
        if (prTriggers.length === 0) continue;
        const concurrency = concurrencyOf(example, job);
        expect(concurrency, `${example.file}: job ${name} has no concurrency group for pull-request events`).not.toBeNull();
        const groups = new Set(prTriggers.flatMap((t, i) => [evaluateGroup(concurrency!.group, githubContext(example.workflow, t, 7, 200 + 2 * i)), evaluateGroup(concurrency!.group, githubContext(example.workflow, t, 7, 201 + 2 * i))]));
        expect([...groups], `${example.file}: job ${name}: events of PR 7 fall into different groups`).toHaveLength(1);
      }
    }
  });

  it('the evaluator reads what the examples use', () => {
    const workflow = { name: 'flowmeter events', on: {}, jobs: {} };
    expect(evaluateGroup('r-${{ github.workflow }}', githubContext(workflow, 'schedule', 1, 9))).toBe('r-flowmeter events');
    expect(evaluateGroup('e-${{ github.event.pull_request.number || github.event.issue.number || github.run_id }}', githubContext(workflow, 'pull_request_review', 5, 9))).toBe('e-5');
    expect(evaluateGroup('e-${{ github.event.pull_request.number || github.event.issue.number || github.run_id }}', githubContext(workflow, 'issue_comment', 6, 9))).toBe('e-6');
    expect(evaluateGroup('e-${{ github.event.pull_request.number || github.run_id }}', githubContext(workflow, 'release', 6, 9))).toBe('e-9');
    expect(evaluateGroup("${{ github.event_name }}-${{ github.head_ref || 'x' }}", githubContext(workflow, 'schedule', 1, 9))).toBe('schedule-x');
    expect(() => evaluateGroup('${{ format(github.workflow) }}', githubContext(workflow, 'schedule', 1, 9))).toThrow(/extend its evaluator/);
  });
});
