#!/usr/bin/env bash
# Learns spin pairs (docs/spin.md) from aligned spun/original sentences: the shared development set beside the
# repository (../shared/spun-wild-dev/pairs.jsonl) and the pairs mined from public files (/work/mining/mined.jsonl,
# when present), and writes src/Glossary/Spin/spin-pairs-learned.tsv. Fingerprints are checked against the clean test
# fixtures and the Debian corpus (fetched first if it is missing). Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/spin-learn.sh [--exclude-source ID]... [--no-mined] [--output PATH]
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
corpus=${GLOSSARY_CORPUS:-$HOME/.cache/glossary-benchmarks/corpus}
if ! ls "$corpus"/*.txt >/dev/null 2>&1; then
  bash tests/Glossary.Benchmarks/fetch-corpus.sh
fi

dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo >/dev/null
dotnet tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll spin-learn "$@"
