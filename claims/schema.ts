/**
 * The claims file: YAML, validated with zod. A claim is a sentence someone believes about the
 * network ("ClusterIP traffic is not SNATed"), the experiment of the reference it comes from,
 * what it is about (traffic between two endpoints, or one node's or pod's state) and the
 * expectations that make it checkable.
 *
 * Errors name the claim and the field: `claims[3] (clusterip-no-snat).expect.nat: unknown value "dnatt"`.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { UserError } from '../common/errors.js';
import { isCidr, isIpv4 } from '../common/ipv4.js';
import { TRACED_PROTOCOLS } from '../common/ip-protocol.js';

const K8S_NAME = '[a-z0-9]([-a-z0-9.]*[a-z0-9])?';
const POD_REF = new RegExp(`^pod/${K8S_NAME}/${K8S_NAME}$`);
const SVC_REF = new RegExp(`^svc/${K8S_NAME}/${K8S_NAME}$`);
const NODE_REF = new RegExp(`^node/${K8S_NAME}$`);
const NS_NAME = new RegExp(`^${K8S_NAME}/${K8S_NAME}$`);
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;

const ipv4 = z.string().refine(isIpv4, { message: 'not an IPv4 address', params: { showValue: true } });
/** An address or a CIDR block, as `ip route` and `ip rule` print them. */
const ipv4OrCidr = z.string().refine((s) => isIpv4(s) || isCidr(s), { message: 'not an IPv4 address or CIDR', params: { showValue: true } });
/** A JavaScript regular expression, compiled once here so a typo is reported with its field. */
const regexString = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    try {
      new RegExp(s);
    } catch (err) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `bad regular expression: ${(err as Error).message}` });
    }
  });
const nsName = z.string().regex(NS_NAME, 'expected NAMESPACE/NAME');

/** Anything traffic can come from or go to. */
const endpointRef = z
  .string()
  .refine(
    (s) => POD_REF.test(s) || SVC_REF.test(s) || NODE_REF.test(s) || isIpv4(s),
    (s) => ({ message: `not pod/NS/NAME, svc/NS/NAME, node/NAME or an IPv4 address: "${s}"` }),
  );
/** Where state lives, and where a command can run. */
const stateRef = z
  .string()
  .refine(
    (s) => POD_REF.test(s) || NODE_REF.test(s),
    (s) => ({ message: `not pod/NS/NAME or node/NAME: "${s}"` }),
  );
const tableId = z.union([z.literal('main'), z.number().int().min(1).max(0xffffffff)]);
const protocol = z.enum(TRACED_PROTOCOLS);

// ---------- subjects ----------

const trafficSubject = z
  .object({
    from: endpointRef,
    to: endpointRef,
    port: z.number().int().min(1).max(65535).optional(),
    protocol: protocol.optional(),
  })
  .strict();

const subject = z
  .object({ traffic: trafficSubject.optional(), state: stateRef.optional() })
  .strict()
  .superRefine((s, ctx) => {
    if (s.traffic === undefined && s.state === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'give "traffic", "state" or both' });
    }
  });

// ---------- expectations over traces ----------

const placeKind = z.enum(['pod-eth', 'host-veth', 'eni', 'loopback', 'router', 'other']);
const placeMatch = z
  .object({
    kind: placeKind.optional(),
    node: z.string().min(1).optional(),
    pod: nsName.optional(),
    ifname: z.string().min(1).optional(),
    eniTable: tableId.optional(),
    direction: z.enum(['receive', 'transmit']).optional(),
  })
  .strict()
  .refine((m) => Object.keys(m).length > 0, 'an empty place matches everything: name at least one field');

