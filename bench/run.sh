#!/usr/bin/env bash
# HTTP load harness: our Slack and Teams endpoints against the vendors' own SDKs, all on loopback.
#
#   bench/run.sh                 # Slack and Teams traffic: peer, ours with an echo bot, ours with the product bot
#   bench/run.sh --quick         # the same with 2 s warm-up + 5 s measured, as a smoke check
#   bench/run.sh slack           # only Slack traffic (or: teams)
#   SERVERS="peer echo" DURATION=60 CONNECTIONS=32 bench/run.sh teams
#   ROUNDS=3 SERVERS="peer echo" bench/run.sh slack   # three paired rounds; the throughput target is judged on the median ratio
#
# What runs. A loopback stub plays Slack's Web API (auth.test, users.info, chat.postMessage) and the Bot Connector
# (POST /v3/conversations/{id}/activities[/{activityId}]) and counts every call; it is one process for the whole run
# (bench/AlignmentBot.LoadTest `stub`). Then, one server at a time and alone on the machine besides wrk and the
# stub (start, warm up, measure, drain, stop), each server gets the same traffic:
#   Slack  signed Events API event_callback/app_mention requests to POST /slack/events. Every request is unique
#          (event_id, channel, text); senders come from a pool of 50 user ids. Signature: Slack v0, HMAC-SHA256 over
#          "v0:{timestamp}:{body}" with the signing secret, in X-Slack-Signature / X-Slack-Request-Timestamp.
#   Teams  Bot Framework message activities to POST /api/messages, each with its own activity id and conversation
#          id, channelId "msteams", serviceUrl = the stub, and no Authorization header: every server runs without
#          an app id, which is authentication off for local development (ours then accepts loopback callers only;
#          the SDK accepts anyone). Nothing here is a production configuration.
# Servers (SERVERS="peer echo product" by default):
#   peer     Slack: @slack/bolt 5.1.0, default HTTP receiver, app_mention -> say()           (bench/peers/slack)
#            Teams: botbuilder 4.23.3 CloudAdapter on node http, message -> sendActivity()    (bench/peers/teams)
#   echo     our real web host (WebHost.Build) with only IBot replaced by a one-line echo: signature check, dedupe,
#            background queue, Slack Web API client and Connector client are the product's. It runs with the
#            product's own runtimeconfig (GC mode and all), so only the bot differs. Language understanding goes
#            with the bot: the product warms it up only for its own bot, so the echo host does not load it (about
#            58 MB of RSS) unless ECHO_KEEP_LANGUAGE=1.
#   product  the real bot (src/AlignmentBot.Host), language understanding and dialogs included; informational.
# Every server answers each request with one message ("echo: <text>"; the product says what it says).
#
# How it measures. wrk (-t THREADS -c CONNECTIONS, closed loop) replays pre-generated raw requests, each once
# (bench/load/replay.lua): its Lua has no HMAC, so `AlignmentBot.LoadTest gen-slack|gen-teams` writes them right
# before each phase (timestamps must be within Slack's 5-minute window). The warm-up phase's rate sizes the
# measured phase's file (4x, at most MAX_RATE/s). After the measured phase the stub waits until replies stop
# (up to DRAIN_MAX s). Per server: 2xx req/s, wrk's p50/p99 latency, non-2xx and socket errors, peak RSS (VmHWM of
# the server process, warm-up included), replies per request key (answered / duplicates / missing) and how long
# the replies trailed the last response (Slack acks before it replies; so does our Teams endpoint).
# Output: a markdown table with the echo-row targets (bench/README.md) as met/unmet, printed and written to bench/results/<time>.md
# (raw rows in <time>.jsonl). Exit status 0 when every target is met, 3 when one is not, anything else on failure.
#
# Rounds. ROUNDS=N (1) measures every server N times per traffic, the peer and ours back to back in each round and in
# the opposite order every other round. This machine's speed drifts by more than 10% within an hour (the same build gave
# 5,052-6,528 req/s), so one run of each compares two different machines; a round's ratio compares runs minutes apart,
# and with N > 1 the req/s target is judged on the median of the rounds' ratios (each round's ratio is printed too),
# the p99 target in every round, and peak RSS, errors and exactly-once in every row.
#
# Settings (environment): DURATION (30 s), WARMUP (10 s), CONNECTIONS (16), THREADS (2), TIMEOUT (10 s, wrk's
# per-request timeout), MAX_RATE (40000 req/s, the most requests a phase generates per second), DRAIN_MAX (30 s),
# SERVERS, PORT (29780, every server in turn), STUB_PORT (29790) (both below Linux's ephemeral port range,
# 32768-60999, so no outgoing connection on the machine can be holding them), WAIT_QUIET (0; with N, wait up to N s
# before each server until other work leaves the machine at most 25% busy), KEEP_WORK=1 (keep the temporary folder
# with the servers' logs and wrk's output), ALLOC_TOP=1 (the echo host writes the 40 types it allocated most, sampled every
# 100 KB by the runtime, to its log when it stops; use with KEEP_WORK=1), MALLOC_STATS=1 (the echo host logs glibc's
# malloc totals, in use and held free, and its resident set once a second; use with KEEP_WORK=1), PAUSES=1 (the echo host
# writes the runtime's stop-the-world pauses (count, p50, p99, max) and thread-pool starvation injections to its log when
# it stops; use with KEEP_WORK=1). Our hosts get only
# environment variables:
# urls, Slack__BotToken, Slack__SigningSecret, Slack__ApiBaseUrl, Slack__SocketMode=false, Slack__PaceRequests=false
# and BotFramework__Pacing__Enabled=false (client-side pacing to Slack's and Teams' published limits is for the real
# platforms, not for a stub; a 429 would still be honoured), a throwaway SQLite file, Logging at Warning.
#
# Prerequisites: the .NET 10 SDK, node 20+ with npm (the peers are installed with `npm ci` from their lock files),
# curl, and wrk (installed with `apt-get install -y wrk` when missing; that needs root). Linux (/proc for RSS).
# Every process the script starts is stopped on exit, Ctrl-C included. Uses about 1 GB of /tmp per phase.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

