import { describe, expect, it } from 'vitest';
import { loadTopology } from '../../lab/topology.js';
import { fromLabTopology } from '../../collector/topology/lab.js';
import { TopologyModel } from '../../collector/topology/model.js';
import { cannotSampleMessage, compileSession, SessionError } from '../../collector/sessions.js';
import type { Trace } from '../../collector/trace-model.js';

const topo = new TopologyModel(fromLabTopology(loadTopology()));

describe('compileSession', () => {
  it('resolves a service to its VIP, load balancers, endpoints and target ports', () => {
    const c = compileSession(topo, { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', protocol: 'tcp' });
    expect(c.to.ips).toEqual(expect.arrayContaining(['172.20.122.189', '10.0.2.127', '10.0.3.193']));
    expect(c.to.ports.sort()).toEqual([80, 8080]);
    // The ALB proxies from its private address; the service's public LB address lies outside
    // the VPC, so the sender's node addresses (egress SNAT) are the sender's too.
    expect(c.from.ips).toEqual(['10.0.1.51', '10.0.100.30', '10.0.0.75', '10.0.0.85', '10.0.0.84']);
  });

  it('follows a node IP:NodePort destination through DNAT to the endpoints, with the masquerade addresses', () => {
    const c = compileSession(topo, { from: 'node/ip-10-0-0-49', to: '10.0.0.75', port: 32385, protocol: 'tcp' });
    expect(c.to.ips).toEqual(expect.arrayContaining(['10.0.0.75', '10.0.2.127', '10.0.3.193']));
    expect(c.to.ips).not.toContain('172.20.122.189');
    expect(c.to.ports).toEqual(expect.arrayContaining([32385, 8080]));
    // The masquerade writes the receiving node's address as the source.
    expect(c.from.ips).toEqual(expect.arrayContaining(['10.0.0.49', '10.0.0.75', '10.0.1.228']));
  });

  it('treats loopback:NodePort like a node address', () => {
    const c = compileSession(topo, { from: 'node/ip-10-0-0-75', to: '127.0.0.1', port: 32385 });
    expect(c.to.ips).toEqual(expect.arrayContaining(['127.0.0.1', '10.0.2.127', '10.0.3.193']));
  });

  it('leaves a plain pod IP alone', () => {
    const c = compileSession(topo, { from: 'pod/packetlab/toolbox-a', to: '10.0.2.29', port: 80 });
    expect(c.to.ips).toEqual(['10.0.2.29']);
    expect(c.to.ports).toEqual([80]);
  });

  it('names what it cannot read', () => {
    expect(() => compileSession(topo, { from: 'pod/packetlab/nope', to: '10.0.2.29' })).toThrow('no pod packetlab/nope in the topology');
    expect(() => compileSession(topo, { from: 'pods/x', to: '10.0.2.29' })).toThrow(/cannot read "pods\/x"/);
  });
});

describe('SessionManager acknowledgements', () => {
  it('records which agents attached the filter and which refused it', async () => {
    const { SessionManager } = await import('../../collector/sessions.js');
    const m = new SessionManager(topo, () => ['agent-a', 'agent-b'], () => undefined);
    const s = m.start({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip' });
    expect(s.agents).toEqual(['agent-a', 'agent-b']);
    expect(s.activeAgents).toEqual([]);
    m.acknowledge(s.id, 'agent-a', { ok: true, active: false });
    expect(s.activeAgents).toEqual([]); // accepted, not yet in the kernel
    m.acknowledge(s.id, 'agent-a', { ok: true, active: true });
    m.acknowledge(s.id, 'agent-a', { ok: true, active: true });
    m.acknowledge(s.id, 'agent-b', { ok: false, error: 'filter: expected a port number at column 6' });
    m.acknowledge('no-such-session', 'agent-b', { ok: true, active: true });
    expect(s.activeAgents).toEqual(['agent-a']);
    expect(s.refusals).toEqual([{ agent: 'agent-b', error: 'filter: expected a port number at column 6' }]);
    m.close();
  });
});

describe('SessionManager sampling', () => {
  it('pushes the asked rate to the agents, refuses one that is not a power of two, and says the rate in effect', async () => {
    const { SessionManager } = await import('../../collector/sessions.js');
    const pushed: unknown[] = [];
    const m = new SessionManager(topo, (start) => (pushed.push(start), ['agent-a']), () => undefined);
    expect(() => m.start({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', sample: 5 })).toThrow(/sample must be a power of two .* got 5 \(try 4 or 8\)/);
    expect(pushed).toEqual([]);
    const s = m.start({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', sample: 8 });
    const plain = m.start({ from: 'pod/packetlab/toolbox-a', to: 'svc/kube-system/kube-dns' });
    expect(pushed.map((p) => (p as { sampleOneIn?: number }).sampleOneIn)).toEqual([8, undefined]);
    expect([m.sampledOneIn(s), m.sampledOneIn(plain)]).toEqual([8, 1]);
    // an agent past its budget samples 1 in 16 on its own: every session is sampled at least so
    m.agentSampleOneIn = () => 16;
    expect([m.sampledOneIn(s), m.sampledOneIn(plain)]).toEqual([16, 16]);
    // ... and every agent is told, so that every node samples the same packets
    m.agentSamplingChanged();
    expect(pushed.slice(2).map((p) => [(p as { sessionId: string }).sessionId, (p as { sampleOneIn?: number }).sampleOneIn])).toEqual([[s.id, 16], [plain.id, 16]]);
    m.agentSamplingChanged();
    expect(pushed.length).toBe(4); // no change, nothing pushed
    m.agentSampleOneIn = () => 1;
    m.agentSamplingChanged();
    expect(pushed.slice(4).map((p) => (p as { sampleOneIn?: number }).sampleOneIn)).toEqual([8, undefined]);
    m.close();
  });
});


describe('SessionManager and agents that cannot sample (older agents, no Capabilities.sampling)', () => {
  // Only what samplingOf reads before it matches sessions: the nodes the trace crossed.
  const traceOn = (nodes: string[]): Trace => ({ nodes, hops: [], direction: 'request', first: { src: '10.0.1.51', dst: '192.0.2.1', sport: 1, dport: 1, protocol: 6 } }) as unknown as Trace;

  it('refuses a sampled session while one is connected, naming its node and agent; an unsampled session starts', async () => {
    const { SessionManager } = await import('../../collector/sessions.js');
    const pushed: unknown[] = [];
    const m = new SessionManager(topo, (start) => (pushed.push(start), ['a', 'b']), () => undefined);
    m.agentsWithoutSampling = () => [{ agentId: 'ip-10-0-1-228/boot/7', node: 'ip-10-0-1-228' }];
    let err: unknown;
    try {
      m.start({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', sample: 4 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SessionError);
    expect((err as SessionError).status).toBe(409);
    expect((err as SessionError).message).toBe('cannot sample 1/4: the agent on node ip-10-0-1-228 (agent ip-10-0-1-228/boot/7) is older and cannot sample (it would trace every packet); upgrade it, or trace without --sample');
    expect(pushed).toEqual([]);
    expect(m.list()).toEqual([]);
    const plain = m.start({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip' });
    expect([pushed.length, m.sampledOneIn(plain), m.unsampledNodes(plain)]).toEqual([1, 1, []]);
    m.close();
  });

  it('names five agents by node and counts the rest', () => {
    const old = ['n7', 'n3', 'n1', 'n6', 'n2', 'n5', 'n4'].map((n) => ({ agentId: `${n}/b/1`, node: n }));
    expect(cannotSampleMessage(old, 8)).toBe('cannot sample 1/8: the agents on 7 nodes: n1 (agent n1/b/1), n2 (agent n2/b/1), n3 (agent n3/b/1), n4 (agent n4/b/1), n5 (agent n5/b/1) and 2 more are older and cannot sample (they would trace every packet); upgrade them, or trace without --sample');
  });

  it('one joining a running sampled session: its node is listed as unsampled, and a trace seen only there is not "sampled"', async () => {
    const { SessionManager } = await import('../../collector/sessions.js');
    const m = new SessionManager(topo, () => ['a'], () => undefined);
    const s = m.start({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', sample: 8 });
    expect(m.unsampledNodes(s)).toEqual([]);
    expect(m.samplingOf(traceOn(['ip-10-0-1-228']))).toBe(8);
    m.agentsWithoutSampling = () => [
      { agentId: 'ip-10-0-1-228/boot/7', node: 'ip-10-0-1-228' },
      { agentId: 'ip-10-0-0-49/boot/2', node: 'ip-10-0-0-49' },
    ];
    expect([m.sampledOneIn(s), m.unsampledNodes(s)]).toEqual([8, ['ip-10-0-0-49', 'ip-10-0-1-228']]);
    expect(m.samplingOf(traceOn(['ip-10-0-1-228']))).toBe(1);
    expect(m.samplingOf(traceOn(['ip-10-0-0-49', 'ip-10-0-1-228']))).toBe(1);
    // a sampled node took it by the hash: the older node traced it because it traces everything
    expect(m.samplingOf(traceOn(['ip-10-0-0-75', 'ip-10-0-1-228']))).toBe(8);
    m.end(s.id, 'test');
    expect(m.unsampledNodes(s)).toEqual([]);
    m.close();
  });
});

describe('trace header for a sampled session with older agents', () => {
  it('names the nodes that trace every packet, and says nothing when there are none', async () => {
    const { unsampledText } = await import('../../collector/cli.js');
    expect(unsampledText([])).toBe('');
    expect(unsampledText(undefined)).toBe('');
    expect(unsampledText(['ip-10-0-0-49'])).toBe(' except on ip-10-0-0-49 (older agent: every packet traced there)');
    expect(unsampledText(['a', 'b'])).toBe(' except on a, b (older agents: every packet traced there)');
  });
});
