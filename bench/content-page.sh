#!/usr/bin/env bash
# Requests/s of a published content page (/{prefix}/fr/{path}: Autoroute lookup, content
# item load, display through the theme's layout) against a bare ASP.NET Core endpoint
# (bench/BareApp GET /page) answering the very same bytes, with wrk in one run, the two
# targets alternating so that a change in the machine's load hits both alike. Goal of the
# content issue: tenant page ≥ 1/4 of the bare endpoint without output caching. (The
# "≥ 0.8 with output caching" goal can't be measured: there is no output cache yet.)
# Loopback only; about 1.5 minutes once built.
#
# Environment: ETK_PORT (5393), BARE_PORT (5394), WRK_ARGS ("-t2 -c32 -d8s"), ROUNDS (3),
# WARMUP ("-t2 -c32 -d3s"), SKIP_BUILD=1 to use the last Release build, PIN=1 to put the
# servers on CPU 0 and wrk on CPU 1 (taskset).
set -euo pipefail

bench_name=page
default_etk_port=5393
default_bare_port=5394
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

echo "== starting e-TAMKEEN on :$etk_port (App_Data $app_data)"
start_etamkeen

wait_for "http://127.0.0.1:$etk_port/health" etamkeen


base="http://127.0.0.1:$etk_port"
post "$base/api/tenants" '{"name":"P1","urlPrefix":"p1","recipe":"ministry","siteName":"Bench","adminUserName":"admin","adminEmail":"admin@p1.bench.ma","adminPassword":"Passw0rd!2026"}' 201 "$logs/create.json"
post "$base/p1/api/recipes" '{ "steps": [
  { "name": "feature", "enable": ["ETamkeen.Contents"] },
  { "name": "ContentDefinition",
    "ContentTypes": [ {
      "Name": "BenchPractice", "DisplayName": "Bonne pratique (bench)",
      "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
      "ContentTypePartDefinitionRecords": [
        { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "TitlePartSettings": { "Options": "EditableRequired" } } },
        { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true, "Pattern": "{{ Model.ContentItem | display_text | slugify }}" } } },
        { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" },
        { "PartName": "BenchPractice", "Name": "BenchPractice" } ] } ],
    "ContentParts": [ {
      "Name": "BenchPractice",
      "ContentPartFieldDefinitionRecords": [
        { "FieldName": "NumericField", "Name": "Participants", "Settings": { "NumericFieldSettings": { "Minimum": 0, "Scale": 0 } } },
        { "FieldName": "TextField", "Name": "Administration", "Settings": { "TextFieldSettings": { "Required": true } } } ] } ] }
] }' 200 "$logs/recipe.json"
post "$base/p1/api/content" '{ "ContentType": "BenchPractice",
  "TitlePart": { "Title": "Formations en cybersécurité" },
  "HtmlBodyPart": { "Html": "<p>Formation des formateurs en télétravail : <strong>85 participants</strong>, trois sessions, une évaluation à froid.</p><ul><li>Rabat</li><li>Fès</li></ul>" },
  "BenchPractice": { "Participants": { "Value": 85 }, "Administration": { "Text": "MTNRA" } } }' 201 "$logs/item.json"

path=$(sed -n 's/.*"AutoroutePart":{[^}]*"Path":"\([^"]*\)".*/\1/p' "$logs/item.json")
if [[ -z "$path" ]]; then
    echo "No AutoroutePart.Path in the created item: $(cat "$logs/item.json")" >&2
    exit 1
fi
page_url="$base/p1/fr/$path"
page_file="$logs/page.html"
status=$(curl -s -D "$logs/page.headers" -o "$page_file" -w '%{http_code}' "$page_url")
if [[ "$status" != 200 ]] || ! grep -q 'Formations en cybers' "$page_file"; then
    echo "$page_url answered $status: $(head -c 400 "$page_file")" >&2
    exit 1
fi
content_type=$(awk -F': ' 'tolower($1) == "content-type" {sub(/\r$/, "", $2); print $2}' "$logs/page.headers")
page_bytes=$(stat -c %s "$page_file")
echo "== $page_url: $page_bytes bytes, $content_type; starting the bare app on :$bare_port with the same bytes"

(
    cd "$bare_bin"
    ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    BARE_PAGE_FILE="$page_file" BARE_PAGE_CONTENT_TYPE="$content_type" \
    exec "${server_cpu[@]}" dotnet BareApp.dll --urls "http://127.0.0.1:$bare_port"
) >"$logs/bare.log" 2>&1 &
bare_pid=$!
wait_for "http://127.0.0.1:$bare_port/api/ping" bare

names=(bare page)
urls=("http://127.0.0.1:$bare_port/page" "$page_url")

# Both must answer the same bytes (a page with a per-request token would differ: say so).
if ! cmp -s "$page_file" <(curl -s --max-time 10 "${urls[0]}"); then
    echo "The bare app does not answer the saved page." >&2
    exit 1
fi
if ! cmp -s "$page_file" <(curl -s --max-time 10 "${urls[1]}"); then
    echo "note: a second GET of the tenant page gives different bytes (same length: $( [[ $(curl -s "${urls[1]}" | wc -c) == "$page_bytes" ]] && echo yes || echo no))"
fi

# UNCACHED=1 sends the host key with the page requests: a request with Authorization is never
# answered from the output cache, so the page is rendered every time.
page_extra=()
if [[ "${UNCACHED:-0}" == 1 ]]; then
    page_extra=(-H "Authorization: Bearer $api_key")
fi


echo "== warming up (wrk $warmup_args on each target)"
for i in "${!names[@]}"; do
    if [[ $i == 1 ]]; then run_wrk "$warmup_args" "${urls[$i]}" "${page_extra[@]}" >/dev/null; else run_wrk "$warmup_args" "${urls[$i]}" >/dev/null; fi
done

declare -A results
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$rounds"); do
    for i in "${!names[@]}"; do
        if [[ $i == 1 ]]; then rps=$(run_wrk "$wrk_args" "${urls[$i]}" "${page_extra[@]}"); else rps=$(run_wrk "$wrk_args" "${urls[$i]}"); fi
        results[${names[$i]}]+="$rps "
        printf '   round %d  %-6s %10.0f req/s\n' "$round" "${names[$i]}" "$rps"
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)


bare=$(median "${results[bare]}")
page=$(median "${results[page]}")
echo
echo "== requests/s, median of $rounds runs of wrk $wrk_args${PIN:+ (servers on CPU 0, wrk on CPU 1)} ($(nproc) cores; load average before: $load_before, after: $load_after)"
printf '   %-44s %10.0f\n' "bare app  /page ($page_bytes bytes)" "$bare" "tenant p1 /p1/fr/$path" "$page"
awk -v b="$bare" -v p="$page" -v uncached="${UNCACHED:-0}" 'BEGIN {
    goal = uncached == 1 ? 0.25 : 0.8
    printf "RESULT content-page (%s): page/bare = %.3f (%.1f%% of the bare endpoint; goal >= %.2f: %s)\n", uncached == 1 ? "uncached" : "output cache", p / b, 100 * p / b, goal, (p / b >= goal) ? "met" : "NOT met"
}'
