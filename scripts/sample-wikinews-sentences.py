#!/usr/bin/env python3
"""Reproducible sample of 100 Wikinews sentences for the sealed coding gold
(sitrep-eval/src/main/resources/org/sitrep/eval/sets/wikinews-coding.jsonl).

The sentences themselves are never written into the project (project rule: sentences in the project are written
by us). The gold refers to each one by article URL, character offsets and SHA-1; this script rebuilds the sample
from the corpus so anyone can check the offsets and see the text.

Corpus: vanatteveldt/wikinews commit 347254178bf343f3801aac1d03c41cc09c35decb, data/wikinews_2019.csv and
data/wikinews_2020.csv (columns url,date,title,text; 295 articles; Wikinews contributors, CC BY 2.5).

Procedure:
  1. Keep the articles whose title or first 600 characters of text mention politics, diplomacy, conflict, crime,
     protest, courts, elections, military, police, sanctions, aid or government: a case-insensitive match of one of
     KEYWORDS (below) starting at a word boundary. Test pages and interview transcripts ("Wikinews interviews ...")
     are left out (EXCLUDED_TITLE_RE): they are no news reports.
  2. random.Random(SEED).sample(kept, 50), the kept articles in file order (2019 file, then 2020 file).
  3. Split each chosen article's text into sentences: paragraphs are its lines; a sentence ends at [.!?] (with any
     closing quotes or brackets) followed by whitespace and a capital letter, digit or opening quote, except after
     a known abbreviation, a dotted abbreviation or a single capital letter (an initial: "U.S.", "Mr.", "John F.
     Kennedy"). Sentences under 8 words are skipped, and so are the dateline ("Friday, January 4, 2019"),
     headlines and captions (a line with no sentence-final punctuation), lines that are not prose (lists, tables,
     "Sources" lines, interview lines marked "((WSS)) :"), pieces of a quotation of several sentences (unbalanced quotation marks) and sentences in
     another language (none of a few English function words).
  4. For each chosen article, in the order the sample returned them: its first body sentence, and one other of its
     sentences chosen with the same Random object (rng.choice over the rest) = 100 sentences.
  5. Items are numbered wn-001.. in order of article date, URL and offset.

Offsets are Python str indices (Unicode code points) into the article's `text` field, end exclusive; sha1 is the
hex SHA-1 of the sentence's UTF-8 bytes (text[start:end]).

Usage:
  python3 scripts/sample-wikinews-sentences.py [--data DIR] [--text]
prints one JSON object per line (id, url, date, title, start, end, sha1; with --text also the sentence).
  python3 scripts/sample-wikinews-sentences.py --check GOLD.jsonl
checks a gold file's url/start/end/sha1 against the corpus.
"""
import argparse
import csv
import hashlib
import json
import os
import random
import re
import sys

SEED = 20261127
N_ARTICLES = 50
HEAD_CHARS = 600
MIN_WORDS = 8

# The twelve topics of the brief, one pattern each, matched case-insensitively as whole words or word starts:
# politics, diplomacy, conflict, crime, protest, courts, elections, military, police, sanctions, aid, government.
KEYWORDS = [
    r"politic\w*",                         # politics, political, politician
    r"diploma(?:cy|tic\w*|ts?)\b",         # diplomacy, diplomatic, diplomat(s)
    r"conflicts?\b",
    r"crimes?\b", r"criminal\w*",
    r"protest\w*",                         # protest(s), protesters, protested
    r"courts?\b",
    r"elections?\b", r"elected\b", r"elector\w*",
    r"militar\w*",                         # military, militarily
    r"police\w*", r"policing\b",
    r"sanction\w*",
    r"aid\b",
    r"government\w*",
]
KEYWORD_RE = re.compile(r"\b(?:" + "|".join(KEYWORDS) + r")", re.IGNORECASE)
# Pages that are no news report: Wikinews test pages and interviews (question-and-answer transcripts).
EXCLUDED_TITLE_RE = re.compile(r"^TEST PAGE|Wikinews interviews|tells Wikinews|with Wikinews", re.IGNORECASE)
# A sentence with none of these words is not English (Wikinews quotes some speakers in their own language).
ENGLISH_WORDS = {"the", "of", "and", "to", "in", "is", "was", "were", "for", "on", "that", "with", "by", "has",
                 "have", "had", "at", "from", "as", "it", "he", "she", "they", "we", "be", "are", "this", "will"}

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "gov",
    "sen", "rep", "rev", "hon", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "approx",
}
# A candidate end: [.!?], closing quotes/brackets, whitespace, then a capital, digit or opening quote.
BOUNDARY_RE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018]?[A-Z0-9])")
DATELINE_RE = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}\s*$")
FINAL_RE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")


def read_articles(data_dir):
    articles = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with open(os.path.join(data_dir, name), encoding="utf-8", newline="") as f:
            articles.extend(csv.DictReader(f))
    return articles


def on_topic(article):
    if EXCLUDED_TITLE_RE.search(article["title"]):
        return False
    return bool(KEYWORD_RE.search(article["title"]) or KEYWORD_RE.search(article["text"][:HEAD_CHARS]))


