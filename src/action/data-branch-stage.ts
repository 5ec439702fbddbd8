import type { Config } from '../config/config.js';
import type { Logger } from '../log.js';
import { publishDatabase, type PublishResult } from '../publish/data-branch-publish.js';
import { restoreDatabase, type RestoreResult } from '../publish/data-branch-restore.js';
import { createGitRunner, type GitRunner } from '../publish/git-runner.js';
import { databasePathIn, type ActionEnvironment } from './action-environment.js';

/**
 * The data branch around a run: restore the database before the harvest, commit it after.
 * The token is the workflow's own (`token` input), never an App's: the branch lives in the
 * repository running the workflow, which is what GITHUB_TOKEN's `contents: write` covers.
 */
export class DataBranchStage {
  private restored: RestoreResult | null = null;

  private constructor(
    private readonly config: Config,
    private readonly env: ActionEnvironment,
    private readonly git: GitRunner,
    private readonly log: Logger,
  ) {}

  /** Null when `data-branch: none`. */
  static create(config: Config, env: ActionEnvironment, workflowToken: string | undefined, log: Logger): DataBranchStage | null {
    if (!config.output.dataBranch) return null;
    return new DataBranchStage(config, env, createGitRunner({ cwd: env.workspace, token: workflowToken }), log);
  }

  private get options() {
    return {
      workspace: this.env.workspace,
      branch: this.config.output.dataBranch!.name,
      databasePath: databasePathIn(this.env.workspace, this.config.database),
      git: this.git,
      log: this.log,
    };
  }

  async restore(): Promise<RestoreResult> {
    this.restored = await this.log.group(`Restore the database from ${this.config.output.dataBranch!.name}`, () => restoreDatabase(this.options));
    return this.restored;
  }

  /** Commits the (closed) database; when another run pushed first, merges into theirs and retries. */
  async publish(runLabel: string): Promise<PublishResult> {
    const branch = this.config.output.dataBranch!;
    return this.log.group(`Commit the database to ${branch.name} (${branch.history})`, () =>
      publishDatabase({
        ...this.options,
        base: this.restored?.commit ?? null,
        history: branch.history,
        message: `flowmeter: database after ${runLabel}`,
      }),
    );
  }
}
