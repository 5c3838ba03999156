#!/usr/bin/env bash
# Measures spin detection and restoration on spun text from the web (docs/spin.md): restoration held out by spun
# source file (tables learned from the other files of ../shared/spun-wild-dev/pairs.jsonl and the mined pairs, beside
# the curated table alone and a table learned from everything), verdicts on the shared passages, what the learned
# table proposes in clean text (fixtures and the Debian corpus, fetched first if missing), and speed. Prints Markdown.
# Usage, from the repository root:
#   bash tests/Glossary.Benchmarks/spin-wild.sh [--no-mined | --mined-until MINED-PAIR-ID] [--fresh-from MINED-PAIR-ID]
# (--fresh-from: also score on their own the spun files mined from that pair on, after the rules were set)
exec bash "$(dirname "$0")/mode.sh" spin-wild "$@"
