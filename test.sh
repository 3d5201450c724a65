#!/usr/bin/env bash
# ActorMoo's test command: builds everything and runs every test project.
#
# It starts a private, throwaway PostgreSQL on loopback (installing Debian's `postgresql` package
# with apt-get when it is missing) and exports its connection string as ACTORMOO_TEST_POSTGRES.
# Suites that need PostgreSQL read that variable and FAIL (never skip) when it is missing or the
# server is unreachable. Set ACTORMOO_TEST_POSTGRES yourself to use an existing server instead.
#
# Usage: ./test.sh [extra `dotnet test` arguments, e.g. --filter FullyQualifiedName~Hocon]
set -euo pipefail
cd "$(dirname "$0")"
repo=$(pwd)

log() { printf '[test.sh] %s\n' "$*" >&2; }

find_pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

install_postgres() {
  log "PostgreSQL not found; installing Debian's postgresql package"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

pg_dir=""
pg_bin=""
pg_user=""
stop_postgres() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    as_pg_user "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}

# PostgreSQL refuses to run as root: run its tools as the `postgres` system user then.
as_pg_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}

start_postgres() {
  pg_bin=$(find_pg_bin) || { install_postgres; pg_bin=$(find_pg_bin); }
  pg_user=$(id -un)
  [ "$(id -u)" -ne 0 ] || pg_user=postgres
  pg_dir=$(mktemp -d /tmp/actormoo-pg.XXXXXX)
  chmod 755 "$pg_dir"
  [ "$(id -u)" -ne 0 ] || chown "$pg_user" "$pg_dir"
  local port; port=$(free_port)
  as_pg_user "$pg_bin/initdb" -D "$pg_dir/data" -U actormoo --auth=trust -E UTF8 --no-locale >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; exit 1; }
  # Tuned for a throwaway test server: durable enough for the crash tests (fsync stays on).
  as_pg_user "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pg_dir -c max_connections=200 -c shared_buffers=128MB" \
    start >/dev/null || { cat "$pg_dir/server.log" >&2; exit 1; }
  as_pg_user "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U actormoo actormoo_test
  export ACTORMOO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=actormoo;Database=actormoo_test;Pooling=true;Maximum Pool Size=100"
  log "private PostgreSQL on 127.0.0.1:$port ($pg_dir)"
}

# The web client's browser tests drive Debian's Chromium with Playwright (never a downloaded
# browser). ACTORMOO_TEST_CHROMIUM promises it: those tests then FAIL, not skip, if it cannot start.
provide_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    log "Chromium not found; installing Debian's chromium package"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  fi
  export ACTORMOO_TEST_CHROMIUM="$(command -v chromium)"
}

# The telnet edge's end-to-end test drives Debian's TinTin++ (`tt++`, in /usr/games) headless;
# that test fails, not skips, when the client is missing.
provide_tintin() {
  if ! command -v tt++ >/dev/null 2>&1 && [ ! -x /usr/games/tt++ ]; then
    log "TinTin++ not found; installing Debian's tintin++ package"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq tintin++ >/dev/null
  fi
}

trap stop_postgres EXIT
[ -n "${ACTORMOO_TEST_CHROMIUM:-}" ] || provide_chromium
provide_tintin
if [ -z "${ACTORMOO_TEST_POSTGRES:-}" ]; then
  start_postgres
else
  log "using ACTORMOO_TEST_POSTGRES from the environment"
fi

log "building"
dotnet build "$repo/ActorMoo.sln" -c Release -nologo -clp:ErrorsOnly

log "running tests"
test_log="${TMPDIR:-/tmp}/actormoo-test.$$.log"
set +e
dotnet test "$repo/ActorMoo.sln" -c Release --no-build -nologo "$@" 2>&1 | tee "$test_log"
status=${PIPESTATUS[0]}
set -e

# One closing line a reader (and CI) can rely on: totals over every test project.
python3 - "$test_log" <<'PY' || true
import re, sys
p = f = s = 0
for line in open(sys.argv[1], errors="replace"):
    m = re.search(r"Failed:\s+(\d+), Passed:\s+(\d+), Skipped:\s+(\d+)", line)
    if m:
        f += int(m.group(1)); p += int(m.group(2)); s += int(m.group(3))
print(f"{p} passed, {f} failed, {s} skipped")
PY
rm -f "$test_log"
exit "$status"
