#!/usr/bin/env bash
# Runs every test project in the solution and ends with one line: "N passed, N failed, N skipped".
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Storage").
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The PostgreSQL tests (storage contract, db copy, scale-out) need a server. Without ALIGNMENTBOT_TEST_POSTGRES,
# start a throwaway one for this run when PostgreSQL is installed; tests/postgres.sh stops and deletes it afterwards.
if [ -z "${ALIGNMENTBOT_TEST_POSTGRES:-}" ] && tests/postgres.sh available; then
  exec tests/postgres.sh run "$0" "$@"
fi

rm -rf tests/*/TestResults
dotnet test AlignmentBot.sln --logger trx "$@"
status=$?

shopt -s nullglob
trx=(tests/*/TestResults/*.trx)
passed=0; failed=0; skipped=0
for file in "${trx[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$file")
  total=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")
  executed=$(sed -E 's/.* executed="([0-9]+)".*/\1/' <<<"$counters")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + total - executed))
done

projects=$(ls -d tests/*.Tests 2>/dev/null | wc -l)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any test could report: count it, never hide it.
  echo "dotnet test exited with $status but no test reported a failure (build error or crashed test host); ${#trx[@]} of $projects test projects reported."
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
