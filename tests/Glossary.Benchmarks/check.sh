#!/usr/bin/env bash
# Measures `glossary check` on TICO-19's English–Chinese memory with planted errors (missing and forbidden terms, in
# both directions; see CheckMeasurement.cs for the method), read from the shared material beside the repository
# (../shared/bilingual/tico-19). Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/check.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build tests/Glossary.Benchmarks -c Release -v q -nologo >/dev/null
dotnet tests/Glossary.Benchmarks/bin/Release/net10.0/Glossary.Benchmarks.dll check "$@"
