#!/usr/bin/env bash
# Builds the Firefox package and runs Mozilla's linter on it (the checks addons.mozilla.org runs).
# Errors fail; warnings are printed for review. WARMLINE_OUT_DIR picks another output directory;
# SKIP_BUILD=1 lints an existing build.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT_DIR="${WARMLINE_OUT_DIR:-.output}"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  npx wxt build -b firefox
fi
# --self-hosted: no addons.mozilla.org listing yet, so no AMO-only checks on the update URL.
npx web-ext lint --source-dir "$OUT_DIR/firefox-mv3" --self-hosted --no-config-discovery