const pathExpect = z
  .object({
    includes: z.array(placeMatch).optional(),
    excludes: z.array(placeMatch).optional(),
    sameNode: z.boolean().optional(),
    /** Crosses the VPC router: a router hop, or the unobserved VPC fabric between two nodes. */
    crossesVpc: z.boolean().optional(),
    /** Node names in order of traversal, exactly. */
    nodes: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const NAT_KEYWORDS = ['none', 'no-snat', 'no-dnat', 'snat-to-receiving-node-ip', 'snat-to-node-primary-ip'] as const;
const natKeyword = z.enum(NAT_KEYWORDS);
const natObject = z.union([
  z
    .object({
      'dnat-to-endpoint-of': nsName,
      /** Optional: the endpoints (pod NS/NAME or IP) the DNAT may choose from. */
      endpoints: z.array(z.string().min(1)).optional(),
    })
    .strict(),
  z.object({ 'snat-to': ipv4 }).strict(),
]);
const natItem = z.union([natKeyword, natObject]);

const seenSource = z.union([z.enum(['pod-ip', 'node-ip', 'receiving-node-ip']), ipv4]);

const routingTableExpect = z.object({ node: z.string().min(1).optional(), table: tableId }).strict();

const latencyExpect = z
  .object({
    p50Ms: z.number().positive().optional(),
    maxMs: z.number().positive().optional(),
    /** round-trip: request to its reply in one flow (what ping shows); one-way: one trace's span. */
    measure: z.enum(['round-trip', 'one-way']).default('round-trip'),
    minSamples: z.number().int().min(1).default(1),
  })
  .strict()
  .refine((l) => l.p50Ms !== undefined || l.maxMs !== undefined, 'give p50Ms, maxMs or both');

const spreadExpect = z
  .object({
    /** The endpoints that must each be chosen (pod NS/NAME or IP); without it, `count` distinct ones. */
    endpoints: z.array(z.string().min(1)).min(1).optional(),
    count: z.number().int().min(1).optional(),
    minShare: z.number().gt(0).max(1),
    minConnections: z.number().int().min(1),
  })
  .strict()
  .refine((s) => s.endpoints !== undefined || s.count !== undefined, 'give endpoints or count');

const trafficExpectShape = {
  path: pathExpect.optional(),
  nat: z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(natItem)).optional(),
  sourceSeenByDestination: seenSource.optional(),
  routingTable: z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(routingTableExpect)).optional(),
  latency: latencyExpect.optional(),
  spread: spreadExpect.optional(),
  conntrack: z.literal('bidirectional').optional(),
  delivered: z.literal(true).optional(),
  minTraces: z.number().int().min(1).optional(),
};

// ---------- expectations over state ----------

const addressExpect = z
  .object({ ifname: z.string().min(1).optional(), address: ipv4, prefixlen: z.number().int().min(0).max(32).optional() })
  .strict();

const routeMatch = z
  .object({
    dst: z.union([z.literal('default'), ipv4OrCidr]),
    gateway: ipv4.optional(),
    dev: z.string().min(1).optional(),
    scope: z.enum(['link', 'host', 'global', 'universe']).optional(),
    src: ipv4.optional(),
  })
  .strict();

const routesExpect = z
  .object({
    table: tableId,
    /** true: the table holds these routes and nothing else. */
    exact: z.boolean().default(false),
    routes: z.array(routeMatch).min(1),
  })
  .strict();

const neighbourExpect = z
  .object({
    dst: ipv4,
    dev: z.string().min(1).optional(),
    /** A MAC, or "host-veth": the MAC of the node-side veth of this pod. */
    lladdr: z.union([z.literal('host-veth'), z.string().toLowerCase().pipe(z.string().regex(MAC, 'not a MAC address'))]).optional(),
    /** NUD states that must all be set, e.g. [PERMANENT]. */
    state: z.array(z.enum(['PERMANENT', 'REACHABLE', 'STALE', 'NOARP', 'DELAY', 'PROBE', 'FAILED', 'INCOMPLETE', 'NONE'])).optional(),
  })
  .strict();

const ruleExpect = z
  .object({
    priority: z.number().int().min(0),
    from: z.union([z.literal('all'), ipv4OrCidr]).optional(),
    to: ipv4OrCidr.optional(),
    fwmark: z.string().regex(/^0x[0-9a-f]+(\/0x[0-9a-f]+)?$/i, 'expected 0xMARK or 0xMARK/0xMASK').optional(),
    table: tableId,
  })
  .strict();

const iptablesChain = z.union([
  z.string().min(1),
  /** The chain a rule of `jumpedFrom` jumps to, for kube-proxy's hashed chain names. */
  z.object({ jumpedFrom: z.string().min(1), where: regexString }).strict(),
]);

