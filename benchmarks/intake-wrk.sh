#!/usr/bin/env bash
# Intake benchmark: accepted submissions per second and latency with wrk on loopback, for a hundAnmelden JSON post
# without and with a 200 KB attachment, on SQLite and (with PG=1) on a PostgreSQL started in a temporary folder.
# Every post has its own Idempotency-Key, so each is validated and committed (none is a replay). Prints the
# disk's fsync rate beside it. Bounded: DURATION seconds per run (default 10), CONNECTIONS (default 32).
#   benchmarks/intake-wrk.sh            # SQLite
#   PG=1 benchmarks/intake-wrk.sh       # SQLite and PostgreSQL (needs Debian's postgresql; as root runs it as postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-5399}
work=$(mktemp -d /tmp/formfactory-bench-XXXXXX)
chmod 755 "$work"
host_pid=""
pg_data=""
cleanup() {
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null || true
  if [ -n "$pg_data" ]; then as_pg "$(pg_bin)/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

dotnet build -c Release src/FormFactory.Intake -v q -nologo >/dev/null
intake=src/FormFactory.Intake/bin/Release/net10.0/FormFactory.Intake.dll

# The posts: hundAnmelden's first valid sample, and the same with a dangerous dog and its 200 KB proof as a PDF.
python3 - "$work" <<'PY'
import base64, hashlib, json, sys
work = sys.argv[1]
data = json.load(open("tests/FormFactory.Definitions.Tests/Cases/Submissions/hundAnmelden/valid-1.json"))
def envelope(data, attachments):
    return json.dumps({"form": "hundAnmelden", "version": "1.0.0", "tenant": "rossdorf", "language": "de", "data": data, "attachments": attachments})
open(work + "/plain.json", "w").write(envelope(data, []))
pdf = b"%PDF-1.7\n" + bytes((i * 31 + 7) % 256 for i in range(200 * 1024 - 9))
meta = {"name": "nachweis.pdf", "mediaType": "application/pdf", "size": len(pdf), "sha256": hashlib.sha256(pdf).hexdigest()}
data["hunde"][0]["gefaehrlich"] = True
data["hunde"][0]["sachkundenachweis"] = meta
open(work + "/attachment.json", "w").write(envelope(data, [dict(meta, path="hunde[0].sachkundenachweis", content=base64.b64encode(pdf).decode())]))
PY
endpoint=$(python3 -c "import json,urllib.parse;print(urllib.parse.urlparse(json.load(open('definitions/tenants/rossdorf.tenant.json'))['submissionEndpoint']).path)")

cat > "$work/post.lua" <<'LUA'
local body_file = os.getenv("BODY")
local f = assert(io.open(body_file, "rb"))
local body = f:read("*a")
f:close()
-- Keys unique per run (RUN) and thread: a repeated key would be answered as a replay, without a write.
local counter, thread_id, created, threads = 0, 0, 0, 0
function setup(thread) threads = threads + 1; thread:set("thread_id", threads) end
function request()
  counter = counter + 1
  return wrk.format("POST", os.getenv("ENDPOINT"), { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "bench-" .. os.getenv("RUN") .. "-" .. thread_id .. "-" .. counter }, body)
end
function done(summary, latency, requests)
  io.write(string.format("requests %d, not 2xx or failed %d, p50 %.1f ms, p99 %.1f ms\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort | tail -1; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_host() {
  dotnet "$intake" --urls "http://127.0.0.1:$PORT" --Intake:Definitions="$PWD/definitions" --Intake:Store="$1" \
    --Intake:Today=2026-06-15 --Intake:PostsPerMinute=0 --Logging:LogLevel:Default=Warning >"$work/host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && return 0; sleep 0.2; done
  cat "$work/host.log" >&2; exit 1
}
stop_host() { kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""; }

run() { # store-name body
  for body in plain attachment; do
    # A short warm-up (JIT, connection pool), then the measured run.
    RUN="warm-$1-$body" BODY="$work/$body.json" ENDPOINT="$endpoint" wrk -t2 -c"$CONNECTIONS" -d2s -s "$work/post.lua" "http://127.0.0.1:$PORT" >/dev/null
    printf '%-9s %-10s ' "$1" "$body"
    RUN="$1-$body" BODY="$work/$body.json" ENDPOINT="$endpoint" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$work/post.lua" "http://127.0.0.1:$PORT" |
      awk '/Requests\/sec/ {rps=$2} /^requests/ {line=$0} END {printf "%s/s; %s\n", rps, line}'
  done
}

python3 - "$work" <<'PY'
import os, sys, time
path = os.path.join(sys.argv[1], "fsync.bin")
fd = os.open(path, os.O_WRONLY | os.O_CREAT)
n, start, block = 0, time.time(), b"x" * 4096
while time.time() - start < 3:
    os.pwrite(fd, block, 0); os.fsync(fd); n += 1
print(f"disk: {n / (time.time() - start):.0f} fsyncs/s (4 KB write + fsync, {os.path.dirname(path)})")
PY

start_host "sqlite:$work/intake.db"
run sqlite
stop_host

if [ "${PG:-0}" = 1 ]; then
  pg_data="$work/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres "$work"
  as_pg "$(pg_bin)/initdb" -D "$pg_data" -A trust -U ff >/dev/null
  as_pg "$(pg_bin)/pg_ctl" -D "$pg_data" -l "$work/pg.log" -o "-k $work -p 5398 -c listen_addresses=127.0.0.1" -w start >/dev/null
  start_host "postgres:Host=127.0.0.1;Port=5398;Username=ff;Database=postgres;Maximum Pool Size=50"
  run postgres
  stop_host
fi
