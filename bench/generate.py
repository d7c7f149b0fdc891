#!/usr/bin/env python3
"""Generate a synthetic casebook archive of any size, for benchmarks.

    python3 bench/generate.py OUT --cases N [--seed S] [--languages en,ru,kk] [--protect-every N]
                               [--custody-every N [--letters]] [--decisions-every N]

writes OUT/content/ (site.yml, cases/, people/, organizations/, pages/) in casebook's
content format and copies the repository's templates/ to OUT/templates/, so that
`casebook build --content OUT/content --templates OUT/templates` builds it. Any
OUT/content/ and OUT/templates/ already there are replaced; nothing else in OUT is
touched apart from the stamp file OUT/.casebook-bench (see --stamp).

Everything is invented: people's names are combinations of common Kazakh and Russian
first and last names, organizations and publishers are made up, and source addresses
are on example.com / example.org / example.net. The same --cases and --seed give
byte-identical files (only the standard library's seeded random.Random is used, never
hash order, the clock or the environment).

What an archive of N cases holds (roughly, for N >= 1000):

- N cases, about 2% drafts; 1-4 defendants each (long and short form), often a lawyer,
  judge, prosecutor or witness; sentences of one to three components; 2-9 events that
  cite the file's 2-5 sources; related cases; corrections in about 1 case in 8; a body of
  a few paragraphs linking to the people, court, organizations, other cases and a free
  page. 2-6 KB per case file, 3.7 KB on average (10,000 cases: 41 MB in all).
- about 1.2 N people with Kazakh and Russian Cyrillic aliases, some with events;
- about N/60 courts (kind: court; a few hear hundreds of cases at N = 10,000) and about
  N/100 parties, movements, media and NGOs, some banned, with leaders;
- two free pages (about, methodology).

The archive passes `casebook check` with no errors; a few events cite no source on
purpose, which gives warnings (about one event in 250).

With --languages en,ru,kk (English first, then ru and/or kk) the site is in those
languages: site.yml lists them and gives every text in each, and every case, person,
organization and page gets a translation <id>.ru.md, <id>.kk.md beside it
(bench/translate.py). The English files stay byte for byte the same.

With --protect-every N every Nth defendant has `protect: initials` (issue 15): a surname
no one else in the archive has, a neutral id (`person-<n>`), and the initials wherever a
text names them, in every language, so the archive still passes the leak check. The file
gives the real name and aliases, which the build never publishes. Without the option the
files are byte for byte what they were.

With --custody-every N (issue 16) the first defendant of every Nth case gets custody
periods in that case, each person in one case only (so no two held periods of a person
overlap): police custody, then pre-trial detention or house arrest, then prison (now and
then a psychiatric hospital) by the case's status; open while the status says the person
is held (investigation, detained, trial, sentenced, appeal, serving), and for released,
acquitted and closed cases all closed by the case's last event; about one in ten a
freedom limitation or travel ban (kinds that do not deprive of liberty); about one in
seven starting on a partial date (month only), and some released ones ending on one. Each
period cites one of its case's sources. About a third of these people are recognised as
political prisoners (`recognised`, with a source of their own) by a foundation of the
archive. site.yml gets `stale_after_months: 120`, so that the invented case dates do not
make every held person a warning. With --letters as well, every person held now (but a
protected one) gets `letters: {address: …}`. The choices come from a random generator of
their own, so every other file is what it is without the options; without them the files
are byte for byte what they were.

With --decisions-every N (issue 19) every convicted defendant of every Nth case has
`decisions:` instead of the shorthand `sentence:`: the first-instance verdict (with terms
per charge and a `sentence_total` when an imprisonment covers two charges), then, drawn
from a random generator of its own: an appeal that upheld the verdict, changed it (a term
a year shorter or suspended with probation, now and then a charge reclassified or dropped)
or acquitted; parole, an amnesty or a pardon that released the person; or a verdict in
absentia (only for people with no custody periods, since such a person is never held).
A person their custody periods leave held now is never acquitted, freed or given a term that
deprives of no liberty by a decision (an appeal upheld instead), and keeps the shorthand
when the verdict's sentence deprives of no liberty: the build calls a held period open
after such a decision an error. Each decision cites one of the case's sources. Without the option the files are byte for
byte what they were.
"""

import argparse
import hashlib
import random
import shutil
import sys
from pathlib import Path

import translate

# Bump when the output changes on purpose. bench/run.sh regenerates an archive when the
# stamp (this version, a hash of this file and translate.py, the case count, the seed and
# the languages when there are several) differs.
GENERATOR_VERSION = 1
STAMP_FILE = ".casebook-bench"

# --------------------------------------------------------------------------------------
# Names. Each first name: (Latin, Latin variant, Kazakh Cyrillic, Russian Cyrillic).
# Each surname is given in the masculine; the feminine adds -a (-а), as all end in
# -ov, -ev or -in.

MALE_FIRST = [
    ("Aidos", "Aidos", "Айдос", "Айдос"),
    ("Arman", "Arman", "Арман", "Арман"),
    ("Asqar", "Askar", "Асқар", "Аскар"),
    ("Bauyrzhan", "Baurzhan", "Бауыржан", "Бауржан"),
    ("Daniyar", "Daniar", "Данияр", "Данияр"),
    ("Erlan", "Yerlan", "Ерлан", "Ерлан"),
    ("Ghalym", "Galym", "Ғалым", "Галым"),
    ("Marat", "Marat", "Марат", "Марат"),
    ("Nurlan", "Nurlan", "Нұрлан", "Нурлан"),
    ("Serik", "Serik", "Серік", "Серик"),
    ("Talghat", "Talgat", "Талғат", "Талгат"),
    ("Yerzhan", "Erzhan", "Ержан", "Ержан"),
    ("Zhanbolat", "Zhanbolat", "Жанболат", "Жанболат"),
    ("Qairat", "Kairat", "Қайрат", "Кайрат"),
    ("Aset", "Asset", "Әсет", "Асет"),
    ("Dauren", "Dauren", "Дәурен", "Даурен"),
    ("Almas", "Almas", "Алмас", "Алмас"),
    ("Beibit", "Beibut", "Бейбіт", "Бейбит"),
    ("Ruslan", "Ruslan", "Руслан", "Руслан"),
    ("Timur", "Temir", "Темір", "Тимур"),
    ("Aleksei", "Alexey", "Алексей", "Алексей"),
    ("Dmitry", "Dmitrii", "Дмитрий", "Дмитрий"),
    ("Sergei", "Sergey", "Сергей", "Сергей"),
    ("Igor", "Igor", "Игорь", "Игорь"),
    ("Vladimir", "Vladimir", "Владимир", "Владимир"),
    ("Pavel", "Pavel", "Павел", "Павел"),
    ("Andrei", "Andrey", "Андрей", "Андрей"),
    ("Nikolai", "Nikolay", "Николай", "Николай"),
    ("Viktor", "Victor", "Виктор", "Виктор"),
    ("Oleg", "Oleg", "Олег", "Олег"),
]

FEMALE_FIRST = [
    ("Aigerim", "Aigerim", "Айгерім", "Айгерим"),
    ("Aliya", "Aliia", "Әлия", "Алия"),
    ("Dana", "Dana", "Дана", "Дана"),
    ("Gulnara", "Gulnara", "Гүлнара", "Гульнара"),
    ("Zhanar", "Zhanar", "Жанар", "Жанар"),
    ("Saule", "Saule", "Сәуле", "Сауле"),
    ("Ainur", "Ainur", "Айнұр", "Айнур"),
    ("Botagoz", "Botagoz", "Ботагөз", "Ботагоз"),
    ("Dinara", "Dinara", "Динара", "Динара"),
    ("Kamila", "Kamilla", "Камила", "Камила"),
    ("Madina", "Madina", "Мәдина", "Мадина"),
    ("Nazgul", "Nazgul", "Назгүл", "Назгуль"),
    ("Raushan", "Raushan", "Раушан", "Раушан"),
    ("Zarina", "Zarina", "Зарина", "Зарина"),
    ("Asel", "Assel", "Әсел", "Асель"),
    ("Gulmira", "Gulmira", "Гүлмира", "Гульмира"),
    ("Aizhan", "Aizhan", "Айжан", "Айжан"),
    ("Zhuldyz", "Zhuldyz", "Жұлдыз", "Жулдыз"),
    ("Meruert", "Meruyert", "Меруерт", "Меруерт"),
    ("Bibigul", "Bibigul", "Бибігүл", "Бибигуль"),
    ("Olga", "Olga", "Ольга", "Ольга"),
    ("Tatyana", "Tatiana", "Татьяна", "Татьяна"),
    ("Elena", "Yelena", "Елена", "Елена"),
    ("Natalya", "Natalia", "Наталья", "Наталья"),
    ("Irina", "Irina", "Ирина", "Ирина"),
    ("Svetlana", "Svetlana", "Светлана", "Светлана"),
    ("Marina", "Marina", "Марина", "Марина"),
    ("Yulia", "Julia", "Юлия", "Юлия"),
    ("Anna", "Anna", "Анна", "Анна"),
    ("Lyudmila", "Ludmila", "Людмила", "Людмила"),
]

