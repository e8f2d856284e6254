/**
 * The chart through a real Helm 3 binary: `helm lint --strict` and `helm template` with the
 * default values and with every option on; every rendered object validated against the
 * Kubernetes API schemas of a current release; values.schema.json refusing wrong types; the flags
 * the chart passes existing in the CLI; the hardening (RBAC, service accounts, security contexts,
 * TLS by default) as rendered.
 */
import { X509Certificate } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helmLint, helmTemplate, helmVersion, renderChart, ROOT, schemaErrors, type K8sObject } from './support/chart.js';

const CLI = join(ROOT, 'dist/cli.js');
const help = (cmd: string): string => execFileSync(process.execPath, [CLI, cmd, '--help'], { encoding: 'utf8' });

/** Every option of values.yaml switched away from its default. */
const EVERYTHING_ON = {
  nameOverride: 'pl',
  image: { repository: 'registry.example/packetlife', digest: `sha256:${'a'.repeat(64)}`, pullPolicy: 'Always', pullSecrets: [{ name: 'regcred' }] },
  collector: {
    port: 7500,
    maxTraces: 1000,
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
    serviceAccount: { create: true, name: 'pl-collector-sa', annotations: { 'example.com/role': 'x' } },
    service: { type: 'NodePort', annotations: { 'example.com/svc': 'y' } },
    podAnnotations: { 'example.com/pod': 'z' },
    nodeSelector: { 'kubernetes.io/os': 'linux' },
    tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'infra', effect: 'NoSchedule' }],
    affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] }] }] } } },
    priorityClassName: 'high',
    nodeOptions: '--max-old-space-size=400',
    state: { enabled: true, maxBytes: 1073741824, sizeLimit: '1Gi', existingClaim: 'packetlife-state' },
    otlp: {
      endpoint: 'https://tempo.monitoring.svc:4318',
      json: true,
      insecure: false, // it goes with neither caSecret nor clientCertSecret: its own test below
      headers: { 'X-Scope-OrgID': 'platform: sre #1' },
      headersSecret: { name: 'otlp-auth', key: 'otel-headers' },
      caSecret: { name: 'otlp-ca', key: 'tempo-ca.pem' },
      clientCertSecret: { name: 'otlp-client' },
      queue: 5000,
      batch: 128,
      timeoutSeconds: 30,
    },
  },
  agent: {
    privileged: true,
    resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { memory: '256Mi' } },
    serviceAccount: { create: true, name: 'pl-agent-sa', annotations: {} },
    tolerations: [{ operator: 'Exists', effect: 'NoSchedule' }],
    nodeSelector: { 'kubernetes.io/os': 'linux' },
    priorityClassName: 'system-cluster-critical',
    updateStrategy: { type: 'OnDelete' },
    podAnnotations: { 'example.com/a': 'b' },
    nodeOptions: '--max-old-space-size=200',
    tracefsPath: '/sys/kernel/debug/tracing',
    mountDebugfs: true,
  },
  auth: { agentAudience: 'packetlife.example.com' },
  tls: { enabled: true, provider: 'cert-manager', certManager: { duration: '720h', renewBefore: '240h' }, extraDnsNames: ['packetlife.example.com'] },
  networkPolicy: {
    enabled: true,
    agentCIDRs: ['10.0.0.0/16'],
    apiFrom: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'sre' } } }],
  },
};

const VARIANTS: Record<string, Parameters<typeof renderChart>[0]> = {
  defaults: {},
  'every option on (cert-manager installed)': { values: EVERYTHING_ON, apiVersions: ['cert-manager.io/v1'] },
  'TLS off': { values: { tls: { enabled: false } } },
  'TLS from an existing Secret': { values: { tls: { existingSecret: 'my-tls' } } },
  'TLS auto with cert-manager present': { apiVersions: ['cert-manager.io/v1'] },
};

const find = (objs: K8sObject[], kind: string, name?: string): K8sObject => {
  const o = objs.find((x) => x.kind === kind && (name === undefined || x.metadata.name === name));
  if (!o) throw new Error(`no ${kind}${name ? ` ${name}` : ''} among ${objs.map((x) => `${x.kind}/${x.metadata.name}`).join(', ')}`);
  return o;
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const podSpec = (o: K8sObject): Any => (o as Any).spec.template.spec;
const container = (o: K8sObject): Any => podSpec(o).containers[0];
const NODE_OPTIONS = { name: 'NODE_OPTIONS', value: '--max-old-space-size=640' };
const flagsOf = (args: string[]): string[] => args.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0]!).sort();

