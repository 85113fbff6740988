#!/usr/bin/env bash
# A throwaway PostgreSQL for tests: `start` makes a cluster in a temporary folder, listening on
# 127.0.0.1 and a free port only, and prints the shell lines that export
# WARMLINE_TEST_DATABASE_URL (a superuser URL) and WARMLINE_TEST_PG_DIR; `stop DIR` stops it and
# deletes the folder. As root it runs the server as the `postgres` user (root may not run it).
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)." >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/warmline-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    echo "export WARMLINE_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    echo "export WARMLINE_TEST_PG_DIR=$dir"
    ;;
  stop)
    dir="${2:?usage: test-postgres.sh stop DIR}"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: test-postgres.sh start | stop DIR" >&2; exit 2 ;;
esac
