/**
 * User mistakes on the command line (issue 9, item 6): one line naming the mistake, exit 2, no
 * stack trace — as a real process.
 */
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const run = (args: string[]) => execa(process.execPath, [CLI, ...args], { reject: false, timeout: 20_000, env: { PACKETLIFE_LOG_LEVEL: 'fatal', PACKETLIFE_COLLECTOR: '' } });

describe('CLI mistakes: one line, exit 2, no stack', () => {
  let busy: Server;
  let port = 0;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => busy.close(() => r())));

  const cases: Array<[string, () => string[], RegExp]> = [
    ['a busy port', () => ['collector', '--listen', `127.0.0.1:${port}`], /^packetlife: --listen 127\.0\.0\.1:\d+: the port is in use \(another collector\?\); pick another with --listen HOST:PORT$/],
    ['--listen 999.1.1.1:X', () => ['collector', '--listen', '999.1.1.1:X'], /^packetlife: --listen must be HOST:PORT \(e\.g\. 127\.0\.0\.1:7420\), got "999\.1\.1\.1:X"$/],
    ['--listen 999.1.1.1:80', () => ['collector', '--listen', '999.1.1.1:80'], /^packetlife: --listen: "999\.1\.1\.1" is not an IPv4 address$/],
    ['--token \'\'', () => ['trace', '--from', 'pod/a/b', '--to', 'pod/a/c', '--token', ''], /^packetlife: --token must not be empty$/],
    ['agent --collector http://…', () => ['agent', '--collector', 'http://127.0.0.1:7420', '--node', 'n1'], /^packetlife: --collector must be a ws:\/\/ or wss:\/\/ URL, got "http:\/\/127\.0\.0\.1:7420" \(the agents' endpoint is ws:\/\/127\.0\.0\.1:7420\/v1\/agents\)$/],
    ['trace --collector ws://…', () => ['trace', '--from', 'pod/a/b', '--to', 'pod/a/c', '--collector', 'ws://127.0.0.1:1/v1/agents'], /^packetlife: --collector must be the collector's http\(s\) URL such as http:\/\/127\.0\.0\.1:7420, got "ws:\/\/127\.0\.0\.1:1\/v1\/agents"$/],
    ['an unknown option', () => ['collector', '--bogus'], /^packetlife: unknown option '--bogus'$/],
    ['a bad option value', () => ['trace', '--from', 'x', '--to', 'y', '--port', 'abc'], /^packetlife: option '--port <p>' argument 'abc' is invalid\. --port must be a whole number 1-65535, got "abc"$/],
    ['a missing required option', () => ['trace', '--from', 'x'], /^packetlife: required option '--to <y>' not specified$/],
    ['trace --sample 6', () => ['trace', '--from', 'x', '--to', 'y', '--sample', '6'], /^packetlife: option '--sample <n>' argument '6' is invalid\. sample must be a power of two \(1, 2, 4, 8, …\) so that the packets sampled at 1\/2N are among those sampled at 1\/N on every node; got 6 \(try 4 or 8\)$/],
    ['trace --sample 0', () => ['trace', '--from', 'x', '--to', 'y', '--sample', '0'], /^packetlife: option '--sample <n>' argument '0' is invalid\. sample must be a whole number from 1 to 1048576 \(1 = every packet\), got 0$/],
    ['trace --sample many', () => ['trace', '--from', 'x', '--to', 'y', '--sample', 'many'], /^packetlife: option '--sample <n>' argument 'many' is invalid\. sample must be a whole number from 1 to 1048576 \(1 = every packet\), got "many"$/],
    ['agent --sample 3', () => ['agent', '--stdout', '--sample', '3'], /^packetlife: --sample: sample must be a power of two .* got 3 \(try 2 or 4\)$/],
    ['agent --event-budget -1', () => ['agent', '--stdout', '--event-budget', '-1'], /^packetlife: --event-budget must be a whole number of events per second \(0: no budget\), got "-1"$/],
    ['--kube-auth without the agents\' ServiceAccount', () => ['collector', '--kube-auth', '--in-cluster'], /^packetlife: --kube-auth needs --agent-service-account NAMESPACE\/NAME/],
    ['a missing auth file', () => ['collector', '--auth-file', '/nonexistent/auth.yaml'], /^packetlife: --auth-file: cannot read \/nonexistent\/auth\.yaml: ENOENT/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const r = await run(args());
      expect(r.exitCode, r.stderr).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('an unknown command (with commander\'s suggestion on its own line)', async () => {
    const r = await run(['tarce']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toBe("packetlife: unknown command 'tarce'\n(Did you mean trace?)");
  });

  it('an auth file with a mistake names the field', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'packetlife-auth-'));
    try {
      writeFileSync(join(dir, 'auth.yaml'), 'users:\n  - {name: a, token: short, namespaces: [x]}\n');
      const r = await run(['collector', '--auth-file', join(dir, 'auth.yaml'), '--listen', '127.0.0.1:0']);
      expect(r.exitCode).toBe(2);
      expect(r.stderr.trim()).toBe(`packetlife: --auth-file ${join(dir, 'auth.yaml')}: users.0.token: a token must be at least 16 characters`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
