#!/usr/bin/env python3
"""Check that importing loses no sentence of an article body.

Usage:
  check_import_lossless.py --lectern PATH/TO/lectern --spans CORPUS.spans.jsonl [--show N]

Writes the "text" of every article in the spans file (JSON Lines) to a temporary folder as a
UTF-8 .txt file, runs `lectern extract` once on all of them, and checks that every sentence of
every input appears in the "text" that Lectern prints for it. Both sides are compared after NFC,
the documented import hygiene (invisible characters dropped, 'Ð' typed for 'Đ' corrected) and
white-space normalisation. Prints "N articles, M sentences, K lost" and exits 1 when K > 0 (or
when lectern fails to answer for an article), 0 otherwise. Exits 0 with a message when the
spans file is absent (the corpus is not shipped with the project).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad\ufeff"), None)
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+")


def normalise(text):
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE)
    # 'Ð' (eth) before a letter is corrected to 'Đ' by the importer; compare after the same fix.
    text = re.sub(r"\u00d0(?=\w)", "\u0110", text)
    text = re.sub(r"\u00f0(?=\w)", "\u0111", text)
    return " ".join(text.split())


def sentences(text):
    for line in text.splitlines():
        for sentence in SENTENCE_END.split(line):
            s = normalise(sentence)
            if s:
                yield s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lectern", required=True, help="path to the lectern executable")
    ap.add_argument("--spans", required=True, help="JSON Lines with an 'id' and a 'text' per article")
    ap.add_argument("--show", type=int, default=10, help="lost sentences to print")
    args = ap.parse_args()

    if not os.path.exists(args.spans):
        print(f"skipped: {args.spans} is absent")
        return 0

    articles = []
    with open(args.spans, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            line = line.strip()
            if line:
                obj = json.loads(line)
                articles.append((str(obj.get("id", n)), obj["text"]))

    with tempfile.TemporaryDirectory(prefix="lectern-lossless-") as tmp:
        paths = []
        for ident, text in articles:
            path = os.path.join(tmp, f"article-{ident}.txt")
            with open(path, "w", encoding="utf-8", newline="") as out:
                out.write(text)
            paths.append(path)
        run = subprocess.run([args.lectern, "extract"] + paths, capture_output=True, timeout=1800)
        outputs = {}
        for line in run.stdout.decode("utf-8", "replace").splitlines():
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            outputs[os.path.normpath(obj.get("source", ""))] = obj

    total, lost, failed, shown = 0, 0, 0, 0
    for (ident, text), path in zip(articles, paths):
        obj = outputs.get(os.path.normpath(path))
        body = normalise(obj.get("text") or "") if obj else ""
        if not obj or "error" in obj:
            failed += 1
            print(f"article {ident}: no text ({obj.get('error') if obj else 'no output'})")
        for s in sentences(text):
            total += 1
            if s not in body:
                lost += 1
                if shown < args.show:
                    shown += 1
                    print(f"article {ident}: lost: {s[:160]}")
    print(f"{len(articles)} articles, {total} sentences, {lost} lost")
    return 1 if lost or failed else 0


if __name__ == "__main__":
    sys.exit(main())
