/**
 * Runs a rendered pod spec's container with podman the way a kubelet would: image entrypoint
 * unless `command` is set, `args` with $(VAR) expanded from the container's env, env values and
 * fieldRefs, securityContext (pod and container level), host namespaces, volumes and mounts
 * (Secrets written out from the rendered Secret objects with their modes and fsGroup, hostPaths,
 * emptyDirs), memory limit. Whatever the spec holds that this does not translate is an error, so
 * the test cannot silently run something other than the chart's pod.
 *
 * What stands in for the cluster is passed explicitly (`node`, `extraArgs`, `extraMounts`,
 * `hosts`, `network` for a pod network) and documented by the caller.
 */
import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { K8sObject } from './chart.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export interface PodRunOptions {
  image: string;
  name: string;
  /** The rendered objects (Secrets are read from them). */
  objects: K8sObject[];
  /** The workload (Deployment or DaemonSet) whose pod template runs. */
  workload: K8sObject;
  /** spec.nodeName, for fieldRef spec.nodeName. */
  node: string;
  /** Where Secret and emptyDir volumes are written. */
  workDir: string;
  /** Appended to the container's args (the lab's stand-ins). */
  extraArgs?: string[];
  /** Args removed from the container's (replaced by extraArgs), matched by flag name. */
  dropArgs?: string[];
  /** Extra mounts: host:container[:opts]. */
  extraMounts?: string[];
  /** /etc/hosts entries name -> ip (cluster DNS stand-in). */
  hosts?: Record<string, string>;
  /** The network for a pod without hostNetwork: podman's bridge is forbidden here. */
  podNetwork: 'host' | 'none';
  /**
   * What the kubelet would write for a projected serviceAccountToken source (a token bound to
   * this pod and its audience); the API server that issues it is what stands in here.
   */
  serviceAccountToken?: string;
}

function expand(s: string, env: Record<string, string>): string {
  return s.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, v: string) => env[v] ?? m);
}

