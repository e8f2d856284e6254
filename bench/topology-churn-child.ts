/**
 * bench/topology-churn-child.ts — the collector of bench/topology-churn.ts, in its own process:
 * `startCollector` of the build in the directory given (this one's, or another's for an A/B),
 * with a generated cluster (fixtures/big-cluster.ts) as its Kubernetes source, no auth, no rate
 * limit. Sends {url, ingestUrl} to the parent (IPC) once listening; {type: 'exit'} closes it.
 *
 *   node dist/bench/topology-churn-child.js DIST_DIR NODES
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bigCluster } from '../fixtures/big-cluster.js';
import type { startCollector as StartCollector } from '../collector/server.js';

const [dist, nodesArg] = process.argv.slice(2);
if (!dist || !nodesArg) throw new Error('usage: topology-churn-child.js DIST_DIR NODES');
const { startCollector } = (await import(pathToFileURL(join(dist, 'collector', 'server.js')).href)) as { startCollector: typeof StartCollector };
const c = await startCollector({ host: '127.0.0.1', port: 0, topology: { kind: 'none' }, auth: 'none', rateLimit: false });
c.topology.setSource('kubernetes', bigCluster(Number(nodesArg)));
process.send?.({ url: c.url, ingestUrl: c.ingestUrl });
process.on('message', (m: { type?: string }) => {
  if (m.type === 'exit') void c.close().then(() => process.exit(0));
});
