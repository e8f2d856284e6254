/**
 * There is no helm binary here: check what can be checked without one — every flag the chart
 * passes to `packetlife` exists in the CLI, and the agent dials the collector's real ingest path.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const chart = (f: string): string => readFileSync(fileURLToPath(new URL(`../helm/packetlife/templates/${f}`, import.meta.url)), 'utf8');
const flagsOf = (text: string): string[] => [...new Set([...text.matchAll(/^\s+- (--[a-z-]+)/gm)].map((m) => m[1]!))];
const help = (cmd: string): string => execFileSync(process.execPath, [CLI, cmd, '--help'], { encoding: 'utf8' });

describe('helm chart', () => {
  it('passes the collector only flags it has', () => {
    const flags = flagsOf(chart('collector.yaml'));
    expect(flags.sort()).toEqual(['--in-cluster', '--listen', '--max-traces', '--tls-cert', '--tls-key', '--token-file']);
    const h = help('collector');
    for (const f of flags) expect(h).toContain(f);
  });

  it('passes the agent only flags it has, and the collector ingest path', () => {
    const text = chart('agent.yaml');
    const flags = flagsOf(text);
    expect(flags.sort()).toEqual(['--ca', '--collector', '--node', '--token-file']);
    const h = help('agent');
    for (const f of flags) expect(h).toContain(f);
    expect(text).toContain('-collector.{{ .Release.Namespace }}.svc:{{ .Values.collector.port }}/v1/agents');
  });

  it('probes the collector on /healthz', () => {
    expect(chart('collector.yaml')).toContain('path: /healthz');
  });
});
