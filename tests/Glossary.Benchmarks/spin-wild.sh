#!/usr/bin/env bash
# Measures spin detection and restoration on spun text from the web (docs/spin.md): restoration held out by spun
# source file (tables learned from the other files of ../shared/spun-wild-dev/pairs.jsonl and the mined pairs, beside
# the curated table alone and a table learned from everything), verdicts on the shared passages, what the learned
# table proposes in clean text (fixtures and the Debian corpus, fetched first if missing), and speed. Prints Markdown.
# Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/spin-wild.sh [--no-mined]
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
corpus=${GLOSSARY_CORPUS:-$HOME/.cache/glossary-benchmarks/corpus}
if ! ls "$corpus"/*.txt >/dev/null 2>&1; then
  bash tests/Glossary.Benchmarks/fetch-corpus.sh
fi

dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo >/dev/null
dotnet tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll spin-wild "$@"