const iptablesRuleMatch = z
  .object({
    /** A regular expression over the rule as iptables-save prints it (without "-A CHAIN"). */
    regex: regexString.optional(),
    target: z.string().min(1).optional(),
    /**
     * Options the rule must carry: true = present (a flag like --random-fully), a number =
     * numerically equal (--probability 0.5 matches 0.50000000000), a string = equal, marks
     * "0x80/0x80" compared as numbers.
     */
    options: z.record(z.union([z.boolean(), z.number(), z.string()])).optional(),
  })
  .strict()
  .refine((r) => Object.keys(r).length > 0, 'an empty rule match matches everything: name at least one field');

const iptablesExpect = z
  .object({
    table: z.enum(['nat', 'mangle', 'filter', 'raw']),
    chain: iptablesChain,
    rule: iptablesRuleMatch,
    /** How many rules must match: at least `min` (default 1), or exactly `exactly` (0 = none may). */
    min: z.number().int().min(1).optional(),
    exactly: z.number().int().min(0).optional(),
  })
  .strict();

const eniExpect = z
  .object({ ifname: z.string().min(1), address: ipv4.optional(), table: tableId.optional() })
  .strict();

const stateExpectShape = {
  addresses: z.array(addressExpect).optional(),
  routes: z.array(routesExpect).optional(),
  neighbours: z.array(neighbourExpect).optional(),
  rules: z.array(ruleExpect).optional(),
  iptables: z.array(iptablesExpect).optional(),
  /** The node's ENIs, exactly this set. */
  enis: z.array(eniExpect).optional(),
};

const TRAFFIC_FIELDS = Object.keys(trafficExpectShape);
const STATE_FIELDS = Object.keys(stateExpectShape);
const NODE_ONLY_FIELDS = ['rules', 'iptables', 'enis'];
const POD_ONLY_FIELDS = ['neighbours'];

const expect = z.object({ ...trafficExpectShape, ...stateExpectShape }).strict();

const trafficToDrive = z
  .object({
    /** Where the command runs: a pod's netns or a node's. */
    runIn: stateRef,
    command: z.array(z.string()).min(1),
    repeat: z.number().int().min(1).max(1000).default(1),
    timeoutSeconds: z.number().positive().max(120).default(10),
    /** Supporting evidence: every run's output must match this regular expression. */
    expectOutput: regexString.optional(),
  })
  .strict();

const claim = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'),
    statement: z.string().min(1),
    experiment: z.number().int().min(1),
    subject,
    traffic: trafficToDrive.optional(),
    expect: expect.default({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    const given = Object.keys(c.expect).filter((k) => c.expect[k as keyof typeof c.expect] !== undefined);
    // A claim may have both subjects: state expectations read the state subject, traffic ones the traffic.
    for (const field of given) {
      if (TRAFFIC_FIELDS.includes(field) && c.subject.traffic === undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['expect', field], message: 'is an expectation over traffic, but the subject has no "traffic"' });
      }
      if (STATE_FIELDS.includes(field) && c.subject.state === undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['expect', field], message: 'is an expectation over state, but the subject has no "state"' });
      }
    }
    if (c.subject.state !== undefined) {
      const onPod = c.subject.state.startsWith('pod/');
      for (const field of given.filter((f) => (onPod ? NODE_ONLY_FIELDS : POD_ONLY_FIELDS).includes(f))) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['expect', field],
          message: `applies to ${onPod ? 'node' : 'pod'} state, but the state subject is a ${onPod ? 'pod' : 'node'}`,
        });
      }
    }
    if (c.traffic !== undefined && c.subject.traffic === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['traffic'], message: 'drives traffic, but the subject has no "traffic" to match it' });
    }
    if (given.length === 0 && c.traffic?.expectOutput === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['expect'], message: 'no expectation: nothing to check' });
    }
  });

const claimsFile = z
  .object({ claims: z.array(claim).min(1) })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Map<string, number>();
    for (const [i, c] of f.claims.entries()) {
      const first = seen.get(c.id);
      if (first !== undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['claims', i, 'id'], message: `duplicate id (also claims[${first}])` });
      } else seen.set(c.id, i);
    }
  });

