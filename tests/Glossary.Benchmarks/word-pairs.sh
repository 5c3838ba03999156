#!/usr/bin/env bash
# Regenerates the spin model's word pairs (src/Glossary/Spin/word-pairs.tsv.gz, docs/spin.md "The model"): fetches the
# clean corpus (fetch-pair-corpus.sh, skipped when TARGET already holds it), counts the pairs with the library's own
# segmentation, and writes the file the library's build embeds. Run from anywhere; then rebuild. Usage:
#   bash tests/Glossary.Benchmarks/word-pairs.sh [TARGET]   # TARGET: default ~/.cache/glossary-benchmarks/pair-corpus
set -euo pipefail
cd "$(dirname "$0")/../.."
TARGET=${1:-"$HOME/.cache/glossary-benchmarks/pair-corpus"}
[ -n "$(ls "$TARGET"/*.txt 2>/dev/null | head -1)" ] || bash tests/Glossary.Benchmarks/fetch-pair-corpus.sh "$TARGET"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo >/dev/null
dotnet tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll word-pairs "$TARGET" src/Glossary/Spin/word-pairs.tsv.gz
