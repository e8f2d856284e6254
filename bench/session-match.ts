/**
 * bench/session-match.ts — what judging a finished trace against a session costs the collector
 * (collector/sessions.ts traceMatches: every trace, every active session, twice when sampled), on
 * the lab topology scaled to 10 and 1,000 nodes × 3 ENIs (fixtures/sessions.ts modelledCluster):
 * a NodePort session lists every node's and ENI's address, a ClusterIP session a few. The traces
 * are the reference walks (fixtures/walks.ts) through the correlator. Prints ns a trace,
 * min/median/max over --rounds, how many traces each session keeps (the same at every size), and
 * the calibration figure.
 *
 *   npm run build && node dist/bench/session-match.js [--rounds 5] [--json]
 */
import { Correlator } from '../collector/correlate/correlator.js';
import { compileSession, traceMatches } from '../collector/sessions.js';
import type { Flow, Trace } from '../collector/trace-model.js';
import { modelledCluster } from '../fixtures/sessions.js';
import { allWalks, labModel } from '../fixtures/walks.js';
import { calibrate, spread, type Spread } from './calibration.js';
import { numberArg } from './stats.js';

const SESSIONS = [
  { name: 'NodePort', req: { from: 'pod/packetlab/toolbox-b', to: 'svc/packetlab/echo-nodeport' } },
  { name: 'ClusterIP', req: { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip' } },
];

interface Row {
  session: string;
  nodes: number;
  addresses: number;
  usPerTrace: Spread;
  kept: number;
}

const rounds = numberArg('rounds', 5);
const traces: Array<{ t: Trace; flow: Flow }> = [];
const c = new Correlator({ topology: labModel(), sharedClock: () => true, onTrace: (t, flow) => traces.push({ t, flow }) });
for (let r = 0; r < 100; r++) for (const w of allWalks(5_000_000_000n + BigInt(r) * 20_000_000n, r)) for (const e of w.events) c.push(e);
c.flush();

const rows: Row[] = [];
for (const nodes of [10, 1000]) {
  const topo = modelledCluster(nodes - 3);
  for (const { name, req } of SESSIONS) {
    const us: number[] = [];
    let matched = 0; // keeps the loop's answers alive
    for (let r = 0; r < rounds; r++) {
      // a session compiled anew each round: what it costs includes making its lookups once
      const compiled = compileSession(topo, req);
      const n = Math.max(traces.length, nodes === 10 ? 200_000 : 20_000);
      const t0 = process.cpuUsage();
      for (let i = 0; i < n; i++) {
        const x = traces[i % traces.length]!;
        if (traceMatches(x.t, compiled, x.flow)) matched++;
      }
      const u = process.cpuUsage(t0);
      us.push(((u.user + u.system) * 1000) / n);
    }
    const compiled = compileSession(topo, req);
    const kept = traces.filter((x) => traceMatches(x.t, compiled, x.flow)).length;
    if (matched === 0 && kept > 0) throw new Error('the timed loop matched nothing');
    rows.push({ session: name, nodes, addresses: compiled.to.ips.length, usPerTrace: spread(us), kept });
  }
}
const calibration = calibrate();
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ rows, traces: traces.length, calibration })}\n`);
} else {
  const out = [`${traces.length} traces of the reference walks, each judged against one session, ${rounds} rounds`, '| session | nodes | its addresses | ns a trace min / median / max | traces kept |', '|---|---|---|---|---|'];
  for (const r of rows) out.push(`| ${r.session} | ${r.nodes} | ${r.addresses} | ${r.usPerTrace.min} / ${r.usPerTrace.median} / ${r.usPerTrace.max} | ${r.kept} |`);
  out.push('', calibration.text);
  process.stdout.write(`${out.join('\n')}\n`);
}
