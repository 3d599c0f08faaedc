import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local webhook receiver for tests: records every request, dedupes deliveries by
 * Idempotency-Key (as a well-behaved receiver would), and injects faults on demand.
 * Loopback only (127.0.0.1) and bounded (body size, records kept, how long a hung request hangs).
 */

export type Fault =
  /** Answer with this status (500, 503, 429, 400 …) without accepting the delivery. */
  | { kind: 'status'; status: number; body?: string; retryAfter?: string }
  /** Read the request, never answer (the client times out); the socket is closed after `maxHangMs`. */
  | { kind: 'hang' }
  /** Accept the delivery, then answer only after `delayMs` (a slow receiver; longer than the client's timeout = "landed but unanswered"). */
  | { kind: 'slow'; delayMs: number }
  /** Destroy the connection without an answer. */
  | { kind: 'reset' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The fault applied to this request, if any. */
  fault?: Fault['kind'];
  /** True when this request delivered a new Idempotency-Key. */
  accepted: boolean;
  /** True when the key had already been accepted (a repeat the receiver dropped). */
  duplicate: boolean;
  at: number;
}

export interface WebhookServerOptions {
  maxBodyBytes?: number;
  maxRecords?: number;
  maxHangMs?: number;
}

export interface WebhookServer {
  readonly url: string;
  readonly port: number;
  /** Every request seen, oldest first. */
  readonly requests: RecordedRequest[];
  /** One per accepted Idempotency-Key (what the supervisor actually got). */
  deliveries(): RecordedRequest[];
  /** Requests whose key was already accepted; the receiver answered 200 and dropped them. */
  duplicateRequests(): number;
  /** Queue faults for the next requests, one per request, in order. */
  failNext(...faults: Fault[]): void;
  /** Stop listening (clients now get "connection refused"); keeps the records. */
  stop(): Promise<void>;
  /** Listen again on the same port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const DEFAULTS = { maxBodyBytes: 1_000_000, maxRecords: 2_000, maxHangMs: 10_000 };

export async function startWebhookServer(options: WebhookServerOptions = {}): Promise<WebhookServer> {
  const limits = { ...DEFAULTS, ...options };
  const requests: RecordedRequest[] = [];
  const acceptedKeys = new Set<string>();
  const faults: Fault[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let server: Server | null = null;
  let port = 0;

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  function record(entry: RecordedRequest): void {
    requests.push(entry);
    if (requests.length > limits.maxRecords) requests.shift();
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBodyBytes) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : (value ?? '');
      const entry: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        accepted: false,
        duplicate: false,
        at: Date.now(),
      };
      if (tooBig) {
        record(entry);
        res.writeHead(413).end('too large');
        return;
      }
      const fault = faults.shift();
      if (fault) entry.fault = fault.kind;
      if (fault?.kind === 'status') {
        record(entry);
        res
          .writeHead(fault.status, fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {})
          .end(fault.body ?? `injected ${fault.status}`);
        return;
      }
      if (fault?.kind === 'hang') {
        record(entry);
        later(limits.maxHangMs, () => req.socket.destroy());
        return;
      }
      if (fault?.kind === 'reset') {
        record(entry);
        req.socket.destroy();
        return;
      }
      const key = headers['idempotency-key'];
      if (key && acceptedKeys.has(key)) entry.duplicate = true;
      else {
        entry.accepted = true;
        if (key) acceptedKeys.add(key);
      }
      record(entry);
      const answer = () => {
        if (!res.destroyed) res.writeHead(200, { 'Content-Type': 'text/plain' }).end(entry.duplicate ? 'already received' : 'ok');
      };
      if (fault?.kind === 'slow') later(fault.delayMs, answer);
      else answer();
    });
  }

  function listen(onPort: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const s = createServer(handle);
      s.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      s.once('error', reject);
      s.listen(onPort, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });
  }

  async function stop(): Promise<void> {
    const s = server;
    server = null;
    if (!s) return;
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  await listen(0);

  return {
    get url() {
      return `http://127.0.0.1:${port}/hook`;
    },
    get port() {
      return port;
    },
    requests,
    deliveries: () => requests.filter((r) => r.accepted),
    duplicateRequests: () => requests.filter((r) => r.duplicate).length,
    failNext: (...next) => void faults.push(...next),
    stop,
    restart: () => (server ? Promise.resolve() : listen(port)),
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await stop();
    },
  };
}
