#!/usr/bin/env python3
"""Reproducible HELD-OUT sample of 60 gun-violence news documents for the second attribute gold
(sitrep-eval/src/main/resources/org/sitrep/eval/sets/gun-violence-attributes-holdout.jsonl).

Same corpus, eligibility rule, hashing and "no text in the project" policy as the first sample
(scripts/sample-gun-violence-docs.py, imported here): see its docstring.

Procedure:
  1. Keep the documents whose `content` has at least 400 characters (5,737 of 6,335), in file order, exactly as
     the first sample does.
  2. Remove every document of the first sample's draw: all 70 drawn with random.Random(20261127), the 60 used,
     the 3 skipped and the 7 never reached alike, by corpus id (5,666 remain: one of the 70 ids occurs twice among
     the kept documents, and both copies go).
  3. random.Random(SEED).sample(remaining, 70) with SEED = 20261128.
  4. Walk the 70 in the order the sample returned them and take the first 60 that are news reports of a shooting.
     Which documents are not was decided by hand, reading each one (SKIPPED below, with the reason); the walk
     stopped at the 63rd document, so the last 7 of the 70 were not used.
  5. Items are numbered gh-001.. in sample order.

Usage:
  python3 scripts/sample-gun-violence-docs-2.py [--data FILE] [--text]
prints one JSON object per line (id, doc, dct, sha1; with --text also title and content: never commit that output).
  python3 scripts/sample-gun-violence-docs-2.py --check GOLD.jsonl
checks a gold file's doc/dct/sha1 against the corpus and the sample.
"""
import importlib.util
import os
import random
import sys

_here = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("first_sample", os.path.join(_here, "sample-gun-violence-docs.py"))
first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(first)

SEED = 20261128
N_DRAWN = 70
N_USED = 60
PREFIX = "gh"

# Decided by hand while reading the sample (corpus id: reason; position in the sample).
SKIPPED = {
    "ec9cf9bb42758be08a0853e290bcebd0": "no article text: the content is a list of video titles (page boilerplate)",  # 11
    "62fccefef012fe3ed7b78723cbde30c9": "not a news report: a radio talk-show page on prosecuting gun-owning parents, "
                                        "citing several incidents as examples",  # 31
    "6488a840ea96a338d530b1e038db96ba": "no article text about the shooting: the content is a slideshow of historical "
                                        "crime headlines (page boilerplate)",  # 54
}


def sample(path):
    docs = first.read_docs(path)
    kept = [d for d in docs if len(d["content"]) >= first.MIN_CHARS]
    first_drawn = {d["id"] for d in random.Random(first.SEED).sample(kept, first.N_DRAWN)}
    remaining = [d for d in kept if d["id"] not in first_drawn]
    drawn = random.Random(SEED).sample(remaining, N_DRAWN)
    items, skipped, unused = [], [], 0
    for d in drawn:
        if len(items) == N_USED:
            unused += 1
            continue
        if d["id"] in SKIPPED:
            skipped.append((d["id"], SKIPPED[d["id"]]))
            continue
        items.append({"id": "%s-%03d" % (PREFIX, len(items) + 1), "doc": d["id"], "dct": d["dct"],
                      "sha1": first.sha1(d["content"]), "title": d["title"], "content": d["content"]})
    return docs, kept, first_drawn, remaining, drawn, items, skipped, unused


def main():
    args = first.arguments()
    docs, kept, first_drawn, remaining, drawn, items, skipped, unused = sample(args.data)
    print("documents %d, >= %d chars %d, first sample removed %d, remaining %d, drawn %d, skipped %d, used %d, "
          "not reached %d" % (len(docs), first.MIN_CHARS, len(kept), len(first_drawn), len(remaining), len(drawn),
                              len(skipped), len(items), unused), file=sys.stderr)
    for doc, why in skipped:
        print("skipped %s: %s" % (doc, why), file=sys.stderr)
    if args.check:
        sys.exit(first.check(args.check, docs, items))
    first.print_items(items, args.text)


if __name__ == "__main__":
    main()