SURNAMES = [
    ("Qambarov", "Kambarov", "Қамбаров", "Камбаров"),
    ("Toqtarov", "Toktarov", "Тоқтаров", "Токтаров"),
    ("Zhaqsybekov", "Zhaksybekov", "Жақсыбеков", "Жаксыбеков"),
    ("Nurpeisov", "Nurpeissov", "Нұрпейісов", "Нурпеисов"),
    ("Sarsenbayev", "Sarsenbaev", "Сәрсенбаев", "Сарсенбаев"),
    ("Abenov", "Abenov", "Әбенов", "Абенов"),
    ("Bekturov", "Bekturov", "Бектұров", "Бектуров"),
    ("Dauletov", "Dauletov", "Дәулетов", "Даулетов"),
    ("Yesenov", "Esenov", "Есенов", "Есенов"),
    ("Ghabdullin", "Gabdullin", "Ғабдуллин", "Габдуллин"),
    ("Ibrayev", "Ibraev", "Ибраев", "Ибраев"),
    ("Kenzhebayev", "Kenzhebaev", "Кенжебаев", "Кенжебаев"),
    ("Muqanov", "Mukanov", "Мұқанов", "Муканов"),
    ("Omarov", "Omarov", "Омаров", "Омаров"),
    ("Rakhymov", "Rakhimov", "Рахымов", "Рахимов"),
    ("Seitqaliyev", "Seitkaliev", "Сейітқалиев", "Сейткалиев"),
    ("Tolegenov", "Tulegenov", "Төлегенов", "Тулегенов"),
    ("Otepov", "Utepov", "Өтепов", "Утепов"),
    ("Yerzhanov", "Erzhanov", "Ержанов", "Ержанов"),
    ("Zhumabayev", "Zhumabaev", "Жұмабаев", "Жумабаев"),
    ("Aitqaliyev", "Aitkaliev", "Айтқалиев", "Айткалиев"),
    ("Baimukhanov", "Baimuhanov", "Баймұханов", "Баймуханов"),
    ("Ysqaqov", "Iskakov", "Ысқақов", "Искаков"),
    ("Nurghaliyev", "Nurgaliev", "Нұрғалиев", "Нургалиев"),
    ("Smaghulov", "Smagulov", "Смағұлов", "Смагулов"),
    ("Karimov", "Karimov", "Кәрімов", "Каримов"),
    ("Zhaqypov", "Zhakupov", "Жақыпов", "Жакупов"),
    ("Amanzholov", "Amanzholov", "Аманжолов", "Аманжолов"),
    ("Serikbayev", "Serikbaev", "Серікбаев", "Серикбаев"),
    ("Tokayev", "Tokaev", "Тоқаев", "Токаев"),
    ("Ivanov", "Ivanov", "Иванов", "Иванов"),
    ("Petrov", "Petrov", "Петров", "Петров"),
    ("Sokolov", "Sokolov", "Соколов", "Соколов"),
    ("Kuznetsov", "Kuznetsov", "Кузнецов", "Кузнецов"),
    ("Volkov", "Volkov", "Волков", "Волков"),
    ("Morozov", "Morozov", "Морозов", "Морозов"),
    ("Lebedev", "Lebedev", "Лебедев", "Лебедев"),
    ("Novikov", "Novikov", "Новиков", "Новиков"),
    ("Kozlov", "Kozlov", "Козлов", "Козлов"),
    ("Pavlov", "Pavlov", "Павлов", "Павлов"),
    ("Fedorov", "Fyodorov", "Федоров", "Фёдоров"),
    ("Belousov", "Belousov", "Белоусов", "Белоусов"),
    ("Grigoryev", "Grigoriev", "Григорьев", "Григорьев"),
    ("Zaitsev", "Zaytsev", "Зайцев", "Зайцев"),
    ("Orlov", "Orlov", "Орлов", "Орлов"),
    ("Ilyin", "Iljin", "Ильин", "Ильин"),
    ("Borodin", "Borodin", "Бородин", "Бородин"),
    ("Kalinin", "Kalinin", "Калинин", "Калинин"),
]

# Regions with their cities (Latin, Russian Cyrillic).
REGIONS = [
    ("Almaty", [("Almaty", "Алматы")]),
    ("Astana", [("Astana", "Астана")]),
    ("Shymkent", [("Shymkent", "Шымкент")]),
    ("Zhambyl Region", [("Taraz", "Тараз"), ("Shu", "Шу"), ("Karatau", "Каратау")]),
    ("Almaty Region", [("Qonaev", "Конаев"), ("Esik", "Есик"), ("Talgar", "Талгар")]),
    ("Mangystau Region", [("Aktau", "Актау"), ("Zhanaozen", "Жанаозен")]),
    ("Atyrau Region", [("Atyrau", "Атырау"), ("Kulsary", "Кульсары")]),
    ("Aktobe Region", [("Aktobe", "Актобе"), ("Khromtau", "Хромтау")]),
    ("Karaganda Region", [("Karaganda", "Караганда"), ("Temirtau", "Темиртау"), ("Balkhash", "Балхаш")]),
    ("Pavlodar Region", [("Pavlodar", "Павлодар"), ("Ekibastuz", "Экибастуз")]),
    ("East Kazakhstan Region", [("Oskemen", "Усть-Каменогорск"), ("Ridder", "Риддер")]),
    ("Abai Region", [("Semey", "Семей")]),
    ("Kostanay Region", [("Kostanay", "Костанай"), ("Rudny", "Рудный")]),
    ("North Kazakhstan Region", [("Petropavl", "Петропавловск")]),
    ("Akmola Region", [("Kokshetau", "Кокшетау"), ("Stepnogorsk", "Степногорск")]),
    ("West Kazakhstan Region", [("Oral", "Уральск"), ("Aksai", "Аксай")]),
    ("Kyzylorda Region", [("Kyzylorda", "Кызылорда"), ("Baikonur", "Байконур")]),
    ("Turkistan Region", [("Turkistan", "Туркестан"), ("Kentau", "Кентау")]),
    ("Ulytau Region", [("Zhezkazgan", "Жезказган"), ("Satpayev", "Сатпаев")]),
    ("Zhetysu Region", [("Taldykorgan", "Талдыкорган"), ("Zharkent", "Жаркент")]),
]

# Organizations: adjective and noun pairs (English, Russian, Kazakh).
ORG_ADJ = [
    ("Free", "Свободная", "Еркін"),
    ("Democratic", "Демократическая", "Демократиялық"),
    ("New", "Новая", "Жаңа"),
    ("United", "Объединённая", "Біріккен"),
    ("People's", "Народная", "Халықтық"),
    ("Green", "Зелёная", "Жасыл"),
    ("Civic", "Гражданская", "Азаматтық"),
    ("Young", "Молодая", "Жас"),
    ("Open", "Открытая", "Ашық"),
    ("Honest", "Честная", "Адал"),
    ("Northern", "Северная", "Солтүстік"),
    ("Southern", "Южная", "Оңтүстік"),
]
ORG_NOUN = [
    ("Steppe", "степь", "дала"),
    ("Future", "будущность", "болашақ"),
    ("Choice", "воля", "таңдау"),
    ("Voice", "речь", "үн"),
    ("Path", "дорога", "жол"),
    ("Alliance", "лига", "одақ"),
    ("Dawn", "заря", "таң"),
    ("Homeland", "родина", "отан"),
    ("Justice", "правда", "әділет"),
    ("Horizon", "даль", "көкжиек"),
]
ORG_KINDS = [
    # kind, English word, Russian word, Kazakh word, share
    ("party", "Party", "партия", "партиясы", 3),
    ("movement", "Movement", "движение", "қозғалысы", 3),
    ("media", "Media", "медиа", "медиасы", 2),
    ("ngo", "Foundation", "фонд", "қоры", 2),
]

CHARGES = [
    ("kz-cc-405", "Organizing or participating in the activities of a banned extremist organization", "Article 405"),
    ("kz-cc-174", "Inciting social, national, clan, racial, class or religious discord", "Article 174"),
    ("kz-cc-274", "Spreading knowingly false information", "Article 274"),
    ("kz-cc-272", "Organizing or participating in mass riots", "Article 272"),
    ("kz-cc-400", "Violating the procedure for organizing and holding assemblies", "Article 400"),
    ("kz-cc-179", "Propaganda of or public calls for seizing or retaining power", "Article 179"),
    ("kz-cc-378", "Insulting a representative of the authorities", "Article 378"),
    ("kz-cc-190", "Fraud", "Article 190"),
    ("kz-cc-189", "Misappropriation or embezzlement of entrusted property", "Article 189"),
    ("kz-cc-258", "Financing extremist or terrorist activity", "Article 258"),
    ("kz-cc-380", "Use of violence against a representative of the authorities", "Article 380"),
    ("kz-cc-293", "Hooliganism", "Article 293"),
]
# How often each charge is drawn (the first ones dominate, as in real archives).
CHARGE_WEIGHTS = [30, 18, 14, 8, 8, 5, 4, 3, 3, 3, 2, 2]

TAGS = [
    "social-media", "peaceful-assembly", "journalist", "activist", "religious-belief",
    "online-posts", "labour-protest", "january-2022", "election", "blogger", "lawyer",
    "land-rights", "pre-trial-detention", "torture-allegations", "forced-psychiatric",
    "travel-ban", "hunger-strike", "family-targeted",
]

