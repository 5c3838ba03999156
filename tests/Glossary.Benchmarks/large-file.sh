#!/usr/bin/env bash
# Indexes one large generated file with the tool and prints its size, time and peak memory (issue 6: a 200 MB file
# indexes in bounded memory). The file is the bundled article, paragraph by paragraph, each line numbered so no two
# lines are alike, plus one line of 10 MB without a line break. Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/large-file.sh [megabytes, default 200]
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
megabytes=${1:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Glossary.Cli -c Release -v q -nologo >/dev/null
cli=src/Glossary.Cli/bin/Release/net10.0/Glossary.Cli.dll

python3 - "$work/large.txt" "$megabytes" seeds/*.txt <<'PY'
import sys
path, megabytes, article = sys.argv[1], int(sys.argv[2]), open(sys.argv[3], encoding="utf-8").read()
lines = [l for l in article.splitlines() if l.strip()]
target = megabytes * 1_000_000
with open(path, "w", encoding="utf-8", newline="\n") as out:
    written, n = 0, 0
    while written < target:
        if n == len(lines) * 100:  # one line of 10 MB, somewhere early in the file
            long = ("".join(lines) * 1000)[: 10_000_000 // 3]
            written += out.write(long + "\n") * 3
        line = f"{n} {lines[n % len(lines)]}\n"
        written += len(line.encode("utf-8"))
        out.write(line)
        n += 1
PY

bytes=$(stat -c %s "$work/large.txt")
/usr/bin/time -f '%e %M' -o "$work/time.txt" dotnet "$cli" index "$work/large.txt" --index "$work/index" --json > "$work/index.json"
read -r seconds peak < "$work/time.txt"
echo "file: $((bytes / 1000000)) MB; $(cat "$work/index.json")"
echo "time: ${seconds} s; peak memory (max RSS): $((peak / 1024)) MiB; index: $(du -sm "$work/index" | cut -f1) MB"
