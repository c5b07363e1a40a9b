#!/usr/bin/env python3
"""Reproducible sample of 150 Reuters-21578 stories (1987) for a PRECISION study (issue 5): which sentences with no
political event does Sitrep code as an event? Research use only: the output goes to a directory outside the
repository (default /tmp/precision9/) and no story text is ever committed.

Corpus, reading and keyword filter are those of the gold scripts: scripts/sample-reuters-sentences.py (the first
set's script: read_stories(), sentences(), on_topic()) and scripts/sample-reuters-sentences-2.py (the held-out
set's script: text_key(), first_sentence_words() and near_duplicate()), both imported, nothing copied.

Procedure:
  1. Stories: every <REUTERS> record with a non-empty <BODY> (first.read_stories), in file order.
  2. Excluded: every story of either gold set, by file + NEWID: sets/reuters-coding.jsonl (rt-) and
     sets/reuters-coding-holdout.jsonl (rh-). Of those files ONLY the "file" and "newid" fields are read; nothing
     else of them is kept or printed. Also excluded: any story whose text (white space collapsed) is that of an
     excluded story (the collection repeats stories under another NEWID), and any other wire version of one:
     second.near_duplicate() (Jaccard of the first sentences' words >= 0.5) against the excluded stories.
  2b. With --exclude-seed S (repeatable): the stories an earlier run drew with seed S (the same procedure, gold
     excluded) are excluded too, by file + NEWID, same text or near_duplicate(), so a new sample holds no story of
     an earlier one (the second study: --seed 20261205 --exclude-seed 20261128). Each excluded seed is redrawn with
     the excluded seeds named before it excluded, as its own study drew it: name them in study order (the third
     study: --seed 20261128 --exclude-seed 20261128 --exclude-seed 20261205, /tmp/precision11).
  3. random.Random(SEED), SEED = --seed (default 20261128, the first study's seed, whose output stays reproducible):
       a. ALL: rng.sample(candidates, len(candidates)) orders all candidates; walking it, a story is taken when it
          has at least two sentences (first.sentences(): the gold scripts' splitter and prose filter) and its text is
          not that of a story already taken, until N_ALL = 100.
       b. POLITICAL: then rng.sample(on_topic, len(on_topic)) orders the candidates that pass first.on_topic() (the
          gold scripts' political keyword filter), walked the same way (stories taken in a. skipped) until
          N_POLITICAL = 50.
  4. Written: OUT/precision-sample.sgm, the 150 raw <REUTERS> records in the order taken (the CLI reads it with its
     own Reuters reader, as the -articles suites do), and OUT/precision-sample.ids (one line per story: group,
     file, NEWID, date, title).

Usage:
  python3 scripts/sample-reuters-precision.py [--data DIR] [--out DIR] [--seed N] [--exclude-seed N]...
  (first study: no options, /tmp/precision9; second: --seed 20261205 --exclude-seed 20261128 --out /tmp/precision10)
  Then: ./sitrep code OUT/precision-sample.sgm > OUT/events.jsonl
"""
import argparse
import importlib.util
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


second = _load("sample_reuters_2", "sample-reuters-sentences-2.py")
first = second.first

SEED = 20261128
N_ALL = 100
N_POLITICAL = 50
SETS = os.path.join(HERE, "..", "sitrep-eval", "src", "main", "resources", "org", "sitrep", "eval", "sets")
GOLD_FILES = ["reuters-coding.jsonl", "reuters-coding-holdout.jsonl"]


def gold_stories():
    """(file, newid) of every story of both gold sets; reads only those two fields."""
    ids = set()
    for name in GOLD_FILES:
        with open(os.path.join(SETS, name), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    item = json.loads(line)
                    ids.add((item["file"], int(item["newid"])))
    return ids


def raw_records(data_dir):
    """(file, newid) -> the raw <REUTERS ...>...</REUTERS> record text."""
    out = {}
    for name in sorted(f for f in os.listdir(data_dir) if re.fullmatch(r"reut2-\d{3}\.sgm", f)):
        with open(os.path.join(data_dir, name), encoding="latin-1", newline="") as f:
            text = f.read()
        for m in first.RECORD_RE.finditer(text):
            out[(name, int(first.NEWID_RE.search(m.group(1)).group(1)))] = m.group(0)
    return out


def sample(data_dir, seed=SEED, exclude_seeds=(), stories=None):
    """The stories drawn with seed, none of them a gold story or one drawn with any of exclude_seeds."""
    if stories is None:
        stories = first.read_stories(data_dir)
    gold = gold_stories()
    for i, earlier in enumerate(exclude_seeds):
        # an earlier study drew its seed with the seeds named before it excluded (step 2b): redraw it the same way
        gold |= {(s["file"], s["newid"]) for _, s in sample(data_dir, earlier, tuple(exclude_seeds[:i]), stories)[3]}
    gold_keys = {second.text_key(s) for s in stories if (s["file"], s["newid"]) in gold}
    gold_words = {(s["file"], s["newid"]): second.first_sentence_words(s) for s in stories
                  if (s["file"], s["newid"]) in gold}
    candidates = []
    for s in stories:
        if (s["file"], s["newid"]) in gold or second.text_key(s) in gold_keys:
            continue
        if second.near_duplicate(s, gold_words) is not None:
            continue
        candidates.append(s)
    rng = random.Random(seed)
    taken, seen = [], set()

    def walk(pool, n, group):
        count = 0
        for s in rng.sample(pool, len(pool)):
            if count == n:
                break
            key = second.text_key(s)
            if key in seen or len(first.sentences(s["body"])) < 2:
                continue
            seen.add(key)
            taken.append((group, s))
            count += 1

    walk(candidates, N_ALL, "all")
    walk([s for s in candidates if first.on_topic(s)], N_POLITICAL, "political")
    return stories, gold, candidates, taken


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="/work/shared/data/corpora/reuters21578/reuters21578")
    p.add_argument("--out", default="/tmp/precision9")
    p.add_argument("--seed", type=int, default=SEED, help="random seed (default %(default)s, the first study's)")
    p.add_argument("--exclude-seed", type=int, action="append", default=[],
                   help="also exclude the stories drawn with this seed (and their copies); repeatable")
    args = p.parse_args()
    if os.path.abspath(args.out).startswith(os.path.abspath(os.path.join(HERE, ".."))):
        sys.exit("refusing to write corpus text into the repository")
    stories, gold, candidates, taken = sample(args.data, args.seed, args.exclude_seed)
    records = raw_records(args.data)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "precision-sample.sgm"), "w", encoding="latin-1", newline="") as f:
        for _, s in taken:
            f.write(records[(s["file"], s["newid"])] + "\n")
    with open(os.path.join(args.out, "precision-sample.ids"), "w", encoding="utf-8") as f:
        for group, s in taken:
            f.write("%s\t%s\t%d\t%s\t%s\n" % (group, s["file"], s["newid"], s["date"], s["title"]))
    print("stories %d, excluded stories (gold and earlier samples) %d, candidates %d, taken %d (%d all, %d political)"
          % (len(stories), len(gold), len(candidates), len(taken),
             sum(1 for g, _ in taken if g == "all"), sum(1 for g, _ in taken if g == "political")), file=sys.stderr)


if __name__ == "__main__":
    main()
