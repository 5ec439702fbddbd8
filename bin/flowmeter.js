#!/usr/bin/env node
// Runs the CLI straight from the TypeScript sources (via tsx), so `npx flowmeter` works in a
// checkout right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