TRAFFIC=()
QUICK=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    slack | teams) TRAFFIC+=("$arg") ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done
[ ${#TRAFFIC[@]} -gt 0 ] || TRAFFIC=(slack teams)
if [ "$QUICK" = 1 ]; then
  DURATION=${DURATION:-5} WARMUP=${WARMUP:-2} DRAIN_MAX=${DRAIN_MAX:-15}
fi
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-1}
ROUND=1
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-10}
MAX_RATE=${MAX_RATE:-40000}
DRAIN_MAX=${DRAIN_MAX:-30}
SERVERS=${SERVERS:-peer echo product}
PORT=${PORT:-29780}
STUB_PORT=${STUB_PORT:-29790}
SECRET=bench-signing-secret-0123456789abcdef
if [ "$DURATION" -gt 270 ] || [ "$WARMUP" -gt 270 ]; then
  echo "DURATION and WARMUP must stay under 270 s: Slack signatures are only valid for 5 minutes." >&2
  exit 2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/alignmentbot-bench.XXXXXX")
declare -A STARTED=()   # pid -> name, for cleanup

stop_pid() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "STARTED[$pid]"
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for pid in "${!STARTED[@]}"; do
    stop_pid "$pid"
  done
  if [ -n "${KEEP_WORK:-}" ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'echo; echo "interrupted" >&2; exit 130' INT TERM

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# A number from a flat JSON object: json_num name json
json_num() { grep -o "\"$1\":[0-9.]*" <<<"$2" | head -1 | cut -d: -f2; }

# --- prerequisites and builds -------------------------------------------------------------------------------
command -v dotnet >/dev/null || die "dotnet (the .NET 10 SDK) is required"
command -v curl >/dev/null || die "curl is required"
if [[ " $SERVERS " == *" peer "* ]]; then
  command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are required for the peers (or set SERVERS without peer)"
fi
if ! command -v wrk >/dev/null; then
  log "installing wrk (apt-get install -y wrk)"
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y wrk >/dev/null; }) || die "could not install wrk"
  else
    die "wrk is missing: apt-get install -y wrk (as root)"
  fi
