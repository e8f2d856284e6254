/** Reading pcapng files back with Debian's tshark, for the export tests (unit and live lab). */
import { execa } from 'execa';
import { expect } from 'vitest';

const FIELDS = ['frame.interface_name', 'frame.interface_description', 'frame.packet_flags_direction', 'frame.time_epoch', 'ip.src', 'ip.dst', 'ip.id', 'ip.ttl', 'ip.proto', 'tcp.srcport', 'tcp.dstport', 'tcp.flags', 'tcp.seq_raw', 'udp.srcport', 'udp.dstport', 'icmp.type', 'ip.checksum.status', 'tcp.checksum.status', 'udp.checksum.status', 'icmp.checksum.status', 'frame.len', 'frame.cap_len', 'frame.comment'];
export type Row = Record<string, string>;

/** tshark's view of a pcapng file, one row per packet, checksums verified. */
export async function tsharkRows(file: string): Promise<Row[]> {
  const r = await execa('tshark', ['-r', file, '-o', 'ip.check_checksum:TRUE', '-o', 'tcp.check_checksum:TRUE', '-o', 'udp.check_checksum:TRUE', '-T', 'fields', '-E', 'separator=/t', '-E', 'occurrence=f', ...FIELDS.flatMap((f) => ['-e', f])], { reject: false });
  expect(r.exitCode, `tshark failed: ${r.stderr}`).toBe(0);
  return r.stdout.split('\n').filter(Boolean).map((line) => Object.fromEntries(line.split('\t').map((v, i) => [FIELDS[i]!, v])));
}

export const GOOD = '1'; // tshark's checksum status "Good"
export const DIRECTION: Record<string, string> = { '0x00000001': 'in', '0x00000002': 'out' }; // the EPB flags' direction bits
