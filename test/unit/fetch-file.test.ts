import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFile, type FetchLimits } from '../../src/workers/fetchFile';

// a real server on a free port: each path behaves as a kind of server the app meets
const open = new Set<ServerResponse>();
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    if (req.url === '/ok') res.end('{"a":1}');
    else if (req.url === '/missing') {
      res.statusCode = 404;
      res.statusMessage = 'Not Found';
      res.end();
    } else if (req.url === '/silent') {
      // headers, then nothing, for ever
      res.writeHead(200);
      res.flushHeaders();
    } else if (req.url === '/trickle') {
      // a byte every 20 ms, for ever: never stalled, never done
      res.writeHead(200);
      const timer = setInterval(() => res.write('x'), 20);
      res.on('close', () => clearInterval(timer));
    } else if (req.url === '/big') {
      res.writeHead(200, { 'content-length': String(10_000) });
      res.end('y'.repeat(10_000));
    } else if (req.url === '/big-undeclared') {
      res.writeHead(200);
      for (let k = 0; k < 10; k++) res.write('z'.repeat(1000));
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const limits: FetchLimits = { maxBytes: 5_000, stallMs: 300, totalMs: 1_500 };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('fetching a linked file with limits', () => {
  it('returns the whole file, with progress', async () => {
    const seen: (number | null)[] = [];
    expect(text(await fetchFile(`${base}/ok`, limits, (f) => seen.push(f)))).toBe('{"a":1}');
    expect(seen.length).toBeGreaterThan(0);
  });

  it('says what the server answered when it is not OK', async () => {
    await expect(fetchFile(`${base}/missing`, limits)).rejects.toThrow('the server answered 404 Not Found');
  });

  it('gives up on a server that stops sending, and says so', async () => {
    await expect(fetchFile(`${base}/silent`, limits)).rejects.toThrow('the server sent nothing for 0.3 s');
  });

  it('gives up on a file that never ends, and says so', async () => {
    await expect(fetchFile(`${base}/trickle`, limits)).rejects.toThrow('the whole file did not come within 1.5 s');
  });

  it('refuses a file over the size limit, declared or not, before reading all of it', async () => {
    await expect(fetchFile(`${base}/big`, limits)).rejects.toThrow('files over 5 KB are not opened');
    await expect(fetchFile(`${base}/big-undeclared`, limits)).rejects.toThrow('files over 5 KB are not opened');
  });
});