fi

log "building bench/AlignmentBot.LoadTest and src/AlignmentBot.Host (Release)"
dotnet build -c Release bench/AlignmentBot.LoadTest -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "build failed"; }
LOADTEST_DIR=$ROOT/bench/AlignmentBot.LoadTest/bin/Release/net10.0
LOADTEST=(dotnet "$LOADTEST_DIR/AlignmentBot.LoadTest.dll")
HOST_DLL=$ROOT/src/AlignmentBot.Host/bin/Release/net10.0/AlignmentBot.Host.dll
[ -f "$HOST_DLL" ] || die "$HOST_DLL was not built"
# The echo host runs with the product's runtimeconfig, so GC mode and runtime switches are the product's.
ECHO_CMD=(dotnet exec --runtimeconfig "${HOST_DLL%.dll}.runtimeconfig.json" --depsfile "$LOADTEST_DIR/AlignmentBot.LoadTest.deps.json" "$LOADTEST_DIR/AlignmentBot.LoadTest.dll" echo)

if [[ " $SERVERS " == *" peer "* ]]; then
  for traffic in "${TRAFFIC[@]}"; do
    dir=bench/peers/$traffic
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      log "npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm-$traffic.log" 2>&1) || { cat "$WORK/npm-$traffic.log" >&2; die "npm ci failed in $dir"; }
    fi
  done
fi

for port in "$PORT" "$STUB_PORT"; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then
    die "something already listens on 127.0.0.1:$port; set PORT/STUB_PORT"
  fi
done

# --- processes ---------------------------------------------------------------------------------------------------
wait_http() { # url pid name: until the server answers anything over HTTP
  local url=$1 pid=$2 name=$3
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$WORK/$name.log" >&2; die "$name exited while starting"; }
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" || true)
    [ "$code" != "000" ] && [ -n "$code" ] && return 0
    sleep 0.1
  done
  tail -n 30 "$WORK/$name.log" >&2
  die "$name did not start within 60 s"
}

log "starting the Slack/Connector stub on 127.0.0.1:$STUB_PORT"
# The stub should take as little of the machine as it can: workstation GC, socket completions run inline (its
# handlers never block), and no thread-pool spinning, which doubled its CPU per reply at under 1,000 replies a second.
DOTNET_gcServer=0 DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 \
  "${LOADTEST[@]}" stub --port "$STUB_PORT" >"$WORK/stub.log" 2>&1 &
STUB_PID=$!
STARTED[$STUB_PID]=stub
wait_http "http://127.0.0.1:$STUB_PORT/stats" "$STUB_PID" stub
STUB=http://127.0.0.1:$STUB_PORT

start_server() { # traffic server -> sets SERVER_PID
  local traffic=$1 server=$2 name="$1-$2"
  case "$server" in
    peer)
      if [ "$traffic" = slack ]; then
        PORT=$PORT SLACK_SIGNING_SECRET=$SECRET SLACK_BOT_TOKEN=xoxb-bench SLACK_API_URL="$STUB/api/" \
          node bench/peers/slack/app.mjs >"$WORK/$name.log" 2>&1 &
      else
        PORT=$PORT node bench/peers/teams/app.js >"$WORK/$name.log" 2>&1 &
      fi
      ;;
    echo | product)
      local cmd=("${ECHO_CMD[@]}")
      [ "$server" = product ] && cmd=(dotnet "$HOST_DLL")
      rm -f "$WORK/$name.db"*
      env urls="http://127.0.0.1:$PORT" \
        Slack__BotToken=xoxb-bench Slack__SigningSecret="$SECRET" Slack__ApiBaseUrl="$STUB/api/" \
        Slack__SocketMode=false Slack__PaceRequests=false BotFramework__Pacing__Enabled=false \
        ConnectionStrings__AlignmentBot="Data Source=$WORK/$name.db" \
        Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Warning \
        "${cmd[@]}" >"$WORK/$name.log" 2>&1 &
      ;;
  esac
  SERVER_PID=$!
  STARTED[$SERVER_PID]=$name
  if [ "$server" = peer ]; then
    wait_http "http://127.0.0.1:$PORT/" "$SERVER_PID" "$name"
  else
    wait_http "http://127.0.0.1:$PORT/healthz" "$SERVER_PID" "$name"
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" || die "$name: /healthz is not healthy"
  fi
}