describe('helm chart (real Helm 3)', () => {
  it('is Helm 3', () => {
    expect(helmVersion()).toMatch(/^v3\.18\.0\+/);
  });

  it('passes helm lint --strict with the default values and with every option on', () => {
    const d = helmLint();
    expect(d.out).toContain('1 chart(s) linted, 0 chart(s) failed');
    expect(d.status).toBe(0);
    const all = helmLint(EVERYTHING_ON);
    expect(all.out).toContain('1 chart(s) linted, 0 chart(s) failed');
    expect(all.status).toBe(0);
  });

  for (const [name, opts] of Object.entries(VARIANTS)) {
    it(`renders objects that validate against the Kubernetes API schemas: ${name}`, async () => {
      const objs = renderChart(opts);
      expect(objs.length).toBeGreaterThanOrEqual(7);
      const errors = (await Promise.all(objs.map(schemaErrors))).flat();
      expect(errors).toEqual([]);
      for (const o of objs) {
        expect(o.metadata.labels?.['app.kubernetes.io/name'], `${o.kind}/${o.metadata.name}`).toBeTruthy();
        expect(o.metadata.labels?.['helm.sh/chart'], `${o.kind}/${o.metadata.name}`).toBe('packetlife-0.1.0');
        expect(o.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('Helm');
      }
    });
  }

  it('the schema check can fail: a container port that is not a number is refused', async () => {
    const objs = renderChart();
    const dep = structuredClone(find(objs, 'Deployment')) as Any;
    dep.spec.template.spec.containers[0].ports[0].containerPort = 'api';
    expect((await schemaErrors(dep))[0]).toMatch(/containers\/0\/ports\/0\/containerPort must be integer/);
    expect(await schemaErrors({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } })).toEqual([
      'example.com/v1 Widget: no schema for this kind (not a Kubernetes API of the current release)',
    ]);
  });

  it('refuses a wrong value type or an unknown key with the value path', () => {
    const port = helmTemplate({ set: ['collector.port=abc'] });
    expect(port.ok).toBe(false);
    expect(port.ok ? '' : port.stderr).toContain('collector.port: Invalid type. Expected: integer, given: string');
    const typo = helmTemplate({ values: { agent: { privilegd: true } } });
    expect(typo.ok ? '' : typo.stderr).toContain('agent: Additional property privilegd is not allowed');
    const existing = helmTemplate({ values: { tls: { provider: 'existing' } } });
    expect(existing.ok ? '' : existing.stderr).toContain('tls.existingSecret: String length must be greater than or equal to 1');
  });

  it('passes the collector and the agent only flags the CLI has, and the agent dials the ingest path', () => {
    for (const opts of [{}, { values: EVERYTHING_ON, apiVersions: ['cert-manager.io/v1'] }, { values: { tls: { enabled: false } } }]) {
      const objs = renderChart(opts);
      const c = container(find(objs, 'Deployment'));
      const a = container(find(objs, 'DaemonSet'));
      expect(c.args[0]).toBe('collector');
      expect(a.args[0]).toBe('agent');
      const ch = help('collector');
      for (const f of flagsOf(c.args)) expect(ch, f).toContain(`${f} `);
      const ah = help('agent');
      for (const f of flagsOf(a.args)) expect(ah, f).toContain(`${f} `);
    }
    const a = container(find(renderChart(), 'DaemonSet'));
    expect(a.args).toEqual([
      'agent',
      '--collector=wss://pl-packetlife-collector.packetlife.svc:7400/v1/agents',
      '--node=$(NODE_NAME)',
      '--token-file=/var/run/packetlife/token/token',
      '--ca=/var/run/packetlife/tls/ca.crt',
    ]);
    // the agent's token is its own: projected, bound to its pod (so its node) and the collector's audience
    const tokenVolume = podSpec(find(renderChart(), 'DaemonSet')).volumes.find((v: Any) => v.name === 'token');
    expect(tokenVolume.projected.sources).toEqual([{ serviceAccountToken: { audience: 'packetlife', expirationSeconds: 3600, path: 'token' } }]);
    const c = container(find(renderChart(), 'Deployment'));
    expect(c.args).toEqual(expect.arrayContaining(['--kube-auth', '--agent-service-account=packetlife/pl-packetlife-agent', '--agent-audience=packetlife', '--allowed-host=pl-packetlife-collector.packetlife.svc']));
    expect(a.env).toEqual([
      { name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
      { name: 'NODE_OPTIONS', value: '--max-semi-space-size=8 --max-old-space-size=256' },
    ]);
    const off = container(find(renderChart({ values: { tls: { enabled: false } } }), 'DaemonSet'));
    expect(off.args[1]).toBe('--collector=ws://pl-packetlife-collector.packetlife.svc:7400/v1/agents');
  });

  it('turns TLS on by default with a chart-made CA and a certificate for the collector Service', () => {
    const objs = renderChart();
    const s = find(objs, 'Secret', 'pl-packetlife-collector-tls') as Any;
    expect(s.type).toBe('kubernetes.io/tls');
    const ca = new X509Certificate(Buffer.from(s.data['ca.crt'], 'base64'));
    const cert = new X509Certificate(Buffer.from(s.data['tls.crt'], 'base64'));
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.subjectAltName).toContain('DNS:pl-packetlife-collector.packetlife.svc');
    expect(cert.checkHost('pl-packetlife-collector.packetlife.svc')).toBe('pl-packetlife-collector.packetlife.svc');
    const c = container(find(objs, 'Deployment'));
    expect(c.args).toContain('--tls-cert=/var/run/packetlife/tls/tls.crt');
    expect(c.readinessProbe.httpGet).toEqual({ path: '/healthz', port: 'api', scheme: 'HTTPS' });
    // cert-manager, when its API is there: a CA chain and a Certificate writing the same Secret.
    const cm = renderChart({ apiVersions: ['cert-manager.io/v1'] });
    expect(cm.filter((o) => o.kind === 'Secret').map((o) => o.metadata.name)).toEqual([]);
    const crt = find(cm, 'Certificate', 'pl-packetlife-collector') as Any;
    expect(crt.spec.secretName).toBe('pl-packetlife-collector-tls');
    expect(crt.spec.dnsNames).toContain('pl-packetlife-collector.packetlife.svc');
    expect(crt.spec.issuerRef).toEqual({ name: 'pl-packetlife-ca', kind: 'Issuer', group: 'cert-manager.io' });
  });

  it('gives the collector list/watch of exactly what it reads, and the agents their own identity with no role', () => {
    const objs = renderChart();
    const role = find(objs, 'ClusterRole') as Any;
    expect(role.rules).toEqual([
      { apiGroups: [''], resources: ['nodes', 'pods', 'services'], verbs: ['list', 'watch'] },
      { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] },
      { apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'], verbs: ['create'] },
      { apiGroups: ['authorization.k8s.io'], resources: ['subjectaccessreviews'], verbs: ['create'] },
    ]);
    expect(objs.filter((o) => o.kind === 'ClusterRole' || o.kind === 'Role').length).toBe(1);
    const binding = find(objs, 'ClusterRoleBinding') as Any;
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'pl-packetlife-collector', namespace: 'packetlife' }]);
    const ds = podSpec(find(objs, 'DaemonSet'));
    const dep = podSpec(find(objs, 'Deployment'));
    expect(ds.serviceAccountName).toBe('pl-packetlife-agent');
    expect(ds.automountServiceAccountToken).toBe(false);
    expect(dep.serviceAccountName).toBe('pl-packetlife-collector');
    expect(dep.automountServiceAccountToken).toBe(true);
    expect(objs.filter((o) => o.kind === 'ServiceAccount').map((o) => o.metadata.name).sort()).toEqual(['pl-packetlife-agent', 'pl-packetlife-collector']);
  });

  it('runs the collector non-root, read-only, without privilege escalation, with probes and limits', () => {
    const dep = find(renderChart(), 'Deployment');
    expect(podSpec(dep).securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } });
    const c = container(dep);
    expect(c.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
    for (const p of ['livenessProbe', 'readinessProbe', 'startupProbe']) expect(c[p].httpGet.path, p).toBe('/healthz');
    expect(c.resources.limits.memory).toBe('1Gi');
    // V8's heap capped below the limit (Node would size it from the limit itself: values.yaml says why); "" leaves Node's sizing
    expect(c.env).toEqual([NODE_OPTIONS]);
    expect(container(find(renderChart({ values: { collector: { nodeOptions: '' } } }), 'Deployment')).env).toBeUndefined();
  });

  it('keeps sessions and traces across restarts: --state-dir on an emptyDir by default, on a named claim, or off', () => {
    const volumeOf = (dep: Any) => (podSpec(dep).volumes as Any[]).find((v: Any) => v.name === 'state');
    const dflt = find(renderChart(), 'Deployment');
    expect(container(dflt).args).toEqual(expect.arrayContaining(['--state-dir=/var/lib/packetlife', '--state-max-bytes=268435456']));
    expect(container(dflt).volumeMounts).toContainEqual({ name: 'state', mountPath: '/var/lib/packetlife' });
    expect(volumeOf(dflt)).toEqual({ name: 'state', emptyDir: { sizeLimit: '512Mi' } });
    const claim = find(renderChart({ values: EVERYTHING_ON, apiVersions: ['cert-manager.io/v1'] }), 'Deployment');
    expect(volumeOf(claim)).toEqual({ name: 'state', persistentVolumeClaim: { claimName: 'packetlife-state' } });
    expect(container(claim).args).toContain('--state-max-bytes=1073741824');
    const off = find(renderChart({ values: { collector: { state: { enabled: false } } } }), 'Deployment');
    expect(volumeOf(off)).toBeUndefined();
    expect((container(off).args as string[]).some((a) => a.startsWith('--state-dir'))).toBe(false);
  });

  it('exports to an OpenTelemetry backend when given an endpoint: flags for the plain settings, Secrets for headers and a CA through the exporter\'s own variables', () => {
    const off = container(find(renderChart(), 'Deployment'));
    expect((off.args as string[]).filter((a) => a.startsWith('--otlp'))).toEqual([]);
    expect(off.env).toEqual([NODE_OPTIONS]);
    // a Secret named without an endpoint changes nothing
    const noEndpoint = find(renderChart({ values: { collector: { otlp: { headersSecret: { name: 'otlp-auth' }, caSecret: { name: 'otlp-ca' } } } } }), 'Deployment');
    expect(container(noEndpoint).env).toEqual([NODE_OPTIONS]);
    expect((podSpec(noEndpoint).volumes as Any[]).map((v) => v.name)).toEqual(['tmp', 'state', 'tls']);

    const plain = container(find(renderChart({ values: { collector: { otlp: { endpoint: 'http://jaeger.tracing:4318' } } } }), 'Deployment'));
    expect((plain.args as string[]).filter((a) => a.startsWith('--otlp'))).toEqual(['--otlp-endpoint=http://jaeger.tracing:4318', '--otlp-queue=10000', '--otlp-batch=256', '--otlp-timeout=10']);
    expect(plain.env).toEqual([NODE_OPTIONS]);

    const dep = find(renderChart({ values: EVERYTHING_ON, apiVersions: ['cert-manager.io/v1'] }), 'Deployment');
    const c = container(dep);
    expect((c.args as string[]).filter((a) => a.startsWith('--otlp'))).toEqual([
      '--otlp-endpoint=https://tempo.monitoring.svc:4318',
      '--otlp-header=X-Scope-OrgID=platform: sre #1',
      '--otlp-json',
      '--otlp-queue=5000',
      '--otlp-batch=128',
      '--otlp-timeout=30',
    ]);
    expect(c.env).toEqual([
      { name: 'NODE_OPTIONS', value: '--max-old-space-size=400' },
      { name: 'OTEL_EXPORTER_OTLP_TRACES_HEADERS', valueFrom: { secretKeyRef: { name: 'otlp-auth', key: 'otel-headers' } } },
      { name: 'OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE', value: '/var/run/packetlife/otlp-ca/tempo-ca.pem' },
      { name: 'OTEL_EXPORTER_OTLP_TRACES_CLIENT_CERTIFICATE', value: '/var/run/packetlife/otlp-client/tls.crt' },
      { name: 'OTEL_EXPORTER_OTLP_TRACES_CLIENT_KEY', value: '/var/run/packetlife/otlp-client/tls.key' },
    ]);
    expect(c.volumeMounts).toContainEqual({ name: 'otlp-ca', mountPath: '/var/run/packetlife/otlp-ca', readOnly: true });
    expect(c.volumeMounts).toContainEqual({ name: 'otlp-client', mountPath: '/var/run/packetlife/otlp-client', readOnly: true });
    // the key readable by the collector's group only (fsGroup), as the chart's own TLS Secret
    expect((podSpec(dep).volumes as Any[]).find((v) => v.name === 'otlp-client')).toEqual({
      name: 'otlp-client',
      secret: { secretName: 'otlp-client', items: [{ key: 'tls.crt', path: 'tls.crt' }, { key: 'tls.key', path: 'tls.key' }], defaultMode: 0o440 },
    });
    const insecure = container(find(renderChart({ values: { collector: { otlp: { endpoint: 'https://self-signed.test:4318', insecure: true } } } }), 'Deployment'));
    expect((insecure.args as string[]).filter((a) => a.startsWith('--otlp'))).toEqual(['--otlp-endpoint=https://self-signed.test:4318', '--otlp-insecure', '--otlp-queue=10000', '--otlp-batch=256', '--otlp-timeout=10']);
    expect((podSpec(dep).volumes as Any[]).find((v) => v.name === 'otlp-ca')).toEqual({
      name: 'otlp-ca',
      secret: { secretName: 'otlp-ca', items: [{ key: 'tempo-ca.pem', path: 'tempo-ca.pem' }], defaultMode: 0o444 },
    });
    // what the collector makes of them: the CLI's own checks of flags and variables
    expect(help('collector')).toContain('--otlp-endpoint ');
  });

  it('refuses an OTLP endpoint that is not an http(s) URL, a header that would break the request, and insecure with a CA or client certificate', () => {
    const url = helmTemplate({ set: ['collector.otlp.endpoint=tempo:4318'] });
    expect(url.ok ? '' : url.stderr).toContain('collector.otlp.endpoint: Does not match pattern');
    const header = helmTemplate({ values: { collector: { otlp: { endpoint: 'http://t:4318', headers: { 'x-a': 'one\r\nx-evil: 1' } } } } });
    expect(header.ok ? '' : header.stderr).toContain('collector.otlp.headers.x-a: Does not match pattern');
    const name = helmTemplate({ values: { collector: { otlp: { endpoint: 'http://t:4318', headers: { 'bad name': 'x' } } } } });
    expect(name.ok).toBe(false);
    // --otlp-insecure would make the exporter drop the CA and the client certificate: the chart says so instead
    for (const secret of ['caSecret', 'clientCertSecret']) {
      const both = helmTemplate({ values: { collector: { otlp: { endpoint: 'https://t:4318', insecure: true, [secret]: { name: 's' } } } } });
      expect(both.ok ? '' : both.stderr, secret).toContain("collector.otlp.insecure turns the backend's certificate check off: it goes with neither caSecret nor clientCertSecret");
    }
  });

  it('runs the agent with host network and PID, the measured capabilities and read-only mounts', () => {
    const ds = find(renderChart(), 'DaemonSet');
    const spec = podSpec(ds);
    expect(spec.hostNetwork).toBe(true);
    expect(spec.hostPID).toBe(true);
    const a = container(ds);
    expect(a.securityContext.privileged).toBe(false);
    expect(a.securityContext.capabilities).toEqual({ drop: ['ALL'], add: ['SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'IPC_LOCK'] });
    expect(a.securityContext.readOnlyRootFilesystem).toBe(true);
    for (const m of a.volumeMounts) if (m.name !== 'tmp') expect(m.readOnly, m.mountPath).toBe(true);
    expect(a.volumeMounts.map((m: Any) => m.mountPath)).toEqual([
      '/tmp', '/sys/kernel/btf', '/sys/kernel/tracing', '/var/run/netns', '/var/run/packetlife/token', '/var/run/packetlife/tls',
    ]);
    expect(a.resources.limits.memory).toBe('384Mi');
    // V8's heap sized for the agent (values.yaml says why; the environment checked above); empty: Node's own defaults
    expect(container(find(renderChart({ values: EVERYTHING_ON, apiVersions: ['cert-manager.io/v1'] }), 'DaemonSet')).env).toContainEqual({ name: 'NODE_OPTIONS', value: '--max-old-space-size=200' });
    const plain = container(find(renderChart({ values: { agent: { nodeOptions: '' } } }), 'DaemonSet'));
    expect(plain.env.map((e: Any) => e.name)).toEqual(['NODE_NAME']);
  });

  it('lets only agents and the API users reach the collector when the NetworkPolicy is on', () => {
    const np = find(renderChart({ values: EVERYTHING_ON, apiVersions: ['cert-manager.io/v1'] }), 'NetworkPolicy') as Any;
    expect(np.spec.ingress).toEqual([
      {
        ports: [{ port: 7500, protocol: 'TCP' }],
        from: [{ ipBlock: { cidr: '10.0.0.0/16' } }, { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'sre' } } }],
      },
    ]);
    expect(renderChart().some((o) => o.kind === 'NetworkPolicy')).toBe(false);
  });
});
