#!/usr/bin/env bash
# Calibrates the spin verdict (docs/spin.md): fingerprint density and verdicts of the bundled table on the article,
# on the clean test fixtures, and on the clean real corpus of at least 500,000 characters that fetch-corpus.sh
# assembles from Debian's package archive (fetched first if it is missing). Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/spin-calibration.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
corpus=${GLOSSARY_CORPUS:-$HOME/.cache/glossary-benchmarks/corpus}
if ! ls "$corpus"/*.txt >/dev/null 2>&1; then
  bash tests/Glossary.Benchmarks/fetch-corpus.sh
fi

dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo >/dev/null
dotnet tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll spin-calibration
