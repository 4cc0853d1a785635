#!/usr/bin/env bash
# What routing a request to its tenant costs: requests/s of GET /api/ping on a bare ASP.NET
# Core app, on a tenant of the e-TAMKEEN host (/t1/api/ping) and on its Default tenant
# (/api/ping), measured with wrk in one run, the three targets alternating so that a change
# in the machine's load hits all three alike. Loopback only; about 2 minutes once built.
#
# Environment: ETK_PORT (5391), BARE_PORT (5392), WRK_ARGS ("-t2 -c32 -d8s"),
# ROUNDS (3), WARMUP ("-t2 -c32 -d3s"), SKIP_BUILD=1 to use the last Release build,
# PIN=1 to put the servers on CPU 0 and wrk on CPU 1 (taskset), so that the server's own
# cost per request decides the figure rather than wrk and the loopback competing with it.
set -euo pipefail

bench_name=overhead
default_etk_port=5391
default_bare_port=5392
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

echo "== starting e-TAMKEEN on :$etk_port (App_Data $app_data) and the bare app on :$bare_port"
start_etamkeen
start_bare

wait_for "http://127.0.0.1:$etk_port/health" etamkeen
wait_for "http://127.0.0.1:$bare_port/api/ping" bare

post "http://127.0.0.1:$etk_port/api/tenants" \
    '{"name":"T1","urlPrefix":"t1","recipe":"ministry","siteName":"Bench","adminUserName":"admin","adminEmail":"admin@t1.bench.ma","adminPassword":"Passw0rd!2026"}' \
    201 "$logs/create.json"

names=(bare tenant default)
urls=("http://127.0.0.1:$bare_port/api/ping" "http://127.0.0.1:$etk_port/t1/api/ping" "http://127.0.0.1:$etk_port/api/ping")

# A fast 404 or 503 would look like a fast tenant: check every answer is the pong.
for i in "${!names[@]}"; do
    body=$(curl -s --max-time 10 "${urls[$i]}")
    if [[ "$body" != pong ]]; then
        echo "${names[$i]} (${urls[$i]}) answered '$body', not 'pong'" >&2
        exit 1
    fi
done


echo "== warming up (wrk $warmup_args on each target)"
for i in "${!names[@]}"; do
    run_wrk "$warmup_args" "${urls[$i]}" >/dev/null
done

declare -A results
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$rounds"); do
    for i in "${!names[@]}"; do
        rps=$(run_wrk "$wrk_args" "${urls[$i]}")
        results[${names[$i]}]+="$rps "
        printf '   round %d  %-8s %10.0f req/s\n' "$round" "${names[$i]}" "$rps"
    done
done


bare=$(median "${results[bare]}")
tenant=$(median "${results[tenant]}")
default=$(median "${results[default]}")
echo
echo "== requests/s, median of $rounds runs of wrk $wrk_args${PIN:+ (servers on CPU 0, wrk on CPU 1)} ($(nproc) cores; load average before: $load_before)"
printf '   %-34s %10.0f\n' "bare app       /api/ping" "$bare" "tenant t1      /t1/api/ping" "$tenant" "Default tenant /api/ping" "$default"
awk -v b="$bare" -v t="$tenant" -v d="$default" 'BEGIN {
    printf "RESULT tenant-overhead: tenant/bare = %.2f (%.0f%% of the bare app), Default/bare = %.2f\n", t / b, 100 * t / b, d / b
}'