# --- one server ---------------------------------------------------------------------------------------------------
RUN_SEQ=0
generate() { # traffic count file-prefix -> sets KEY_PREFIX
  local traffic=$1 count=$2 out=$3
  RUN_SEQ=$((RUN_SEQ + 1))
  local run=$(( $(date +%s) % 100000 ))$RUN_SEQ
  if [ "$traffic" = slack ]; then
    "${LOADTEST[@]}" gen-slack --out "$out" --files "$THREADS" --count "$count" --run "$run" --host "127.0.0.1:$PORT" --secret "$SECRET" >/dev/null
    KEY_PREFIX="C${run}Q"
  else
    "${LOADTEST[@]}" gen-teams --out "$out" --files "$THREADS" --count "$count" --run "$run" --host "127.0.0.1:$PORT" --service-url "$STUB/" >/dev/null
    KEY_PREFIX="a:${run}Q"
  fi
}

phase() { # name seconds file-prefix -> sets WRK_JSON
  local name=$1 seconds=$2 requests=$3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout "${TIMEOUT}s" --latency -s bench/load/replay.lua \
    "http://127.0.0.1:$PORT" -- "$requests" >"$WORK/wrk-$name.txt" 2>&1 || { cat "$WORK/wrk-$name.txt" >&2; die "wrk failed"; }
  WRK_JSON=$(grep '^BENCH_JSON ' "$WORK/wrk-$name.txt" | cut -d' ' -f2-)
  [ -n "$WRK_JSON" ] || { cat "$WORK/wrk-$name.txt" >&2; die "wrk printed no results"; }
}

drain() { # 2xx-count -> stub stats JSON after the replies stopped
  curl -sf --max-time $((DRAIN_MAX + 10)) "$STUB/drain?expect=$1&quietMs=3000&maxMs=$((DRAIN_MAX * 1000))"
}

CLK_TCK=$(getconf CLK_TCK)
machine_ticks() { # user + system CPU time of the whole machine so far, in clock ticks (interrupts are nobody's)
  awk '/^cpu / { print $2 + $3 + $4; exit }' /proc/stat
}
children_ticks() { # CPU time of this shell's reaped children (wrk, curl, ...), in clock ticks
  sed 's/^.*) //' "/proc/$$/stat" | awk '{ print $14 + $15 }'
}
machine_busy_pct() { # share of the machine busy over the next 2 s
  local t0 b0 t1 b1
  read -r t0 b0 < <(awk '/^cpu / { print $2+$3+$4+$5+$6+$7+$8, $2+$3+$4+$7+$8; exit }' /proc/stat)
  sleep 2
  read -r t1 b1 < <(awk '/^cpu / { print $2+$3+$4+$5+$6+$7+$8, $2+$3+$4+$7+$8; exit }' /proc/stat)
  echo $(( (b1 - b0) * 100 / (t1 - t0 > 0 ? t1 - t0 : 1) ))
}
wait_quiet() { # with WAIT_QUIET=seconds, wait (at most that long) until the machine is under 25% busy
  [ "${WAIT_QUIET:-0}" -gt 0 ] || return 0
  local deadline=$((SECONDS + WAIT_QUIET)) busy
  while busy=$(machine_busy_pct) && [ "$busy" -ge 25 ]; do
    if [ $SECONDS -ge $deadline ]; then log "machine still ${busy}% busy after waiting ${WAIT_QUIET}s; going on"; return 0; fi
    log "machine ${busy}% busy with other work; waiting for it to calm down"
    sleep 10
  done
}
cpu_ticks() { # pid -> user + system CPU time so far, in clock ticks (fields 14 and 15 after the command name)
  sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

rate() { # wrk JSON -> 2xx per second, integer
  local requests status duration
  requests=$(json_num requests "$1"); status=$(json_num status "$1"); duration=$(json_num duration_us "$1")
  echo $(( (requests - status) * 1000000 / (duration > 0 ? duration : 1) ))
}

label() {
  case "$1/$2" in
    slack/peer) echo "Bolt 5.1.0 (peer)" ;;
    teams/peer) echo "botbuilder 4.23.3 (peer)" ;;
    */echo) echo "ours, echo bot" ;;
    */product) echo "ours, product bot" ;;
  esac
}

