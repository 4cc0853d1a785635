#!/usr/bin/env bash
# Requests/s of the public training catalogue (/{prefix}/{culture}/trainings: published
# trainings of the five axes in the culture, each with its next sessions and facet counts) and
# of the session calendar and sessions API, on the Default tenant, which a first start sets up
# from the etamkeen recipe (its sample catalogue: the 2021 catalogue's trainings, the 2022
# sessions, the paths; only Default may run that recipe), with wrk.
# Pages are rendered each time (UNCACHED=1, the default here, sends the host key, which the
# output cache never answers); UNCACHED=0 measures what anonymous visitors get.
# Loopback only; about 1.5 minutes once built.
#
# Environment: ETK_PORT (5395), WRK_ARGS ("-t2 -c32 -d8s"), ROUNDS (3), WARMUP ("-t2 -c32 -d3s"),
# SKIP_BUILD=1 to use the last Release build, PIN=1 to put the server on CPU 0 and wrk on CPU 1.
set -euo pipefail

bench_name=catalogue
default_etk_port=5395
default_bare_port=5396
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

echo "== starting e-TAMKEEN on :$etk_port (App_Data $app_data)"
start_etamkeen
wait_for "http://127.0.0.1:$etk_port/health" etamkeen

base="http://127.0.0.1:$etk_port"
wait_for "$base/fr/trainings" etamkeen

names=(catalogue-fr catalogue-ar calendar sessions-api)
urls=("$base/fr/trainings" "$base/ar/trainings" "$base/fr/trainings/calendar?month=2022-11" "$base/api/trainings/sessions?from=2022-01-01&to=2022-12-31")
for i in "${!names[@]}"; do
    status=$(curl -s -o "$logs/${names[$i]}.out" -w '%{http_code}' "${urls[$i]}")
    if [[ "$status" != 200 ]]; then
        echo "${urls[$i]} answered $status: $(head -c 400 "$logs/${names[$i]}.out")" >&2
        exit 1
    fi
done
if ! grep -q 'Communication digitale et e-Readiness' "$logs/catalogue-fr.out"; then
    echo "The catalogue does not show the sample catalogue's trainings." >&2
    exit 1
fi

extra=()
if [[ "${UNCACHED:-1}" == 1 ]]; then
    extra=(-H "Authorization: Bearer $api_key")
fi

echo "== warming up (wrk $warmup_args on each target)"
for i in "${!names[@]}"; do
    run_wrk "$warmup_args" "${urls[$i]}" "${extra[@]}" >/dev/null
done

declare -A results
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$rounds"); do
    for i in "${!names[@]}"; do
        rps=$(run_wrk "$wrk_args" "${urls[$i]}" "${extra[@]}")
        results[${names[$i]}]+="$rps "
        printf '   round %d  %-13s %10.0f req/s\n' "$round" "${names[$i]}" "$rps"
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "== requests/s, median of $rounds runs of wrk $wrk_args, $([[ "${UNCACHED:-1}" == 1 ]] && echo 'rendered each time' || echo 'anonymous (output cache)') ($(nproc) cores; load average before: $load_before, after: $load_after)"
for i in "${!names[@]}"; do
    printf '   %-13s %-72s %8.0f\n' "${names[$i]}" "${urls[$i]#"$base"}" "$(median "${results[${names[$i]}]}")"
done
