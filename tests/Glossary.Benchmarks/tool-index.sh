#!/usr/bin/env bash
# `glossary index` of a folder (the whole process, every core) against bare SmartCn tokenization of the same files on
# one core, alternated, each in a fresh process, N rounds (default 3); prints each round and the median ratio. From
# the repository root:
#   bash tests/Glossary.Benchmarks/tool-index.sh [FOLDER] [ROUNDS] [CLI_DLL]
# FOLDER defaults to the real corpus; CLI_DLL to the Release build of the tool (pass another build to compare).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
folder=${1:-${GLOSSARY_CORPUS:-$HOME/.cache/glossary-benchmarks/corpus}}
rounds=${2:-3}
cli=${3:-src/Glossary.Cli/bin/Release/net10.0/Glossary.Cli.dll}
bench=${BENCH_DLL:-tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll}
out=artifacts/benchmarks
mkdir -p "$out"
ratios=()
for round in $(seq "$rounds"); do
  read -r bare chars _ < <(dotnet "$bench" bare-smartcn "$folder")
  rm -rf "$out/tool-index"
  /usr/bin/time -f '%e %M' -o "$out/time.txt" dotnet "$cli" index "$folder" --index "$out/tool-index" >/dev/null
  read -r tool peak < "$out/time.txt"
  ratio=$(awk -v b="$bare" -v t="$tool" 'BEGIN { printf "%.2f", b / t }')
  ratios+=("$ratio")
  awk -v r="$round" -v c="$chars" -v b="$bare" -v t="$tool" -v m="$peak" -v q="$ratio" 'BEGIN { printf "round %d: %.2f M chars; bare SmartCn, 1 core %.1f s (%.3f M chars/s); glossary index, whole process %.1f s (%.3f M chars/s), peak %.0f MiB; ratio %s\n", r, c/1e6, b, c/1e6/b, t, c/1e6/t, m/1024, q }'
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print "median ratio (glossary index ÷ bare SmartCn on one core): " a[int((NR+1)/2)] " — goal ≥ 1.2"}'
