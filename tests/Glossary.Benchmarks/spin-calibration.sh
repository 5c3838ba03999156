#!/usr/bin/env bash
# Calibrates the spin verdict (docs/spin.md): fingerprint density and verdicts of the bundled table on the article,
# on the clean test fixtures, and on the clean real corpus of at least 500,000 characters that fetch-corpus.sh
# assembles from Debian's package archive (fetched first if it is missing). Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/spin-calibration.sh
exec bash "$(dirname "$0")/mode.sh" spin-calibration "$@"
