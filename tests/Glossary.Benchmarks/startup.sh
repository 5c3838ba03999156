#!/usr/bin/env bash
# Start-up of the `glossary` tool as a translator meets it: every figure a fresh process, median of 5, with the peak
# resident set from /usr/bin/time -v, and `glossary --version` measured in the same rounds as the floor (a process
# that starts the runtime and the command line and does nothing). Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/startup.sh                        # the Release build and the packed tool
#   bash tests/Glossary.Benchmarks/startup.sh before=DIR [more=DIR]  # and other builds, side by side in one run
# "now" is the Release build output (what `dotnet run` and the portable "any" tool package run, compiled at run time);
# "packed" is the tool as `dotnet tool install` puts it on this machine from a fresh `dotnet pack` (linux-x64:
# ReadyToRun). A DIR holds cli/ (a tool's folder, with Glossary.Cli.dll) and bench/ (Glossary.Benchmarks' output, for
# the dictionary load). Rounds are interleaved (each round runs every command of every build once), so a busy spell
# on this shared machine falls on all of them alike. ROUNDS=n changes the count; PACKED=0 skips packing.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
out=artifacts/benchmarks
mkdir -p "$out"
rounds=${ROUNDS:-5}

dotnet build src/Glossary.Cli -c Release -v q -nologo >/dev/null
dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo >/dev/null
labels=(now) clis=(src/Glossary.Cli/bin/Release/net10.0) benches=(tests/Glossary.Benchmarks/bin/Release/net10.0)
if [ "${PACKED:-1}" = 1 ]; then
  # Installed from the packages just made, with a package folder of its own so no cached package of the same version stands in.
  rm -rf "$out/packages" "$out/tool" "$out/tool-nuget"
  dotnet pack src/Glossary.Cli -c Release -o "$out/packages" -v q -nologo >/dev/null
  NUGET_PACKAGES=$PWD/$out/tool-nuget dotnet tool install Glossary.Cli --prerelease --add-source "$out/packages" --tool-path "$out/tool" >/dev/null
  labels+=(packed) clis+=("$(dirname "$(find "$out/tool/.store" -name Glossary.Cli.dll | head -1)")") benches+=("${benches[0]}")
fi
for pair in "$@"; do
  labels+=("${pair%%=*}") clis+=("${pair#*=}/cli") benches+=("${pair#*=}/bench")
done

names=(version term term-cedict annotate-cedict annotate-cedict-terminal dictionary-load)
command_of() { # build index, figure name → cmd: the command line of one measurement
  local cli=${clis[$1]}/Glossary.Cli.dll bench=${benches[$1]}/Glossary.Benchmarks.dll
  case $2 in
    version) cmd=(dotnet "$cli" --version) ;;
    term) cmd=(dotnet "$cli" term 卡脖子) ;;
    term-cedict) cmd=(dotnet "$cli" term 卡脖子 --dictionary cedict) ;;
    annotate-cedict) cmd=(dotnet "$cli" annotate --dictionary cedict) ;;
    # The same at an 80-column terminal (a pseudo-terminal from util-linux's script): wrapped, in colour.
    annotate-cedict-terminal) cmd=(script -qec "COLUMNS=80 dotnet $cli annotate --dictionary cedict" /dev/null) ;;
    dictionary-load) cmd=(dotnet "$bench" dictionary-memory) ;;
  esac
}

echo "== Machine =="
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"

# One unmeasured run each: the first look-up of a build builds its cache of the bundled article's index.
for b in "${!labels[@]}"; do command_of "$b" term; "${cmd[@]}" >/dev/null; done

rm -f "$out"/startup-*.txt
for round in $(seq "$rounds"); do
  for b in "${!labels[@]}"; do
    for name in "${names[@]}"; do
      command_of "$b" "$name"
      /usr/bin/time -v -o "$out/time.txt" "${cmd[@]}" >"$out/stdout.txt"
      seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$out/time.txt")
      kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
      extra=$(sed -n 's/.*): \([0-9]*\) ms, \([0-9.]*\) MiB kept.*/\1 \2/p' "$out/stdout.txt")
      echo "$seconds $kib ${extra:-- -}" >>"$out/startup-${labels[$b]}-$name.txt"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
column() { awk -v c="$2" '{print $c}' "$1" | median; }
echo
echo "== Start-up, fresh process, median of $rounds (peak RSS from /usr/bin/time -v) =="
for b in "${!labels[@]}"; do
  label=${labels[$b]}
  floor=$(column "$out/startup-$label-version.txt" 1)
  for name in "${names[@]}"; do
    file=$out/startup-$label-$name.txt
    awk -v l="$label" -v n="$name" -v t="$(column "$file" 1)" -v m="$(column "$file" 2)" -v f="$floor" \
        -v ms="$(column "$file" 3)" -v kept="$(column "$file" 4)" -v all="$(awk '{printf "%s ", $1}' "$file")" 'BEGIN {
      line = sprintf("%-7s %-16s %.2f s  peak %3.0f MiB  %.1f× --version", l, n, t, m / 1024, t / f)
      if (ms != "-") line = line sprintf("  (load inside the process %d ms, %.1f MiB kept)", ms, kept)
      print line "   [" all "]"
    }'
  done
done
