import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yml'));

interface Step { uses?: string; with?: Record<string, unknown> }
interface Job { permissions?: Record<string, string>; steps: Step[] }
interface Workflow { on: unknown; jobs: Record<string, Job> }

// The scopes GitHub's `permissions:` accepts; a typo there silently grants nothing.
const SCOPES = new Set(['actions', 'attestations', 'checks', 'contents', 'deployments', 'id-token', 'issues', 'discussions', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses']);

describe('examples/', () => {
  it('has the four documented workflows', () => {
    expect(examples.sort()).toEqual(['event-driven.yml', 'org-wide-app.yml', 'weekly-comment.yml', 'weekly-report-pages.yml']);
  });

  // Concurrency groups (events never share the report's): example-concurrency.test.ts.
  it.each(examples)('%s: every job declares its permissions, every flowmeter input exists', (file) => {
    const text = readFileSync(join(root, 'examples', file), 'utf8');
    const workflow = parse(text) as Workflow;
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, `${file}: job ${name} has no permissions block`).toBeDefined();
      for (const [scope, level] of Object.entries(job.permissions!)) {
        expect(SCOPES.has(scope), `${file}: unknown permission ${scope}`).toBe(true);
        expect(['read', 'write']).toContain(level);
      }
      for (const step of job.steps.filter((s) => s.uses?.startsWith('flowmeter/flowmeter@'))) {
        for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${file}: unknown input ${input}`).toContain(input);
        // Pushing the data branch is the one write every flowmeter job needs.
        expect(job.permissions!.contents).toBe('write');
      }
      // A token scope is documented in the header for every permission the example asks for.
      for (const scope of Object.keys(job.permissions!)) expect(text.split('\nname:')[0]).toContain(scope);
    }
  });

  it('only the Pages deploy job may write pages or mint OIDC tokens', () => {
    for (const file of examples) {
      const workflow = parse(readFileSync(join(root, 'examples', file), 'utf8')) as Workflow;
      for (const job of Object.values(workflow.jobs)) {
        const deploys = job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'));
        expect(Boolean(job.permissions?.pages) || Boolean(job.permissions?.['id-token'])).toBe(deploys);
      }
    }
  });
});
