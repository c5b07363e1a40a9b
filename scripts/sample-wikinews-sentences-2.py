#!/usr/bin/env python3
"""Reproducible sample of 100 further Wikinews sentences for the held-out second coding gold
(sitrep-eval/src/main/resources/org/sitrep/eval/sets/wikinews-coding-holdout.jsonl).

Same corpus, keyword filter, sentence splitter and selection rule as scripts/sample-wikinews-sentences.py (the first
set, wikinews-coding.jsonl), which this script imports, so both sets are drawn by one definition. The differences:

  1. The on-topic articles (same KEYWORDS, same exclusion of test pages and interviews) minus the 50 articles of the
     first set (recomputed with the first script's sample(), seed 20261127) are the remainder, in file order.
  2. random.Random(SEED) with SEED = 20261128 draws 50 articles of the remainder (rng.sample). If fewer than 50
     remained, all of them would be taken and the missing sentences drawn, with the same Random object, as a third
     sentence of randomly chosen articles of the remainder (rng.choice, one not yet taken); with this corpus 92
     remain, so that branch is not used and the script says so on standard error.
  3. Per article, in the order the sample returned them: its first body sentence, and one other sentence chosen
     with the same Random object (rng.choice over the rest) = 100 sentences, exactly as for the first set.
  4. Items are numbered wh-001.. in order of article date, URL and offset.

The sentences are never written into the project; the gold points to them by URL, offsets (Python str indices,
Unicode code points, into the article's `text`, end exclusive) and the hex SHA-1 of their UTF-8 bytes.

Usage:
  python3 scripts/sample-wikinews-sentences-2.py [--data DIR] [--text]
  python3 scripts/sample-wikinews-sentences-2.py --check GOLD.jsonl
"""
import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("sample_wikinews_1", os.path.join(HERE, "sample-wikinews-sentences.py"))
first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(first)

SEED = 20261128
N_ARTICLES = 50
N_SENTENCES = 100
PREFIX = "wh-"


def sample(data_dir):
    articles, kept, first_items = first.sample(data_dir)
    first_urls = {i["url"] for i in first_items}
    remainder = [a for a in kept if a["url"] not in first_urls]
    rng = random.Random(SEED)
    if len(remainder) >= N_ARTICLES:
        chosen = rng.sample(remainder, N_ARTICLES)
        shortfall = False
    else:
        chosen = list(remainder)
        shortfall = True
    items = []
    taken = {}
    for a in chosen:
        sents = first.sentences(a["text"])
        if len(sents) < 2:
            raise SystemExit("article with fewer than two sentences: " + a["url"])
        first_sent = sents[0]
        other = rng.choice(sents[1:])
        taken[a["url"]] = {first_sent, other}
        for s, e in (first_sent, other):
            items.append((a, s, e))
    if shortfall:
        # a third sentence from randomly chosen articles of the remainder, until there are 100
        while len(items) < N_SENTENCES:
            a = rng.choice(chosen)
            rest = [se for se in first.sentences(a["text"]) if se not in taken[a["url"]]]
            if not rest:
                continue
            se = rng.choice(rest)
            taken[a["url"]].add(se)
            items.append((a, se[0], se[1]))
    out = []
    for a, s, e in items:
        out.append({"url": a["url"], "date": a["date"], "title": a["title"], "start": s, "end": e,
                    "sha1": first.sha1(a["text"][s:e]), "text": a["text"][s:e]})
    out.sort(key=lambda i: (i["date"], i["url"], i["start"]))
    for n, item in enumerate(out, 1):
        item["id"] = PREFIX + "%03d" % n
    return articles, kept, remainder, first_urls, shortfall, out


def main():
    args = first.arguments()
    articles, kept, remainder, first_urls, shortfall, items = sample(args.data)
    print("articles %d, on topic %d, first set %d, remainder %d, sampled %d, sentences %d%s"
          % (len(articles), len(kept), len(first_urls), len(remainder), min(N_ARTICLES, len(remainder)), len(items),
             " (third sentences drawn: fewer than 50 articles remained)" if shortfall else
             " (no third sentences needed)"), file=sys.stderr)
    if args.check:
        sys.exit(first.check(args.check, articles, items, first_urls, count=True))
    first.print_items(items, args.text)


if __name__ == "__main__":
    main()
