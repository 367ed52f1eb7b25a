#!/usr/bin/env bash
# Catalog build benchmark: for each service count, a synthetic catalog (20 tenants, seed 1), a cold
# `formfactory build` into an empty folder, then a rebuild with nothing changed. Prints each build's phases
# (the build's own per-phase lines), wall and CPU time and peak resident memory (GNU time), and the load average
# before and after each build.
#
#   benchmarks/catalog-build.sh [SERVICES...]      default: 500 5000
#   WORK=/tmp/ff-bench TENANTS=20 LAYOUT=zips benchmarks/catalog-build.sh 500 5000 50000
#   MODE=validate benchmarks/catalog-build.sh 50000  (loading only: synth + formfactory validate)
#
# LAYOUT is `formfactory build --layout`: both (default), folders or zips.
# SETTLE (default 65) is how many seconds to wait after deleting the previous output, synced, before the cold
# build. On this machine's ext4 without a journal, new files are slower to create after many were deleted: the inode
# allocator avoids inode numbers freed within the last 12 hours (dirtime_expire_interval) and reads inode tables to
# check candidates, so system time grew over a day of cold builds whatever SETTLE was (session 6; not seen in
# session 7: docs/benchmarks.md, "Session 6, later: the file system"). WORK on a tmpfs (/dev/shm) measures the build
# without the file system.
#
# Results and the machine they were measured on: docs/benchmarks.md, "Catalog build".
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="${WORK:-/tmp/formfactory-bench}"
TENANTS="${TENANTS:-20}"
MODE="${MODE:-build}"
LAYOUT="${LAYOUT:-both}"
SETTLE="${SETTLE:-65}"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(500 5000)
TIME=(/usr/bin/time -f "  %e s wall, %U s user, %S s sys, %M KB peak RSS")
load() { echo "  load average $(cut -d' ' -f1-3 /proc/loadavg)"; }

dotnet build -c Release src/FormFactory.Cli -v quiet -nologo >/dev/null
CLI=(dotnet src/FormFactory.Cli/bin/Release/net10.0/formfactory.dll)
mkdir -p "$WORK"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM; layout $LAYOUT"

for n in "${SIZES[@]}"; do
  catalog="$WORK/catalog-$n"
  if [ ! -f "$catalog/factory.json" ]; then
    "${CLI[@]}" synth --services "$n" --tenants "$TENANTS" --seed 1 --out "$catalog" | tail -n 2 | head -n 1
  fi
  echo "== $n services, $TENANTS tenants =="
  if [ "$MODE" = validate ]; then
    echo "validate:"
    load
    "${TIME[@]}" "${CLI[@]}" validate "$catalog" | tail -n 1
    continue
  fi
  out="$WORK/out-$n"
  if [ -e "$out" ]; then
    rm -rf "$out"
    sync
    sleep "$SETTLE"
  fi
  echo "cold build:"
  load
  "${TIME[@]}" "${CLI[@]}" build "$catalog" --out "$out" --layout "$LAYOUT" | grep -v '^\['
  load
  echo "rebuild, nothing changed:"
  "${TIME[@]}" "${CLI[@]}" build "$catalog" --out "$out" --layout "$LAYOUT" | grep -v '^\['
  echo "output: $(du -sh "$out" | cut -f1), $(find "$out" -type f | wc -l) files"
done
