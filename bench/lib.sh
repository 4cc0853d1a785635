#!/usr/bin/env bash
# Shared by the wrk scripts: settings from the environment, the cleanup trap that stops the
# servers a script started, the port checks and the Release build. A script sets
# bench_name, default_etk_port and default_bare_port, then sources this file.

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
etk_port="${ETK_PORT:-$default_etk_port}"
bare_port="${BARE_PORT:-$default_bare_port}"
wrk_args="${WRK_ARGS:--t2 -c32 -d8s}"
warmup_args="${WARMUP:--t2 -c32 -d3s}"
rounds="${ROUNDS:-3}"
server_cpu=()
client_cpu=()
if [[ "${PIN:-}" == 1 ]]; then
    server_cpu=(taskset -c 0)
    client_cpu=(taskset -c 1)
fi
api_key="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
app_data="$(mktemp -d "/tmp/etk-$bench_name.XXXXXX")"
logs="$(mktemp -d "/tmp/etk-$bench_name-logs.XXXXXX")"
etk_pid=""
bare_pid=""

stop() {
    local status=$?
    # Only the two servers this script started, by their ids.
    for pid in $etk_pid $bare_pid; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in $etk_pid $bare_pid; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$app_data"
    if [[ $status == 0 ]]; then
        rm -rf "$logs"
    else
        echo "Server logs kept in $logs" >&2
    fi
}
trap stop EXIT
trap 'exit 130' INT TERM

if ! command -v wrk >/dev/null; then
    echo "wrk is missing: apt-get install -y wrk" >&2
    exit 1
fi

for port in "$etk_port" "$bare_port"; do
    if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then
        echo "Port $port already answers; set ETK_PORT / BARE_PORT." >&2
        exit 1
    fi
done

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    echo "== building (Release)"
    dotnet build "$repo/src/ETamkeen.Web" -c Release -nologo -v q
    dotnet build "$repo/bench/BareApp" -c Release -nologo -v q
fi

web_bin="$repo/src/ETamkeen.Web/bin/Release/net10.0"
bare_bin="$repo/bench/BareApp/bin/Release/net10.0"
