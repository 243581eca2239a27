#!/usr/bin/env bash
# The whole test suite, as the README gives it (`npm test`) and as .ci/run runs it:
# bring up the real servers the integration tests use (reusing any that already answer),
# then type-check, lint and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-servers/up.sh
# shellcheck disable=SC1091
. "${CAP4CITY_TEST_RUN_DIR:-/tmp/cap4city-test-servers}/env"
echo "== typecheck" && npx tsc -p tsconfig.json --noEmit
echo "== lint" && npx eslint .
echo "== tests" && npx vitest run "$@"
