# Sourced by test.sh: starts local services the tests use (loopback only) and exports where they are.
# (capabilities add their services here)
true

# PostgreSQL (regions/storage): a throw-away cluster on 127.0.0.1 and a free port, for the store contract tests.
# Exports SMARTCITY_TEST_POSTGRES (an Npgsql connection string); stopped when test.sh exits.
smartcity_start_postgres() {
  [ -n "${SMARTCITY_TEST_POSTGRES:-}" ] && return 0
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "start-services: PostgreSQL not installed; PostgreSQL store tests will skip (fail under CI=true)" >&2
    return 0
  fi
  local dir run_as=()
  dir=$(mktemp -d /tmp/smartcity-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; run_as=(runuser -u postgres --); fi
  "${run_as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { echo "start-services: initdb failed, see $dir/initdb.log" >&2; return 0; }
  local port attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 30000))
    if "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null 2>&1; then
      SMARTCITY_PG_CTL=("${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop)
      SMARTCITY_PG_DIR=$dir
      export SMARTCITY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
      echo "start-services: PostgreSQL on 127.0.0.1:$port ($dir)"
      return 0
    fi
  done
  echo "start-services: PostgreSQL did not start, see $dir/server.log" >&2
}
smartcity_stop_postgres() {
  if [ -n "${SMARTCITY_PG_DIR:-}" ]; then "${SMARTCITY_PG_CTL[@]}" >/dev/null 2>&1 || true; rm -rf "$SMARTCITY_PG_DIR"; fi
}
smartcity_start_postgres
_smartcity_prev_exit_trap=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
trap "${_smartcity_prev_exit_trap:+$_smartcity_prev_exit_trap; }smartcity_stop_postgres" EXIT
