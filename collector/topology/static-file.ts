/**
 * A static topology file for offline use: the lab's topology YAML, a `kubectl get
 * nodes,pods,services,endpointslices -A -o yaml` dump (a List), or a collector's own
 * /api/topology JSON. The kind is recognised from the content, and a file that is none of these
 * is refused with what was expected.
 */
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { UserError } from '../../common/errors.js';
import { parseTopology } from '../../lab/topology.js';
import { fromLabTopology } from './lab.js';
import { fromKubernetesObjects, objectsFromList } from './k8s.js';
import type { TopologyData } from './model.js';

export type StaticKind = 'lab' | 'kubectl-list' | 'collector-topology';

export function loadTopologyFile(path: string, vpcCidrs: string[] = []): { kind: StaticKind; data: TopologyData } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read topology file ${path}: ${(err as Error).message}`);
  }
  return parseTopologyText(text, path, vpcCidrs);
}

export function parseTopologyText(text: string, source: string, vpcCidrs: string[] = []): { kind: StaticKind; data: TopologyData } {
  const docs = parseAllDocuments(text);
  const values: unknown[] = [];
  for (const d of Array.isArray(docs) ? docs : [docs]) {
    if (d.errors.length > 0) throw new UserError(`${source}: invalid YAML: ${d.errors[0]!.message}`);
    const v: unknown = d.toJS();
    if (v !== null && v !== undefined) values.push(v);
  }
  if (values.length === 0) throw new UserError(`${source}: empty topology file`);
  const first = values[0] as Record<string, unknown>;
  if (values.length === 1 && first && typeof first === 'object' && !Array.isArray(first)) {
    if ('vpc' in first && 'nodes' in first) {
      return { kind: 'lab', data: fromLabTopology(parseTopology(text, source)) };
    }
    if (Array.isArray(first.nodes) && Array.isArray(first.pods) && Array.isArray(first.services) && Array.isArray(first.externals)) {
      return { kind: 'collector-topology', data: first as unknown as TopologyData };
    }
  }
  // kubectl: one List, or several documents each an object or a List.
  const items: unknown[] = [];
  for (const v of values) {
    const o = v as { kind?: unknown; items?: unknown };
    if (Array.isArray(v)) items.push(...v);
    else if (o && typeof o === 'object' && typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items)) items.push(...o.items);
    else items.push(v);
  }
  const objects = objectsFromList(items);
  if (objects.nodes.length + objects.pods.length + objects.services.length + objects.endpointSlices.length === 0) {
    throw new UserError(
      `${source}: not a topology file: expected the lab's topology YAML (with vpc: and nodes:), a kubectl List of Node/Pod/Service/EndpointSlice objects, or a collector /api/topology JSON`,
    );
  }
  return { kind: 'kubectl-list', data: fromKubernetesObjects(objects, vpcCidrs) };
}
