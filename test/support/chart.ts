/**
 * The chart through a real Helm 3 binary (scripts/fetch-helm.sh pins it into .tools/bin) and its
 * rendered objects checked against the Kubernetes API schemas (kubernetes-models: the OpenAPI
 * schemas of a current Kubernetes release, compiled with ajv; cert-manager's CRD schemas likewise).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHART = join(ROOT, 'helm/packetlife');
export const HELM = join(ROOT, '.tools/bin/helm');
export const TOOLS_KUBECTL = join(ROOT, '.tools/bin/kubectl');

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [k: string]: unknown;
}

export function requireHelm(): string {
  if (!existsSync(HELM)) throw new Error(`no helm binary at ${HELM}: run scripts/fetch-helm.sh (scripts/setup.sh does)`);
  return HELM;
}

export interface RenderOptions {
  release?: string;
  namespace?: string;
  values?: unknown;
  set?: string[];
  /** Extra API versions the "cluster" offers (e.g. cert-manager.io/v1). */
  apiVersions?: string[];
}

/** `helm template`; throws with Helm's stderr when it refuses. */
export function helmTemplate(o: RenderOptions = {}): { ok: true; text: string } | { ok: false; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'packetlife-chart-'));
  try {
    const args = ['template', o.release ?? 'pl', CHART, '--namespace', o.namespace ?? 'packetlife'];
    if (o.values !== undefined) {
      writeFileSync(join(dir, 'values.json'), JSON.stringify(o.values));
      args.push('--values', join(dir, 'values.json'));
    }
    for (const s of o.set ?? []) args.push('--set', s);
    for (const a of o.apiVersions ?? []) args.push('--api-versions', a);
    const r = spawnSync(requireHelm(), args, { encoding: 'utf8' });
    return r.status === 0 ? { ok: true, text: r.stdout } : { ok: false, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function renderChart(o: RenderOptions = {}): K8sObject[] {
  const r = helmTemplate(o);
  if (!r.ok) throw new Error(`helm template failed: ${r.stderr}`);
  // YAML 1.1, as Kubernetes reads a manifest (sigs.k8s.io/yaml): a file mode such as 0440 is octal there
  return parseAllDocuments(r.text, { version: '1.1' })
    .map((d) => d.toJS() as K8sObject | null)
    .filter((d): d is K8sObject => d !== null);
}

export function helmLint(values?: unknown): { status: number; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'packetlife-chart-'));
  try {
    const args = ['lint', '--strict', CHART];
    if (values !== undefined) {
      writeFileSync(join(dir, 'values.json'), JSON.stringify(values));
      args.push('--values', join(dir, 'values.json'));
    }
    const r = spawnSync(requireHelm(), args, { encoding: 'utf8' });
    return { status: r.status ?? -1, out: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The module of the schema package that models apiVersion/kind. */
function modelModule(apiVersion: string, kind: string): string {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (group!.endsWith('cert-manager.io')) return `@kubernetes-models/cert-manager/${group}/${version}/${kind}`;
  return `kubernetes-models/${group ? `${group}/` : ''}${version}/${kind}`;
}

interface Model {
  validate(): void;
}

/** Validates one object against its kind's API schema; returns the schema's complaints. */
export async function schemaErrors(obj: K8sObject): Promise<string[]> {
  let mod: Record<string, new (d: unknown) => Model>;
  try {
    mod = (await import(modelModule(obj.apiVersion, obj.kind))) as Record<string, new (d: unknown) => Model>;
  } catch {
    return [`${obj.apiVersion} ${obj.kind}: no schema for this kind (not a Kubernetes API of the current release)`];
  }
  const Kind = mod[obj.kind];
  if (!Kind) return [`${obj.apiVersion} ${obj.kind}: the schema module has no ${obj.kind}`];
  try {
    new Kind(obj).validate();
    return [];
  } catch (err) {
    return [`${obj.kind}/${obj.metadata?.name}: ${(err as Error).message}`];
  }
}

/** The kubectl to drive: the machine's, else the pinned one next to helm. */
export function kubectlPath(): string {
  const r = spawnSync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  if (existsSync(TOOLS_KUBECTL)) return TOOLS_KUBECTL;
  throw new Error('no kubectl on PATH and none in .tools/bin: run scripts/fetch-helm.sh');
}

export const helmVersion = (): string => execFileSync(requireHelm(), ['version', '--short'], { encoding: 'utf8' }).trim();
