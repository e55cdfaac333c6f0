#!/usr/bin/env bash
# CRM sync benchmark: the product's own `sync` command syncing a large HubSpot from the loopback stand-in, from an empty
# SQLite database, measured from outside; then a second, incremental run; then the scorecard over what was stored.
#
#   bench/crm-sync.sh                         # 100,000 contacts and 20,000 deals (the targets: < 60 s, peak RSS < 300 MB)
#   CONTACTS=20000 DEALS=4000 bench/crm-sync.sh
#
# What runs. `AlignmentBot.Benchmarks crm-standin` generates the CRM (365 days of a B2B funnel, seed 42) and serves HubSpot's
# search API on 127.0.0.1:$PORT in its own process, so the sync's resident set is measured alone. The product then runs
# as a user would: `sync connect hubspot --token-stdin --base-url ...`, then `sync --workspace bench` under
# /usr/bin/time -v (wall clock and maximum resident set size of the whole process), in Release. Pacing is off
# (Sync__HubSpot__RequestsPerSecond=0): HubSpot's published 5 search requests a second would make 600 pages take two
# minutes on their own against the real service; the benchmark measures the bot's own cost. Page size is HubSpot's
# maximum, 200. Then `AlignmentBot.Benchmarks crm-scorecard` adds three goals (MQLs, revenue, opportunities) and builds
# the scorecard 200 times after a warm-up, printing p50/p95/max and the CPU it used per build. The wall clock depends on
# what else the machine runs (the load average is printed); the CPU seconds do much less.
# Settings (environment): CONTACTS (100000), DEALS (20000), PORT (29810), KEEP_WORK=1 (keep the database and logs).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
CONTACTS=${CONTACTS:-100000}
DEALS=${DEALS:-20000}
PORT=${PORT:-29810}
TOKEN=pat-na1-bench-0000-0000-000000000000

dotnet build -c Release src/AlignmentBot.Host -v q -nologo >/dev/null
dotnet build -c Release bench/AlignmentBot.Benchmarks -v q -nologo >/dev/null
host=src/AlignmentBot.Host/bin/Release/net10.0/AlignmentBot.Host.dll
bench=bench/AlignmentBot.Benchmarks/bin/Release/net10.0/AlignmentBot.Benchmarks.dll
work=$(mktemp -d)
cleanup() {
  [ -n "${standin:-}" ] && kill "$standin" 2>/dev/null && wait "$standin" 2>/dev/null || true
  [ "${KEEP_WORK:-0}" = 1 ] && echo "work folder: $work" || rm -rf "$work"
}
trap cleanup EXIT

dotnet "$bench" crm-standin --contacts "$CONTACTS" --deals "$DEALS" --port "$PORT" --token "$TOKEN" >"$work/standin.log" 2>&1 &
standin=$!
for _ in $(seq 1 300); do grep -q '^listening' "$work/standin.log" && break; sleep 0.2; done
grep '^listening' "$work/standin.log" || { cat "$work/standin.log"; exit 1; }

export ConnectionStrings__AlignmentBot="Data Source=$work/bench.db" Sync__HubSpot__RequestsPerSecond=0 Sync__HubSpot__PageSize=200
echo "$TOKEN" | dotnet "$host" sync connect hubspot --workspace bench --token-stdin --base-url "http://127.0.0.1:$PORT/" >/dev/null

measure() {
  /usr/bin/time -v dotnet "$host" sync --workspace bench >"$work/$1.log" 2>"$work/$1.time" || { cat "$work/$1.log" "$work/$1.time"; exit 1; }
  wall=$(grep 'Elapsed (wall clock)' "$work/$1.time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$work/$1.time" | awk '{print $NF}')
  user=$(grep 'User time' "$work/$1.time" | awk '{print $NF}')
  sys=$(grep 'System time' "$work/$1.time" | awk '{print $NF}')
  share=$(grep 'Percent of CPU' "$work/$1.time" | awk '{print $NF}')
  echo "$1: $(tail -n 1 "$work/$1.log")"
  echo "$1: wall $wall, peak RSS $((rss / 1024)) MB, CPU ${user} s user + ${sys} s system ($share of a core), load average $(cut -d' ' -f1 /proc/loadavg)"
}
measure first
measure second
dotnet "$bench" crm-scorecard --db "$work/bench.db" --workspace bench --runs 200 | head -n 1
echo "stand-in: $(tail -n 1 "$work/standin.log" 2>/dev/null), CPU $(ps -o times= -p "$standin" | tr -d ' ') s so far"
