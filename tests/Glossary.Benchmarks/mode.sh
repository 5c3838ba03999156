#!/usr/bin/env bash
# Runs one mode of the benchmark program (Program.cs) in Release, from the repository root, after fetching the Debian
# corpus when it is missing: the steps the spin scripts share. Usage: bash tests/Glossary.Benchmarks/mode.sh MODE [ARGS]
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
corpus=${GLOSSARY_CORPUS:-$HOME/.cache/glossary-benchmarks/corpus}
if ! ls "$corpus"/*.txt >/dev/null 2>&1; then
  bash tests/Glossary.Benchmarks/fetch-corpus.sh
fi

# Quiet, but a failed build says why (and never lets a stale program run).
if ! build=$(dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo 2>&1); then
  echo "$build" >&2
  exit 1
fi

exec dotnet tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll "$@"
