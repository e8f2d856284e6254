import { describe, expect, it } from 'vitest';
import { evaluateClaims } from '../../claims/engine.js';
import { loadClaims, parseClaims } from '../../claims/schema.js';
import { parseIptablesSave, resolveChain, ruleMatches } from '../../claims/iptables.js';
import type { ClaimResult } from '../../claims/result.js';
import { findEnis, parseNetnsState, type ClusterState, type NodeState, type PodState } from '../../claims/state.js';
import { HOST_VETH_MAC, NODE_IPTABLES, nodeState, podState } from './fixtures.js';

const EXAMPLE = loadClaims('examples/eks-claims.yaml');
const STATE_CLAIMS = EXAMPLE.filter((c) => c.subject.state !== undefined && c.subject.traffic === undefined);

function state(node: NodeState = nodeState(), pod: PodState = podState()): ClusterState {
  return { nodes: { [node.name]: node }, pods: { [pod.pod]: pod }, errors: {} };
}

function byId(results: ClaimResult[], id: string): ClaimResult {
  const r = results.find((x) => x.id === id);
  if (!r) throw new Error(`no result ${id}`);
  return r;
}

describe('claims engine over node and pod state', () => {
  it('passes every state claim of the example on the reference wiring, with the facts as evidence', () => {
    const results = evaluateClaims(STATE_CLAIMS, { state: state() });
    expect(results.map((r) => [r.id, r.verdict])).toEqual([
      ['pod-eth0-slash32', 'pass'],
      ['fake-gateway', 'pass'],
      ['static-arp-entry', 'pass'],
      ['arp-mac-is-host-veth', 'pass'],
      ['policy-routing', 'pass'],
      ['secondary-table-default-only', 'pass'],
      ['vpc-cni-connmark', 'pass'],
      ['multiple-enis', 'pass'],
    ]);
    expect(byId(results, 'pod-eth0-slash32').evidence).toBe('addresses: eth0 10.0.1.51/32');
    expect(byId(results, 'fake-gateway').evidence).toBe('routes: main exactly: default via 169.254.1.1 dev eth0 | 169.254.1.1 dev eth0 scope link');
    expect(byId(results, 'arp-mac-is-host-veth').evidence).toBe(
      `neighbours: 169.254.1.1 lladdr ${HOST_VETH_MAC} PERMANENT on eth0 = MAC of host veth enid7e69f2b922 on ip-10-0-0-75`,
    );
    expect(byId(results, 'policy-routing').evidence).toBe('rules: 512: from all to 10.0.1.51 lookup main; 1536: from 10.0.1.51 lookup 2');
    expect(byId(results, 'multiple-enis').evidence).toBe('enis: ip-10-0-0-75: ens5 10.0.0.75 main, ens6 10.0.0.85 table 2, ens7 10.0.0.84 table 3');
  });

  it('fails the 1536 rule claim for a pod on the primary ENI, listing the rules it has', () => {
    const r = byId(evaluateClaims(STATE_CLAIMS, { state: state(nodeState({ podOnPrimary: true })) }), 'policy-routing');
    expect(r.verdict).toBe('fail');
    expect(r.evidence).toBe('rules: no rule "1536: from 10.0.1.51 lookup 2"; related rules: 512: from all to 10.0.1.51 lookup main');
  });

  it('fails the static ARP claims when the permanent neighbour entry is missing or not permanent', () => {
    const missing = evaluateClaims(STATE_CLAIMS, { state: state(nodeState(), podState({ neighbour: null })) });
    expect(byId(missing, 'static-arp-entry')).toMatchObject({ verdict: 'fail', evidence: 'neighbours: no neighbour entry for 169.254.1.1 on eth0 (entries: none)' });
    expect(byId(missing, 'arp-mac-is-host-veth').verdict).toBe('fail');
    const learnt = evaluateClaims(STATE_CLAIMS, {
      state: state(nodeState(), podState({ neighbour: { dst: '169.254.1.1', dev: 'eth0', lladdr: HOST_VETH_MAC, state: ['REACHABLE'] } })),
    });
    expect(byId(learnt, 'static-arp-entry').evidence).toBe(`neighbours: 169.254.1.1 lladdr ${HOST_VETH_MAC} REACHABLE on eth0: not PERMANENT`);
    const otherMac = evaluateClaims(STATE_CLAIMS, { state: state(nodeState(), podState({ hostVethMac: '5a:f3:56:0b:86:d4' })) });
    expect(byId(otherMac, 'arp-mac-is-host-veth').evidence).toBe(
      `neighbours: 169.254.1.1 lladdr ${HOST_VETH_MAC} PERMANENT on eth0, but host veth enid7e69f2b922 has MAC 5a:f3:56:0b:86:d4`,
    );
  });

  it('fails on a wrong prefix, an extra route in an exact table, and missing ENIs', () => {
    const wide = evaluateClaims(STATE_CLAIMS, { state: state(nodeState(), podState({ prefixlen: 24 })) });
    expect(byId(wide, 'pod-eth0-slash32').evidence).toBe('addresses: eth0 has 10.0.1.51/24, expected /32');
    const extra = evaluateClaims(STATE_CLAIMS, { state: state(nodeState({ extraTable2: { dst: '10.0.0.0/24', dev: 'ens6', table: '2', scope: 'link' } })) });
    expect(byId(extra, 'secondary-table-default-only').evidence).toBe('routes: table 2 also holds: 10.0.0.0/24 dev ens6 scope link');
    const node = nodeState();
    const twoEnis = { ...node, enis: node.enis.filter((e) => e.ifname !== 'ens7') };
    expect(byId(evaluateClaims(STATE_CLAIMS, { state: state(twoEnis) }), 'multiple-enis').evidence).toBe(
      'enis: ip-10-0-0-75 has ENIs ens5 10.0.0.75 main, ens6 10.0.0.85 table 2, expected ens5 10.0.0.75 main, ens6 10.0.0.85 table 2, ens7 10.0.0.84 table 3',
    );
  });

  it('is inconclusive when the state could not be read, naming why', () => {
    const s: ClusterState = { nodes: {}, pods: {}, errors: { 'pod/packetlab/toolbox-a': 'lab x has no pod packetlab/toolbox-a' } };
    const r = byId(evaluateClaims(STATE_CLAIMS, { state: s }), 'pod-eth0-slash32');
    expect(r).toMatchObject({ verdict: 'inconclusive', evidence: 'addresses: pod/packetlab/toolbox-a not read: lab x has no pod packetlab/toolbox-a' });
    expect(byId(evaluateClaims(STATE_CLAIMS, {}), 'multiple-enis').evidence).toBe('enis: no state source');
  });

  it('matches iptables rules by structure and by regex, through kube-proxy hashed chains', () => {
    const kubeDns = EXAMPLE.find((c) => c.id === 'clusterip-round-robin')!;
    const r = evaluateClaims([kubeDns], { state: state(), traces: [] });
    expect(r[0]!.checks.find((c) => c.expectation === 'iptables')).toMatchObject({
      verdict: 'pass',
      evidence:
        'nat KUBE-SVC-TCOU7JCQXEZGVUNU (jumped to from KUBE-SERVICES: -d 172.20.0.10/32 -p udp -m udp --dport 53 -j KUBE-SVC-TCOU7JCQXEZGVUNU): -m comment --comment "kube-system/kube-dns:dns -> 10.0.1.181:53" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-YVBKUYT4A2QICPS5',
    });
    // Endpoint never chosen: probability 0 on the first jump.
    const never = NODE_IPTABLES.replace('--probability 0.50000000000', '--probability 0.00000000000');
    const r2 = evaluateClaims([kubeDns], { state: state(nodeState({ iptables: never })), traces: [] });
    expect(r2[0]!.checks.find((c) => c.expectation === 'iptables')?.verdict).toBe('fail');

    const noMasq = NODE_IPTABLES.replace(' --random-fully', '');
    const masq = parseClaims(`claims:
  - id: m
    statement: s
    experiment: 6
    subject: { state: node/ip-10-0-0-75 }
    expect:
      iptables:
        - { table: nat, chain: KUBE-POSTROUTING, rule: { target: MASQUERADE, options: { random-fully: true } } }
        - { table: nat, chain: KUBE-POSTROUTING, rule: { regex: 'mark ! --mark 0x4000/0x4000' }, exactly: 1 }
        - { table: nat, chain: KUBE-MISSING, rule: { target: RETURN } }
`, 't');
    const r3 = evaluateClaims(masq, { state: state(nodeState({ iptables: noMasq })) })[0]!;
    expect(r3.checks.map((c) => [c.expectation, c.verdict])).toEqual([
      ['iptables[0]', 'fail'],
      ['iptables[1]', 'pass'],
      ['iptables[2]', 'fail'],
    ]);
    expect(r3.checks[0]!.evidence).toMatch(/^nat KUBE-POSTROUTING: 0 rules match, need 1; chain holds: -m mark ! --mark 0x4000\/0x4000 -j RETURN \| /);
    expect(r3.checks[2]!.evidence).toBe('no chain KUBE-MISSING in table nat');
  });

  it('parses iptables-save: quoted comments, negations, marks compared as numbers', () => {
    const rules = parseIptablesSave(NODE_IPTABLES);
    const mangle = rules.get('mangle')!.get('PREROUTING')!;
    expect(mangle[0]!.options.get('--comment')).toEqual(['AWS, primary ENI']);
    expect(mangle[0]!.options.get('--set-xmark')).toEqual(['0x80/0x80']);
    expect(ruleMatches(mangle[0]!, { options: { 'set-xmark': '0x080/0x80', '-i': 'ens5', 'limit-iface-in': true } })).toBe(true);
    expect(ruleMatches(mangle[0]!, { options: { 'set-xmark': '0x40/0x40' } })).toBe(false);
    expect(ruleMatches(mangle[1]!, { options: { nfmask: 128, 'restore-mark': true } })).toBe(true);
    const post = rules.get('nat')!.get('KUBE-POSTROUTING')!;
    expect(post[0]!.options.get('!--mark')).toEqual(['0x4000/0x4000']);
    expect(resolveChain(rules, 'nat', { jumpedFrom: 'KUBE-SERVICES', where: '172\\.20\\.0\\.99' }).why).toBe(
      'no rule in nat KUBE-SERVICES matching /172\\.20\\.0\\.99/ jumps to a chain',
    );
  });

  it('reads real `ip -j` output: main routes have no table field, ENIs found by their default routes', () => {
    const ns = parseNetnsState(
      {
        links: '[]',
        addrs: '[{"ifindex":1,"ifname":"lo","addr_info":[{"family":"inet","local":"127.0.0.1","prefixlen":8,"scope":"host"}]},{"ifindex":2,"ifname":"ens5","address":"02:00:00:00:00:02","addr_info":[{"family":"inet","local":"10.0.0.75","prefixlen":24,"scope":"global","label":"ens5"}]},{"ifindex":3,"ifname":"ens6","addr_info":[{"family":"inet","local":"10.0.0.85","prefixlen":24,"scope":"global"}]},{"ifindex":9,"ifname":"enid7e69f2b922","addr_info":[]}]',
        routes: '[{"dst":"default","gateway":"10.0.0.1","dev":"ens6","table":"2","flags":[]},{"dst":"default","gateway":"10.0.0.1","dev":"ens5","flags":[]},{"type":"local","dst":"10.0.0.75","dev":"ens5","table":"local","protocol":"kernel","scope":"host","prefsrc":"10.0.0.75","flags":[]}]',
        rules: '[{"priority":0,"src":"all","table":"local"}]',
        neighbours: '',
      },
      'netns plab-x-ip-10-0-0-75',
    );
    expect(findEnis(ns)).toEqual([
      { ifname: 'ens5', address: '10.0.0.75', table: 'main' },
      { ifname: 'ens6', address: '10.0.0.85', table: 2 },
    ]);
    expect(ns.neighbours).toEqual([]);
    expect(() => parseNetnsState({ links: '[', addrs: '[]', routes: '[]', rules: '[]', neighbours: '[]' }, 'netns y')).toThrow(
      /^netns y: ip -j link output is not valid JSON/,
    );
  });
});
