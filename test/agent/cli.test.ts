import { describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { registerAgentCommands } from '../../agent/cli.js';
import { formatCapabilityTable, type Capabilities } from '../../agent/capabilities.js';

async function run(args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerAgentCommands(program);
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    chunks.push(String(c));
    return true;
  });
  try {
    await program.parseAsync(['node', 'packetlife', 'agent', ...args]);
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

describe('packetlife agent CLI', () => {
  it('--print-program prints the generated program for a filter', async () => {
    const text = await run(['--print-program', '--filter', 'dst port 8080']);
    expect(text).toContain('tracepoint:net:netif_receive_skb');
    expect(text).toContain('$dp == 36895');
  });

  it('refuses a bad filter with its position, and bad numbers by name', async () => {
    await expect(run(['--print-program', '--filter', 'port 80 and host 1.2.3'])).rejects.toThrow(
      'filter: expected an IPv4 address at column 18, found "1.2.3"',
    );
    await expect(run(['--stdout', '--count', '-3'])).rejects.toThrow();
    await expect(run(['--stdout', '--count', 'ten'])).rejects.toThrow('--count must be a positive integer, got "ten"');
    await expect(run(['--stdout', '--lab', 'x'])).rejects.toThrow('--lab needs --node NODE');
    await expect(run([])).rejects.toThrow('agent: give --stdout, --collector URL, --check or --print-program');
  });
});

describe('capability table', () => {
  it('shows a verdict and how to fix what is missing', () => {
    const caps: Capabilities = {
      kernel: '6.18', bpftraceVersion: 'bpftrace v0.17.0', btf: false, tracefs: true, kprobes: false, fentry: false,
      ringbuf: false, tracepoints: [], tier: 'tracepoint', usable: false,
      rows: [
        { check: 'bpftrace', ok: true, required: true, value: 'bpftrace v0.17.0', fix: 'x' },
        { check: 'BTF', ok: false, required: true, value: 'missing', fix: 'use a kernel built with CONFIG_DEBUG_INFO_BTF=y' },
        { check: 'kprobes', ok: false, required: false, value: 'no', fix: 'optional: more' },
      ],
    };
    const table = formatCapabilityTable(caps).split('\n');
    expect(table[0]).toMatch(/^CHECK\s+STATUS\s+VALUE\s+HOW TO FIX$/);
    expect(table[1]).toMatch(/^bpftrace\s+ok\s+bpftrace v0\.17\.0$/);
    expect(table[2]).toMatch(/^BTF\s+MISSING\s+missing\s+use a kernel built with CONFIG_DEBUG_INFO_BTF=y$/);
    expect(table[3]).toMatch(/^kprobes\s+absent\s+no\s+optional: more$/);
    expect(table.at(-1)).toBe('verdict: NOT usable: fix the MISSING rows');
  });
});