measure() { # traffic server
  local traffic=$1 server=$2 name="$1-$2"
  wait_quiet
  log "$name: generating $((MAX_RATE * WARMUP)) warm-up requests"
  generate "$traffic" $((MAX_RATE * WARMUP)) "$WORK/req-warm"
  log "$name: starting"
  start_server "$traffic" "$server"
  curl -sf -o /dev/null -X POST "$STUB/reset?prefix=$KEY_PREFIX"
  log "$name: warm-up ${WARMUP}s"
  phase "$name-warm" "$WARMUP" "$WORK/req-warm"
  local warm_ok warm_rps
  warm_ok=$(( $(json_num requests "$WRK_JSON") - $(json_num status "$WRK_JSON") ))
  warm_rps=$(rate "$WRK_JSON")
  drain "$warm_ok" >/dev/null
  rm -f "$WORK"/req-warm.*

  local per_second=$((warm_rps * 4 > 5000 ? warm_rps * 4 : 5000))
  per_second=$((per_second < MAX_RATE ? per_second : MAX_RATE))
  log "$name: warm-up ran at $warm_rps req/s; generating $((per_second * DURATION)) requests"
  generate "$traffic" $((per_second * DURATION)) "$WORK/req-measure"
  curl -sf -o /dev/null -X POST "$STUB/reset?prefix=$KEY_PREFIX"
  log "$name: measuring ${DURATION}s"
  local server_cpu stub_cpu
  server_cpu=$(cpu_ticks "$SERVER_PID"); stub_cpu=$(cpu_ticks "$STUB_PID")
  # Everything else the machine did while wrk ran: all CPU time minus the server's, the stub's and wrk's
  # (wrk's from this shell's reaped-children time), as a share of both cores.
  local machine_before ours_before children_before others_pct wrk_cpu
  machine_before=$(machine_ticks); ours_before=$(( $(cpu_ticks "$SERVER_PID") + $(cpu_ticks "$STUB_PID") )); children_before=$(children_ticks)
  phase "$name" "$DURATION" "$WORK/req-measure"
  wrk_cpu=$(( ($(children_ticks) - children_before) * 1000 / CLK_TCK ))
  others_pct=$(awk -v m0="$machine_before" -v m1="$(machine_ticks)" -v o0="$ours_before" -v o1="$(( $(cpu_ticks "$SERVER_PID") + $(cpu_ticks "$STUB_PID") ))" \
    -v c0="$children_before" -v c1="$(children_ticks)" -v all="$(( $(nproc) * DURATION * CLK_TCK ))" \
    'BEGIN { v = ((m1 - m0) - (o1 - o0) - (c1 - c0)) * 100 / all; printf "%.0f", v < 0 ? 0 : v }')
  local ok stub_json rss memory
  ok=$(( $(json_num requests "$WRK_JSON") - $(json_num status "$WRK_JSON") ))
  log "$name: $(rate "$WRK_JSON") req/s; waiting for the replies to $ok requests"
  stub_json=$(drain "$ok")
  # CPU the server spent on the measured requests, their replies included: a figure other load on the machine
  # disturbs much less than req/s.
  server_cpu=$(( ($(cpu_ticks "$SERVER_PID") - server_cpu) * 1000 / CLK_TCK ))
  stub_cpu=$(( ($(cpu_ticks "$STUB_PID") - stub_cpu) * 1000 / CLK_TCK ))
  rss=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status" 2>/dev/null || echo 0)
  # What the peak is made of, at the end: anonymous memory (heaps) and mapped files (runtime, node, libraries).
  memory=$(awk '/^(VmRSS|RssAnon|RssFile):/ { sub(":", "", $1); printf "%s\"%s_kb\":%s", (n++ ? "," : ""), tolower($1), $2 }' "/proc/$SERVER_PID/status" 2>/dev/null || true)
  stop_pid "$SERVER_PID"
  rm -f "$WORK"/req-measure.*
  printf '{"round":%s,"traffic":"%s","server":"%s","label":"%s","warm_rps":%s,"rss_kb":%s,"memory_at_end":{%s},"server_cpu_ms":%s,"stub_cpu_ms":%s,"wrk_cpu_ms":%s,"others_cpu_pct":%s,"wrk":%s,"stub":%s}\n' \
    "$ROUND" "$traffic" "$server" "$(label "$traffic" "$server")" "$warm_rps" "${rss:-0}" "$memory" "$server_cpu" "$stub_cpu" "$wrk_cpu" "$others_pct" "$WRK_JSON" "$stub_json" >>"$WORK/results.jsonl"
  log "$name: done (replies $(json_num distinct "$stub_json") distinct, $(json_num duplicates "$stub_json") duplicates; peak RSS $(( ${rss:-0} / 1024 )) MB)"
  if grep -qiE 'unhandled|exception|fail|^echo host:' "$WORK/$name.log"; then
    log "$name: its log says:"; grep -iE 'unhandled|exception|fail|^echo host:' "$WORK/$name.log" | sort | uniq -c | sort -rn | head -5 >&2
  fi
}

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v cores="$(nproc)" '{ exit !($1 > cores * 0.75) }' /proc/loadavg; then
  log "warning: load average $LOAD_BEFORE on $(nproc) cores: other processes are busy, so the numbers will be noisy"