def is_abbreviation(text, dot, abbreviations=None):
    """True when the period at text[dot] ends an abbreviation or an initial, not a sentence (abbreviations: the
    words that end with a period, ABBREVIATIONS unless given)."""
    if text[dot] != ".":
        return False
    m = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # U.S, U.S.S, B.C
        return True
    return word.lower().strip(".") in (ABBREVIATIONS if abbreviations is None else abbreviations)


def is_prose_line(line):
    s = line.strip()
    if not s or DATELINE_RE.match(s):
        return False
    if not FINAL_RE.search(s):  # headline, caption, list item without a full stop
        return False
    # lists, tables, sources; "((WSS)) :" marks an interviewer's question in a transcript
    if s.startswith(("*", "|", "#", "{", "((", "Sources", "Source:")):
        return False
    return True


def quotes_balanced(sent):
    """Straight double quotes come in pairs, and curly ones open before they close."""
    if sent.count('"') % 2:
        return False
    depth = 0
    for ch in sent:
        if ch == "\u201c":
            depth += 1
        elif ch == "\u201d":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def sentences(text):
    """(start, end) of each kept sentence, in text order."""
    out = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not is_prose_line(line):
            continue
        starts = [line_start]
        for m in BOUNDARY_RE.finditer(line):
            if is_abbreviation(line, m.start()):
                continue
            starts.append(line_start + m.end())
        starts.append(line_start + len(line))
        for a, b in zip(starts, starts[1:]):
            seg = text[a:b]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            s, e = a + lead, b - trail
            sent = text[s:e]
            if len(sent.split()) < MIN_WORDS:
                continue
            if not FINAL_RE.search(sent):
                continue
            if not quotes_balanced(sent):  # a piece of a quotation of several sentences
                continue
            if not ENGLISH_WORDS & {w.lower() for w in re.findall(r"[A-Za-z]+", sent)}:
                continue
            out.append((s, e))
    return out


def sha1(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def sample(data_dir):
    articles = read_articles(data_dir)
    kept = [a for a in articles if on_topic(a)]
    rng = random.Random(SEED)
    chosen = rng.sample(kept, N_ARTICLES)
    items = []
    for a in chosen:
        sents = sentences(a["text"])
        if len(sents) < 2:
            raise SystemExit("article with fewer than two sentences: " + a["url"])
        first = sents[0]
        other = rng.choice(sents[1:])
        for s, e in (first, other):
            items.append({"url": a["url"], "date": a["date"], "title": a["title"], "start": s, "end": e,
                          "sha1": sha1(a["text"][s:e]), "text": a["text"][s:e]})
    items.sort(key=lambda i: (i["date"], i["url"], i["start"]))
    for n, item in enumerate(items, 1):
        item["id"] = "wn-%03d" % n
    return articles, kept, items


def check(gold_path, articles, items, forbidden_urls=(), count=False, dates=False):
    """Checks a gold file against the sample: each item's sentence (by URL and offsets) has its SHA-1, its id is the
    sample's with the same URL and offsets (and date, with dates=True), and its article is not one of forbidden_urls
    (another set's); with count=True the gold must hold every item of the sample. Prints each mismatch and the total
    on standard error; returns the exit status (1 on any mismatch)."""
    texts = {a["url"]: a["text"] for a in articles}
    expected = {i["id"]: i for i in items}
    bad = 0
    n = 0
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            n += 1
            s = texts[g["url"]][g["start"]:g["end"]] if g["url"] in texts else None
            e = expected.get(g["id"])
            where = lambda i: (i["url"], i["start"], i["end"]) + ((i["date"],) if dates else ())
            if s is None or sha1(s) != g["sha1"] or e is None or where(e) != where(g) or g["url"] in forbidden_urls:
                bad += 1
                print("mismatch", g["id"], file=sys.stderr)
    if count and n != len(items):
        bad += 1
        print("gold has %d items, sample %d" % (n, len(items)), file=sys.stderr)
    print("checked, %d mismatches" % bad, file=sys.stderr)
    return 1 if bad else 0


def print_items(items, text):
    """One JSON line per sampled sentence (with its text only when asked: the corpus text is not ours to ship)."""
    for i in items:
        out = {k: i[k] for k in ("id", "url", "date", "title", "start", "end", "sha1")}
        if text:
            out["text"] = i["text"]
        print(json.dumps(out, ensure_ascii=False))


def arguments():
    """The command line of the Wikinews samplers: --data (the corpus folder), --text, --check GOLD."""
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "shared", "data", "corpora", "wikinews", "data")
    if not os.path.isdir(default):
        default = "/work/shared/data/corpora/wikinews/data"
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=default)
    p.add_argument("--text", action="store_true", help="also print each sentence (never commit this output)")
    p.add_argument("--check", metavar="GOLD", help="check a gold file's offsets, sha1 and ids against the corpus")
    return p.parse_args()


def main():
    args = arguments()
    articles, kept, items = sample(args.data)
    print("articles %d, on topic %d, sampled %d, sentences %d" % (len(articles), len(kept), N_ARTICLES, len(items)),
          file=sys.stderr)
    if args.check:
        sys.exit(check(args.check, articles, items))
    print_items(items, args.text)


if __name__ == "__main__":
    main()
