#!/usr/bin/env python3
"""Which current heads of state and government, foreign and defence ministers do Sitrep's actor dictionaries know?

Reads the person entries of the default actor dictionaries (people.actors, officials.actors, historic.actors) and,
for every country of more than about two million people and every EU or NATO member, reports whether a role of
that country's government (ISO3 + GOV) valid on the given date has the title of a head of state, a head of
government, a foreign minister or a defence minister.

    python3 scripts/check-leaders.py [--date 2025-11-19] [--missing]

Titles are classified by words ("President", "Prime Minister", "Foreign", "Defence" ...), so the report is a
maintainer's checklist, not a proof: a country whose head of state also heads the government (presidential
systems, Turkey since 2018) has no separate head of government and a Commonwealth realm no head of state of its
own: they show "-" there.
"""
import argparse
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DICT_DIR = os.path.join(HERE, "..", "sitrep-core", "src", "main", "resources", "org", "sitrep", "resolve", "dictionary")

# Countries of more than about two million people (UN estimates of the 2020s) and every EU or NATO member.
COUNTRIES = """
AFG AGO ALB ARE ARG ARM AUS AUT AZE BDI BEL BEN BFA BGD BGR BIH BLR BOL BRA BWA CAF CAN CHE CHL CHN CIV CMR COD
COG COL CRI CUB CYP CZE DEU DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FRA GAB GBR GEO GHA GIN GMB GNB GRC GTM HND
HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KOR KWT LAO LBN LBR LBY LKA LSO LTU LUX
LVA MAR MDA MDG MEX MKD MLI MLT MMR MNE MNG MOZ MRT MWI MYS NAM NER NGA NIC NLD NOR NPL NZL OMN PAK PAN PER PHL
PNG POL PRK PRT PRY PSE QAT ROU RUS RWA SAU SDN SEN SGP SLE SLV SOM SRB SSD SVK SVN SWE SYR TCD TGO THA TJK TKM
TUN TUR TWN TZA UGA UKR URY USA UZB VEN VNM YEM ZAF ZMB ZWE
""".split()

EU_NATO = set("""
AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE
ALB CAN ISL MNE MKD NOR TUR GBR USA
""".split())

# Countries where the head of state also heads the government (no separate prime minister in the news).
NO_SEPARATE_HOG = set("""
USA BRA ARG MEX COL CHL ECU BOL VEN PRY URY GTM HND SLV NIC CRI PAN DOM IDN PHL AFG KEN NGA GHA ZAF ZMB ZWE MWI AGO
BWA LBR SLE GMB BEN SSD CYP TKM SAU OMN IRN SDN TUR
""".split())

# Commonwealth realms: the head of state is the British monarch (GBRGOV), no office of the country's own.
REALMS = set("CAN AUS NZL JAM PNG".split())

OFFICES = ("head of state", "head of government", "foreign minister", "defence minister")

HEAD_OF_GOVERNMENT = re.compile(r"(Prime Minister|Premier|Federal Chancellor|Chancellor of (Germany|Austria)|"
                                r"Head of Government|Taoiseach|President of the Government|"
                                r"President of the Council of Ministers|Chairman of the Cabinet|Chief Executive|Chief Adviser)\b")
HEAD_OF_STATE = re.compile(r"(President|King|Queen|Emperor|Emir|Sultan|Supreme Leader|Grand Duke|Head of State|Monarch|"
                           r"[Hh]ead of \S+ military government|[Hh]ead of the military government|"
                           r"Chairman of the (Presidential|Sovereignty|State Affairs|Transitional)|"
                           r"Chairperson of the Presidency|Member of the Presidency|General Secretary|Paramount)\b")
FOREIGN = re.compile(r"((Federal )?Minister (of|for) (Foreign|External|International Relations)|Foreign Minister|"
                     r"Foreign Secretary|Secretary of (State|Foreign Affairs|External Affairs)$|"
                     r"Secretary of State of the United States|Minister for Europe and Foreign Affairs)")
DEFENCE = re.compile(r"((Federal )?Minister (of|for) (National |the )?(Defen[cs]e|Armed Forces)|Defen[cs]e Minister|"
                     r"Defen[cs]e Secretary|Secretary of (National )?Defen[cs]e|Secretary of War|"
                     r"Minister of the Armed Forces)")
