import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from '../../errors.js';
import { chartColourCss } from '../charts/chart-theme.js';
import { findVegaRuntime } from './site-templates.js';

/**
 * File output of a render: the output directory (cleared only when it holds a previous site
 * or nothing), the shared assets and the CSV downloads. Counts what it writes for SiteStats.
 */
export class SiteWriter {
  files = 0;
  bytes = 0;

  constructor(readonly outDir: string) {}

  prepare(): void {
    if (existsSync(this.outDir) && readdirSync(this.outDir).length > 0) {
      if (!existsSync(join(this.outDir, 'assets', 'site.css'))) {
        throw new ConfigError('site directory', `${this.outDir} is not empty and does not hold a flowmeter site; choose an empty or new directory`);
      }
      rmSync(this.outDir, { recursive: true, force: true });
    }
    mkdirSync(this.outDir, { recursive: true });
  }

  write(relativePath: string, content: string | Buffer): void {
    const file = join(this.outDir, relativePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    this.files += 1;
    this.bytes += Buffer.byteLength(content);
  }

  /** Copies a file into the site (a spooled CSV): the kernel copies it, nothing is read into memory. */
  copy(relativePath: string, source: string): void {
    const file = join(this.outDir, relativePath);
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(source, file);
    this.files += 1;
    this.bytes += statSync(file).size;
  }

  /** templates/assets → assets/, the chart colour rules appended to site.css, vega runtime. */
  copyAssets(templatesDir: string): void {
    const source = join(templatesDir, 'assets');
    for (const name of readdirSync(source).sort()) {
      if (name === 'vendor') continue;
      const content = readFileSync(join(source, name));
      this.write(`assets/${name}`, name === 'site.css' ? Buffer.concat([content, Buffer.from('\n/* Chart colours (generated from src/render/charts/chart-theme.ts) */\n' + chartColourCss())]) : content);
    }
    const vega = findVegaRuntime(templatesDir);
    if (vega) {
      cpSync(vega, join(this.outDir, 'assets', 'vega.min.js'));
      this.files += 1;
    }
  }
}
