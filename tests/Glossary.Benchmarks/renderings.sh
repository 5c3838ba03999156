#!/usr/bin/env bash
# Measures the renderings ("how has this term been translated before?", docs/bilingual.md) on TICO-19's English–Chinese
# memory and terminology list, read from the shared material beside the repository (../shared/bilingual/tico-19):
# top-1 accuracy against the list (with and without the CC-CEDICT prior and the word alignment, beside two naive
# baselines, strict and lenient readings), the misses by
# kind, the same on a held-out split by source file, the reverse direction, and the time of a look-up. Usage, from the
# repository root:
#   bash tests/Glossary.Benchmarks/renderings.sh [FOLDER] [--detail]   # --detail lists every miss of every split
#   bash tests/Glossary.Benchmarks/renderings.sh --explain 洗手         # a term's units and its best n-grams by Dice
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo >/dev/null
dotnet tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll renderings "$@"
