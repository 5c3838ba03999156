#!/usr/bin/env bash
# How cost grows with the corpus: indexes the real corpus repeated with distinct document keys to 1 M, 10 M and
# 100 M characters (each size in a fresh process, on disk), and at each size records indexing time and peak memory,
# index size, look-up p50/p99 of a rare, a frequent and the most frequent term (limit 10), search p50/p99 and
# annotation time; then draws docs/growth.svg (log-log, one line per figure). From the repository root:
#   bash tests/Glossary.Benchmarks/growth.sh [SIZES…]     # default: 1000000 10000000 100000000 (the last ~15 min)
# Needs the real corpus (tests/Glossary.Benchmarks/fetch-corpus.sh). Output: artifacts/benchmarks/growth.tsv, growth.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
out=artifacts/benchmarks
mkdir -p "$out"
dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo >/dev/null
bench=tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000 100000000)
rm -f "$out/growth.tsv"
for size in "${sizes[@]}"; do
  dotnet "$bench" growth "$size" "$out/growth-index" "$out/growth.tsv" 2>&1 | tee -a "$out/growth.log"
  rm -rf "$out/growth-index"
done
dotnet "$bench" growth-chart "$out/growth.tsv" docs/growth.svg
