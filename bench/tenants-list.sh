#!/usr/bin/env bash
# Time to first byte of the tenants admin page on a portal with 2,000 tenants: the first
# page, a search and the last page (and the admin dashboard as a baseline), each requested
# RUNS times as the signed-in Default administrator; prints the median and p90 of each
# (curl's time_starttransfer). The tenants
# are written into tenants.json before the host starts (every tenth Disabled, one in four with
# a host name): the list reads the host's settings only, so none of them needs a database.
# At the end /health must still count one built shell (Default): listing builds no tenant.
#
# Environment: TENANTS (2000), RUNS (21), ETK_PORT (5395), SKIP_BUILD=1 to use the last
# Release build. Goal of the tenants admin: under 200 ms.
set -euo pipefail

bench_name=tenants-list
default_etk_port=5395
default_bare_port=5396
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

tenants="${TENANTS:-2000}"
runs="${RUNS:-21}"
base="http://127.0.0.1:$etk_port"
jar="$logs/cookies.txt"

echo "== writing $tenants tenants into $app_data/tenants.json"
{
    echo "{"
    for i in $(seq 1 "$tenants"); do
        name=$(printf 'Ministere%04d' "$i")
        state=Running
        (( i % 10 == 0 )) && state=Disabled
        hosts="[]"
        (( i % 4 == 0 )) && hosts="[\"m$i.e-tamkeen.ma\"]"
        sep=","
        (( i == tenants )) && sep=""
        printf '  "%s": { "State": "%s", "RequestUrlPrefix": "m%04d", "RequestUrlHosts": %s, "CreatedUtc": "2026-11-01T00:00:00+00:00" }%s\n' \
            "$name" "$state" "$i" "$hosts" "$sep"
    done
    echo "}"
} >"$app_data/tenants.json"

echo "== starting e-TAMKEEN on :$etk_port (it sets up Default beside them)"
start_etamkeen
wait_for "$base/health" etamkeen

echo "== signing in as the Default administrator"
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -X POST "$base/login" \
    --data-urlencode "UserName=admin" --data-urlencode 'Password=Passw0rd!2026' --data-urlencode "__RequestVerificationToken=$token")
if [[ "$status" != 302 ]]; then
    echo "Sign-in answered $status" >&2
    exit 1
fi

last_page=$(( (tenants + 1 + 49) / 50 ))
# The dashboard is the baseline: Default's sign-in, pipeline and admin layout without the list.
names=(dashboard first-page search last-page)
paths=("/admin" "/admin/tenants" "/admin/tenants?q=ministere12" "/admin/tenants?page=$last_page")

# A fast redirect or error would look like a fast page: check each is the list expected
# (all tenants and Default; the search matches Ministere1200 to Ministere1299).
captions=("" "$((tenants + 1)) tenants" "100 tenants" "$((tenants + 1)) tenants")
for i in "${!paths[@]}"; do
    path=${paths[$i]}
    body=$(curl -s -b "$jar" "$base$path")
    if [[ -n "${captions[$i]}" ]] && ! grep -q "<caption>${captions[$i]}</caption>" <<<"$body"; then
        echo "$path is not the list expected (${captions[$i]}):" >&2
        grep -o "<caption>[^<]*</caption>\|<p class=\"error\"[^<]*" <<<"$body" >&2 || head -c 3000 <<<"$body" | tail -c 1000 >&2
        exit 1
    fi
done

echo "== warming up, then $runs requests of each, alternating"
for _ in 1 2 3 4 5; do
    for path in "${paths[@]}"; do
        curl -s -o /dev/null -b "$jar" "$base$path"
    done
done

declare -A samples
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq 1 "$runs"); do
    for i in "${!names[@]}"; do
        ms=$(curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_starttransfer}' "$base${paths[$i]}" \
            | awk '$1 != 200 { exit 1 } { printf "%.2f", $2 * 1000 }') || { echo "${paths[$i]} did not answer 200" >&2; exit 1; }
        samples[${names[$i]}]+="$ms "
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

built=$(curl -s "$base/health" | sed -n 's/.*"built":\([0-9]*\).*/\1/p')
bytes=$(curl -s -b "$jar" -o /dev/null -w '%{size_download}' "$base/admin/tenants")

stat() {
    tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        p = v[int(NR * 0.9 + 0.999)]
        printf "median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms", m, p, v[1], v[NR] }'
}

echo "load average before: $load_before, after: $load_after; first page $bytes bytes; shells built: $built"
summary=""
for i in "${!names[@]}"; do
    echo "${names[$i]} (${paths[$i]}): $(stat "${samples[${names[$i]}]}")"
    summary+="${names[$i]} $(stat "${samples[${names[$i]}]}" | awk '{ print $2 }') ms; "
done
echo "RESULT tenants-list: $((tenants + 1)) tenants, TTFB median ${summary}built shells $built"
if [[ "$built" != 1 ]]; then
    echo "Listing built tenants' shells ($built built)" >&2
    exit 1
fi
