#!/usr/bin/env bash
# Runs every test project in the solution and ends with one line: "N passed, N failed, N skipped".
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Storage").
#
# Besides .NET, some tests need:
#   - node 20+ and npm, with `npm ci` done in tests/interop/slack and tests/interop/teams (done here when their
#     node_modules is missing or older than the lock file);
#   - PostgreSQL's server binaries (a throwaway server is started here unless ALIGNMENTBOT_TEST_POSTGRES is set);
#   - Chromium for the web chat browser tests (/usr/bin/chromium, or ALIGNMENTBOT_CHROMIUM).
# What is missing is named in one line, with the command that installs it, and the rest of the suite still runs;
# the tests that need it fail and say why. `bash .ci/run` installs the Debian packages, then runs this script.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

prepare() {
  local missing=() packages=()
  if [ ! -x "${ALIGNMENTBOT_CHROMIUM:-/usr/bin/chromium}" ]; then
    missing+=("chromium at ${ALIGNMENTBOT_CHROMIUM:-/usr/bin/chromium} (web chat browser tests)")
    packages+=(chromium)
  fi

  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1 \
     || ! node -e 'process.exit(parseInt(process.versions.node, 10) >= 20 ? 0 : 1)' >/dev/null 2>&1; then
    missing+=("node 20+ and npm (Slack and Teams interop tests)")
    packages+=(nodejs npm)
  else
    # npm packages for the interop tests: Microsoft's botbuilder (Teams) and Slack's Bolt, web-api and types.
    # Installed only when the lock file changed, so reruns are cheap.
    local interop
    for interop in tests/interop/slack tests/interop/teams; do
      if [ ! -f "$interop/node_modules/.package-lock.json" ] || [ "$interop/package-lock.json" -nt "$interop/node_modules/.package-lock.json" ]; then
        echo "test.sh: npm ci in $interop" >&2
        (cd "$interop" && npm ci --no-audit --no-fund --loglevel=error) >&2 \
          || missing+=("the npm packages of $interop (npm ci failed; its errors are above)")
      fi
    done
  fi

  if [ -z "${ALIGNMENTBOT_TEST_POSTGRES:-}" ] && ! tests/postgres.sh available; then
    missing+=("PostgreSQL's server binaries (storage, db copy and scale-out tests; or set ALIGNMENTBOT_TEST_POSTGRES)")
    packages+=(postgresql)
  fi

  if [ ${#missing[@]} -gt 0 ]; then
    local line="test.sh: missing ${missing[0]}"
    local item
    for item in "${missing[@]:1}"; do line+="; ${item}"; done
    if [ ${#packages[@]} -gt 0 ]; then
      line+=". Install on Debian/Ubuntu with: sudo apt-get install ${packages[*]} (or run: bash .ci/run)"
    fi
    echo "$line."
  fi
}

# Checked once per run: the PostgreSQL wrapper below runs this script a second time.
if [ -z "${ALIGNMENTBOT_TEST_PREPARED:-}" ]; then
  ALIGNMENTBOT_TEST_MISSING=$(prepare)
  export ALIGNMENTBOT_TEST_PREPARED=1 ALIGNMENTBOT_TEST_MISSING
  [ -z "$ALIGNMENTBOT_TEST_MISSING" ] || echo "$ALIGNMENTBOT_TEST_MISSING" >&2
fi

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
# What was missing at the start explains failures above; say it again where it will be read.
[ -z "${ALIGNMENTBOT_TEST_MISSING:-}" ] || echo "$ALIGNMENTBOT_TEST_MISSING"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
