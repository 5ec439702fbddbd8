// Rebuilds dist/: the ncc bundle of src/index.ts, the SQL and GraphQL files it reads, and the
// DuckDB engine for Linux x64 in a form small enough to commit (see duckdb-native-loader.cjs).
// Deterministic: the same sources and node_modules give byte-identical output, which .ci/run checks.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(join(root, 'package.json'));

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/index.ts', '-o', 'dist', '-e', '@duckdb/node-bindings', '--license', 'licenses.txt', '--quiet'], { cwd: root, stdio: 'inherit' });

// Text assets, same relative paths as under src/ (see src/asset-files.ts).
function copyAssets(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copyAssets(path);
    else if (/\.(sql|graphql)$/.test(name)) {
      const target = join(dist, 'assets', relative(join(root, 'src'), path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}
copyAssets(join(root, 'src'));

// The site templates (eta layouts, locales, css/js) beside the bundle, and the vega runtime the
// site's optional interactive script ships (src/render/site/site-templates.ts looks here first).
cpSync(join(root, 'templates'), join(dist, 'templates'), { recursive: true });
mkdirSync(join(dist, 'templates', 'assets', 'vendor'), { recursive: true });
cpSync(join(root, 'node_modules', 'vega', 'build', 'vega.min.js'), join(dist, 'templates', 'assets', 'vendor', 'vega.min.js'));

// The DuckDB engine for linux-x64, the platform the Action supports.
const bindingsDir = dirname(require.resolve('@duckdb/node-bindings-linux-x64/package.json'));
const bindingsVersion = JSON.parse(readFileSync(join(bindingsDir, 'package.json'), 'utf8')).version;
const engineDir = join(dist, 'node_modules', '@duckdb', 'node-bindings');
mkdirSync(engineDir, { recursive: true });
const library = readFileSync(join(bindingsDir, 'libduckdb.so'));
const addon = readFileSync(join(bindingsDir, 'duckdb.node'));
writeFileSync(join(engineDir, 'libduckdb.so.gz'), gzipSync(library, { level: constants.Z_BEST_COMPRESSION }));
writeFileSync(join(engineDir, 'duckdb.node'), addon);
const digest = createHash('sha256').update(library).update(addon).digest('hex').slice(0, 12);
writeFileSync(
  join(engineDir, 'package.json'),
  JSON.stringify({ name: '@duckdb/node-bindings', version: bindingsVersion, main: './duckdb.js', flowmeterPlatform: 'linux-x64', flowmeterDigest: digest }, null, 2) + '\n',
);
cpSync(join(root, 'scripts', 'duckdb-native-loader.cjs'), join(engineDir, 'duckdb.js'));
process.stdout.write(`dist/ rebuilt (duckdb ${bindingsVersion}, engine ${digest})\n`);
