#!/usr/bin/python3
"""Reads a .docx as a client would and prints its comments as JSON lines, for cli.cli_office.

The document is opened with python-docx first (it must load and give the paragraphs). Debian's
python-docx 0.8 has no comments API, so comments.xml and commentsExtended.xml are read with
zipfile and ElementTree, and each comment's range text is collected from document.xml between its
commentRangeStart and commentRangeEnd (w:t only: deleted text is not part of a range).
Usage: docx_comments.py FILE.docx   ->   {"id","author","initials","date","text","range","parent","done"} per line,
then one line {"paragraphs": [...]} with python-docx's paragraph texts.
"""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

import docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"

path = sys.argv[1]
document = docx.Document(path)
paragraphs = [p.text for p in document.paragraphs]

with zipfile.ZipFile(path) as z:
    names = z.namelist()
    body = ET.fromstring(z.read("word/document.xml"))
    comments = ET.fromstring(z.read("word/comments.xml")) if "word/comments.xml" in names else None
    extended = ET.fromstring(z.read("word/commentsExtended.xml")) if "word/commentsExtended.xml" in names else None

ranges = {}
active = set()
for el in body.iter():
    if el.tag == W + "commentRangeStart":
        active.add(el.get(W + "id"))
        ranges.setdefault(el.get(W + "id"), "")
    elif el.tag == W + "commentRangeEnd":
        active.discard(el.get(W + "id"))
    elif el.tag == W + "t" and el.text:
        for i in active:
            ranges[i] += el.text
    elif el.tag == W + "p":
        pass

para_parent, para_done, comment_para = {}, {}, {}
if extended is not None:
    for ex in extended.iter(W15 + "commentEx"):
        para_parent[ex.get(W15 + "paraId")] = ex.get(W15 + "paraIdParent")
        para_done[ex.get(W15 + "paraId")] = ex.get(W15 + "done") == "1"
by_para = {}
if comments is not None:
    for c in comments.iter(W + "comment"):
        ps = list(c.iter(W + "p"))
        if ps and ps[-1].get(W14 + "paraId"):
            by_para[ps[-1].get(W14 + "paraId")] = c.get(W + "id")
    for c in comments.iter(W + "comment"):
        cid = c.get(W + "id")
        ps = list(c.iter(W + "p"))
        para = ps[-1].get(W14 + "paraId") if ps else None
        text = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in ps)
        parent = para_parent.get(para)
        print(json.dumps({"id": cid, "author": c.get(W + "author"), "initials": c.get(W + "initials"),
                          "date": c.get(W + "date"), "text": text, "range": ranges.get(cid),
                          "parent": by_para.get(parent) if parent else None, "done": para_done.get(para, False)},
                         ensure_ascii=False))
print(json.dumps({"paragraphs": paragraphs}, ensure_ascii=False))
