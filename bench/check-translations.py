#!/usr/bin/env python3
"""Check that a generated archive in several languages is well-formed, without casebook.

    python3 bench/check-translations.py CONTENT

Needs PyYAML (`pip install pyyaml`). Parses site.yml and the front matter of every file
of CONTENT (the content/ folder that bench/generate.py --languages wrote) with YAML, and
checks what the shared design of issue 14 asks of the site and of each translation:

- site.yml lists `languages`, English first (or, for a one-language archive, has
  `language: en` and no `languages`), and gives the title, the description, every
  vocabulary label and every charge's label and law in each of them;
- every case, person, organization and free page has a translation `<id>.<lang>.md` in
  every other language, and every translation has its default file;
- a translation holds only the text keys of its kind; its `events`, `sources` and
  `corrections` list as many entries as the default file's, each with only `summary`,
  `title` or `note`, a non-empty string; its body links to the same files in the same
  order as the default file's body, and is at least half and at most twice as long in
  characters.

Prints each problem as `file: message` and a summary line; exits 1 when there is any
problem, 2 when CONTENT or PyYAML is missing.
"""

import re
import sys
from pathlib import Path

try:
    import yaml
except ImportError:
    print("check-translations.py: needs PyYAML (pip install pyyaml)", file=sys.stderr)
    sys.exit(2)

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The text keys a translation may carry, per folder (the shared design of issue 14).
TEXT_KEYS = {
    "cases": {"title", "summary", "people"},
    "pages": {"title", "summary"},
    "people": {"name", "aliases"},
    "organizations": {"name", "short_name", "aliases"},
}
LISTS = {"events": "summary", "sources": "title", "corrections": "note"}
COMMON = set(LISTS) | {"updated"}
VOCABULARIES = ("statuses", "roles", "event_types", "sentence_types", "organization_kinds")
LINK_TARGET = re.compile(r"\]\(([^)]*)\)")


def split(path):
    """(front matter, body) of a content file."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[3:]:
        raise ValueError("no front matter between --- lines")
    head, body = text[4:].split("\n---\n", 1)
    data = yaml.load(head, Loader=Loader)
    if not isinstance(data, dict):
        raise ValueError("the front matter is not a mapping")
    return data, body


def check_site(content, problems):
    site = yaml.load((content / "site.yml").read_text(encoding="utf-8"), Loader=Loader)
    langs = site.get("languages")
    if langs is None and site.get("language") == "en":
        return ["en"]   # a one-language site: plain labels, no translations
    if not isinstance(langs, list) or not langs or langs[0] != "en":
        problems.append(("site.yml", "languages must be a list starting with en, not %r" % (langs,)))
        return ["en"]

    def labelled(where, value):
        if not isinstance(value, dict) or sorted(value) != sorted(langs):
            problems.append(("site.yml", "%s must give a text in each of %s, not %r" % (where, langs, value)))
        elif not all(isinstance(v, str) and v for v in value.values()):
            problems.append(("site.yml", "%s has an empty text: %r" % (where, value)))

    labelled("title", site.get("title"))
    labelled("description", site.get("description"))
    for name in VOCABULARIES:
        for key, value in (site.get(name) or {}).items():
            labelled("%s.%s" % (name, key), value)
    for key, charge in (site.get("charges") or {}).items():
        labelled("charges.%s.label" % key, charge.get("label"))
        labelled("charges.%s.law" % key, charge.get("law"))
    return langs


def check_people(rel, ours, theirs, problems):
    """A case's people: one entry per person, {} or the notes of each penalty."""
    if not isinstance(ours, list) or len(ours) != len(theirs):
        problems.append((rel, "people must list %d entries, one per person of the case" % len(theirs)))
        return
    for n, (entry, person) in enumerate(zip(ours, theirs), 1):
        if entry in ({}, None):
            continue
        penalties = person.get("sentence") or [] if isinstance(person, dict) else []
        notes = entry.get("sentence") if isinstance(entry, dict) and list(entry) == ["sentence"] else None
        if not isinstance(notes, list) or len(notes) != len(penalties):
            problems.append((rel, "people entry %d must be {} or 'sentence:' with %d entries" % (n, len(penalties))))
            continue
        for note, penalty in zip(notes, penalties):
            if note not in ({}, None) and (list(note) != ["note"] or not note["note"] or "note" not in penalty):
                problems.append((rel, "people entry %d: a penalty holds only the 'note' the default file's has: %r" % (n, note)))


def check_translation(rel, data, body, default, default_body, problems):
    kind = rel.split("/")[0]
    for key in data:
        if key not in TEXT_KEYS[kind] | COMMON:
            problems.append((rel, "'%s' is not a text key of a %s translation" % (key, kind)))
    for key in TEXT_KEYS[kind]:
        if key in default and key not in data and key not in ("short_name", "people"):
            problems.append((rel, "no '%s' (the default file has one)" % key))
    for key, field in LISTS.items():
        ours, theirs = data.get(key) or [], default.get(key) or []
        if len(ours) != len(theirs):
            problems.append((rel, "%d %s, the default file has %d" % (len(ours), key, len(theirs))))
        for n, entry in enumerate(ours, 1):
            if not isinstance(entry, dict) or list(entry) != [field] or not isinstance(entry[field], str) or not entry[field]:
                problems.append((rel, "%s entry %d must hold only a non-empty '%s': %r" % (key, n, field, entry)))
    if "people" in data:
        check_people(rel, data["people"], default.get("people") or [], problems)
    if LINK_TARGET.findall(body) != LINK_TARGET.findall(default_body):
        problems.append((rel, "the body's links differ from the default file's"))
    if not 0.5 * len(default_body) <= len(body) <= 2 * len(default_body):
        problems.append((rel, "the body has %d characters, the default file's %d" % (len(body), len(default_body))))


def main():
    if len(sys.argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    content = Path(sys.argv[1])
    if not (content / "site.yml").is_file():
        print("check-translations.py: %s has no site.yml" % content, file=sys.stderr)
        return 2
    problems = []
    langs = check_site(content, problems)
    files = sorted(p for kind in TEXT_KEYS for p in (content / kind).glob("*.md"))
    parsed = {}
    for path in files:
        rel = str(path.relative_to(content))
        try:
            parsed[rel] = split(path)
        except (ValueError, yaml.YAMLError) as error:
            problems.append((rel, "cannot be read: %s" % str(error).replace("\n", " ")))
    translations = 0
    for rel in sorted(parsed):
        stem = rel[:-3]
        if "." in stem:
            translations += 1
            base, lang = stem.rsplit(".", 1)
            if lang not in langs[1:]:
                problems.append((rel, "a translation into '%s', which site.yml does not list" % lang))
            elif base + ".md" not in parsed:
                problems.append((rel, "a translation of %s.md, which does not exist or cannot be read" % base))
            else:
                check_translation(rel, *parsed[rel], *parsed[base + ".md"], problems)
        else:
            for lang in langs[1:]:
                if "%s.%s.md" % (stem, lang) not in parsed and not (content / ("%s.%s.md" % (stem, lang))).exists():
                    problems.append((rel, "no translation into %s" % lang))
    for rel, message in problems[:50]:
        print("%s: %s" % (rel, message))
    print("%s: %d files, %d of them translations into %s; %d problems" % (
        content, len(files), translations, ", ".join(langs[1:]) or "no other language", len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
