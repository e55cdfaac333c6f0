#!/usr/bin/env bash
# A longer load run against several AlignmentBot host processes on one PostgreSQL database, all on loopback.
# Uses the scale-out test cluster (tests/AlignmentBot.Host.Tests/ScaleOut) without its digest and kill steps:
# three hosts start on a throwaway PostgreSQL server, then CONVERSATIONS conversations run five turns each,
# CONCURRENCY at a time, every turn on the next instance, and each conversation's turn 2 is retried on another
# instance. Prints turns/s, p50/p99/max latency, errors, lost and doubled turns.
#
#   bench/scaleout-load.sh                         # 600 conversations, 48 at a time (Release build)
#   CONVERSATIONS=2000 CONCURRENCY=96 bench/scaleout-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export ALIGNMENTBOT_LOAD_CONVERSATIONS=${CONVERSATIONS:-600}
export ALIGNMENTBOT_LOAD_CONCURRENCY=${CONCURRENCY:-48}
export ALIGNMENTBOT_SCALEOUT_DIGESTS=0
report=$(mktemp -t alignmentbot-load.XXXXXX)
export ALIGNMENTBOT_LOAD_REPORT=$report
trap 'rm -f "$report"' EXIT

dotnet build -c Release tests/AlignmentBot.Host.Tests -v quiet -nologo >/dev/null
run=(dotnet test tests/AlignmentBot.Host.Tests -c Release --no-build --filter "FullyQualifiedName~ScaleOutTests.LoadRun" --logger "console;verbosity=minimal")
if [ -n "${ALIGNMENTBOT_TEST_POSTGRES:-}" ]; then "${run[@]}"; else tests/postgres.sh run "${run[@]}"; fi
echo
cat "$report"
