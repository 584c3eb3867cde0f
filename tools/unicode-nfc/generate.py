#!/usr/bin/env python3
"""Writes the Unicode data Nfc.cs composes with, and test cases, from Python's unicodedata.

The app runs with InvariantGlobalization, where string.Normalize returns its input unchanged (no ICU), so the
content readers compose identifiers to NFC (UAX #15) themselves. Run again to move to the Unicode version of the
Python that runs it:  python3 tools/unicode-nfc/generate.py
"""
import random
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src/TimKnowledgeGraph.Domain/Content/Unicode/nfc-data.txt"
CASES = ROOT / "tests/TimKnowledgeGraph.Tests/Content/Unicode/nfc-cases.txt"


def code_points():
    return (cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)


def write_data():
    lines = [f"# Unicode {unicodedata.unidata_version} canonical data for NFC, from tools/unicode-nfc/generate.py; do not edit.",
             "# c FIRST LAST CLASS: canonical combining class of a range (0 where not listed).",
             "# d CP A [B]: canonical decomposition (one level); a pair that composes back to CP.",
             "# x CP A [B]: canonical decomposition that composition does not reverse (singletons, exclusions, non-starters)."]
    run = None
    for cp in list(code_points()) + [None]:
        ccc = unicodedata.combining(chr(cp)) if cp is not None else 0
        if run and (ccc != run[2] or cp != run[1] + 1):
            lines.append(f"c {run[0]:X} {run[1]:X} {run[2]}")
            run = None
        if ccc:
            run = (run[0], cp, ccc) if run else (cp, cp, ccc)
    for cp in code_points():
        decomposition = unicodedata.decomposition(chr(cp))
        if not decomposition or decomposition.startswith("<"):
            continue
        parts = decomposition.split()
        composes = len(parts) == 2 and unicodedata.normalize("NFC", chr(cp)) == chr(cp)
        lines.append(f"{'d' if composes else 'x'} {cp:X} {' '.join(parts)}")
    DATA.write_text("\n".join(lines) + "\n", encoding="utf-8")


def escape(text):
    return " ".join(f"{ord(c):X}" for c in text)


def write_cases():
    rng = random.Random(15)
    marks = [cp for cp in code_points() if unicodedata.combining(chr(cp))]
    cases = []
    for cp in code_points():
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<") or 0xAC00 <= cp <= 0xD7A3 and cp % 97 == 0:
            cases.append(unicodedata.normalize("NFD", chr(cp)))
    letters = "aeiouAEIOUcnszgkhwyUKR\u1100\u1161\u11a8\u0915\u05d0\u03b1\u0430"
    for _ in range(600):
        text = "".join(rng.choice(letters) if rng.random() < 0.4 else chr(rng.choice(marks)) for _ in range(rng.randint(1, 8)))
        cases.append(text)
    lines = [f"# Unicode {unicodedata.unidata_version}: INPUT ; NFC(INPUT), code points in hex, from tools/unicode-nfc/generate.py"]
    lines += [f"{escape(text)} ; {escape(unicodedata.normalize('NFC', text))}" for text in cases]
    CASES.parent.mkdir(parents=True, exist_ok=True)
    CASES.write_text("\n".join(lines) + "\n", encoding="utf-8")


write_data()
write_cases()
