'use strict';
// Stands in for @duckdb/node-bindings inside dist/. The engine (libduckdb.so, 70 MB) ships
// gzipped, because no committed file may exceed 50 MB; it is unpacked once per runner into
// RUNNER_TEMP next to duckdb.node (which finds it through its $ORIGIN runpath) and loaded.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');

const here = __dirname;
const manifest = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8'));
const platform = `${process.platform}-${process.arch}`;
const glibc = process.platform === 'linux' && Boolean(process.report?.getReport?.().header?.glibcVersionRuntime);

if (platform !== manifest.flowmeterPlatform || !glibc) {
  throw new Error(
    `flowmeter runs on Linux x64 runners with glibc (for example runs-on: ubuntu-latest); this runner is ${platform}${process.platform === 'linux' && !glibc ? ' with musl' : ''}, for which the Action bundles no DuckDB engine.`,
  );
}

const dir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), `flowmeter-duckdb-${manifest.version}-${manifest.flowmeterDigest}`);
const library = path.join(dir, 'libduckdb.so');
if (!fs.existsSync(library)) {
  fs.mkdirSync(dir, { recursive: true });
  // Unpack to a private name and rename, so concurrent jobs never load a half-written file.
  const partial = `${library}.${process.pid}.partial`;
  fs.writeFileSync(partial, zlib.gunzipSync(fs.readFileSync(path.join(here, 'libduckdb.so.gz'))));
  fs.copyFileSync(path.join(here, 'duckdb.node'), path.join(dir, `duckdb.node.${process.pid}.partial`));
  fs.renameSync(path.join(dir, `duckdb.node.${process.pid}.partial`), path.join(dir, 'duckdb.node'));
  fs.renameSync(partial, library);
}
module.exports = require(path.join(dir, 'duckdb.node'));
