#!/usr/bin/env bash
# Cold start: from process start to the first answered turn, and the resident set once idle.
#
#   bench/cold-start.sh               # publishes the host (Release) to a temporary folder, then 5 runs
#   RUNS=10 bench/cold-start.sh
#   HOST_DIR=out/alignmentbot bench/cold-start.sh   # measure an already published folder instead
#
# Each run starts the published host (`dotnet AlignmentBot.Host.dll`, as deploy/Dockerfile and the systemd unit do)
# on a fresh SQLite file, then talks to it through the local web chat endpoint (POST /api/messages with
# deliveryMode expectReplies, docs/channels/webchat-and-terminal.md), so an answer is in the HTTP response:
#   first    "I'm in marketing", sent every 20 ms until it is answered: the first answered turn. It records the role,
#            and needs no language understanding.
#   understood  right after it, "how many MQLs did we get last month?": a turn that goes through the language model
#            (intent and dates), so a model still loading in the background cannot hide.
# Times are milliseconds from just before the process is started; "CPU" is the host's own user+system time when the
# first answer came (from /proc/<pid>/stat), which depends much less on what else the machine is doing. Then the script waits IDLE seconds (10) with no
# traffic and reads VmRSS from /proc/<pid>/status. Printed per run, then median/min/max, with the load average
# before the first and after the last run (the machine may be shared; say so with the figures).
#
# Settings (environment): RUNS (5), PORT (29881), IDLE (10), HOST_DIR (publish when empty), TIMEOUT (180 s per run).
# Prerequisites: the .NET 10 SDK, curl, Linux (/proc). Every process it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
RUNS=${RUNS:-5}
PORT=${PORT:-29881}
IDLE=${IDLE:-10}
TIMEOUT=${TIMEOUT:-180}
WORK=$(mktemp -d)
PID=
cleanup() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -z "${HOST_DIR:-}" ]]; then
  HOST_DIR=$WORK/host
  echo "publishing src/AlignmentBot.Host (Release) ..." >&2
  dotnet publish src/AlignmentBot.Host/AlignmentBot.Host.csproj -c Release -o "$HOST_DIR" -p:UseAppHost=false -v q -nologo >&2
fi

activity() { # id text
  printf '{"type":"message","id":"%s","channelId":"webchat","serviceUrl":"http://localhost:%s/","from":{"id":"cold-1","name":"Cold"},"recipient":{"id":"alignmentbot"},"conversation":{"id":"webchat-cold"},"text":"%s","deliveryMode":"expectReplies"}' "$1" "$PORT" "$2"
}
post() { # body -> response on stdout, non-zero unless 200
  curl -sf --max-time 30 -H 'Content-Type: application/json' --data "$1" "http://127.0.0.1:$PORT/api/messages"
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
firsts=(); understoods=(); rsss=(); cpus=()
for run in $(seq 1 "$RUNS"); do
  db=$WORK/run$run.db
  start=$(now_ms)
  ConnectionStrings__AlignmentBot="Data Source=$db" Urls="http://127.0.0.1:$PORT" Logging__LogLevel__Default=Warning \
    dotnet "$HOST_DIR/AlignmentBot.Host.dll" >"$WORK/run$run.log" 2>&1 &
  PID=$!
  until reply=$(post "$(activity "first-$run" "I'm in marketing")" 2>/dev/null); do
    if ! kill -0 "$PID" 2>/dev/null; then echo "run $run: the host exited; its log:" >&2; cat "$WORK/run$run.log" >&2; exit 1; fi
    if (( $(now_ms) - start > TIMEOUT * 1000 )); then echo "run $run: no answer in $TIMEOUT s" >&2; exit 1; fi
    sleep 0.02
  done
  first=$(( $(now_ms) - start ))
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$PID/stat")
  grep -q '"activities":\[{' <<<"$reply" || { echo "run $run: the first turn was not answered: $reply" >&2; exit 1; }
  reply=$(post "$(activity "understood-$run" "how many MQLs did we get last month?")")
  understood=$(( $(now_ms) - start ))
  grep -q '"activities":\[{' <<<"$reply" || { echo "run $run: the second turn was not answered: $reply" >&2; exit 1; }
  sleep "$IDLE"
  rss=$(awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  echo "run $run: first answer ${first} ms (CPU ${cpu} ms), understood answer ${understood} ms, idle RSS ${rss} MB (load $(cut -d' ' -f1 /proc/loadavg))"
  firsts+=("$first"); understoods+=("$understood"); rsss+=("$rss"); cpus+=("$cpu")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

stats() { # values... -> "median min max"
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }'
}
read -r fm fmin fmax <<<"$(stats "${firsts[@]}")"
read -r um umin umax <<<"$(stats "${understoods[@]}")"
read -r rm rmin rmax <<<"$(stats "${rsss[@]}")"
read -r cm cmin cmax <<<"$(stats "${cpus[@]}")"
echo
echo "| $RUNS runs | median | min | max |"
echo "|---|---:|---:|---:|"
echo "| first answered turn | ${fm} ms | ${fmin} ms | ${fmax} ms |"
echo "| host CPU time until the first answer | ${cm} ms | ${cmin} ms | ${cmax} ms |"
echo "| first understood turn | ${um} ms | ${umin} ms | ${umax} ms |"
echo "| idle RSS after ${IDLE} s | ${rm} MB | ${rmin} MB | ${rmax} MB |"
echo
echo "load average (1/5/15 min): before $load_before, after $load_after; $(nproc) cores"
