#!/usr/bin/env bash
# Runs one command beside a throwaway PostgreSQL server made from Debian's packages, then removes
# the server and its files whatever the command did:
#
#   tests/postgres/with-postgres.sh COMMAND [ARGS...]
#
# The command gets TEST_POSTGRES_URL (the superuser, password over 127.0.0.1; the test support
# code makes one database per test on it) and TEST_POSTGRES_CTL (`sh "$TEST_POSTGRES_CTL" stop`
# or `start` takes the same server down and up again, for the outage tests).
#
# The server does not sync its writes (fsync off: durability is not what the tests check), unless
# WITH_POSTGRES_DURABLE=1 (make bench: its figures stand next to SQLite's synced commits).
#
# Not pg_virtualenv: run as root it keeps its cluster under the fixed name 15/regress and a shared
# pg_service.conf, so two tests (or two engineers) on one host would collide. This does what it
# does for a non-root user: its own data, socket directory and port per run.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "with-postgres: no PostgreSQL server found (scripts/install-deps.sh installs Debian's postgresql)" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/queue-pg.XXXXXX")
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  # initdb and postgres refuse to run as root; Debian's package made the postgres user.
  chown postgres: "$work"
  as_owner=(runuser -u postgres --)
fi

cleanup() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" >"$work/password"
[[ ${#as_owner[@]} -eq 0 ]] || chown postgres: "$work/password"
if ! "${as_owner[@]}" "$bindir/initdb" -D "$work/data" -U postgres --pwfile="$work/password" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 --nosync >"$work/initdb.log" 2>&1; then
  cat "$work/initdb.log" >&2
  exit 1
fi

# Durability is not under test here (fsync off), unless asked for; a test's instances need connections.
durability="-c fsync=off -c full_page_writes=off"
[[ "${WITH_POSTGRES_DURABLE:-}" == 1 ]] && durability=""
started=""
for _ in $(seq 1 20); do
  port=$((20000 + RANDOM % 30000))
  cat >"$work/ctl.sh" <<CTL
#!/bin/sh
# $1: stop | start | restart - this test's PostgreSQL server.
exec ${as_owner[*]} "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 30 -m fast \\
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 $durability -c max_connections=300" "\$1"
CTL
  if sh "$work/ctl.sh" start >/dev/null 2>&1; then
    started=1
    break
  fi
done
if [[ -z "$started" ]]; then
  echo "with-postgres: the server did not start" >&2
  cat "$work/server.log" >&2 || true
  exit 1
fi

export TEST_POSTGRES_URL="postgresql://postgres:${password}@127.0.0.1:${port}/postgres"
export TEST_POSTGRES_CTL="$work/ctl.sh"
"$@"
