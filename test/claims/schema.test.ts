import { describe, expect, it } from 'vitest';
import { loadClaims, parseClaims } from '../../claims/schema.js';
import { UserError } from '../../common/errors.js';

function errorOf(text: string): string {
  try {
    parseClaims(text, 'test.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error('expected the claims file to be rejected');
}

const STATE_CLAIM = `
  - id: pod-eth0-slash32
    statement: /32 mask on pod eth0
    experiment: 1
    subject: { state: pod/packetlab/toolbox-a }
    expect:
      addresses: [{ ifname: eth0, address: 10.0.1.51, prefixlen: 32 }]
`;

describe('claims file format', () => {
  it('loads the 18 reference claims in the table order, each tied to its experiment', () => {
    const claims = loadClaims('examples/eks-claims.yaml');
    expect(claims.map((c) => c.experiment)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8]);
    expect(claims.map((c) => c.id)).toEqual([
      'pod-eth0-slash32', 'fake-gateway', 'static-arp-entry', 'arp-mac-is-host-veth', 'policy-routing',
      'secondary-table-default-only', 'same-node-sub-ms', 'cross-node-vpc-fabric', 'dns-through-clusterip',
      'clusterip-round-robin', 'clusterip-no-snat', 'conntrack-tracks-nat', 'nodeport-snat-masks-client',
      'nodeport-snat-localhost', 'nodeport-cross-node-snat', 'pod-egress', 'vpc-cni-connmark', 'multiple-enis',
    ]);
    const rr = claims[9]!;
    expect(rr.subject).toEqual({
      traffic: { from: 'pod/packetlab/toolbox-a', to: 'svc/kube-system/kube-dns', port: 53, protocol: 'udp' },
      state: 'node/ip-10-0-0-75',
    });
    expect(rr.traffic?.repeat).toBe(40);
    // A scalar nat is normalised to a list; defaults are filled in.
    expect(claims[10]!.expect.nat).toEqual([{ 'dnat-to-endpoint-of': 'packetlab/echo-clusterip' }, 'no-snat']);
    expect(claims[6]!.traffic?.timeoutSeconds).toBe(10);
  });

  it('names the claim and the field of an unknown NAT value', () => {
    const msg = errorOf(`claims:${STATE_CLAIM}
  - id: clusterip-no-snat
    statement: no SNAT
    experiment: 5
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: svc/packetlab/echo-clusterip } }
    expect:
      nat: dnatt
`);
    expect(msg).toBe(
      'test.yaml: invalid claims file:\n  claims[1] (clusterip-no-snat).expect.nat: unknown value "dnatt" (expected one of: none, no-snat, no-dnat, snat-to-receiving-node-ip, snat-to-node-primary-ip, or an object)',
    );
  });

  it('reports a bad item of a NAT list at its index, and a bad field inside an object', () => {
    const msg = errorOf(`claims:
  - id: c1
    statement: s
    experiment: 5
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: 172.20.0.10 } }
    expect:
      nat: [no-snat, { snat-to: 203.0.113.300 }]
`);
    expect(msg).toBe('test.yaml: invalid claims file:\n  claims[0] (c1).expect.nat[1].snat-to: not an IPv4 address: "203.0.113.300"');
  });

  it('rejects unknown fields, bad references, missing fields and wrong expectation kinds', () => {
    const msg = errorOf(`claims:
  - id: c1
    statement: s
    experiment: 2
    subject: { state: node/ip-10-0-0-75 }
    expect:
      latency: { p50Ms: 1 }
      neighbours: [{ dst: 169.254.1.1 }]
      rulez: []
  - id: c2
    experiment: 3
    subject: { traffic: { from: toolbox-a, to: 10.0.2.29, protocol: sctp } }
    expect: { delivered: true }
`);
    expect(msg.split('\n').slice(1).map((l) => l.trim()).sort()).toEqual([
      'claims[0] (c1).expect.latency: is an expectation over traffic, but the subject has no "traffic"',
      'claims[0] (c1).expect.neighbours: applies to pod state, but the state subject is a node',
      'claims[0] (c1).expect: unknown field "rulez"',
      'claims[1] (c2).statement: required',
      'claims[1] (c2).subject.traffic.from: not pod/NS/NAME, svc/NS/NAME, node/NAME or an IPv4 address: "toolbox-a"',
      "claims[1] (c2).subject.traffic.protocol: unknown value \"sctp\" (expected one of: tcp, udp, icmp)",
    ].sort());
  });

  it('rejects duplicate ids, bad regular expressions and claims that check nothing', () => {
    const msg = errorOf(`claims:${STATE_CLAIM}${STATE_CLAIM}
  - id: egress
    statement: s
    experiment: 7
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: 198.51.100.10 } }
    traffic: { runIn: pod/packetlab/toolbox-a, command: [curl, x], expectOutput: '(unclosed' }
  - id: empty
    statement: s
    experiment: 7
    subject: { state: node/ip-10-0-0-75 }
`);
    expect(msg).toContain('claims[1] (pod-eth0-slash32).id: duplicate id (also claims[0])');
    expect(msg).toMatch(/claims\[2\] \(egress\)\.traffic\.expectOutput: bad regular expression: .*Unterminated group/);
    expect(msg).toContain('claims[3] (empty).expect: no expectation: nothing to check');
  });

  it('reports YAML syntax errors and unreadable files with the file name', () => {
    expect(errorOf('claims: [\n')).toMatch(/^test\.yaml: not valid YAML: /);
    expect(() => loadClaims('/nonexistent/claims.yaml')).toThrow(/cannot read claims file \/nonexistent\/claims\.yaml/);
    expect(errorOf('claims: []\n')).toContain('claims: Array must contain at least 1 element(s)');
  });
});