NOT_HEAD = re.compile(r"^(President|King|Queen|Emir|Chairman) of the (Government|Council of Ministers|"
                      r"European|Senate|National Assembly|Assembly|Parliament|Chamber|Court|Bank|Party|Commission|"
                      r"Supreme Court|Constitutional|Legislative|National Council|House)")


def classify(title):
    """The offices a role title names (a set of OFFICES).

    The title is read in its parts ("Deputy Prime Minister and Minister of Defence", "Tánaiste, Minister for
    Foreign Affairs and Minister for Defence"); a head of state or government must begin a part ("Vice
    President", "Press Secretary of the President" are none of the four), a minister's title may follow an
    "Acting", "Interim" or "Federal".
    """
    found = set()
    for part in re.split(r",\s*|\s+and\s+(?=(?:Deputy |Acting |First )?(?:Minister|Prime|President|Secretary|Head|"
                                  r"Chairman|King|Supreme|Tánaiste))", title.strip()):
        part = re.sub(r"^(Acting|Interim|Transitional|Caretaker|Incumbent|Federal)\s+", "", part.strip())
        if re.match(HEAD_OF_GOVERNMENT, part) or re.match(r"President of the (Government|Council of Ministers)", part):
            found.add("head of government")
        elif re.match(HEAD_OF_STATE, part) and not re.match(NOT_HEAD, part):
            found.add("head of state")
        if re.match(FOREIGN, part):
            found.add("foreign minister")
        if re.match(DEFENCE, part):
            found.add("defence minister")
    return found


def parse_date(s, end):
    s = s.strip()
    if not s:
        return None
    parts = s.split("-")
    if len(parts) == 1:
        return s + ("-12-31" if end else "-01-01")
    if len(parts) == 2:
        return s + ("-31" if end else "-01")
    return s


def read_people(directory):
    """(canonical name, code, title, start, end) for every role of every dictionary entry."""
    roles = []
    for path in sorted(glob.glob(os.path.join(directory, "*.actors"))):
        name = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].rstrip()
                if line.startswith("+ "):
                    name = line[2:].strip()
                elif name and line.strip().startswith("role:"):
                    parts = [p.strip() for p in line.strip()[len("role:"):].split("|")]
                    while len(parts) < 4:
                        parts.append("")
                    roles.append((name, parts[0], parts[1], parse_date(parts[2], False), parse_date(parts[3], True)))
    return roles


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--date", default="2025-11-19", help="the day to check (YYYY-MM-DD)")
    ap.add_argument("--missing", action="store_true", help="list only the countries with an office not known")
    ap.add_argument("--dictionaries", default=DICT_DIR, help="the directory of the *.actors files (default: Sitrep's)")
    args = ap.parse_args()
    day = args.date
    holders = {}  # (iso3, office) -> [names]
    for name, code, title, start, end in read_people(args.dictionaries):
        if len(code) != 6 or not code.endswith("GOV"):
            continue
        if (start and start > day) or (end and end < day):
            continue
        for office in classify(title):
            holders.setdefault((code[:3], office), []).append(name)
    countries = sorted(set(COUNTRIES) | EU_NATO)
    known = {o: 0 for o in OFFICES}
    applicable = {o: 0 for o in OFFICES}
    lines = []
    for iso in countries:
        cells = []
        missing = False
        for office in OFFICES:
            if (office == "head of government" and iso in NO_SEPARATE_HOG) or (office == "head of state" and iso in REALMS):
                cells.append("-")
                continue
            applicable[office] += 1
            names = holders.get((iso, office))
            if names:
                known[office] += 1
                cells.append("; ".join(sorted(set(names))))
            else:
                missing = True
                cells.append("MISSING")
        if missing or not args.missing:
            tag = "*" if iso in EU_NATO else " "
            lines.append(f"{iso}{tag} | " + " | ".join(cells))
    print(f"# date {day}; {len(countries)} countries (* EU or NATO member); offices: " + " | ".join(OFFICES))
    for line in lines:
        print(line)
    total_known = sum(known.values())
    total = sum(applicable.values())
    print("known: " + ", ".join(f"{o} {known[o]}/{applicable[o]}" for o in OFFICES) + f"; all {total_known}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
