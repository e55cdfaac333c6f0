#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: initdb into a temp directory, listen on a free loopback port,
# stop and delete everything afterwards. Nothing is installed or left running.
#
#   tests/postgres.sh run ./test.sh          start a server, run the command with ALIGNMENTBOT_TEST_POSTGRES set, stop it
#   tests/postgres.sh start DIR              start a server in DIR (empty or missing); prints its connection string
#   tests/postgres.sh stop DIR               stop the server in DIR and delete DIR
#   tests/postgres.sh available              exit 0 when PostgreSQL's server binaries are installed
#
# The connection string is for a superuser on a database named "postgres"; tests create a database of their own
# from it. initdb refuses to run as root, so as root the server runs as the unprivileged "postgres" user (Debian's
# package creates it). Authentication is "trust", which is safe only because the server listens on 127.0.0.1 and
# lives as long as one test run.
set -euo pipefail

bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  return 1
}

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 200); do
    # Below Linux's ephemeral range (32768-60999): an outgoing connection cannot take the port before the server binds it.
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free loopback port found" >&2
  return 1
}

start() {
  local dir=$1 bin port
  bin=$(bindir) || { echo "PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BINDIR)" >&2; return 1; }
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir" 2>/dev/null || { id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres; chown postgres "$dir"; }; fi
  as_server_user "$bin/initdb" -D "$dir/data" -U alignmentbot --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  for _ in 1 2 3; do
    port=$(free_port)
    # The socket goes in DIR too: /var/run/postgresql may not exist or belong to someone else.
    if as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
         -o "-h 127.0.0.1 -p $port -k $dir -c max_connections=300 -c shared_buffers=64MB" start >/dev/null 2>&1; then
      echo "$port" >"$dir/port"
      echo "Host=127.0.0.1;Port=$port;Username=alignmentbot;Database=postgres"
      return 0
    fi
  done
  cat "$dir/server.log" >&2 || true
  return 1
}

stop() {
  local dir=$1 bin
  [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ] && bin=$(bindir); then
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  available) bindir >/dev/null ;;
  start) start "${2:?usage: $0 start DIR}" ;;
  stop) stop "${2:?usage: $0 stop DIR}" ;;
  run)
    shift
    [ $# -gt 0 ] || { echo "usage: $0 run COMMAND [ARGS...]" >&2; exit 2; }
    dir=$(mktemp -d -t alignmentbot-pg.XXXXXX)
    trap 'stop "$dir"' EXIT
    if ALIGNMENTBOT_TEST_POSTGRES=$(start "$dir"); then
      export ALIGNMENTBOT_TEST_POSTGRES
    else
      # Run anyway: the tests that need PostgreSQL then fail and say why, the others still report.
      echo "tests/postgres.sh: could not start a PostgreSQL server; running without one" >&2
    fi
    status=0
    "$@" || status=$?
    exit "$status"
    ;;
  *) sed -n '2,14p' "$0" >&2; exit 2 ;;
esac
