import { existsSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { startStaticServer } from '../render/site/static-server.js';
import { SERVE_HELP } from './command-help.js';
import { parseCommandLine, printHelp, wantsHelp } from './command-line.js';

/** `flowmeter serve DIR`: previews a rendered site on loopback until interrupted. */
export async function serveCommand(args: string[]): Promise<void> {
  if (wantsHelp(args)) return printHelp(SERVE_HELP);
  const { values, positionals } = parseCommandLine('serve', {
    args,
    options: { port: { type: 'string' }, base: { type: 'string' }, host: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const dir = positionals[0];
  if (positionals.length > 1) throw new ConfigError('DIR', `give one site directory, not ${positionals.length}`);
  if (!dir) throw new ConfigError('DIR', 'is required: the site directory to serve (flowmeter report --site DIR writes one)');
  if (!existsSync(dir)) throw new ConfigError('DIR', `${dir} does not exist`);
  const port = values.port === undefined ? 4173 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('--port', `"${values.port}" is not a port number`);
  const server = await startStaticServer(dir, { port, basePath: values.base, host: values.host });
  process.stdout.write(`Serving ${dir} at ${server.url} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
