import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback-listen.js';

/**
 * A fake of the Anthropic Messages API on loopback, for the real SDK (its `baseURL`). It serves
 * POST /v1/messages from a script, one step per request: a tool_use answer, an error status
 * (with headers such as retry-after), or a hang that never answers. Every request is recorded
 * with its parsed body and headers. A request beyond the script gets a 400 that says so, which
 * the SDK does not retry, so an unexpected call shows up as a failed test.
 */
export type FakeStep =
  | { kind: 'tool'; input: unknown; toolName?: string; stopReason?: string }
  | { kind: 'status'; status: number; headers?: Record<string, string>; message?: string }
  | { kind: 'hang' };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: Record<string, unknown> & { system?: string; messages?: Array<{ role: string; content: string }> };
}

export interface FakeClaude {
  url: string;
  requests: RecordedRequest[];
  /** Appends steps to the script. */
  script(...steps: FakeStep[]): void;
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = { 400: 'invalid_request_error', 429: 'rate_limit_error', 500: 'api_error', 529: 'overloaded_error' };

/**
 * What the real API refuses per model, as Anthropic documents it (each a 400
 * invalid_request_error): sampling parameters on the models that think adaptively; on the 5.5
 * generation also a forced tool_choice (`tool` or `any`) and thinking `disabled` or with a budget.
 * Listed by id, independently of the client's own patterns.
 */
const NO_SAMPLING_MODELS = new Set(['claude-sonnet-5', 'claude-opus-5', 'claude-opus-4-7', 'claude-opus-4-8']);
const NO_FORCED_TOOL_MODELS = new Set(['claude-sonnet-5-5', 'claude-opus-5-5', 'claude-fable-5-1']);

function refusal(body: RecordedRequest['body']): string | null {
  const model = String(body.model ?? '');
  const strict = NO_FORCED_TOOL_MODELS.has(model);
  if ((strict || NO_SAMPLING_MODELS.has(model)) && ['temperature', 'top_p', 'top_k'].some((key) => key in body)) return `sampling parameters are not supported for ${model}`;
  if (!strict) return null;
  const choice = (body.tool_choice as { type?: string } | undefined)?.type;
  if (choice === 'tool' || choice === 'any') return `forced tool use is not supported for ${model}; use tool_choice auto`;
  const thinking = (body.thinking as { type?: string } | undefined)?.type;
  if (thinking === 'disabled' || thinking === 'enabled') return `"thinking.type.${thinking}" is not supported for this model`;
  return null;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export async function startFakeClaude(steps: FakeStep[] = []): Promise<FakeClaude> {
  const queue = [...steps];
  const requests: RecordedRequest[] = [];
  let counter = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: RecordedRequest['body'] = {};
      try {
        body = JSON.parse(raw) as RecordedRequest['body'];
      } catch {
        // recorded as {}; the test inspects `raw`
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, raw, body });
      if (req.method !== 'POST' || !(req.url ?? '').startsWith('/v1/messages')) {
        sendJson(res, 404, { type: 'error', error: { type: 'not_found_error', message: `no route ${req.method} ${req.url}` } });
        return;
      }
      const step = queue.shift();
      if (!step) {
        sendJson(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: 'fake-claude: request beyond the script' } }, { 'x-should-retry': 'false' });
        return;
      }
      if (step.kind === 'hang') return; // never answers; close() destroys the socket
      if (step.kind === 'status') {
        const type = ERROR_TYPES[step.status] ?? 'api_error';
        sendJson(res, step.status, { type: 'error', error: { type, message: step.message ?? `fake-claude: scripted ${step.status}` } }, step.headers);
        return;
      }
      const refused = refusal(body);
      if (refused) {
        queue.unshift(step); // the script's answer waits for a valid request
        sendJson(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: refused } }, { 'x-should-retry': 'false' });
        return;
      }
      counter++;
      // Models that think adaptively put a thinking block (its text omitted by default) first.
      const thinking = NO_FORCED_TOOL_MODELS.has(String(body.model)) ? [{ type: 'thinking', thinking: '', signature: `sig_fake_${counter}` }] : [];
      sendJson(res, 200, {
        id: `msg_fake_${counter}`,
        type: 'message',
        role: 'assistant',
        model: typeof body.model === 'string' ? body.model : 'unknown',
        content: [...thinking, { type: 'tool_use', id: `toolu_fake_${counter}`, name: step.toolName ?? 'write_sprint_summary', input: step.input }],
        stop_reason: step.stopReason ?? 'tool_use',
        stop_sequence: null,
        usage: { input_tokens: 1, output_tokens: 1 },
      });
    });
  });
  const listener = await listenOnLoopback(server);

  return {
    url: listener.url,
    requests,
    script: (...more) => void queue.push(...more),
    close: listener.close,
  };
}
