/** GitHub App installation routes, so `@octokit/auth-app` can authenticate against the simulator. */
import { notFound, type RestContext, type Route } from './rest-router.js';

export const INSTALLATION_ID = 4242;

function installationJson(ctx: RestContext, login: string) {
  const account = ctx.dataset.actors.find((a) => a.login.toLowerCase() === login.toLowerCase());
  return {
    id: INSTALLATION_ID,
    app_id: 1,
    app_slug: 'flowmeter',
    target_type: account?.kind === 'User' ? 'User' : 'Organization',
    account: { login, id: account?.databaseId ?? 1, type: account?.kind === 'User' ? 'User' : 'Organization' },
    repository_selection: 'all',
    permissions: { actions: 'read', contents: 'write', deployments: 'read', issues: 'write', metadata: 'read', pull_requests: 'write' },
  };
}

export const appAuthRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/installation',
    appAuth: true,
    free: true,
    handler: (req, ctx) => {
      const repo = ctx.index.repo(req.params.owner!, req.params.repo!);
      return repo ? { status: 200, body: installationJson(ctx, repo.owner) } : notFound();
    },
  },
  {
    method: 'GET',
    pattern: '/orgs/{org}/installation',
    appAuth: true,
    free: true,
    handler: (req, ctx) => {
      const org = req.params.org!;
      const known = ctx.dataset.org.toLowerCase() === org.toLowerCase()
        || ctx.dataset.repositories.some((r) => r.owner.toLowerCase() === org.toLowerCase());
      return known ? { status: 200, body: installationJson(ctx, org) } : notFound();
    },
  },
  {
    method: 'POST',
    pattern: '/app/installations/{installation_id}/access_tokens',
    appAuth: true,
    free: true,
    handler: (req, ctx) => {
      if (req.params.installation_id !== String(INSTALLATION_ID)) return notFound();
      const { token, expiresAt } = ctx.issueInstallationToken();
      return {
        status: 201,
        body: { token, expires_at: expiresAt, permissions: installationJson(ctx, ctx.dataset.org).permissions, repository_selection: 'all' },
      };
    },
  },
];
