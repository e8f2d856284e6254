// tsc does not copy the protobufjs-generated JavaScript module; dist needs it beside its .d.ts.
import { chmodSync, cpSync, mkdirSync } from 'node:fs';
mkdirSync('dist/proto/generated', { recursive: true });
cpSync('proto/generated/packetlife.js', 'dist/proto/generated/packetlife.js');
// The web viewer's static page (plain HTML/CSS/ES modules, no build step) served by collector/viewer/serve.ts.
cpSync('collector/viewer/static', 'dist/collector/viewer/static', { recursive: true });
// The package's bins (packetlife, kubectl-packetlife) run by their shebang when linked onto PATH.
chmodSync('dist/cli.js', 0o755);
chmodSync('dist/plugin/kubectl.js', 0o755);
