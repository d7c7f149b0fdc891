#!/usr/bin/env python3
"""A spreadsheet for `casebook import`, as a monitoring group keeps one: one row per person
in a case, in the columns of `casebook import --template`, with the vocabulary of the
archive `casebook init` writes (its statuses, roles, sentence types and example charge).

    python3 bench/spreadsheet.py OUT.csv --rows 2000 [--seed 1]

Cases have one to four people; names repeat across cases (the same person tried again),
spelled the same, so the import matches them; every row has a source. Deterministic for a
seed.
"""
import argparse
import csv
import random

FIRST = ["Aigerim", "Nurlan", "Dana", "Yerlan", "Saule", "Marat", "Aliya", "Timur", "Zhanna", "Serik",
         "Gulnara", "Askar", "Dinara", "Bolat", "Madina", "Arman", "Karlygash", "Daulet", "Ainur", "Yerzhan"]
LAST = ["Abenova", "Bekov", "Dzhaksybekova", "Yesenov", "Kassymova", "Mukanov", "Nurlanova", "Omarov",
        "Sadykova", "Tokayev", "Utegenova", "Zhakupov", "Baimukhanova", "Ismailov", "Kenzhebayeva"]
WHAT = ["over a post", "over a protest", "over an interview", "over a donation", "over a song", "over a banner"]
REGIONS = ["Almaty Region", "Zhambyl Region", "Mangystau Region", "Atyrau Region", "Abai Region"]
COURTS = ["Example District Court", "Almaty City Court", "Taraz City Court", "Aktau City Court"]
STATUSES = ["investigation", "detained", "trial", "sentenced", "appeal", "serving", "released", "acquitted", "closed"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    header = ["case_title", "status", "court", "region", "city", "charges", "detention_date", "verdict_date",
              "person_name", "person_id", "other_spellings", "role", "sentence_type", "sentence_years",
              "sentence_months", "source_urls", "source_titles"]
    rows, n = [], 0
    while len(rows) < args.rows:
        n += 1
        people = rng.randint(1, 4)
        status = rng.choice(STATUSES)
        year = rng.randint(2012, 2024)
        title = f"Case {n}: {people} detained {rng.choice(WHAT)} in {year}"
        court, region = rng.choice(COURTS), rng.choice(REGIONS)
        source = f"https://example.org/reports/{n}"
        names = set()
        while len(names) < people:
            names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        for index, name in enumerate(sorted(names)):
            if len(rows) == args.rows:
                break
            sentenced = status in ("sentenced", "serving", "appeal")
            rows.append([
                title if index == 0 else title, status if index == 0 else "", court if index == 0 else "",
                region if index == 0 else "", "", "example-article",
                f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"{year + 1}-{rng.randint(1, 12):02d}-15" if sentenced else "",
                name, "", "", "defendant", "imprisonment" if sentenced else "", str(rng.randint(1, 9)) if sentenced else "", "",
                source, f"Report {n}",
            ])
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
