#!/usr/bin/env bash
# Learns spin pairs (docs/spin.md) from aligned spun/original sentences: the shared development set beside the
# repository (../shared/spun-wild-dev/pairs.jsonl) and the pairs mined from public files (../mining/mined.jsonl or $GLOSSARY_SPIN_MINED,
# when present), and writes src/Glossary/Spin/spin-pairs-learned.tsv. Fingerprints are checked against the clean test
# fixtures and the Debian corpus (fetched first if it is missing). Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/spin-learn.sh [--exclude-source ID]... [--no-mined | --mined-until PAIR-ID] [--output PATH]
exec bash "$(dirname "$0")/mode.sh" spin-learn "$@"
