#!/usr/bin/env python3
"""Reproducible sample of 60 gun-violence news documents for the sealed attribute gold
(sitrep-eval/src/main/resources/org/sitrep/eval/sets/gun-violence-attributes.jsonl).

No text of these documents is ever written into the project: the corpus is research-use only (US local news whose
texts belong to their publishers). The gold refers to each document by its corpus `id`, its `dct` and the SHA-1 of
its content; this script rebuilds the sample from the corpus so anyone can check the hashes and read the texts.

Corpus: cltl/LongTailQATask (SemEval-2018 Task 5 "Counting events and participants"), commit
1306bad62fb2750583548a1f5880abe086b3f1c4, EventRegistries/GunViolenceArchive/the_violent_corpus, converted to
../shared/data/corpora/gun-violence-news/violent_corpus.jsonl (6,335 documents; fields gva_incident_id, id, title,
dct, uri, content; see PROVENANCE.txt there).

Procedure:
  1. Keep the documents whose `content` has at least 400 characters (5,737 of 6,335), in file order.
  2. random.Random(SEED).sample(kept, 70).
  3. Walk the 70 in the order the sample returned them and take the first 60 that are news reports of a shooting.
     Which documents are not was decided by hand, reading each one (SKIPPED below, with the reason); the walk
     stopped at the 63rd document, so the last 7 of the 70 were not used.
  4. Items are numbered gv-001.. in sample order.

sha1 is the hex SHA-1 of the UTF-8 bytes of the document's `content` field.

Usage:
  python3 scripts/sample-gun-violence-docs.py [--data FILE] [--text]
prints one JSON object per line (id, doc, dct, sha1; with --text also title and content: never commit that output).
  python3 scripts/sample-gun-violence-docs.py --check GOLD.jsonl
checks a gold file's doc/dct/sha1 against the corpus and the sample.
"""
import argparse
import hashlib
import json
import os
import random
import sys

SEED = 20261127
N_DRAWN = 70
N_USED = 60
MIN_CHARS = 400

# Decided by hand while reading the sample (position in the sample, corpus id: reason).
SKIPPED = {
    "989aa5b29357c6545594784981d73387": "no article text: the content is a list of video titles (page boilerplate)",  # 31
    "dac171e68fec0f203108ad36c972e2f4": "no article text: the content is a list of video titles (page boilerplate)",  # 43
    "b67aaa0c560155be78fb92a9d3d5e081": "not a news report: an encyclopedia (Wikipedia) article about the shooting",  # 49
}


def sha1(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def read_docs(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def sample(path):
    docs = read_docs(path)
    kept = [d for d in docs if len(d["content"]) >= MIN_CHARS]
    drawn = random.Random(SEED).sample(kept, N_DRAWN)
    items, skipped = [], []
    for d in drawn:
        if len(items) == N_USED:
            break
        if d["id"] in SKIPPED:
            skipped.append((d["id"], SKIPPED[d["id"]]))
            continue
        items.append({"id": "gv-%03d" % (len(items) + 1), "doc": d["id"], "dct": d["dct"], "sha1": sha1(d["content"]),
                      "title": d["title"], "content": d["content"]})
    return docs, kept, drawn, items, skipped


def check(gold_path, docs, items):
    """Checks a gold file against the sample: each item's document exists with the item's SHA-1 of its content and
    creation date, its id is the sample's for that document, and the gold holds every item of the sample. Prints each
    mismatch and the total on standard error; returns the exit status (1 on any mismatch)."""
    by_doc = {d["id"]: d for d in docs}
    expected = {i["id"]: i for i in items}
    bad = 0
    n = 0
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            n += 1
            g = json.loads(line)
            d = by_doc.get(g["doc"])
            e = expected.get(g["id"])
            if (d is None or e is None or sha1(d["content"]) != g["sha1"] or d["dct"] != g["dct"]
                    or e["doc"] != g["doc"]):
                bad += 1
                print("mismatch", g["id"], file=sys.stderr)
    if n != len(expected):
        bad += 1
        print("gold has %d items, the sample %d" % (n, len(expected)), file=sys.stderr)
    print("checked, %d mismatches" % bad, file=sys.stderr)
    return 1 if bad else 0


def print_items(items, text):
    """One JSON line per item: id, doc, dct and sha1 (with text=True also title and content; never commit that)."""
    for i in items:
        keys = ("id", "doc", "dct", "sha1", "title", "content") if text else ("id", "doc", "dct", "sha1")
        print(json.dumps({k: i[k] for k in keys}, ensure_ascii=False))


def arguments():
    """The command line of the gun-violence samplers: --data (the corpus file), --text, --check GOLD."""
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "shared", "data", "corpora", "gun-violence-news", "violent_corpus.jsonl")
    if not os.path.isfile(default):
        default = "/work/shared/data/corpora/gun-violence-news/violent_corpus.jsonl"
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=default)
    p.add_argument("--text", action="store_true", help="also print title and content (never commit this output)")
    p.add_argument("--check", metavar="GOLD", help="check a gold file's doc, dct and sha1 against the corpus")
    return p.parse_args()


def main():
    args = arguments()
    docs, kept, drawn, items, skipped = sample(args.data)
    print("documents %d, >= %d chars %d, drawn %d, skipped %d, used %d" %
          (len(docs), MIN_CHARS, len(kept), len(drawn), len(skipped), len(items)), file=sys.stderr)
    for doc, why in skipped:
        print("skipped %s: %s" % (doc, why), file=sys.stderr)
    if args.check:
        sys.exit(check(args.check, docs, items))
    print_items(items, args.text)


if __name__ == "__main__":
    main()