function secretData(objects: K8sObject[], name: string): Record<string, string> {
  const s = objects.find((o) => o.kind === 'Secret' && o.metadata.name === name) as Any;
  if (!s) throw new Error(`the pod reads Secret ${name}, which neither the chart rendered nor the caller gave`);
  return Object.fromEntries(Object.entries((s.data ?? {}) as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
}

/** podman run arguments (after `run`) and the container's command line. */
export function podmanRunArgs(o: PodRunOptions): { args: string[]; memoryLimit?: string } {
  const pod = (o.workload as Any).spec.template.spec;
  if (pod.containers.length !== 1) throw new Error(`expected one container, got ${pod.containers.length}`);
  if (pod.initContainers?.length) throw new Error('initContainers are not translated');
  const c = pod.containers[0];
  const args: string[] = ['--name', o.name, '--detach'];
  args.push('--network', pod.hostNetwork ? 'host' : o.podNetwork);
  if (pod.hostPID) args.push('--pid', 'host');
  if (pod.hostIPC) args.push('--ipc', 'host');

  // env, with fieldRefs the kubelet fills and Secret keys it reads (from `objects`: the chart's, and any the caller adds as a user would)
  const env: Record<string, string> = {};
  for (const e of c.env ?? []) {
    if (e.value !== undefined) env[e.name] = expand(String(e.value), env);
    else if (e.valueFrom?.fieldRef?.fieldPath === 'spec.nodeName') env[e.name] = o.node;
    else if (e.valueFrom?.secretKeyRef) {
      const ref = e.valueFrom.secretKeyRef as { name: string; key: string };
      const v = secretData(o.objects, ref.name)[ref.key];
      if (v === undefined) throw new Error(`env ${e.name}: Secret ${ref.name} has no key ${ref.key}`);
      env[e.name] = v;
    } else throw new Error(`env ${e.name}: ${JSON.stringify(e.valueFrom)} is not translated`);
  }
  for (const [k, v] of Object.entries(env)) args.push('--env', `${k}=${v}`);
  if (pod.automountServiceAccountToken !== false) {
    // A pod with a token gets KUBERNETES_SERVICE_HOST/PORT too; the caller supplies them if it
    // serves an API (the in-cluster test); here nothing answers, so none are set.
  }

  // security context: the container's fields win over the pod's
  const psc = pod.securityContext ?? {};
  const sc = { ...psc, ...(c.securityContext ?? {}) };
  if (sc.privileged) args.push('--privileged');
  for (const cap of sc.capabilities?.drop ?? []) args.push('--cap-drop', cap);
  for (const cap of sc.capabilities?.add ?? []) args.push('--cap-add', cap);
  const uid = sc.runAsUser;
  const gid = sc.runAsGroup;
  if (uid !== undefined) args.push('--user', gid !== undefined ? `${uid}:${gid}` : String(uid));
  if (sc.runAsNonRoot && uid === 0) throw new Error('runAsNonRoot with runAsUser 0');
  if (psc.fsGroup !== undefined) args.push('--group-add', String(psc.fsGroup));
  if (sc.readOnlyRootFilesystem) args.push('--read-only', '--read-only-tmpfs=false');
  if (sc.allowPrivilegeEscalation === false) args.push('--security-opt', 'no-new-privileges');
  const seccomp = sc.seccompProfile?.type;
  if (seccomp === 'Unconfined') args.push('--security-opt', 'seccomp=unconfined');
  else if (seccomp !== undefined && seccomp !== 'RuntimeDefault') throw new Error(`seccompProfile ${seccomp} is not translated`);
  // appArmorProfile: this kernel has no AppArmor (no LSM to configure); Unconfined and
  // RuntimeDefault are the same here.

  // volumes
  const volumes = new Map<string, Any>((pod.volumes ?? []).map((v: Any) => [v.name, v]));
  for (const m of c.volumeMounts ?? []) {
    const v = volumes.get(m.name);
    if (!v) throw new Error(`volumeMount ${m.name} has no volume`);
    const opts: string[] = [m.readOnly ? 'ro' : 'rw'];
    if (m.mountPropagation === 'HostToContainer') opts.push('rslave');
    else if (m.mountPropagation && m.mountPropagation !== 'None') throw new Error(`mountPropagation ${m.mountPropagation} is not translated`);
    let src: string;
    if (v.hostPath) src = v.hostPath.path;
    else if (v.emptyDir) {
      if (v.emptyDir.medium === 'Memory') {
        // The kubelet makes emptyDirs world-writable (0777); a tmpfs here likewise.
        args.push('--tmpfs', `${m.mountPath}:rw,size=${String(v.emptyDir.sizeLimit ?? '64Mi').replace(/Mi$/, 'm')},mode=1777`);
        continue;
      }
      src = join(o.workDir, `${o.name}-${m.name}`);
      mkdirSync(src, { recursive: true });
      if (psc.fsGroup !== undefined) {
        chownSync(src, 0, psc.fsGroup);
        chmodSync(src, 0o2775);
      }
    } else if (v.secret) {
      src = join(o.workDir, `${o.name}-${m.name}`);
      mkdirSync(src, { recursive: true });
      const data = secretData(o.objects, v.secret.secretName);
      const items: Array<{ key: string; path: string }> = v.secret.items ?? Object.keys(data).map((k) => ({ key: k, path: k }));
      for (const it of items) {
        if (data[it.key] === undefined) throw new Error(`Secret ${v.secret.secretName} has no key ${it.key}`);
        const f = join(src, it.path);
        writeFileSync(f, data[it.key]!);
        // As the kubelet does: defaultMode, and group fsGroup when the pod sets one.
        chmodSync(f, v.secret.defaultMode ?? 0o644);
        if (psc.fsGroup !== undefined) chownSync(f, 0, psc.fsGroup);
      }
    } else if (v.projected && (v.projected.sources ?? []).every((x: Any) => x.serviceAccountToken)) {
      if (o.serviceAccountToken === undefined) throw new Error(`volume ${v.name}: a projected ServiceAccount token needs serviceAccountToken (what the API server would issue)`);
      src = join(o.workDir, `${o.name}-${m.name}`);
      mkdirSync(src, { recursive: true });
      for (const x of v.projected.sources) {
        const f = join(src, x.serviceAccountToken.path);
        writeFileSync(f, o.serviceAccountToken);
        chmodSync(f, v.projected.defaultMode ?? 0o644);
        if (psc.fsGroup !== undefined) chownSync(f, 0, psc.fsGroup);
      }
    } else throw new Error(`volume ${v.name}: ${Object.keys(v).filter((k) => k !== 'name').join(', ')} is not translated`);
    args.push('--volume', `${src}:${m.mountPath}:${opts.join(',')}`);
  }
  for (const m of o.extraMounts ?? []) args.push('--volume', m);
  for (const [h, ip] of Object.entries(o.hosts ?? {})) args.push('--add-host', `${h}:${ip}`);

  const memoryLimit = c.resources?.limits?.memory as string | undefined;
  if (memoryLimit) args.push('--memory', memoryLimit.replace(/Mi$/, 'm').replace(/Gi$/, 'g'));

  if (c.command) args.push('--entrypoint', JSON.stringify(c.command.map((s: string) => expand(s, env))));
  args.push(o.image);
  const drop = new Set(o.dropArgs ?? []);
  const cargs = ((c.args ?? []) as string[]).map((s) => expand(s, env)).filter((a) => !drop.has(a.split('=')[0]!));
  args.push(...cargs, ...(o.extraArgs ?? []));
  return { args, ...(memoryLimit ? { memoryLimit } : {}) };
}
