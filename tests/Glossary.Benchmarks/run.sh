#!/usr/bin/env bash
# Reruns the quick version of every benchmark and prints one line per figure, each a ratio between two things
# measured side by side in this run (absolute numbers beside it). Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/run.sh            # quick: short BenchmarkDotNet jobs, in process (< 5 minutes)
#   bash tests/Glossary.Benchmarks/run.sh full       # BenchmarkDotNet's default jobs, one process per benchmark
# The real corpus is used when tests/Glossary.Benchmarks/fetch-corpus.sh has put it in the cache folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
mode=${1:-quick}
out=artifacts/benchmarks
mkdir -p "$out"

dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo >/dev/null
dotnet build src/Glossary.Cli -c Release -v q -nologo >/dev/null
bench=tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll
cli=src/Glossary.Cli/bin/Release/net10.0/Glossary.Cli.dll

echo "== Machine =="
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version)"

if [ "$mode" = full ]; then
  dotnet "$bench" --filter '*' --artifacts "$out/bdn" | tee "$out/full.log"
  exit 0
fi

(cd "$out" && dotnet "$(cd - >/dev/null && pwd)/$bench" quick --artifacts bdn) | tee "$out/quick.log" | sed -n '/== Ratios ==/,$p'

# A fresh process for the dictionary: its load time and the memory it keeps.
dotnet "$bench" dictionary-memory

# Cold start of the tool: wall time and peak memory of `glossary term 卡脖子` on the bundled article, median of 5.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
times=() peaks=()
for _ in 1 2 3 4 5; do
  /usr/bin/time -f '%e %M' -o "$out/time.txt" dotnet "$cli" term 卡脖子 >/dev/null
  read -r t m < "$out/time.txt"; times+=("$t"); peaks+=("$m")
done
t=$(printf '%s\n' "${times[@]}" | median); m=$(printf '%s\n' "${peaks[@]}" | median)
baseline=()
for _ in 1 2 3 4 5; do
  /usr/bin/time -f '%e' -o "$out/time.txt" dotnet "$cli" --version >/dev/null
  baseline+=("$(cat "$out/time.txt")")
done
b=$(printf '%s\n' "${baseline[@]}" | median)
awk -v t="$t" -v m="$m" -v b="$b" 'BEGIN { printf "cold start (glossary term 卡脖子): %.2f s, peak %.0f MiB; glossary --version %.2f s (%.1f×) — goal < 1 s: %s\n", t, m/1024, b, t/b, (t < 1 ? "met" : "not met") }'

# Memory and disk while indexing the real corpus with the tool.
corpus=${GLOSSARY_CORPUS:-$HOME/.cache/glossary-benchmarks/corpus}
if [ -d "$corpus" ]; then
  rm -rf "$out/index"
  chars=$(cat "$corpus"/*.txt | wc -m)
  /usr/bin/time -f '%e %M' -o "$out/time.txt" dotnet "$cli" index "$corpus" --index "$out/index" >/dev/null
  read -r t m < "$out/time.txt"
  size=$(du -sb "$out/index" | cut -f1)
  awk -v c="$chars" -v t="$t" -v m="$m" -v s="$size" 'BEGIN { printf "indexing the real corpus with the tool: %.1f M chars in %.1f s (%.2f M chars/s), peak %.0f MiB, index %.1f MB per M chars (%.2f× the text as UTF-8 would be at 3 bytes/char)\n", c/1e6, t, c/1e6/t, m/1024, s/1e6/(c/1e6), s/(c*3) }'
else
  echo "real corpus: absent ($corpus); run tests/Glossary.Benchmarks/fetch-corpus.sh"
fi