fi
for traffic in "${TRAFFIC[@]}"; do
  for ROUND in $(seq 1 "$ROUNDS"); do
    # Every other round runs the servers in the opposite order, so a drift in the machine's speed during the run
    # does not favour the server that always goes first.
    order=$SERVERS
    [ $((ROUND % 2)) = 0 ] && order=$(tr ' ' '\n' <<<"$SERVERS" | grep . | tac | tr '\n' ' ')
    for server in $order; do
      [ "$ROUNDS" -gt 1 ] && log "round $ROUND of $ROUNDS"
      measure "$traffic" "$server"
    done
  done
done

# --- report --------------------------------------------------------------------------------------------------------
mkdir -p bench/results
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- src 2>/dev/null || COMMIT="$COMMIT + uncommitted src changes"
SETUP="$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg). \
wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up + ${DURATION} s measured per server, timeout ${TIMEOUT} s; commit $COMMIT; \
$(dotnet --version | sed 's/^/.NET SDK /'), node $(node --version 2>/dev/null || echo -), $( (wrk --version 2>&1 || true) | head -1 | cut -d' ' -f1-2)."
set +e
"${LOADTEST[@]}" report --results "$WORK/results.jsonl" --out "bench/results/$STAMP.md" --title "$STAMP" --setup "$SETUP"
status=$?
set -e
cp "$WORK/results.jsonl" "bench/results/$STAMP.jsonl"
log "written bench/results/$STAMP.md and .jsonl"
exit "$status"
