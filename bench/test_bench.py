#!/usr/bin/env python3
"""Tests of the benchmark's generator and its translations (standard library only; the
well-formedness tests need PyYAML and are skipped without it).

    python3 bench/test_bench.py

Small archives are generated into a temporary folder; nothing else is touched.
"""

import hashlib
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

BENCH = Path(__file__).resolve().parent
GENERATE = BENCH / "generate.py"
CHECK = BENCH / "check-translations.py"
TEMPLATES = BENCH.parent / "templates"

# The content of `generate.py OUT --cases 40` (seed 1) as the generator wrote it before it
# had translations (main at 543bf8f): a one-language archive must stay byte-identical.
ONE_LANGUAGE_40 = "d88e83c9c84ee5dc585bf1fdad827d7fc9caa4f338909d4bc124a0b3013630e4"

try:
    import yaml  # noqa: F401
    HAVE_YAML = True
except ImportError:
    HAVE_YAML = False


def digest(content):
    h = hashlib.sha256()
    for p in sorted(content.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(content)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def run(*args):
    return subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True)


class GeneratorTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="casebook-bench-test-"))

        def generate(name, *options):
            out = cls.tmp / name
            result = run(GENERATE, out, "--cases", 40, "--templates", TEMPLATES, *options)
            assert result.returncode == 0, result.stderr
            return out / "content"

        cls.one = generate("one")
        cls.three = generate("three", "--languages", "en,ru,kk")
        cls.three_again = generate("three-again", "--languages", "en,ru,kk")
        cls.kk = generate("kk", "--languages", "en,kk")
        cls.custody = generate("custody", "--custody-every", 3, "--letters")
        cls.custody_again = generate("custody-again", "--custody-every", 3, "--letters")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def files(self, content, translations):
        return {str(p.relative_to(content)) for p in content.rglob("*.md")
                if (p.name.count(".") > 1) == translations}

    def test_oneLanguageArchiveIsWhatItWasBeforeTranslations(self):
        self.assertEqual(digest(self.one), ONE_LANGUAGE_40)

    def test_englishFilesAreTheSameWithTranslations(self):
        english = self.files(self.one, False)
        self.assertEqual(english, self.files(self.three, False))
        for rel in english:
            self.assertEqual((self.one / rel).read_bytes(), (self.three / rel).read_bytes(), rel)

    def test_everyFileHasATranslationPerExtraLanguage(self):
        english = self.files(self.one, False)
        want = {rel[:-3] + ".%s.md" % lang for rel in english for lang in ("ru", "kk")}
        self.assertEqual(self.files(self.three, True), want)
        self.assertEqual(self.files(self.kk, True), {rel[:-3] + ".kk.md" for rel in english})

    def test_translationsAreDeterministic(self):
        self.assertEqual(digest(self.three), digest(self.three_again))

    def test_aKazakhTranslationIsTheSameWithOrWithoutRussian(self):
        for rel in self.files(self.kk, True):
            self.assertEqual((self.kk / rel).read_bytes(), (self.three / rel).read_bytes(), rel)

    def test_siteYmlListsTheLanguages(self):
        text = (self.three / "site.yml").read_text(encoding="utf-8")
        self.assertIn("languages: [en, ru, kk]\n", text)
        self.assertNotIn("language: en", text)
        self.assertIn("  sentenced: {en: Sentenced, ru: Осуждён, kk: Сотталды}\n", text)
        self.assertIn("languages: [en, kk]\n", (self.kk / "site.yml").read_text(encoding="utf-8"))

    def test_namesAreInTheirNativeSpelling(self):
        person = next(p for p in sorted((self.three / "people").glob("*.md")) if p.name.count(".") == 1)
        ru = (self.three / "people" / person.name.replace(".md", ".ru.md")).read_text(encoding="utf-8")
        kk = (self.three / "people" / person.name.replace(".md", ".kk.md")).read_text(encoding="utf-8")
        english = person.read_text(encoding="utf-8")
        aliases = english.split("aliases: [", 1)[1].split("]", 1)[0]
        # generate.py's aliases: Kazakh Cyrillic, Russian Cyrillic, then a Latin variant.
        kazakh, russian = aliases.split(", ")[:2]
        self.assertIn("name: %s\n" % russian, ru)
        self.assertIn("name: %s\n" % kazakh, kk)

    def test_sentenceNotesAreTranslated(self):
        notes = 0
        for case in sorted((self.three / "cases").glob("*.md")):
            if case.name.count(".") == 1 and "note: public and political activity}" in case.read_text(encoding="utf-8"):
                ru = case.with_name(case.name.replace(".md", ".ru.md")).read_text(encoding="utf-8")
                self.assertIn("      - note: общественную и политическую деятельность\n", ru)
                notes += 1
        self.assertGreater(notes, 0)

    def test_stampNamesTheLanguagesOnlyWhenThereAreSeveral(self):
        one = run(GENERATE, "--stamp", "--cases", 40).stdout
        same = run(GENERATE, "--stamp", "--cases", 40, "--languages", "en").stdout
        three = run(GENERATE, "--stamp", "--cases", 40, "--languages", "en,ru,kk").stdout
        self.assertEqual(one, same)
        self.assertNotIn("languages", one)
        self.assertEqual(three, one.rstrip("\n") + " languages=en,ru,kk\n")

    def test_custodyChangesOnlyTheFilesThatGetIt(self):
        changed = {"cases": 0, "people": 0}
        for path in sorted(self.one.rglob("*.md")):
            rel = path.relative_to(self.one)
            mine = (self.custody / rel).read_text(encoding="utf-8")
            if mine == path.read_text(encoding="utf-8"):
                continue
            changed[rel.parts[0]] += 1
            if rel.parts[0] == "cases":
                self.assertIn("    custody:\n      - {from: ", mine, rel)
            else:
                self.assertTrue("\nrecognised:\n" in mine or "\nletters: {address: " in mine, rel)
        self.assertEqual(set(changed), {"cases", "people"})
        self.assertGreater(changed["cases"], 5)
        self.assertGreater(changed["people"], 0)
        self.assertEqual((self.custody / "site.yml").read_text(encoding="utf-8"),
                         (self.one / "site.yml").read_text(encoding="utf-8") + "stale_after_months: 120\n")
        self.assertEqual(digest(self.custody), digest(self.custody_again))
        stamp = run(GENERATE, "--stamp", "--cases", 40, "--custody-every", 3, "--letters").stdout
        self.assertEqual(stamp, run(GENERATE, "--stamp", "--cases", 40).stdout.rstrip("\n") + " custody-every=3 letters\n")
        self.assertEqual(run(GENERATE, "--stamp", "--cases", 1, "--letters").returncode, 2)

    def test_badLanguagesAreRefused(self):
        for bad in ("ru,en", "en,de", "en,ru,ru", "en,", "EN"):
            result = run(GENERATE, "--stamp", "--cases", 1, "--languages", bad)
            self.assertEqual(result.returncode, 2, bad)
            self.assertIn("--languages must be en, then any of ru, kk", result.stderr)

    @unittest.skipUnless(HAVE_YAML, "needs PyYAML")
    def test_generatedArchivesAreWellFormed(self):
        for content in (self.one, self.three, self.kk):
            result = run(CHECK, content)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("; 0 problems", result.stdout)

    @unittest.skipUnless(HAVE_YAML, "needs PyYAML")
    def test_checkFindsEachKindOfProblem(self):
        content = self.tmp / "broken"
        shutil.copytree(self.three, content)
        case = sorted(p for p in (content / "cases").glob("*.md") if p.name.count(".") == 1)[0]
        ru = case.with_name(case.name.replace(".md", ".ru.md"))
        text = ru.read_text(encoding="utf-8")
        text = text.replace("---\ntitle:", "---\nstatus: sentenced\ntitle:", 1)   # a fact
        text = text.replace("events:\n  - summary: ", "events:\n  - date: 2020-01-01\n    summary: ", 1)
        text = text.replace("](../people/", "](../organizations/", 1)             # another link
        text = text.replace("\n---\n", "\npeople: []\n---\n", 1)                    # too few people
        ru.write_text(text, encoding="utf-8")
        case.with_name(case.name.replace(".md", ".kk.md")).unlink()                # missing
        (content / "people" / "nobody.ru.md").write_text("---\nname: Никто\n---\n", encoding="utf-8")
        (content / "pages" / "about.de.md").write_text("---\ntitle: Über\n---\n", encoding="utf-8")
        result = run(CHECK, content)
        self.assertEqual(result.returncode, 1)
        rel = "cases/" + ru.name
        for message in [
            "%s: 'status' is not a text key of a cases translation" % rel,
            "%s: events entry 1 must hold only a non-empty 'summary'" % rel,
            "%s: the body's links differ from the default file's" % rel,
            "%s: people must list" % rel,
            "cases/%s: no translation into kk" % case.name,
            "people/nobody.ru.md: a translation of people/nobody.md, which does not exist",
            "pages/about.de.md: a translation into 'de', which site.yml does not list",
            "; 7 problems",
        ]:
            self.assertIn(message, result.stdout)


if __name__ == "__main__":
    unittest.main()
