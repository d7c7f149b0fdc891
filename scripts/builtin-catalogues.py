#!/usr/bin/env python3
"""Regenerate Sources/CasebookKit/Render/Words/BuiltIn*.swift from templates/i18n/*.yml
(keeps each file's header, replaces the text between #\"\"\" and \"\"\"#)."""
import sys, os, re
root = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
pairs = {"en": "BuiltInCatalogue.swift", "ru": "BuiltInRussian.swift", "kk": "BuiltInKazakh.swift"}
for lang, swift in pairs.items():
    yml = open(os.path.join(root, "templates/i18n", lang + ".yml"), encoding="utf-8").read()
    path = os.path.join(root, "Sources/CasebookKit/Render/Words", swift)
    src = open(path, encoding="utf-8").read()
    start = src.index('#"""\n') + len('#"""\n')
    end = src.rindex('"""#')
    body = yml + "\n"
    new = src[:start] + body + src[end:]
    if new != src:
        open(path, "w", encoding="utf-8").write(new)
        print("updated", swift)
