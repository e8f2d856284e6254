#!/usr/bin/env bash
# Generates the static protobufjs module and its TypeScript declarations from proto/packetlife.proto.
# pbjs writes `import * as $protobuf`, which under Node's ESM loader yields the CommonJS
# module's namespace (no `roots`): a default import is what Node needs.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p proto/generated
npx pbjs -t static-module -w es6 --es6 --dependency protobufjs/minimal.js \
  -o proto/generated/packetlife.js proto/packetlife.proto
sed -i 's#^import \* as \$protobuf from "protobufjs/minimal.js";#import $protobuf from "protobufjs/minimal.js";#' \
  proto/generated/packetlife.js
npx pbts -o proto/generated/packetlife.d.ts proto/generated/packetlife.js
