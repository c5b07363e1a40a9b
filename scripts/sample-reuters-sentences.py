#!/usr/bin/env python3
"""Reproducible sample of 120 Reuters-21578 newswire sentences (1987) for the sealed coding gold
sitrep-eval/src/main/resources/org/sitrep/eval/sets/reuters-coding.jsonl.

Corpus: Reuters-21578, Distribution 1.0 (22 SGML files reut2-000.sgm .. reut2-021.sgm; copyright Reuters Ltd, free
distribution for research purposes only), in this project at ../shared/data/corpora/reuters21578/reuters21578 (see
its PROVENANCE.txt). No sentence is written into the project: the gold points to each one by file, NEWID, offsets and
SHA-1; this script rebuilds the sample from the corpus so anyone can check the offsets and see the text.

Reading: each file is read as Latin-1 (the collection is ASCII with a few Latin-1 bytes). A story is a
<REUTERS ... NEWID="n"> record with a <BODY>; its DATE is the day of <DATE> (e.g. "26-FEB-1987 15:01:01.79" gives
1987-02-26). The BODY TEXT is the raw content between <BODY> and </BODY>, SGML entities NOT unescaped (offsets are
into that string, Python str indices = code points, end exclusive). Records without a BODY (brief and unprocessed
items) are left out.

Procedure:
  1. Keep the stories whose TITLE or first 600 characters of BODY mention politics, diplomacy, conflict, crime,
     protest, courts, elections, military, police, sanctions, aid or government: the Wikinews keyword patterns of
     scripts/sample-wikinews-sentences.py (imported, unchanged), plus EXTRA_KEYWORDS for the political news of
     1987 that those words miss: guerrillas, rebels, troops, army, war, attacks, arrests, strikes, demonstrations,
     embassies, hostages, coups, ceasefires and the Contras. Case-insensitive, at a word boundary. "Government"
     naming a financial instrument (MARKET_PHRASES_RE: "government securities", "government bonds", "government
     stock", "government bills", "government paper", "government financing bills") does not count: those are the
     money-market reports of every day (the Fed's repurchases, a central bank's bill sales), no politics.
  2. random.Random(SEED), SEED = 20261201: rng.sample(kept, len(kept)) orders the kept stories (in file order,
     reut2-000 first, then by position in the file); walking that order, a story is taken when it has at least two
     sentences (below) and its text is not the same as that of a story already taken (the collection repeats some
     stories), until N_STORIES = 60 stories are taken.
  3. Sentences of a story: the BODY TEXT without its closing "Reuter" signature and "&#3;" is cut into paragraphs
     (a paragraph begins at a line indented by spaces, as Reuters marks them, or at the start of the body); a
     sentence ends at [.!?] (with closing quotes or brackets) followed by white space (line ends included) and a
     capital letter, digit or opening quote, except after an abbreviation, a dotted abbreviation or an initial (the
     Wikinews rule, with the Wikinews abbreviation list plus a few of Reuters: Gov., Sen., Rep., Sgt. are there;
     added "corp", "bros", "ave", "dlrs", "pct"). Skipped: sentences under 8 words, sentences without final
     punctuation, sentences that begin with a lower-case letter (the rest of a sentence whose first line the wire
     indented like a paragraph), pieces of a quotation of several sentences (unbalanced quotes), and non-prose: a paragraph that
     is a table (a line with a run of three spaces inside it or with more digits than letters), or that has no
     lower-case letter (a headline or a shouted line).
  4. From each taken story, in the order taken: its first sentence, and one other drawn with rng.sample(rest, 1)
     = 120 sentences.
  5. Items are numbered rt-001.. in order of story date, file, NEWID and offset.

Usage:
  python3 scripts/sample-reuters-sentences.py [--data DIR] [--text]
prints one JSON object per line (id, file, newid, date, title, start, end, sha1; with --text also the sentence:
never commit that output).
  python3 scripts/sample-reuters-sentences.py --check GOLD.jsonl
checks a gold file: every file/newid/start/end/sha1 against the corpus, the ids and dates against this sample, and
the item count.
"""
import argparse
import datetime
import importlib.util
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("sample_wikinews_1", os.path.join(HERE, "sample-wikinews-sentences.py"))
wiki = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wiki)

SEED = 20261201
N_STORIES = 60
HEAD_CHARS = 600
MIN_WORDS = 8
PREFIX = "rt-"

EXTRA_KEYWORDS = [
    r"guerrill\w*", r"rebels?\b", r"troops?\b", r"army\b", r"armies\b", r"wars?\b",
    r"attack\w*", r"arrest\w*", r"strikes?\b", r"striking\b", r"demonstrat(?:ion|or)s?\b",
    r"embass(?:y|ies)\b", r"hostages?\b", r"coups?\b", r"cease-?fires?\b", r"contras?\b",
]
KEYWORD_RE = re.compile(r"\b(?:" + "|".join(wiki.KEYWORDS + EXTRA_KEYWORDS) + r")", re.IGNORECASE)
MARKET_PHRASES_RE = re.compile(r"\bgovernment\s+(?:financing\s+)?(?:securities|bonds?|stocks?|bills?|paper)\b",
                               re.IGNORECASE)
ABBREVIATIONS = wiki.ABBREVIATIONS | {"corp", "bros", "ave", "dlrs", "pct"}
RECORD_RE = re.compile(r"<REUTERS([^>]*)>(.*?)</REUTERS>", re.S)
NEWID_RE = re.compile(r'NEWID="(\d+)"')
MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
SIGNATURE_RE = re.compile(r"\s*Reuter\s*(?:&#3;)?\s*$")
PARAGRAPH_RE = re.compile(r"\n(?=[ \t]+\S)")


