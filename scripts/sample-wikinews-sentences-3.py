#!/usr/bin/env python3
"""Reproducible sample of 150 further Wikinews sentences for the third coding gold, a DEVELOPMENT set
(sitrep-eval/src/main/resources/org/sitrep/eval/sets/wikinews-coding-3.jsonl): rules may be written from its
misses, so it must not use any article of the held-out second set (wikinews-coding-holdout.jsonl).

Same corpus, keyword filter and sentence splitter (with the same skips) as scripts/sample-wikinews-sentences.py (the
first set, wikinews-coding.jsonl), which this script imports, as it imports scripts/sample-wikinews-sentences-2.py
(the held-out second set) to know which articles to leave out. The procedure:

  1. The on-topic articles (same KEYWORDS, same exclusion of test pages and interviews) minus the 50 articles of
     the first set (its sample(), seed 20261127) and minus the 50 of the second set (its sample(), seed 20261128)
     are the remainder, in file order (2019 file, then 2020 file); with this corpus 42 articles.
  2. random.Random(SEED), SEED = 20261129. From each remainder article, in file order: its first body sentence and
     two other sentences, rng.sample(rest, 2) over its other sentences (all of them if fewer than two).
  3. Then, until there are N_SENTENCES = 150 items: an article of the FIRST set chosen with rng.choice (the first
     set's articles in file order; never an article of the second set), and one further sentence of it,
     rng.choice over its sentences not yet taken by the first set or by this set (an article with none left is
     passed over and another drawn).
  4. Items are numbered wd-001.. in order of article date, URL and offset.

The sentences are never written into the project; the gold points to them by URL, offsets (Python str indices,
Unicode code points, into the article's `text`, end exclusive) and the hex SHA-1 of their UTF-8 bytes.

Usage:
  python3 scripts/sample-wikinews-sentences-3.py [--data DIR] [--text]
prints one JSON object per line (id, url, date, title, start, end, sha1; with --text also the sentence: never
commit that output).
  python3 scripts/sample-wikinews-sentences-3.py --check GOLD.jsonl
checks a gold file: every url/start/end/sha1 against the corpus, the ids against this sample, the item count, and
that no article of the second (held-out) set is used.
"""
import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, filename):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, filename))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


first = _load("sample_wikinews_1", "sample-wikinews-sentences.py")
second = _load("sample_wikinews_2", "sample-wikinews-sentences-2.py")

SEED = 20261129
PER_ARTICLE_OTHERS = 2
N_SENTENCES = 150
PREFIX = "wd-"


def sample(data_dir):
    articles, kept, first_items = first.sample(data_dir)
    second_items = second.sample(data_dir)[-1]
    first_urls = {i["url"] for i in first_items}
    second_urls = {i["url"] for i in second_items}
    remainder = [a for a in kept if a["url"] not in first_urls and a["url"] not in second_urls]
    rng = random.Random(SEED)
    items = []
    for a in remainder:
        sents = first.sentences(a["text"])
        if not sents:
            continue
        rest = sents[1:]
        others = rng.sample(rest, PER_ARTICLE_OTHERS) if len(rest) > PER_ARTICLE_OTHERS else list(rest)
        for s, e in [sents[0]] + others:
            items.append((a, s, e))
    # further sentences from articles of the first set (never the second), until there are N_SENTENCES
    first_articles = [a for a in kept if a["url"] in first_urls]
    taken = {}
    for i in first_items:
        taken.setdefault(i["url"], set()).add((i["start"], i["end"]))
    from_first = 0
    while len(items) < N_SENTENCES:
        a = rng.choice(first_articles)
        rest = [se for se in first.sentences(a["text"]) if se not in taken[a["url"]]]
        if not rest:
            continue
        se = rng.choice(rest)
        taken[a["url"]].add(se)
        items.append((a, se[0], se[1]))
        from_first += 1
    out = []
    for a, s, e in items:
        out.append({"url": a["url"], "date": a["date"], "title": a["title"], "start": s, "end": e,
                    "sha1": first.sha1(a["text"][s:e]), "text": a["text"][s:e]})
    out.sort(key=lambda i: (i["date"], i["url"], i["start"]))
    for n, item in enumerate(out, 1):
        item["id"] = PREFIX + "%03d" % n
    return articles, kept, remainder, first_urls, second_urls, from_first, out


def main():
    args = first.arguments()
    articles, kept, remainder, first_urls, second_urls, from_first, items = sample(args.data)
    print("articles %d, on topic %d, first set %d, second set %d, remainder %d, sentences %d "
          "(%d from the remainder, %d further from first-set articles)"
          % (len(articles), len(kept), len(first_urls), len(second_urls), len(remainder), len(items),
             len(items) - from_first, from_first), file=sys.stderr)
    if args.check:
        sys.exit(first.check(args.check, articles, items, second_urls, count=True, dates=True))
    first.print_items(items, args.text)


if __name__ == "__main__":
    main()
