#!/usr/bin/env bash
# Runs every test project. Installs and starts what the tests need from Debian's packages
# when it is missing (PostgreSQL, the aiosmtpd SMTP server, Chromium), so a fresh machine or CI needs nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

start_postgres() {
  if [ -n "${ETAMKEEN_TEST_POSTGRES:-}" ]; then
    log "PostgreSQL: using ETAMKEEN_TEST_POSTGRES"
    return
  fi
  if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    log "PostgreSQL: installing from Debian"
    apt_install postgresql
  fi
  local version cluster status
  read -r version cluster _ status _ < <(pg_lsclusters -h | head -n 1)
  if [ "$status" != "online" ]; then
    log "PostgreSQL: starting cluster $version/$cluster"
    as_root pg_ctlcluster "$version" "$cluster" start
  fi
  local password="${ETAMKEEN_PG_PASSWORD:-etamkeen-tests}"
  as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD '$password'\"" >/dev/null
  export ETAMKEEN_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres;Password=$password;Database=postgres"
  # Schemas left by an interrupted earlier run would only slow things down.
  as_root su postgres -c "psql -qAt -c \"SELECT 'DROP SCHEMA \\\"' || nspname || '\\\" CASCADE;' FROM pg_namespace WHERE nspname LIKE 'etk_%'\" | psql -q" >/dev/null 2>&1 || true
}

# The e-mail tests send to a real SMTP server: Debian's aiosmtpd, run by Debian's python3
# (not a pyenv one that may come first on PATH).
install_aiosmtpd() {
  if ! /usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1; then
    log "aiosmtpd: installing from Debian"
    apt_install python3-aiosmtpd
  fi
}

# The browser tests drive Debian's Chromium through Playwright; Playwright must never fetch its own.
install_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    log "Chromium: installing from Debian"
    apt_install chromium
  fi
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
}

start_postgres
install_aiosmtpd
install_chromium

log "Build"
dotnet build ETamkeen.Orchard.sln -c Release -nologo -v quiet

passed=0; failed=0; skipped=0; status=0
for project in tests/*Tests/*.csproj; do
  log "Test $(basename "$project" .csproj)"
  output=$(mktemp)
  set +e
  dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee "$output"
  code=${PIPESTATUS[0]}
  set -e
  [ "$code" = 0 ] || status=1
  line=$(grep -E '(Passed|Failed)!.*Total:' "$output" | tail -n 1 || true)
  if [ -z "$line" ]; then status=1; failed=$((failed + 1)); fi
  passed=$((passed + $(sed -nE 's/.*Passed: *([0-9]+).*/\1/p' <<<"$line" | head -n1 || echo 0)))
  failed=$((failed + $(sed -nE 's/.*Failed: *([0-9]+).*/\1/p' <<<"$line" | head -n1 || echo 0)))
  skipped=$((skipped + $(sed -nE 's/.*Skipped: *([0-9]+).*/\1/p' <<<"$line" | head -n1 || echo 0)))
  rm -f "$output"
done

echo
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
