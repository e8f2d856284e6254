/**
 * CoreDNS for the lab: answers A queries for every service's NAME.NS.svc.DOMAIN over UDP and TCP
 * port 53, NXDOMAIN for other names in the cluster domain, REFUSED for anything else.
 */
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import dnsPacket, { type Answer, type Packet } from 'dns-packet';
import { required, serverArgs, signalReady } from './args.js';

const args = serverArgs({ records: { type: 'string' }, domain: { type: 'string' } });
const records = JSON.parse(readFileSync(required(args.records, 'records'), 'utf8')) as Record<string, string>;
const domain = args.domain ?? 'cluster.local';
const byName = new Map(Object.entries(records).map(([k, v]) => [k.toLowerCase().replace(/\.$/, ''), v]));

function answer(query: Packet): Packet {
  const question = query.questions?.[0];
  const name = (question?.name ?? '').toLowerCase().replace(/\.$/, '');
  const address = byName.get(name);
  const inCluster = name === domain || name.endsWith(`.${domain}`);
  const answers: Answer[] = address && question?.type === 'A' ? [{ type: 'A', name: question.name, ttl: 5, data: address }] : [];
  const rcode = address ? 'NOERROR' : inCluster ? 'NXDOMAIN' : 'REFUSED';
  return {
    type: 'response',
    id: query.id ?? 0,
    flags: dnsPacket.AUTHORITATIVE_ANSWER | ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED) | rcodeFlag(rcode),
    questions: query.questions ?? [],
    answers,
  };
}

function rcodeFlag(rcode: 'NOERROR' | 'NXDOMAIN' | 'REFUSED'): number {
  return { NOERROR: 0, NXDOMAIN: 3, REFUSED: 5 }[rcode];
}

const udp = createSocket('udp4');
udp.on('message', (msg, rinfo) => {
  try {
    udp.send(dnsPacket.encode(answer(dnsPacket.decode(msg))), rinfo.port, rinfo.address);
  } catch {
    // malformed query: drop it, as a resolver would
  }
});

const tcp = createServer((sock) => {
  let buf = Buffer.alloc(0);
  sock.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    // TCP DNS: two-byte length, then the message.
    while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
      const len = buf.readUInt16BE(0);
      const msg = buf.subarray(2, 2 + len);
      buf = buf.subarray(2 + len);
      try {
        sock.write(dnsPacket.streamEncode(answer(dnsPacket.decode(msg))));
      } catch {
        sock.destroy();
      }
    }
    if (buf.length > 70_000) sock.destroy();
  });
  sock.on('error', () => sock.destroy());
  sock.setTimeout(10_000, () => sock.destroy());
});

let pending = 2;
const up = (): void => {
  if (--pending === 0) signalReady(args.ready);
};
udp.bind(53, '0.0.0.0', up);
tcp.listen(53, '0.0.0.0', up);
