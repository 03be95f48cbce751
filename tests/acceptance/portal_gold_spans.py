#!/usr/bin/env python3
"""Turn portal gold files (names, not spans) into a span file for `lectern model train`.

Gold lists the people and organizations of an article by name; this maps every name (and
alias) to its occurrences in the article's text, longest names first, at word boundaries,
without overlaps, and writes one JSON line per article in the format of
../shared/corpus/vlsp2018-train.spans.jsonl (id, text, entities[start, end in code points,
type, level]). The texts are read from the corpus folder at run time and never committed.

    python3 tests/acceptance/portal_gold_spans.py --gold-dir GOLD --texts ../shared/corpus/portal \
        --ids 04,06,09 -o adaptation.spans.jsonl
"""
import argparse
import json
import os
import sys


def is_word_char(c):
    return c.isalnum() or c == "_"


def occurrences(text, name):
    start = 0
    while True:
        at = text.find(name, start)
        if at < 0:
            return
        end = at + len(name)
        before_ok = at == 0 or not is_word_char(text[at - 1])
        after_ok = end == len(text) or not is_word_char(text[end])
        if before_ok and after_ok:
            yield at, end
        start = at + 1


def spans_for(text, gold):
    names = []
    for person in gold.get("people", []):
        names.append((person["name"], "PERSON"))
    for org in gold.get("organizations", []):
        names.append((org["name"], "ORGANIZATION"))
        for alias in org.get("aliases", []):
            names.append((alias, "ORGANIZATION"))
    # Longest first, then by type and name: deterministic, and "UBND tỉnh" wins over "UBND".
    names = sorted(set(n for n in names if n[0].strip()), key=lambda n: (-len(n[0]), n[1], n[0]))
    taken = [False] * len(text)
    entities = []
    for name, kind in names:
        for start, end in occurrences(text, name):
            if any(taken[start:end]):
                continue
            for k in range(start, end):
                taken[k] = True
            entities.append({"start": start, "end": end, "type": kind, "level": 0})
    entities.sort(key=lambda e: (e["start"], e["end"]))
    return entities


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold-dir", required=True)
    parser.add_argument("--texts", required=True, help="folder of the articles (binhdinh-NN.txt)")
    parser.add_argument("--ids", required=True, help="comma-separated article numbers (04,06,...)")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    lines = []
    for number in [n.strip() for n in args.ids.split(",") if n.strip()]:
        gold_path = os.path.join(args.gold_dir, f"binhdinh-{number}.gold.json")
        text_path = os.path.join(args.texts, f"binhdinh-{number}.txt")
        try:
            with open(gold_path, encoding="utf-8") as f:
                gold = json.load(f)
            with open(text_path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            print(f"portal_gold_spans: {e}", file=sys.stderr)
            return 1
        entities = spans_for(text, gold)
        lines.append(json.dumps({"id": f"binhdinh-{number}", "text": text, "entities": entities}, ensure_ascii=False))
        print(f"binhdinh-{number}: {len(entities)} spans", file=sys.stderr)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
