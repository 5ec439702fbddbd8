import packageJson from '../package.json' with { type: 'json' };

/**
 * flowmeter's version, from package.json: read from the checkout when the CLI runs through
 * tsx, and inlined into dist/index.js by ncc when the Action is bundled, so a release's bundle
 * names the version it was built from (CI's dist check fails when package.json moved on).
 */
export const FLOWMETER_VERSION: string = packageJson.version;
