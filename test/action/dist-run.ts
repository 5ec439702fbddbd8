import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface ActionRun {
  code: number | null;
  /** stdout and stderr, as the runner's log would show them. */
  log: string;
  outputs: Record<string, string>;
  stepSummary: string;
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` and `name=value` records. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

/** The committed dist/ and action.yml, copied away from node_modules, as GitHub would fetch them. */
export function copyAction(): string {
  const dir = mkdtempSync(join(tmpdir(), 'flowmeter-action-'));
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(root, 'action.yml'), join(dir, 'action.yml'));
  return dir;
}

/**
 * Runs `node dist/index.js` like the runner does: inputs as INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, the workspace as the working directory.
 */
export function runDistAction(action: string, workspace: string, env: Record<string, string>, preload?: string): Promise<ActionRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'flowmeter-runner-'));
  const outputFile = join(scratch, 'output');
  const summaryFile = join(scratch, 'step-summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  mkdirSync(join(scratch, 'temp'), { recursive: true });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(preload ? ['--import', preload] : []), join(action, 'dist', 'index.js')], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: scratch,
        RUNNER_TEMP: join(scratch, 'temp'),
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...env,
      },
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('exit', (code) =>
      resolve({
        code,
        log,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        stepSummary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
      }),
    );
  });
}
