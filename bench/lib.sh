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

# The servers run in Production with warnings only: the comparisons are of pipelines, not of logging.
start_etamkeen() {
    (
        cd "$web_bin"
        ASPNETCORE_ENVIRONMENT=Production \
        ETAMKEEN_APP_DATA="$app_data" \
        ETAMKEEN_ADMIN_PASSWORD='Passw0rd!2026' \
        ETamkeen__Tenants__ApiKey="$api_key" \
        ETamkeen__Shells__IdleTimeout=00:00:00 \
        Logging__LogLevel__Default=Warning \
        exec "${server_cpu[@]}" dotnet ETamkeen.Web.dll --urls "http://127.0.0.1:$etk_port"
    ) >"$logs/etamkeen.log" 2>&1 &
    etk_pid=$!
}

start_bare() {
    (
        cd "$bare_bin"
        ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
        exec "${server_cpu[@]}" dotnet BareApp.dll --urls "http://127.0.0.1:$bare_port"
    ) >"$logs/bare.log" 2>&1 &
    bare_pid=$!
}

wait_for() {
    local url="$1" name="$2"
    for _ in $(seq 1 150); do
        if curl -sf -o /dev/null --max-time 1 "$url"; then
            return 0
        fi
        sleep 0.2
    done
    echo "$name did not come up; its log:" >&2
    cat "$logs/$name.log" >&2
    exit 1
}

# post URL BODY EXPECTED-STATUS OUT-FILE
post() {
    local status
    status=$(curl -s -o "$4" -w '%{http_code}' -X POST "$1" \
        -H "Authorization: Bearer $api_key" -H 'Content-Type: application/json' --data-binary "$2")
    if [[ "$status" != "$3" ]]; then
        echo "POST $1 answered $status: $(cat "$4")" >&2
        exit 1
    fi
}

# run_wrk "WRK-ARGS" URL [extra wrk arguments...]: prints the requests/s; stops the script when
# the target answered errors under load (a fast error page would flatter it).
run_wrk() {
    local out
    # shellcheck disable=SC2086 # the arguments are meant to split
    out=$("${client_cpu[@]}" wrk $1 "${@:3}" "$2")
    if grep -q 'Non-2xx or 3xx responses' <<<"$out"; then
        echo "$2 answered errors under load:" >&2
        echo "$out" >&2
        exit 1
    fi
    awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}

# median "1 2 3": the median of space-separated numbers.
median() {
    tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}
