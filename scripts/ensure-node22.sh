#!/usr/bin/env bash
# Warmline needs Node.js 22.18 or later (Node 20's support ended in April 2026; the team server runs
# its TypeScript with Node's type stripping, unflagged from 22.18). Where the machine's `node` is
# older, the npm registry's `node` package brings a Node 22 binary into a cache folder; source this
# script to put it first on PATH.
recent_enough=$(node -p 'const [major, minor] = process.versions.node.split(".").map(Number); major > 22 || (major === 22 && minor >= 18)' 2>/dev/null || echo false)
if [ "$recent_enough" != true ]; then
  WARMLINE_NODE_HOME="${WARMLINE_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/warmline-node22}"
  if [ ! -x "$WARMLINE_NODE_HOME/node_modules/node/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo '(none)') is too old: installing Node 22 from the npm registry into $WARMLINE_NODE_HOME"
    mkdir -p "$WARMLINE_NODE_HOME"
    npm install --prefix "$WARMLINE_NODE_HOME" --no-audit --no-fund --no-save node@22 >/dev/null
  fi
  export PATH="$WARMLINE_NODE_HOME/node_modules/node/bin:$PATH"
fi
node --version
