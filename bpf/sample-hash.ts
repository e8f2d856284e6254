/**
 * Consistent sampling (issue 11 item 4): one packet in N is traced, chosen in the kernel by a
 * hash of header fields that no hop rewrites, so a packet sampled on one node is sampled at
 * every hop on every node and its trace is complete. The fields were measured on this kernel
 * (collector/README.md "Consistent sampling"):
 *
 *  - NAT rewrites addresses and ports (TCP/UDP) and the ICMP echo id (conntrack's ICMP "port");
 *    TTL and checksums change at every hop: none of them may enter the hash.
 *  - The IP id is never rewritten, but is 0 for many DF packets (SYN-ACKs, RSTs, unconnected
 *    UDP sockets): it is mixed in, never used alone.
 *  - TCP: sequence and acknowledgement numbers (never rewritten) and the IP id. Not the length:
 *    a TSO/GSO skb seen whole before segmentation on one node is a shorter segment (or a GRO
 *    merge) on another; its first segment keeps seq, ack and id.
 *  - UDP: the IP id, the IP length and the first 8 payload bytes (ports and checksum change).
 *  - ICMP: the IP id, the IP length, bytes 6-7 of the ICMP header (echo sequence; unused or MTU
 *    in errors) and ICMP bytes 8-15 (echo payload, or the first 8 bytes of an error's inner IP
 *    header, which hold no address). Not bytes 4-5 (the echo id, rewritten by SNAT).
 *  - Payload words count only when the packet holds all 4 of their bytes: bytes past the end
 *    are whatever the buffer held and differ between nodes.
 *
 * The hash is murmur3's 32-bit finalizer (fmix32) applied twice; a packet is sampled at 1/N
 * (N a power of two) when its low log2(N) bits are 0. So the packets sampled at 1/2N are a subset
 * of those sampled at 1/N: a node that samples more coarsely than another still traces whole
 * packets of the finer set's subset (see agent/sampling.ts).
 *
 * Every value below is the raw little-endian load of wire bytes, as the program reads them (see
 * byteorder.ts): the JavaScript reference here computes exactly what the kernel computes.
 */

/** The largest 1-in-N rate accepted (2^20). */
export const MAX_SAMPLE_ONE_IN = 1 << 20;

/** Checks a 1-in-N rate: a power of two from 1 (every packet) to MAX_SAMPLE_ONE_IN. Returns why not, or undefined. */
export function sampleRateProblem(n: unknown): string | undefined {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_SAMPLE_ONE_IN) {
    return `sample must be a whole number from 1 to ${MAX_SAMPLE_ONE_IN} (1 = every packet), got ${JSON.stringify(n)}`;
  }
  if ((n & (n - 1)) !== 0) {
    const lo = 1 << Math.floor(Math.log2(n));
    return `sample must be a power of two (1, 2, 4, 8, …) so that the packets sampled at 1/2N are among those sampled at 1/N on every node; got ${n} (try ${lo} or ${lo * 2})`;
  }
  return undefined;
}

function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** The header words the hash reads, raw little-endian loads (see line-format.ts). */
export interface SampleFields {
  /** IPv4 bytes 0-3: version/ihl, tos, total length. */
  w0: number;
  /** IPv4 bytes 4-7: IP id, fragment offset. */
  w1: number;
  protocol: number;
  /** L4 bytes 4-7, 8-11, 12-15 (0 where the packet is shorter). */
  l1: number;
  l2: number;
  l3: number;
}

/** The kernel's sampling hash of one packet (unsigned 32-bit). */
export function sampleHash(f: SampleFields): number {
  const lenRaw = (f.w0 >>> 16) & 0xffff;
  const totalLength = ((lenRaw & 0xff) << 8) | (lenRaw >>> 8);
  const avail = totalLength - (f.w0 & 0xf) * 4;
  const idRaw = f.w1 & 0xffff;
  let a = 0;
  let b = 0;
  let c = idRaw | (lenRaw << 16);
  if (f.protocol === 6) {
    a = f.l1;
    b = f.l2;
    c = idRaw;
  } else if (f.protocol === 17) {
    a = avail >= 12 ? f.l2 : 0;
    b = avail >= 16 ? f.l3 : 0;
  } else if (f.protocol === 1) {
    a = (f.l1 & 0xffff0000) ^ (avail >= 16 ? f.l3 : 0);
    b = avail >= 12 ? f.l2 : 0;
  }
  return fmix32((a ^ fmix32((b ^ c) >>> 0)) >>> 0);
}

/** Whether a packet with this hash is traced at 1 in `oneIn` (a power of two). */
export function isSampled(hash: number, oneIn: number): boolean {
  return ((hash >>> 0) & (oneIn - 1)) === 0;
}

/**
 * bpftrace statements computing the same hash into `$smph`, given the header reads of
 * program.ts ($ip, $w0, $q0, $proto, $l4). Numbers only: nothing here comes from a user.
 */
export function sampleHashStatements(indent: string): string {
  const fmix = (v: string): string[] => [
    `${v} = ${v} ^ (${v} >> 16);`,
    `${v} = (${v} * 0x85ebca6b) & 0xffffffff;`,
    `${v} = ${v} ^ (${v} >> 13);`,
    `${v} = (${v} * 0xc2b2ae35) & 0xffffffff;`,
    `${v} = ${v} ^ (${v} >> 16);`,
  ];
  const lines = [
    '// consistent sampling: a hash of header fields no hop rewrites (bpf/sample-hash.ts)',
    '$smplen = ($w0 >> 16) & 0xffff;',
    '$smpav = (($smplen & 0xff) << 8 | ($smplen >> 8)) - ($w0 & 0xf) * 4;',
    '$smpid = ($q0 >> 32) & 0xffff;',
    '$smpa = (uint64)0;',
    '$smpb = (uint64)0;',
    '$smpc = $smpid | ($smplen << 16);',
    'if ($proto == 6) {',
    '  $smpa = (uint64)*(uint32 *)($l4 + 4);',
    '  $smpb = (uint64)*(uint32 *)($l4 + 8);',
    '  $smpc = $smpid;',
    '}',
    'if ($proto == 17 || $proto == 1) {',
    '  if ($smpav >= 12) {',
    '    $smpb = (uint64)*(uint32 *)($l4 + 8);',
    '  }',
    '  if ($smpav >= 16) {',
    '    $smpa = (uint64)*(uint32 *)($l4 + 12);',
    '  }',
    '  if ($proto == 17) {',
    '    $smpx = $smpa;',
    '    $smpa = $smpb;',
    '    $smpb = $smpx;',
    '  } else {',
    '    $smpa = $smpa ^ ((uint64)*(uint32 *)($l4 + 4) & 0xffff0000);',
    '  }',
    '}',
    '$smph = ($smpb ^ $smpc) & 0xffffffff;',
    ...fmix('$smph'),
    '$smph = ($smpa ^ $smph) & 0xffffffff;',
    ...fmix('$smph'),
  ];
  return lines.map((l) => indent + l).join('\n');
}

/** The bpftrace condition "sampled at 1 in oneIn" on `$smph`; '1' for every packet. */
export function sampledCondition(oneIn: number): string {
  const problem = sampleRateProblem(oneIn);
  if (problem) throw new Error(`bpf: ${problem}`);
  return oneIn === 1 ? '1' : `($smph & ${oneIn - 1}) == 0`;
}
