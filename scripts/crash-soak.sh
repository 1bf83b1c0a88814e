#!/usr/bin/env bash
# Long crash soak: kill -9 the platform N times while it delivers, then check that every committed change was
# applied exactly once and in per-person order (and that the harness still catches a non-idempotent destination).
# CI runs the same test with 3 cycles. Usage: scripts/crash-soak.sh [cycles] [subjects-per-cycle] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
cycles=${1:-50}
subjects=${2:-100}
seed=${3:-$(date +%s)}
echo "crash soak: $cycles cycles, $subjects subjects per cycle, seed $seed"
mvn -B -q -DskipTests install
mvn -B verify -pl itests -Dit.test=CrashIT -Dnhi.crash.cycles="$cycles" -Dnhi.crash.subjects="$subjects" \
  -Dnhi.crash.seed="$seed"