export type Claim = z.infer<typeof claim>;
export type TrafficSubject = z.infer<typeof trafficSubject>;
export type TrafficToDrive = z.infer<typeof trafficToDrive>;
export type ClaimExpect = z.infer<typeof expect>;
export type PlaceMatch = z.infer<typeof placeMatch>;
export type NatExpect = z.infer<typeof natItem>;
export type SpreadExpect = z.infer<typeof spreadExpect>;
export type LatencyExpect = z.infer<typeof latencyExpect>;
export type RouteMatch = z.infer<typeof routeMatch>;
export type RoutesExpect = z.infer<typeof routesExpect>;
export type NeighbourExpect = z.infer<typeof neighbourExpect>;
export type RuleExpect = z.infer<typeof ruleExpect>;
export type IptablesExpect = z.infer<typeof iptablesExpect>;
export type EniExpect = z.infer<typeof eniExpect>;
export type AddressExpect = z.infer<typeof addressExpect>;
export type TableId = z.infer<typeof tableId>;

/** Reads and validates a claims file; throws UserError naming the file, claim and field. */
export function loadClaims(path: string): Claim[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read claims file ${path}: ${(err as Error).message}`);
  }
  return parseClaims(text, path);
}

export function parseClaims(text: string, source = 'claims'): Claim[] {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    if (err instanceof YAMLParseError) throw new UserError(`${source}: not valid YAML: ${err.message}`);
    throw err;
  }
  const result = claimsFile.safeParse(raw);
  if (result.success) return result.data.claims;
  const lines = result.error.issues.map((issue) => `${describePath(raw, issue.path)}: ${describeIssue(issue, raw)}`);
  throw new UserError(`${source}: invalid claims file:\n  ${lines.join('\n  ')}`);
}

/** The value the user wrote at `path`; an index 0 into a scalar we wrapped into a list is the scalar. */
function valueAt(root: unknown, path: (string | number)[]): unknown {
  let v = root;
  for (const key of path) {
    if (key === 0 && !Array.isArray(v)) continue;
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** `claims[3] (clusterip-no-snat).expect.nat`: the claim's index and id, then the field path. */
function describePath(raw: unknown, path: (string | number)[]): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (typeof key === 'number') {
      // A scalar we wrapped into a one-element list is reported where the user wrote it.
      if (key === 0 && !Array.isArray(valueAt(raw, path.slice(0, i)))) continue;
      out += `[${key}]`;
      if (i === 1 && path[0] === 'claims') {
        const id = valueAt(raw, ['claims', key, 'id']);
        if (typeof id === 'string') out += ` (${id})`;
      }
    } else out += out === '' ? key : `.${key}`;
  }
  return out === '' ? '(top level)' : out;
}

function describeIssue(issue: z.ZodIssue, raw: unknown): string {
  const value = valueAt(raw, issue.path);
  switch (issue.code) {
    case z.ZodIssueCode.invalid_enum_value:
      return `unknown value ${JSON.stringify(issue.received)} (expected one of: ${issue.options.join(', ')})`;
    case z.ZodIssueCode.invalid_union: {
      const issues = issue.unionErrors.flatMap((e) => e.issues);
      if (typeof value === 'string') {
        const options = issues.flatMap((i) => (i.code === z.ZodIssueCode.invalid_enum_value ? i.options : []));
        const expected = options.length > 0 ? ` (expected one of: ${options.join(', ')}, or an object)` : '';
        return `unknown value ${JSON.stringify(value)}${expected}`;
      }
      // Report the branch that got furthest: the one whose issues lie deepest.
      const best = [...issues].sort((a, b) => b.path.length - a.path.length)[0];
      if (!best) return issue.message;
      const rest = best.path.slice(issue.path.length).join('.');
      return `${rest === '' ? '' : `${rest}: `}${describeIssue(best, raw)}`;
    }
    case z.ZodIssueCode.unrecognized_keys:
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case z.ZodIssueCode.invalid_type:
      return issue.received === 'undefined' ? 'required' : `expected ${issue.expected}, got ${issue.received}`;
    case z.ZodIssueCode.invalid_string:
      return typeof value === 'string' ? `${issue.message}: ${JSON.stringify(value)}` : issue.message;
    case z.ZodIssueCode.custom: // the address checks (common/ipv4.ts) are refinements that name the value
      return issue.params?.showValue === true && typeof value === 'string' ? `${issue.message}: ${JSON.stringify(value)}` : issue.message;
    default:
      return issue.message;
  }
}
