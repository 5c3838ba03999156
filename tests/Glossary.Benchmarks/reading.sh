#!/usr/bin/env bash
# Measures the reading view (docs/benchmarks.md): page size, write time, and, in Debian's chromium (never a
# downloaded browser), time to interactive, a scroll trace's worst frame and popup latency, for the bundled article
# and a generated document of a million characters. Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/reading.sh [CHROMIUM]
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo >/dev/null
dotnet tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll reading "$@"