def element(record, name):
    s = record.find("<" + name + ">")
    e = record.find("</" + name + ">")
    return None if s < 0 or e < s else record[s + len(name) + 2:e]


def day(date):
    d, mon, y = date.strip().split()[0].split("-")
    return datetime.date(int(y), MONTHS[mon.upper()], int(d)).isoformat()


def read_stories(data_dir):
    stories = []
    for name in sorted(f for f in os.listdir(data_dir) if re.fullmatch(r"reut2-\d{3}\.sgm", f)):
        with open(os.path.join(data_dir, name), encoding="latin-1", newline="") as f:
            text = f.read()
        for m in RECORD_RE.finditer(text):
            body = element(m.group(2), "BODY")
            if body is None or not body.strip():
                continue
            title = element(m.group(2), "TITLE") or ""
            dateline = element(m.group(2), "DATELINE") or ""
            stories.append({"file": name, "newid": int(NEWID_RE.search(m.group(1)).group(1)),
                            "date": day(element(m.group(2), "DATE")), "title": title.strip(),
                            "dateline": dateline.strip(), "body": body})
    return stories


def on_topic(story):
    def hit(text):
        return bool(KEYWORD_RE.search(MARKET_PHRASES_RE.sub(" ", text)))
    return hit(story["title"]) or hit(story["body"][:HEAD_CHARS])


def is_prose(paragraph):
    if not re.search(r"[a-z]", paragraph):
        return False
    for line in paragraph.split("\n"):
        inner = line.strip()
        if re.search(r"\S {3,}\S", inner):
            return False
        if len(re.findall(r"\d", inner)) > len(re.findall(r"[A-Za-z]", inner)):
            return False
    return True


def sentences(body):
    """(start, end) of each kept sentence of a BODY TEXT, in text order."""
    sig = SIGNATURE_RE.search(body)
    limit = sig.start() if sig else len(body)
    cuts = [0] + [m.end() for m in PARAGRAPH_RE.finditer(body, 0, limit)] + [limit]
    out = []
    for p0, p1 in zip(cuts, cuts[1:]):
        para = body[p0:p1]
        if not is_prose(para):
            continue
        starts = [p0]
        for m in wiki.BOUNDARY_RE.finditer(para):
            if wiki.is_abbreviation(para, m.start(), ABBREVIATIONS):
                continue
            starts.append(p0 + m.end())
        starts.append(p1)
        for a, b in zip(starts, starts[1:]):
            seg = body[a:b]
            s = a + len(seg) - len(seg.lstrip())
            e = b - (len(seg) - len(seg.rstrip()))
            sent = body[s:e]
            if len(sent.split()) < MIN_WORDS:
                continue
            if not wiki.FINAL_RE.search(sent):
                continue
            if sent[0].islower():
                continue
            if not wiki.quotes_balanced(sent):
                continue
            out.append((s, e))
    return out


def sample(data_dir):
    stories = read_stories(data_dir)
    kept = [s for s in stories if on_topic(s)]
    rng = random.Random(SEED)
    order = rng.sample(kept, len(kept))
    taken, seen = [], set()
    for s in order:
        if len(taken) == N_STORIES:
            break
        key = re.sub(r"\s+", " ", s["body"]).strip()
        if key in seen:
            continue
        sents = sentences(s["body"])
        if len(sents) < 2:
            continue
        seen.add(key)
        taken.append((s, sents))
    items = []
    for s, sents in taken:
        other = rng.sample(sents[1:], 1)[0]
        for a, b in (sents[0], other):
            items.append({"file": s["file"], "newid": s["newid"], "date": s["date"], "title": s["title"],
                          "start": a, "end": b, "sha1": wiki.sha1(s["body"][a:b]), "text": s["body"][a:b]})
    items.sort(key=lambda i: (i["date"], i["file"], i["newid"], i["start"]))
    for n, item in enumerate(items, 1):
        item["id"] = PREFIX + "%03d" % n
    return stories, kept, items


def check(gold_path, stories, items):
    bodies = {(s["file"], s["newid"]): s["body"] for s in stories}
    expected = {i["id"]: i for i in items}
    bad = n = 0
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            n += 1
            body = bodies.get((g["file"], g["newid"]))
            e = expected.get(g["id"])
            where = lambda i: (i["file"], i["newid"], i["start"], i["end"], i["date"])
            if body is None or wiki.sha1(body[g["start"]:g["end"]]) != g["sha1"] or e is None or where(e) != where(g):
                bad += 1
                print("mismatch", g["id"], file=sys.stderr)
    if n != len(items):
        bad += 1
        print("gold has %d items, sample %d" % (n, len(items)), file=sys.stderr)
    print("checked, %d mismatches" % bad, file=sys.stderr)
    return 1 if bad else 0


def main():
    default = os.path.join(HERE, "..", "..", "shared", "data", "corpora", "reuters21578", "reuters21578")
    if not os.path.isdir(default):
        default = "/work/shared/data/corpora/reuters21578/reuters21578"
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=default)
    p.add_argument("--text", action="store_true", help="also print each sentence (never commit this output)")
    p.add_argument("--check", metavar="GOLD", help="check a gold file's offsets, sha1, ids and dates")
    args = p.parse_args()
    stories, kept, items = sample(args.data)
    print("stories with a body %d, on topic %d, sentences %d" % (len(stories), len(kept), len(items)),
          file=sys.stderr)
    if args.check:
        sys.exit(check(args.check, stories, items))
    print_items(items, args.text)


def print_items(items, text):
    """Prints the items as JSON lines: where each sentence is in the corpus, and with --text the sentence itself."""
    for i in items:
        out = {k: i[k] for k in ("id", "file", "newid", "date", "title", "start", "end", "sha1")}
        if text:
            out["text"] = re.sub(r"\s+", " ", i["text"])
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
