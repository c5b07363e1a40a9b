#!/usr/bin/env python3
"""Reproducible sample of 160 further Reuters-21578 newswire sentences (1987) for the HELD-OUT second coding gold
sitrep-eval/src/main/resources/org/sitrep/eval/sets/reuters-coding-holdout.jsonl.

Same corpus, reading, keyword filter, sentence splitter and selection rule as scripts/sample-reuters-sentences.py
(the first set, reuters-coding.jsonl, now a development set), which this script imports, so both sets are drawn by
one definition (no function is copied). The differences:

  1. The on-topic stories (the first script's on_topic: same keyword patterns, same EXTRA_KEYWORDS, same exclusion
     of "government securities" and the like; nothing changed) minus every story the first set uses: the 60 stories
     (file + NEWID) of the first script's sample() (seed 20261201), recomputed here, and also any story whose text
     is the same as one of them (the collection repeats some stories under another NEWID). That is the remainder,
     in file order.
  2. random.Random(SEED), SEED = 20261127: rng.sample(remainder, len(remainder)) orders it; walking that order, a
     story is taken when it has at least two sentences (the first script's sentences(): under 8 words, tables and
     non-prose skipped), its text is not the same as that of a story already taken, and it is not another wire
     version of a first-set story: its first sentence shares at least NEAR_DUPLICATE = 0.5 of its words (Jaccard
     index of the sets of lower-cased letter-and-digit words) with the first sentence of one of the 60 first-set
     stories (the collection holds rewritten repeats of a story under another NEWID, e.g. an updated version of the
     same court ruling or strike report; two such stories, each at about 0.6-0.9, are skipped with this corpus and
     the script names them on standard error). Until N_STORIES = 80 are taken.
  3. Per taken story, in the order taken: its first sentence, and one other drawn with the same Random object
     (rng.sample(rest, 1), as the first set) = 160 sentences.
  4. Items are numbered rh-001.. in order of story date, file, NEWID and offset (odd numbers are first sentences).

Usage:
  python3 scripts/sample-reuters-sentences-2.py [--data DIR] [--text]
prints one JSON object per line (id, file, newid, date, title, start, end, sha1; with --text also the sentence:
never commit that output).
  python3 scripts/sample-reuters-sentences-2.py --check GOLD.jsonl
checks a gold file: every file/newid/start/end/sha1 against the corpus, the ids and dates against this sample, the
item count, and that no item's story (file + NEWID, or its text) is one of the first set's stories.
"""
import argparse
import importlib.util
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("sample_reuters_1", os.path.join(HERE, "sample-reuters-sentences.py"))
first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(first)

SEED = 20261127
N_STORIES = 80
NEAR_DUPLICATE = 0.5
PREFIX = "rh-"


def text_key(story):
    return re.sub(r"\s+", " ", story["body"]).strip()


def words(text):
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def first_sentence_words(story):
    sents = first.sentences(story["body"])
    return words(story["body"][sents[0][0]:sents[0][1]]) if sents else set()


def near_duplicate(story, first_words):
    """The first-set story this one is another version of (Jaccard of the first sentences' words), or None."""
    mine = first_sentence_words(story)
    for key, theirs in first_words.items():
        if mine and len(mine & theirs) / len(mine | theirs) >= NEAR_DUPLICATE:
            return key
    return None


def sample(data_dir, report=None):
    stories, kept, first_items = first.sample(data_dir)
    first_ids = {(i["file"], i["newid"]) for i in first_items}
    first_keys = {text_key(s) for s in stories if (s["file"], s["newid"]) in first_ids}
    remainder = [s for s in kept if (s["file"], s["newid"]) not in first_ids and text_key(s) not in first_keys]
    first_words = {(s["file"], s["newid"]): first_sentence_words(s) for s in stories
                   if (s["file"], s["newid"]) in first_ids}
    rng = random.Random(SEED)
    order = rng.sample(remainder, len(remainder))
    taken, seen = [], set()
    for s in order:
        if len(taken) == N_STORIES:
            break
        key = text_key(s)
        if key in seen:
            continue
        sents = first.sentences(s["body"])
        if len(sents) < 2:
            continue
        twin = near_duplicate(s, first_words)
        if twin is not None:
            if report is not None:
                report.append("skipped %s NEWID %d: another version of first-set story %s NEWID %d"
                              % (s["file"], s["newid"], twin[0], twin[1]))
            continue
        seen.add(key)
        taken.append((s, sents))
    items = []
    for s, sents in taken:
        other = rng.sample(sents[1:], 1)[0]
        for a, b in (sents[0], other):
            items.append({"file": s["file"], "newid": s["newid"], "date": s["date"], "title": s["title"],
                          "start": a, "end": b, "sha1": first.wiki.sha1(s["body"][a:b]), "text": s["body"][a:b]})
    items.sort(key=lambda i: (i["date"], i["file"], i["newid"], i["start"]))
    for n, item in enumerate(items, 1):
        item["id"] = PREFIX + "%03d" % n
    return stories, kept, remainder, first_ids, first_keys, items


def check(gold_path, stories, items, first_ids, first_keys):
    bad = first.check(gold_path, stories, items)
    keys = {(s["file"], s["newid"]): text_key(s) for s in stories}
    overlap = 0
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            if (g["file"], g["newid"]) in first_ids or keys.get((g["file"], g["newid"])) in first_keys:
                overlap += 1
                print("story of the first set", g["id"], g["file"], g["newid"], file=sys.stderr)
    print("overlap with the first set: %d items" % overlap, file=sys.stderr)
    return 1 if bad or overlap else 0


def main():
    p = argparse.ArgumentParser()
    default = os.path.join(HERE, "..", "..", "shared", "data", "corpora", "reuters21578", "reuters21578")
    if not os.path.isdir(default):
        default = "/work/shared/data/corpora/reuters21578/reuters21578"
    p.add_argument("--data", default=default)
    p.add_argument("--text", action="store_true", help="also print each sentence (never commit this output)")
    p.add_argument("--check", metavar="GOLD", help="check a gold file's offsets, sha1, ids, dates and overlap")
    args = p.parse_args()
    report = []
    stories, kept, remainder, first_ids, first_keys, items = sample(args.data, report)
    for line in report:
        print(line, file=sys.stderr)
    print("stories with a body %d, on topic %d, first set %d stories, remainder %d, sentences %d"
          % (len(stories), len(kept), len(first_ids), len(remainder), len(items)), file=sys.stderr)
    if args.check:
        sys.exit(check(args.check, stories, items, first_ids, first_keys))
    first.print_items(items, args.text)


if __name__ == "__main__":
    main()