PUBLISHERS = [
    ("Steppe Herald", "steppe-herald.example.com", "en"),
    ("Dala Daily", "dala-daily.example.com", "en"),
    ("Kazakh Rights Monitor", "rights-monitor.example.org", "en"),
    ("Vremya Stepi", "vremya-stepi.example.net", "ru"),
    ("Golos Regionov", "golos-regionov.example.net", "ru"),
    ("Qazaq Ýni", "qazaq-uni.example.org", "kk"),
    ("Central Asia Court Watch", "courtwatch.example.org", "en"),
    ("Open Dialogue Bulletin", "bulletin.example.org", "en"),
    ("Novosti Yuga", "novosti-yuga.example.net", "ru"),
    ("Azat Söz", "azat-soz.example.com", "kk"),
]

RESTRAINTS = ["two months of pre-trial detention", "house arrest", "a ban on leaving the city"]

CORRECTIONS = [
    "The date of the verdict was corrected.",
    "The name of the court was corrected.",
    "The spelling of a defendant's name was corrected.",
    "A source was replaced by its archived copy.",
    "The length of the sentence was corrected after the court published its ruling.",
]

STATUSES = [
    # status, weight
    ("investigation", 8), ("detained", 6), ("trial", 7), ("sentenced", 26),
    ("appeal", 8), ("serving", 18), ("released", 14), ("acquitted", 4), ("closed", 9),
]

SITE_YML_VOCABULARIES = """\
statuses:        {investigation: Under investigation, detained: In pre-trial detention, trial: On trial, sentenced: Sentenced, appeal: On appeal, serving: Serving sentence, released: Released, acquitted: Acquitted, closed: Closed}
roles:           {defendant: Defendant, witness: Witness, lawyer: Lawyer, judge: Judge, prosecutor: Prosecutor}
event_types:     {detention: Detained, search: Searched, charge: Charged, restraint: Measure of restraint, trial: Trial opened, verdict: Verdict, appeal: Appeal, appeal-ruling: Appeal ruling, release: Released, recognition: Recognised as political prisoner, ban: Banned}
sentence_types:  {imprisonment: imprisonment, freedom-limitation: freedom limitation, suspended: suspended sentence, fine: fine, community-work: community work, activity-ban: ban on activity, psychiatric: forced psychiatric treatment}
organization_kinds: {party: Political party, movement: Movement, court: Court, media: Media, ngo: NGO}
"""

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# --------------------------------------------------------------------------------------
# Small helpers


def slug(text):
    out = []
    for ch in text.lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


SAFE_PLAIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-()/;")


def q(text, block=True):
    """A YAML scalar for text: plain when that is safe (in [a, b] lists too when
    block is False), else single-quoted. In block context a colon not followed by a
    space (as in https://) may stay plain."""
    allowed = SAFE_PLAIN | {":"} if block and ": " not in text and text[-1:] != ":" else SAFE_PLAIN
    plain = text and text[0] not in " -:" and text[-1] != " " and all(
        ch in allowed or ord(ch) > 127 for ch in text)
    if plain and text.lower() not in ("true", "false", "yes", "no", "null", "on", "off", "~"):
        return text
    return "'" + text.replace("'", "''") + "'"


NON_CUSTODIAL = ("suspended", "fine", "freedom-limitation", "community-work", "activity-ban")


def non_custodial(comps):
    """Whether a sentence (its parts as flow mappings) deprives of no liberty: only the types
    that casebook's custody check counts so (docs/content.md, "Custody")."""
    return bool(comps) and all(c.split("type: ", 1)[1].split(",", 1)[0].rstrip("}") in NON_CUSTODIAL for c in comps)


def flow(items):
    return "[" + ", ".join(q(i, block=False) for i in items) + "]"


class Day:
    """A date as (year, month, day), with day up to 28 so that any step stays valid."""

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    def plus(self, days):
        y, m, d = self.y, self.m, self.d + days
        while d > 28:
            d -= 28
            m += 1
            if m > 12:
                m, y = 1, y + 1
        return Day(y, m, d)

    def key(self):
        return (self.y, self.m, self.d)

    def iso(self, precision=3):
        if precision == 1:
            return "%04d" % self.y
        if precision == 2:
            return "%04d-%02d" % (self.y, self.m)
        return "%04d-%02d-%02d" % (self.y, self.m, self.d)

    def words(self):
        return "%d %s %d" % (self.d, MONTHS[self.m - 1], self.y)


def weighted(rng, items, weights):
    total = sum(weights)
    r = rng.random() * total
    for item, w in zip(items, weights):
        r -= w
        if r < 0:
            return item
    return items[-1]


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --------------------------------------------------------------------------------------
# The archive


# Syllables of the invented surnames of protected people (Latin, Cyrillic).
PROTECTED_SYLLABLES = [("ba", "ба"), ("ke", "ке"), ("lu", "лу"), ("mi", "ми"), ("no", "но"), ("ra", "ра"),
                       ("si", "си"), ("tu", "ту")]


def used_names(files):
    """The regions and cities, and the tags, that the default-language files write."""
    places, tags = set(), set()
    for path, text in files.items():
        if text is None or path.count(".") > 1 or not path.startswith(("cases/", "people/")):
            continue
        front = text.split("\n---\n", 1)[0]
        for line in front.split("\n"):
            if line.startswith(("region: ", "city: ")):
                places.add(line.split(": ", 1)[1].strip().strip('"').strip("'"))
            elif line.startswith("tags: [") and line.endswith("]"):
                tags.update(t.strip().strip('"') for t in line[7:-1].split(",") if t.strip())
    return places, tags


def initials(name):
    return " ".join(part[0].upper() + "." for part in name.split())


