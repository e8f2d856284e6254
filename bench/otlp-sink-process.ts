/**
 * Starts bench/otlp-sink.ts (the OTLP backend of the export benchmarks) in its own process, so
 * the measured collector pays only its own side of each request.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Sink {
  url: string;
  pid: number;
  stop(): Promise<string>;
}
export async function startSink(): Promise<Sink> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./otlp-sink.js', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const port = await new Promise<number>((ok, fail) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) ok(Number(m[1]));
    });
    child.once('exit', (code) => fail(new Error(`sink exited ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () =>
      new Promise((ok) => {
        child.once('exit', () => ok(out.trim().split('\n').pop() ?? ''));
        child.kill('SIGTERM');
      }),
  };
}