class Person:
    protected = False

    def __init__(self, pid, female, first, last):
        self.id = pid
        self.female = female
        self.first = first
        self.last = last
        suffix_lat, suffix_cyr = ("a", "а") if female else ("", "")
        self.name = "%s %s%s" % (first[0], last[0], suffix_lat)
        self.aliases = []
        for alias in ("%s %s%s" % (first[2], last[2], suffix_cyr),
                      "%s %s%s" % (first[3], last[3], suffix_cyr),
                      "%s %s%s" % (first[1], last[1], suffix_lat)):
            if alias != self.name and alias not in self.aliases:
                self.aliases.append(alias)
        self.orgs = []
        self.cases = []          # (case id, draft)
        self.region = None
        self.role_pool = "defendant"

    @property
    def surname(self):
        return self.last[0] + ("a" if self.female else "")

    def protect(self, number):
        """`protect: initials` (--protect-every): a surname no one else has, a neutral id,
        and the initials wherever a text names the person, so no published text holds the
        name; the file still gives the name and aliases, which the build never publishes."""
        digits = [(number // 8 ** k) % 8 for k in range(4)]
        latin = "Tas" + "".join(PROTECTED_SYLLABLES[d][0] for d in digits) + "ov"
        cyrillic = "Тас" + "".join(PROTECTED_SYLLABLES[d][1] for d in digits) + "ов"
        self.last = (latin, latin, cyrillic, cyrillic)
        real = Person(self.id, self.female, self.first, self.last)
        self.id = "person-%d" % number
        self.protected = True
        self.real_name, self.real_aliases = real.name, real.aliases
        self.name = initials(real.name)
        self.aliases = []

    def pronoun(self):
        return "she" if self.female else "he"

    def possessive(self):
        return "her" if self.female else "his"


class Org:
    def __init__(self, oid, name, kind):
        self.id = oid
        self.name = name
        self.kind = kind
        self.short_name = None
        self.aliases = []
        self.region = None
        self.city = None
        self.leaders = []
        self.banned = None
        # What the translations are made from (bench/translate.py): for a court
        # (pattern, number, city, Russian city), for the others (adjective, noun, kind,
        # region or None): each a row of the tables above.
        self.court_form = None
        self.words = None


class Generator:
    def __init__(self, cases, seed, languages=("en",), protect_every=0, custody_every=0, letters=False,
                 decisions_every=0):
        self.n = cases
        self.decisions_every = decisions_every
        self.decisions_rng = random.Random("casebook-bench-decisions/%d/%d/%d" % (seed, cases, decisions_every))
        self.rng = random.Random("casebook-bench/%d/%d" % (seed, cases))
        self.seed = seed
        self.languages = languages
        self.protect_every = protect_every
        self.custody_every = custody_every
        self.letters = letters
        # case id -> (person id, [custody lines]); person id -> recognition lines, letters line
        self.custody = {}
        # People left held now by their custody periods: no decision of theirs frees them.
        self.held_now_people = set()
        self.recognised = {}
        self.letter_lines = {}
        self.files = {}
        # path without ".md" -> what its translations are made from (bench/translate.py)
        self.records = {}

    # ---- ids -------------------------------------------------------------------------

    def unique(self, used, base):
        pid, k = base, 2
        while pid in used:
            pid = "%s-%d" % (base, k)
            k += 1
        used.add(pid)
        return pid

    # ---- organizations ---------------------------------------------------------------

    def make_courts(self):
        rng = self.rng
        count = max(4, self.n // 60)
        courts, used = [], set()
        cities = [(region, city) for region, cs in REGIONS for city in cs]
        patterns = [
            "%s City Court No. %d", "%s District Court No. %d",
            "Specialised Inter-district Criminal Court of %s No. %d",
        ]
        ru_patterns = [
            "Городской суд №%d города %s", "Районный суд №%d города %s",
            "Специализированный межрайонный уголовный суд №%d города %s",
        ]
        i = 0
        while len(courts) < count:
            region, (city, city_ru) = cities[i % len(cities)]
            number = i // len(cities) + 1
            p = (i // len(cities)) % len(patterns) if i >= len(cities) else 0
            p = (p + i) % len(patterns)
            name = patterns[p] % (city, number)
            oid = self.unique(used, slug(name))
            court = Org(oid, name, "court")
            court.region, court.city = region, city
            court.aliases = [ru_patterns[p] % (number, city_ru)]
            court.court_form = (p, number, city, city_ru)
            if p == 0:
                court.short_name = "%s Court No. %d" % (city, number)
            courts.append(court)
            i += 1
        rng.shuffle(courts)
        self.courts = courts
        self.org_ids = used

    def make_orgs(self):
        rng = self.rng
        count = max(8, self.n // 100)
        orgs = []
        combos = [(a, b, k) for k in ORG_KINDS for a in ORG_ADJ for b in ORG_NOUN]
        rng.shuffle(combos)
        weights = [k[4] for k in ORG_KINDS]
        by_kind = {k[0]: [c for c in combos if c[2][0] == k[0]] for k in ORG_KINDS}
        index = {k[0]: 0 for k in ORG_KINDS}
        serial = 0
        while len(orgs) < count:
            kind = weighted(rng, ORG_KINDS, weights)
            pool = by_kind[kind[0]]
            adj, noun, _ = pool[index[kind[0]] % len(pool)]
            round_ = index[kind[0]] // len(pool)
            index[kind[0]] += 1
            name = "%s %s %s" % (adj[0], noun[0], kind[1])
            if round_:
                region = REGIONS[(serial + round_) % len(REGIONS)][0]
                name = "%s %s (%s)" % (adj[0], noun[0], region) + " " + kind[1]
            serial += 1
            org = Org(self.unique(self.org_ids, slug(name)), name, kind[0])
            initials = "".join(w[0] for w in (adj[0], noun[0], kind[1]))
            org.short_name = initials.upper() if rng.random() < 0.6 else None
            ru = "%s «%s %s»" % (kind[2].capitalize(), adj[1], noun[1])
            kz = "«%s %s» %s" % (adj[2], noun[2], kind[3])
            org.aliases = [ru, kz]
            org.words = (adj, noun, kind, region if round_ else None)
            if kind[0] in ("party", "movement") and rng.random() < 0.5:
                org.banned = Day(rng.randint(2010, 2022), rng.randint(1, 12), rng.randint(1, 28))
            orgs.append(org)
        self.orgs = orgs

    # ---- people ----------------------------------------------------------------------

    def make_people(self):
        rng = self.rng
        count = max(12, self.n * 6 // 5)
        used, people = set(), []
        for _ in range(count):
            female = rng.random() < 0.4
            first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
            last = rng.choice(SURNAMES)
            base = slug("%s %s%s" % (first[0], last[0], "a" if female else ""))
            p = Person(self.unique(used, base), female, first, last)
            p.region = rng.choice(REGIONS)[0]
            people.append(p)
        # Lawyers, judges and prosecutors come from small pools, so they recur.
        specialists = max(3, count // 30)
        for p in people[:specialists]:
            p.role_pool = "lawyer"
        for p in people[specialists:2 * specialists]:
            p.role_pool = "judge"
        for p in people[2 * specialists:3 * specialists]:
            p.role_pool = "prosecutor"
        self.people = people
        self.lawyers = people[:specialists]
        self.judges = people[specialists:2 * specialists]
        self.prosecutors = people[2 * specialists:3 * specialists]
        self.defendant_pool = people[3 * specialists:]
        if self.protect_every:   # no random numbers drawn: the other people stay as they were
            for k, p in enumerate(self.defendant_pool):
                if (k + 1) % self.protect_every == 0:
                    p.protect(k + 1)
        for p in self.defendant_pool:
            if rng.random() < 0.45:
                p.orgs = [rng.choice(self.orgs).id]
                if rng.random() < 0.3:
                    other = rng.choice(self.orgs).id
                    if other not in p.orgs:
                        p.orgs.append(other)
        # Leaders of organizations: defendants-to-be, so leaders also have cases.
        for org in self.orgs:
            if org.kind in ("party", "movement", "ngo"):
                org.leaders = [rng.choice(self.defendant_pool).id
                               for _ in range(1 if rng.random() < 0.8 else 2)]
                org.leaders = sorted(set(org.leaders))

    # ---- cases -----------------------------------------------------------------------

    def make_case_plan(self):
        """Decide ids, people, court and draft flag of every case before writing any,
        so that bodies can link to cases that are published."""
        rng = self.rng
        used = set()
        plans = []
        statuses = [s for s, _ in STATUSES]
        status_weights = [w for _, w in STATUSES]
        pool = self.defendant_pool
        for i in range(self.n):
            plan = {}
            ndef = min(weighted(rng, [1, 2, 3, 4], [62, 26, 9, 3]), len(pool))
            defendants = []
            while len(defendants) < ndef:
                # Skewed: a minority of people have several cases.
                p = pool[int(len(pool) * rng.random() ** 1.15)]
                if p not in defendants:
                    defendants.append(p)
            plan["defendants"] = defendants
            year = weighted(rng, list(range(2012, 2025)),
                            [2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 14, 9, 8])
            plan["start"] = Day(year, rng.randint(1, 12), rng.randint(1, 28))
            main = defendants[0]
            plan["id"] = self.unique(used, "%s-%d" % ("case" if main.protected else slug(main.surname), year))
            plan["draft"] = rng.random() < 0.02
            plan["status"] = weighted(rng, statuses, status_weights)
            plan["court"] = self.courts[int(len(self.courts) * rng.random() ** 1.6)]
            plans.append(plan)
            for p in defendants:
                p.cases.append((plan["id"], plan["draft"]))
        self.plans = plans

    def sentence_components(self, status):
        rng = self.rng
        comps = []
        if status in ("sentenced", "appeal", "serving", "released"):
            main = weighted(rng, ["imprisonment", "freedom-limitation", "suspended", "fine",
                                  "psychiatric"], [40, 30, 12, 14, 4])
            if main == "imprisonment":
                c = "{type: imprisonment, years: %d" % rng.randint(1, 12)
                if rng.random() < 0.3:
                    c += ", months: %d" % rng.randint(1, 11)
                if rng.random() < 0.4:
                    c += ", note: %s" % rng.choice(["general regime", "maximum security", "minimum security"])
                comps.append(c + "}")
            elif main == "freedom-limitation":
                comps.append("{type: freedom-limitation, years: %d}" % rng.randint(1, 5))
            elif main == "suspended":
                comps.append("{type: suspended, years: %d}" % rng.randint(1, 4))
            elif main == "fine":
                comps.append("{type: fine, amount: %d, currency: KZT}" % (rng.randint(2, 300) * 10000))
            else:
                comps.append("{type: psychiatric}")
            if rng.random() < 0.45:
                comps.append("{type: activity-ban, years: %d, note: %s}" % (
                    rng.randint(2, 7), rng.choice(["public and political activity",
                                                   "journalism", "social media use"])))
            if rng.random() < 0.15:
                comps.append("{type: community-work, hours: %d}" % rng.choice([50, 100, 150, 200]))
        return comps

    def case_file(self, plan, published_ids, published_by_court):
        rng = self.rng
        cid = plan["id"]
        status = plan["status"]
        court = plan["court"]
        defendants = plan["defendants"]
        draft = plan["draft"]
        start = plan["start"]
        region, city = court.region, court.city
        charges = []
        for _ in range(1 if rng.random() < 0.7 else 2):
            c = weighted(rng, CHARGES, CHARGE_WEIGHTS)[0]
            if c not in charges:
                charges.append(c)
        orgs = []
        for p in defendants:
            for o in p.orgs:
                if o not in orgs and len(orgs) < 3:
                    orgs.append(o)
        others = []   # (person, role)
        if rng.random() < 0.45:
            others.append((rng.choice(self.lawyers), "lawyer"))
        if rng.random() < 0.25:
            others.append((rng.choice(self.judges), "judge"))
        if rng.random() < 0.12:
            others.append((rng.choice(self.prosecutors), "prosecutor"))
        if rng.random() < 0.10:
            w = rng.choice(self.defendant_pool)
            if w not in defendants:
                others.append((w, "witness"))
        names = [p.name for p in defendants]
        names_text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

        # Sources first, so events can cite them.
        nsources = weighted(rng, [2, 3, 4, 5], [30, 35, 25, 10])
        sources = []
        for k in range(nsources):
            pub = rng.choice(PUBLISHERS)
            sday = start.plus(rng.randint(1, 500))
            sid = "%s-%s" % (slug(pub[0]).split("-")[0], sday.iso())
            if any(s["id"] == sid for s in sources):
                sid += "-%d" % (k + 1)
            topics = [
                "%s: court hearing in %s" % (names[0], city),
                "Activist %s faces charges in %s" % (names[0], city),
                "Why the case against %s matters" % names[0],
                "%s case: what we know" % city,
                "Supporters of %s gather outside court" % names[0],
                "Rights groups call the prosecution of %s political" % names[0],
                "Verdict expected in %s trial" % names[0],
            ]
            topic = rng.choice(topics)
            src = {"id": sid, "title": topic, "publisher": pub[0], "topic": topics.index(topic),
                   "url": "https://%s/%d/%02d/%s-%d" % (pub[1], sday.y, sday.m, slug(topic)[:60].strip("-"), rng.randint(1000, 99999)),
                   "date": sday.iso(), "language": pub[2], "key": sday.key()}
            if rng.random() < 0.2:
                src["archive_url"] = "https://archive.example.org/%d%02d%02d/%s" % (sday.y, sday.m, sday.d, src["url"][8:])
            sources.append(src)
        sources.sort(key=lambda s: (s["key"], s["id"]))

        # Events: a path through the case's life that ends in its status.
        path = ["detention"]
        if rng.random() < 0.5:
            path.append("search")
        path.append("charge")
        if rng.random() < 0.6:
            path.append("restraint")
        if status not in ("investigation", "detained", "closed"):
            path.append("trial")
        if status in ("sentenced", "appeal", "serving", "released", "acquitted"):
            path.append("verdict")
        if status in ("appeal", "serving", "released") and rng.random() < 0.8:
            path.append("appeal")
        if status in ("serving", "released") and "appeal" in path:
            path.append("appeal-ruling")
        if status == "released":
            path.append("release")
        if status in ("serving", "detained") and rng.random() < 0.2:
            path.append("recognition")
        events = []
        day = start
        for n_ev, etype in enumerate(path):
            day = day.plus(1 if n_ev == 0 else rng.randint(1, 90))
            ev_people = None
            if len(defendants) > 1 and rng.random() < 0.3:
                ev_people = [rng.choice(defendants).id]
            subject = names_text if ev_people is None else next(p.name for p in defendants if p.id == ev_people[0])
            restraint = rng.choice(RESTRAINTS)
            summary = {
                "detention": "%s detained in %s." % (subject, city),
                "search": "Police searched the home of %s in %s and seized phones and laptops." % (subject, city),
                "charge": "%s charged under %s." % (subject, next(c for c in CHARGES if c[0] == charges[0])[2]),
                "restraint": "The investigating judge ordered %s." % restraint,
                "trial": "The trial opened at %s." % court.name,
                "verdict": ("%s acquitted." % subject) if status == "acquitted" else "Verdict announced for %s." % subject,
                "appeal": "The defence appealed against the verdict.",
                "appeal-ruling": "The appeal court upheld the verdict.",
                "release": "%s released." % subject,
                "recognition": "Rights groups recognised %s as political prisoners." % subject
                               if ev_people is None and len(defendants) > 1
                               else "Rights groups recognised %s as a political prisoner." % subject,
            }[etype]
            ev = {"date": day.iso(3 if rng.random() < 0.85 else 2), "type": etype,
                  "summary": summary,
                  "text": (etype, ev_people and ev_people[0], RESTRAINTS.index(restraint))}
            if ev_people:
                ev["people"] = ev_people
            if rng.random() >= 0.004:
                # Cite sources published on or after the event (else the latest one).
                later = [s for s in sources if s["key"] >= day.key()] or sources[-1:]
                ev["sources"] = sorted({rng.choice(later)["id"] for _ in range(rng.randint(1, 2))})
            events.append(ev)
        if rng.random() < 0.3:
            rng.shuffle(events)   # events may be written in any order

        lines = ["---"]
        verb = {
            "investigation": "under investigation", "detained": "held in pre-trial detention",
            "trial": "on trial", "sentenced": "sentenced", "appeal": "appealing a verdict",
            "serving": "serving a sentence", "released": "released", "acquitted": "acquitted",
            "closed": "case closed",
        }[status]
        titles = [
            "%s court: %s %s" % (city, names_text, verb),
            "The case of %s (%s, %d)" % (names_text, city, start.y),
            "%s prosecuted in %s" % (names_text, city),
        ]
        title = rng.choice(titles)
        lines.append("title: %s" % q(title))
        charge_label = next(c for c in CHARGES if c[0] == charges[0])[1].lower()
        triggers = ["posts on social media", "a peaceful rally in %s" % city,
                    "an interview with foreign media", "donations to a banned group",
                    "a video criticising local officials", "a labour strike"]
        trigger = rng.choice(triggers)
        lines.append("summary: %s" % q(
            "%s %s charged with %s after %s." % (
                names_text, "were" if len(names) > 1 else "was", charge_label, trigger)))
        record = {"defendants": defendants, "city": city, "court": court, "status": status,
                  "year": start.y, "charge": charges[0], "title": titles.index(title),
                  "trigger": triggers.index(trigger), "events": [ev["text"] for ev in events],
                  "sources": [s["topic"] for s in sources], "corrections": [], "updated": None,
                  "people": []}   # per entry of people: the note of each penalty, or None
        lines.append("status: %s" % status)
        if rng.random() < 0.7:
            lines.append("status_as_of: %s" % day.plus(rng.randint(0, 60)).iso())
        lines.append("people:")
        if cid in self.custody:
            self.add_custody(plan, day, [s["id"] for s in sources])
        custody = self.custody.get(cid)
        for k, p in enumerate(defendants):
            comps = self.sentence_components(status)
            long_form = comps or rng.random() < 0.3
            record["people"].append([c.split("note: ", 1)[1].rstrip("}") if "note: " in c else None for c in comps])
            periods = custody[1] if custody and custody[0] == p.id else []
            if not long_form:
                lines.append("  - %s" % p.id)
                if periods:   # the long form, with no more random numbers drawn than the short
                    lines[-1] = "  - person: %s" % p.id
                    lines += ["    role: defendant"] + periods
                continue
            lines.append("  - person: %s" % p.id)
            lines.append("    role: defendant")
            lines += periods
            if k > 0 and rng.random() < 0.15:
                lines.append("    status: %s" % (rng.choice(["released", "serving"]) if comps else "acquitted"))
            if rng.random() < 0.1:
                lines.append("    charges: %s" % flow([weighted(rng, CHARGES, CHARGE_WEIGHTS)[0]]))
            # A person held now with a sentence that deprives of no liberty keeps the shorthand
            # (a warning: its date is not known); a decision setting it would be an error.
            if comps and self.decisions_every and (plan["index"] + 1) % self.decisions_every == 0 \
                    and not (p.id in self.held_now_people and non_custodial(comps)):
                # Decisions carry the sentence: no translated penalty notes for this person.
                record["people"][-1] = []
                lines += self.decision_lines(p, comps, charges, court, events, [s["id"] for s in sources])
            elif comps:
                lines.append("    sentence:")
                for c in comps:
                    lines.append("      - %s" % c)
        for p, role in others:
            record["people"].append([])
            lines.append("  - person: %s" % p.id)
            lines.append("    role: %s" % role)
        if orgs:
            lines.append("organizations: %s" % flow(orgs))
        lines.append("charges: %s" % flow(charges))
        lines.append("court: %s" % court.id)
        lines.append("region: %s" % q(region))
        lines.append("city: %s" % q(city))
        tags = sorted({rng.choice(TAGS) for _ in range(rng.randint(1, 3))})
        lines.append("tags: %s" % flow(tags))
        related = []
        idx = plan["index"]
        if idx > 0 and rng.random() < 0.35:
            for _ in range(rng.randint(1, 2)):
                r = self.plans[rng.randrange(max(0, idx - 200), idx)]["id"]
                if r not in related:
                    related.append(r)
        if related:
            lines.append("related_cases: %s" % flow(related))
        lines.append("events:")
        for ev in events:
            lines.append("  - date: %s" % ev["date"])
            lines.append("    type: %s" % ev["type"])
            lines.append("    summary: %s" % q(ev["summary"]))
            if "people" in ev:
                lines.append("    people: %s" % flow(ev["people"]))
            if "sources" in ev:
                lines.append("    sources: %s" % flow(ev["sources"]))
        lines.append("sources:")
        for s in sources:
            lines.append("  - id: %s" % s["id"])
            for key in ("title", "publisher", "url", "date", "language", "archive_url"):
                if key in s:
                    lines.append("    %s: %s" % (key, q(s[key])))
        if rng.random() < 0.12:
            lines.append("corrections:")
            cday = day
            for _ in range(rng.randint(1, 2)):
                cday = cday.plus(rng.randint(1, 60))
                note = rng.choice(CORRECTIONS)
                record["corrections"].append(CORRECTIONS.index(note))
                lines.append("  - {date: %s, note: %s}" % (cday.iso(), q(note)))
        if rng.random() < 0.85:
            record["updated"] = day.plus(rng.randint(0, 120)).iso()
            lines.append("updated: %s" % record["updated"])
        if draft:
            lines.append("draft: true")
        lines.append("---")

        # Body: a few paragraphs with links to people, the court, organizations,
        # related cases and a free page. A published case links only to published cases.
        link = lambda p: "[%s](../people/%s.md)" % (p.name, p.id)
        people_links = [link(p) for p in defendants]
        plinks = people_links[0] if len(people_links) == 1 else ", ".join(people_links[:-1]) + " and " + people_links[-1]
        first_date = start.plus(1).words()
        paras = []
        paras.append(
            "On %s, police in %s detained %s. %s The case was later sent to the "
            "[%s](../organizations/%s.md), which has heard a number of cases in this archive. "
            "%s" % (
                first_date, city, plinks,
                rng.choice([
                    "Officers arrived early in the morning and took the %s to the city police department without explaining the grounds." % ("defendants" if len(names) > 1 else "defendant"),
                    "The detention followed weeks of summonses for what investigators called informal conversations.",
                    "Relatives learned of the detention only the next day, from a lawyer on duty.",
                    "The arrest came two days after a post about local officials was shared widely online.",
                ]),
                court.name, court.id,
                rng.choice([
                    "Investigators said the charges concerned %s." % charge_label,
                    "The indictment described the case as one of %s." % charge_label,
                    "According to the charge sheet, the case is one of %s." % charge_label,
                ])))
        if orgs:
            olinks = ", ".join("[%s](../organizations/%s.md)" % (self.org_by_id[o].name, o) for o in orgs)
            paras.append(
                "The prosecution linked the %s to %s. %s %s" % (
                    "defendants" if len(names) > 1 else "defendant", olinks,
                    rng.choice([
                        "As evidence it cited reposts on social media, membership of chat groups and small transfers of money.",
                        "The evidence consisted mostly of screenshots of messages and the testimony of anonymous witnesses.",
                        "Expert linguistic reports commissioned by the investigators were the main evidence.",
                    ]),
                    rng.choice([
                        "The defence said that sympathy for a movement is not a crime.",
                        "Supporters said the organizations were targeted for criticising the government.",
                        "Independent observers were not allowed into several hearings.",
                    ])))
        p = defendants[0]
        paras.append(
            "%s %s. %s" % (
                p.name,
                rng.choice([
                    "has worked as a teacher in %s for many years" % city,
                    "is known locally as a blogger who writes about corruption and land disputes",
                    "took part in several peaceful rallies before %s arrest" % p.possessive(),
                    "ran a small business in %s and had never been prosecuted before" % city,
                    "volunteered for an election monitoring group",
                ]),
                rng.choice([
                    "In court %s said %s posts were opinions, not calls to action." % (p.pronoun(), p.possessive()),
                    "%s denied the charges and called the case revenge for %s criticism of the authorities." % (p.pronoun().capitalize(), p.possessive()),
                    "%s family said %s health had worsened in custody." % (p.possessive().capitalize(), p.possessive()),
                    "%s lawyers asked for the case to be closed for lack of evidence." % p.possessive().capitalize(),
                ])))
        if rng.random() < 0.75:
            paras.append(rng.choice([
                "Hearings were postponed several times, once because the judge was ill and twice "
                "because the prosecution's witnesses did not appear. Supporters who came to the "
                "courthouse were kept outside, and the hearings were streamed to a separate room "
                "where the sound often failed.",
                "During the investigation the %s spent weeks in a crowded cell of the pre-trial "
                "detention centre in %s. Relatives were allowed one short visit a month and "
                "complained that parcels with medicine were returned." % (
                    "defendants" if len(names) > 1 else "defendant", city),
                "The prosecution asked for a harsher sentence than the one the court imposed. "
                "Observers noted that the court's ruling repeated the indictment almost word for "
                "word, including its mistakes in dates and names.",
                "Witnesses for the prosecution, most of them police officers, gave nearly "
                "identical testimony. Two of them later told journalists that they had signed "
                "statements prepared in advance by the investigator.",
            ]))
        lawyer = next((o for o, role in others if role == "lawyer"), None)
        if lawyer is not None:
            paras.append(
                "Defence lawyer [%s](../people/%s.md) said that the investigation had relied on "
                "evidence gathered without a warrant and that requests to call defence witnesses "
                "were refused. The court rejected the motions." % (lawyer.name, lawyer.id))
        if rng.random() < 0.5:
            paras.append("## Background\n\n" + rng.choice([
                "The case is one of a series of prosecutions in %s in %d under the same article." % (region, start.y),
                "Similar cases followed the ban of several opposition groups, which rights groups describe as a campaign against peaceful dissent.",
                "Local journalists covering the trial reported pressure from the police, and one of them was briefly detained.",
            ]))
        linkable = [r for r in related if draft or r in published_ids]
        if linkable:
            paras.append("See also %s. How we decide which cases to include is explained in our [methodology](../pages/methodology.md)." %
                         " and ".join("[the related case](%s.md)" % r for r in linkable))
        else:
            peers = [c for c in published_by_court.get(court.id, []) if c != cid]
            if peers:
                other = peers[rng.randrange(len(peers))]
                paras.append("The same court heard [another case](%s.md) in this archive. "
                             "Our [methodology](../pages/methodology.md) explains how cases are counted." % other)
            else:
                paras.append("Our [methodology](../pages/methodology.md) explains how cases are counted.")
        if rng.random() < 0.3:
            s = sources[0]
            paras.append("The first report of the case was published by [%s](%s)." % (s["publisher"], s["url"]))
        body = "\n\n".join(paras) + "\n"
        record["body"] = body
        self.records["cases/%s" % cid] = record
        return "\n".join(lines) + "\n" + body

    # ---- people files ----------------------------------------------------------------

    def person_file(self, p):
        rng = self.rng
        lines = ["---", "name: %s" % q(p.name), "aliases: %s" % flow(p.aliases)]
        if p.protected:
            lines = ["---", "name: %s" % q(p.real_name), "aliases: %s" % flow(p.real_aliases), "protect: initials"]
        if rng.random() < 0.6:
            born = Day(rng.randint(1950, 1993), rng.randint(1, 12), rng.randint(1, 28))
            lines.append("born: %s" % born.iso(rng.choice([1, 1, 2, 3])))
        lines.append("region: %s" % q(p.region))
        if p.orgs:
            lines.append("organizations: %s" % flow(p.orgs))
        has_events = p.role_pool == "defendant" and rng.random() < 0.15
        if has_events:
            pub = rng.choice(PUBLISHERS)
            day = Day(rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28))
            sid = "%s-%s" % (slug(pub[0]).split("-")[0], day.iso())
            lines.append("events:")
            lines.append("  - date: %s" % day.iso())
            lines.append("    type: recognition")
            lines.append("    summary: %s" % q("Rights groups recognised %s as a political prisoner." % p.name))
            lines.append("    sources: [%s]" % sid)
            lines.append("sources:")
            lines.append("  - id: %s" % sid)
            lines.append("    title: %s" % q("Statement on the case of %s" % p.name))
            lines.append("    publisher: %s" % q(pub[0]))
            lines.append("    url: https://%s/statements/%s" % (pub[1], p.id))
            lines.append("    date: %s" % day.iso())
        if p.id in self.recognised:
            recognised, source = self.recognised[p.id]
            if not has_events:
                lines.append("sources:")
            lines += source
            lines += recognised
        if p.id in self.letter_lines:
            lines.append(self.letter_lines[p.id])
        lines.append("---")
        role = {"defendant": rng.choice(["an activist", "a blogger", "a civic activist", "a journalist", "a trade unionist", "a teacher"]),
                "lawyer": "a defence lawyer", "judge": "a judge", "prosecutor": "a prosecutor"}[p.role_pool]
        body = ["%s is %s from %s." % (p.name, role, p.region)]
        if p.orgs:
            body.append("%s is associated with %s." % (
                p.pronoun().capitalize(),
                " and ".join("[%s](../organizations/%s.md)" % (self.org_by_id[o].name, o) for o in p.orgs)))
        published = [c for c, draft in p.cases if not draft]
        if published:
            body.append("See [the case](../cases/%s.md)." % published[0])
        self.records["people/%s" % p.id] = {"person": p, "events": has_events, "body": " ".join(body) + "\n",
                                            "recognised": p.id in self.recognised}
        return "\n".join(lines) + "\n" + " ".join(body) + "\n"

    # ---- organization files ----------------------------------------------------------

    def org_file(self, org):
        rng = self.rng
        lines = ["---", "name: %s" % q(org.name)]
        if org.short_name:
            lines.append("short_name: %s" % q(org.short_name))
        lines.append("aliases: %s" % flow(org.aliases))
        lines.append("kind: %s" % org.kind)
        if org.leaders:
            lines.append("leaders: %s" % flow(org.leaders))
        if org.banned:
            pub = rng.choice(PUBLISHERS)
            sid = "%s-%s" % (slug(pub[0]).split("-")[0], org.banned.iso())
            lines.append("banned: %s" % org.banned.iso(2))
            lines.append("events:")
            lines.append("  - date: %s" % org.banned.iso(2))
            lines.append("    type: ban")
            lines.append("    summary: %s" % q("A court declared %s extremist and banned it." % org.name))
            lines.append("    sources: [%s]" % sid)
            lines.append("sources:")
            lines.append("  - id: %s" % sid)
            lines.append("    title: %s" % q("%s banned as extremist" % org.name))
            lines.append("    publisher: %s" % q(pub[0]))
            lines.append("    url: https://%s/%d/%s-banned" % (pub[1], org.banned.y, org.id))
            lines.append("    date: %s" % org.banned.iso())
        lines.append("---")
        if org.kind == "court":
            place = org.city if org.city == org.region else "%s, %s" % (org.city, org.region)
            body = "%s is a court in %s. The cases it heard are listed below." % (org.name, place)
        else:
            body = "%s is %s founded in %d." % (org.name, {
                "party": "an opposition political party", "movement": "a civic movement",
                "media": "an independent media outlet", "ngo": "a human rights foundation"}[org.kind],
                rng.randint(1991, org.banned.y - 1 if org.banned else 2018))
            if org.leaders:
                body += " It is led by %s." % " and ".join(
                    "[%s](../people/%s.md)" % (self.person_by_id[l].name, l) for l in org.leaders)
            if org.banned:
                body += " It was banned in %s %d; supporters continue to be prosecuted for taking part in its activities." % (
                    MONTHS[org.banned.m - 1], org.banned.y)
        self.records["organizations/%s" % org.id] = {"org": org, "body": body + "\n"}
        return "\n".join(lines) + "\n" + body + "\n"

    # ---- decisions (--decisions-every) -----------------------------------------------------

    def decision_lines(self, p, comps, charges, court, events, source_ids):
        """The `decisions:` of one convicted defendant: the verdict that gave `comps`, then
        what the decisions generator draws (appeal upheld, changed or acquitted; parole,
        amnesty or pardon; or a verdict in absentia)."""
        rng = self.decisions_rng
        dates = {}
        for ev in events:
            dates.setdefault(ev["type"], ev["date"])
        verdict = dates.get("verdict") or events[-1]["date"]
        appeal = dates.get("appeal-ruling") or dates.get("appeal") or verdict
        release = dates.get("release") or appeal
        source = lambda: rng.choice(source_ids)
        held = self.custody_people
        # Someone their custody leaves held now is never freed by a decision (an acquittal, a
        # suspended term, parole): the build calls that an error. The same numbers are drawn.
        free = p.id not in self.held_now_people
        out = ["    decisions:"]

        def decision(date, kind, outcome, court_id=None, charges_=None, parts=(), total=(), absentia=False):
            out.append("      - date: %s" % date)
            out.append("        kind: %s" % kind)
            if court_id:
                out.append("        court: %s" % court_id)
            out.append("        outcome: %s" % outcome)
            if charges_ is not None:
                out.append("        charges: %s" % flow(charges_))
            for key, items in (("sentence", parts), ("sentence_total", total)):
                if items:
                    out.append("        %s:" % key)
                    out.extend("          - %s" % c for c in items)
            if absentia:
                out.append("        in_absentia: true")
            out.append("        sources: [%s]" % source())

        main = comps[0]
        parts, total = list(comps), []
        if main.startswith("{type: imprisonment") and len(charges) == 2:
            years = int(main.split("years: ", 1)[1].split(",", 1)[0].rstrip("}"))
            first = max(1, years - rng.randint(0, 2))
            parts = ["{type: imprisonment, years: %d, charge: %s}" % (first, charges[0]),
                     "{type: imprisonment, years: %d, charge: %s}" % (max(1, years - 1), charges[1])] + comps[1:]
            total = list(comps)
        r = rng.random()
        absentia = r < 0.08 and p.id not in held
        decision(verdict, "first-instance", "convicted", court.id, charges, parts, total, absentia)
        appeal_court = self.courts[rng.randrange(len(self.courts))].id
        if absentia:
            if rng.random() < 0.5:
                decision(appeal, "appeal", "upheld", appeal_court, absentia=True)
        elif r < 0.18:
            if free:
                decision(appeal, "appeal", "acquitted", appeal_court, charges)
            else:
                decision(appeal, "appeal", "upheld", appeal_court)
        elif r < 0.40:
            ruled = list(charges)
            if len(ruled) == 2 and rng.random() < 0.5:
                ruled = ruled[:1]   # one charge dropped
            elif rng.random() < 0.1:
                ruled = [rng.choice([c[0] for c in CHARGES if c[0] not in charges])]   # reclassified
            if main.startswith("{type: imprisonment"):
                years = int(main.split("years: ", 1)[1].split(",", 1)[0].rstrip("}"))
                changed = ["{type: imprisonment, years: %d}" % (years - 1)] if years > 1 else \
                          ["{type: suspended, years: 1, probation: {years: 2}}"]
            else:
                changed = ["{type: suspended, years: %d, probation: {years: %d}}" % (rng.randint(1, 3), rng.randint(2, 4))]
            if free or not non_custodial(changed + comps[1:]):
                decision(appeal, "appeal", "changed", appeal_court, ruled, changed + comps[1:])
            else:
                decision(appeal, "appeal", "upheld", appeal_court)
        elif r < 0.65:
            decision(appeal, "appeal", "upheld", appeal_court)
        elif r < 0.80:
            decision(appeal, "appeal", "upheld", appeal_court)
            kind = rng.choice(["parole", "amnesty", "pardon"])
            if free:
                decision(release, kind, "released", court.id if kind == "parole" else None)
        return out

    # ---- custody, recognition and letters (--custody-every, --letters) --------------------

    HELD_STATUSES = ("investigation", "detained", "trial", "sentenced", "appeal", "serving")

    def make_custody(self):
        """Who gets custody (the first defendant of every Nth case, each person in one case
        only) and who is recognised, from a random generator of its own so that nothing else
        changes; the periods are made with the case file (`custody_periods`)."""
        rng = self.custody_rng = random.Random("casebook-bench-custody/%d/%d/%d" % (self.seed, self.n, self.custody_every))
        given = set()
        ngos = [o for o in self.orgs if o.kind == "ngo"] or self.orgs
        for plan in self.plans:
            p = plan["defendants"][0]
            if (plan["index"] + 1) % self.custody_every or p.id in given:
                continue
            given.add(p.id)
            self.custody[plan["id"]] = (p.id, [])
            if rng.random() < 0.35:
                org = ngos[rng.randrange(len(ngos))]
                day = plan["start"].plus(rng.randint(30, 400))
                sid = "recognition-%s" % day.iso()
                self.recognised[p.id] = (["recognised:",
                                          "  - {by: %s, date: %s, sources: [%s]}" % (org.id, day.iso(3 if rng.random() < 0.7 else 2), sid)],
                                         ["  - id: %s" % sid,
                                          "    title: %s" % q("%s recognises %s as a political prisoner" % (org.name, p.name)),
                                          "    url: https://example.org/recognitions/%s" % p.id,
                                          "    date: %s" % day.iso()])

    def add_custody(self, plan, last_event, source_ids):
        """The custody lines of the case's chosen person (`make_custody`), made once the case's
        events are known, and their letters address when they are held now."""
        person_id = self.custody[plan["id"]][0]
        periods, held_now, place = self.custody_periods(self.custody_rng, plan, last_event, source_ids)
        self.custody[plan["id"]] = (person_id, periods)
        if held_now:
            self.held_now_people.add(person_id)
        # A protected person's address is never published, so they get none.
        if self.letters and held_now and not self.person_by_id[person_id].protected:
            self.letter_lines[person_id] = "letters: {address: %s}" % q("%s, Kazakhstan" % place, block=False)

    @staticmethod
    def ordinal(day):
        return day.y * 336 + (day.m - 1) * 28 + day.d

    def custody_periods(self, rng, plan, last_event, source_ids):
        """The custody lines of one person in one case, whether a held period is left open, and
        where that one is. Every closed period ends by the case's last event, which the
        build's default as-of date is never before, so none of them reads as held now."""
        status, city, region = plan["status"], plan["court"].city, plan["court"].region
        day = plan["start"].plus(1)
        periods = []   # (from Day, to Day or None, kind, place)

        def add(kind, place, length, open_=False):
            nonlocal day
            start = day
            room = self.ordinal(last_event) - self.ordinal(start)
            end = None if open_ else start.plus(max(0, min(length, room)))
            periods.append((start, end, kind, place))
            day = (end or start).plus(1)

        def done(held_now, place):
            return self.lines(rng, periods, plan, source_ids), held_now, place

        add("detention", "Police department, %s" % city, rng.randint(1, 2))
        held = status in self.HELD_STATUSES
        if rng.random() < 0.08 and status in ("investigation", "acquitted", "closed"):
            add("travel-ban", None, rng.randint(60, 300), open_=held)
            return done(False, None)
        measure = "house-arrest" if rng.random() < 0.2 else "pretrial-detention"
        place = "at home, %s" % city if measure == "house-arrest" else "Pre-trial detention centre No. %d, %s" % (rng.randint(1, 3), city)
        if status in ("investigation", "detained", "trial"):
            add(measure, place, 0, open_=True)
            return done(True, place)
        span = self.ordinal(last_event) - self.ordinal(day)
        add(measure, place, rng.randint(max(1, span // 3), max(1, span * 2 // 3)) if status == "released" else rng.randint(40, 400))
        if status in ("acquitted", "closed"):
            return done(False, None)
        if rng.random() < 0.1 and status != "released":
            add("freedom-limitation", region, 0, open_=True)
            return done(False, None)
        kind = "psychiatric" if rng.random() < 0.05 else "prison"
        where = "Psychiatric hospital, %s" % region if kind == "psychiatric" else "Penal colony No. %d, %s" % (rng.randint(1, 20), region)
        add(kind, where, span, open_=status != "released")
        return done(status != "released", where)

    def lines(self, rng, periods, plan, source_ids):
        out = ["    custody:"]
        for index, (start, end, kind, place) in enumerate(periods):
            # The first period may start on a month only (it stands for the month's first
            # day, before the real one); a released person's last may end on one when that
            # is still after the period's start.
            partial_from = index == 0 and rng.random() < 0.15
            partial_to = (end is not None and index == len(periods) - 1 and plan["status"] == "released"
                          and rng.random() < 0.3 and (end.y, end.m) > (start.y, start.m))
            item = ["from: %s" % start.iso(2 if partial_from else 3)]
            if end is not None:
                item.append("to: %s" % end.iso(2 if partial_to else 3))
            item.append("kind: %s" % kind)
            if place:
                item.append("place: %s" % q(place, block=False))
            # Each period cites one of the case's sources, as an event does.
            item.append("sources: [%s]" % source_ids[rng.randrange(len(source_ids))])
            out.append("      - {%s}" % ", ".join(item))
        return out

    # ---- site.yml and pages ----------------------------------------------------------

    def site_yml(self, used=(set(), set())):
        if len(self.languages) > 1:
            return translate.site_yml(self, self.languages, used) + self.custody_settings()
        lines = [
            "title: Synthetic Case Archive (benchmark, %d cases)" % self.n,
            "description: An invented archive for measuring casebook. Every name, case and source in it is made up.",
            "base_url: https://bench.example.org/",
            "language: en",
            "licence: CC BY 4.0",
        ]
        text = "\n".join(lines) + "\n" + SITE_YML_VOCABULARIES + "charges:\n"
        for key, label, article in CHARGES:
            text += "  %s:\n    label: %s\n    law: %s\n" % (key, q(label), q("Criminal Code of Kazakhstan, " + article))
        return text + self.custody_settings()

    def custody_settings(self):
        return "stale_after_months: 120\n" if self.custody_every else ""

    def pages(self):
        about = (
            "---\ntitle: About this archive\nsummary: An invented archive of %d cases for measuring casebook.\n---\n"
            "This archive was generated by `bench/generate.py`. Every person, organization, court "
            "and source in it is invented; any resemblance to real people is a coincidence of "
            "common names.\n\n"
            "## What it is for\n\n"
            "It gives casebook an archive of realistic shape and size: cases with several "
            "defendants, sentences, dated events and sources, people with names in several "
            "scripts, and courts that heard many cases. See the [methodology](methodology.md).\n" % self.n)
        methodology = (
            "---\ntitle: Methodology\nsummary: How the invented cases are counted.\n---\n"
            "## What we count\n\n"
            "A **case** is one prosecution; a **person** is counted once, however many cases "
            "they have. Lawyers, judges, prosecutors and witnesses are recorded but not "
            "counted as prosecuted.\n\n"
            "## Sources\n\n"
            "Every published case cites at least one source, and each event names the sources "
            "behind it. Corrections are logged on the case page.\n\n"
            "Read more [about this archive](about.md).\n")
        return {"about": about, "methodology": methodology}

    # ---- everything ------------------------------------------------------------------

    def generate(self):
        self.make_courts()
        self.make_orgs()
        self.org_by_id = {o.id: o for o in self.courts + self.orgs}
        self.make_people()
        self.person_by_id = {p.id: p for p in self.people}
        self.make_case_plan()
        for i, plan in enumerate(self.plans):
            plan["index"] = i
        if self.custody_every:
            self.make_custody()
        # Nobody with custody periods is tried in absentia: such a person is never held.
        self.custody_people = {person for person, _ in self.custody.values()}
        published_ids = {p["id"] for p in self.plans if not p["draft"]}
        published_by_court = {}
        for p in self.plans:
            if not p["draft"]:
                published_by_court.setdefault(p["court"].id, []).append(p["id"])
        files = {"site.yml": None}
        for plan in self.plans:
            files["cases/%s.md" % plan["id"]] = self.case_file(plan, published_ids, published_by_court)
        for p in self.people:
            files["people/%s.md" % p.id] = self.person_file(p)
        for o in self.courts + self.orgs:
            files["organizations/%s.md" % o.id] = self.org_file(o)
        for pid, text in self.pages().items():
            files["pages/%s.md" % pid] = text
            self.records["pages/%s" % pid] = {"page": pid, "body": text.split("\n---\n", 1)[1]}
        for lang in self.languages[1:]:
            files.update(translate.Translator(self, lang).files())
        # site.yml spells only the places and tags the files use (an unused one is a warning).
        files["site.yml"] = self.site_yml(used_names(files))
        return files


def stamp(cases, seed, languages=("en",), custody_every=0, letters=False, decisions_every=0):
    """The stamp names the languages only when there are several, so that a one-language
    archive carries the stamp it always did (for the current hash)."""
    digest = hashlib.sha256(Path(__file__).read_bytes() + Path(translate.__file__).read_bytes()).hexdigest()[:16]
    text = "casebook bench/generate.py v%d %s cases=%d seed=%d" % (GENERATOR_VERSION, digest, cases, seed)
    if len(languages) > 1:
        text += " languages=%s" % ",".join(languages)
    if custody_every:
        text += " custody-every=%d" % custody_every + (" letters" if letters else "")
    if decisions_every:
        text += " decisions-every=%d" % decisions_every
    return text + "\n"


def parse_languages(text):
    """--languages: English first (the generator writes English), then any of the
    languages bench/translate.py writes, each once. None when the list is not that."""
    langs = tuple(text.split(","))
    if langs[0] != "en" or len(set(langs)) != len(langs) or any(l not in translate.LANGUAGES for l in langs[1:]):
        return None
    return langs


def main():
    ap = argparse.ArgumentParser(description="Generate a synthetic casebook archive for benchmarks.")
    ap.add_argument("out", nargs="?", help="output folder (gets content/ and templates/)")
    ap.add_argument("--cases", type=int, required=True, help="number of cases")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--templates", default=str(Path(__file__).resolve().parent.parent / "templates"),
                    help="theme to copy into OUT/templates (default: the repository's templates/)")
    ap.add_argument("--languages", default="en",
                    help="the site's languages, English first, then any of %s (default: en); "
                         "every file gets a translation in each other language" % ", ".join(translate.LANGUAGES))
    ap.add_argument("--protect-every", type=int, default=0, metavar="N",
                    help="give every Nth defendant 'protect: initials', with a surname no one else has, a "
                         "neutral id and no published text naming them (default 0: nobody)")
    ap.add_argument("--custody-every", type=int, default=0, metavar="N",
                    help="give the first defendant of every Nth case custody periods, some recognitions "
                         "(default 0: no custody)")
    ap.add_argument("--letters", action="store_true",
                    help="with --custody-every: give every person held now a letters address")
    ap.add_argument("--decisions-every", type=int, default=0, metavar="N",
                    help="give every convicted defendant of every Nth case decisions (verdict, appeal, parole, "
                         "amnesty, pardon, some in absentia) instead of the shorthand sentence (default 0: none)")
    ap.add_argument("--stamp", action="store_true",
                    help="print the stamp an archive of these options carries, and exit")
    args = ap.parse_args()
    if args.cases < 1:
        ap.error("--cases must be 1 or more")
    languages = parse_languages(args.languages)
    if languages is None:
        ap.error("--languages must be en, then any of %s, each once, separated by commas (as in en,ru,kk): not '%s'"
                 % (", ".join(translate.LANGUAGES), args.languages))
    if args.decisions_every < 0:
        ap.error("--decisions-every must be 0 or more")
    if args.custody_every < 0 or (args.letters and not args.custody_every):
        ap.error("--custody-every must be 1 or more, and --letters needs it")
    if args.stamp:
        sys.stdout.write(stamp(args.cases, args.seed, languages, args.custody_every, args.letters, args.decisions_every))
        return
    if not args.out:
        ap.error("the output folder is required")
    out = Path(args.out)
    templates = Path(args.templates)
    if not (templates / "layout.mustache").is_file():
        sys.exit("generate.py: %s does not look like a casebook theme (no layout.mustache)" % templates)

    files = Generator(args.cases, args.seed, languages, args.protect_every, args.custody_every, args.letters,
                      args.decisions_every).generate()
    content = out / "content"
    for d in (content, out / "templates"):
        if d.exists():
            shutil.rmtree(d)
    (out / STAMP_FILE).unlink(missing_ok=True)
    total = 0
    for rel in sorted(files):
        data = files[rel]
        write(content / rel, data)
        total += len(data.encode("utf-8"))
    (content / "media").mkdir(parents=True, exist_ok=True)
    shutil.copytree(templates, out / "templates")
    write(out / STAMP_FILE, stamp(args.cases, args.seed, languages, args.custody_every, args.letters, args.decisions_every))
    kinds = {}
    translations = 0
    for rel in files:
        if rel.count(".") > 1:   # cases/x.ru.md
            translations += 1
            continue
        kinds[rel.split("/")[0]] = kinds.get(rel.split("/")[0], 0) + 1
    extra = ", %d translations into %s" % (translations, ", ".join(languages[1:])) if translations else ""
    print("%s: %d files, %.1f MB (%d cases, %d people, %d organizations, %d pages%s), seed %d" % (
        content, len(files), total / 1e6, kinds.get("cases", 0), kinds.get("people", 0),
        kinds.get("organizations", 0), kinds.get("pages", 0), extra, args.seed))


if __name__ == "__main__":
    main()
