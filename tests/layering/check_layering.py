#!/usr/bin/env python3
"""Fails when a file under app/ includes a header of a layer above its own.

Usage: check_layering.py [--app DIR] [--map FILE]   check the tree (default: this checkout)
       check_layering.py --self-test                 check that crafted back-edges are refused

The layer map (layers.txt beside this script) gives each layer a rank and the path prefixes of
its files. A file may include its own layer's headers and those of lower ranks; peers (equal
rank) may not include each other. Quoted and angle includes are resolved as the build does: the
including file's folder, then app/core (the core's include root), app/gui, app/cli and app/.
Includes that resolve outside app/ (Qt, the system) are not layers, except that no file below
the GUI may include a Qt Widgets or Print Support header. Every file under app/ must be in the
map, so a new folder cannot slip in unlayered. Prints one line per violation, exits 1 if any.
"""
import argparse
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"]+)[>"]', re.M)
SOURCE_SUFFIXES = ('.h', '.hpp', '.cpp', '.cc')
SEARCH_ROOTS = ('core', 'gui', 'cli', '.')
WIDGET_MODULES = re.compile(r'^Qt(Widgets|PrintSupport)/')


def read_map(path):
    layers = []  # (prefix, layer, rank)
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.split('#', 1)[0].split()
            if not line:
                continue
            if len(line) < 3 or not line[0].isdigit():
                raise SystemExit(f'{path}:{number}: expected "rank layer prefix…"')
            for prefix in line[2:]:
                layers.append((prefix, line[1], int(line[0])))
    layers.sort(key=lambda entry: len(entry[0]), reverse=True)
    return layers


def layer_of(relpath, layers):
    for prefix, layer, rank in layers:
        if relpath.startswith(prefix):
            return layer, rank
    return None


def resolve(app, including, target, quoted):
    candidates = [os.path.join(os.path.dirname(including), target)] if quoted else []
    candidates += [os.path.join(app, root, target) for root in SEARCH_ROOTS]
    for candidate in candidates:
        if os.path.isfile(candidate):
            return os.path.relpath(os.path.normpath(candidate), app).replace(os.sep, '/')
    return None


def check(app, map_path):
    layers = read_map(map_path)
    problems = []
    for folder, dirs, files in os.walk(app):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(SOURCE_SUFFIXES):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, app).replace(os.sep, '/')
            own = layer_of(rel, layers)
            if own is None:
                problems.append(f'app/{rel}: not in the layer map ({map_path})')
                continue
            with open(path, encoding='utf-8', errors='replace') as f:
                text = f.read()
            for match in INCLUDE.finditer(text):
                quoted, target = match.group(1) == '"', match.group(2)
                line = text.count('\n', 0, match.start()) + 1
                header = resolve(app, path, target, quoted)
                if header is None:
                    if own[1] < rank_of('gui', layers) and WIDGET_MODULES.match(target):
                        problems.append(f'app/{rel}:{line}: layer {own[0]} includes <{target}> (widgets only in the GUI)')
                    continue
                theirs = layer_of(header, layers)
                if theirs is None or theirs[0] == own[0]:
                    continue
                if theirs[1] >= own[1]:
                    relation = 'a peer layer' if theirs[1] == own[1] else 'a layer above'
                    problems.append(f'app/{rel}:{line}: layer {own[0]} (rank {own[1]}) includes "{target}" '
                                    f'of {relation}, {theirs[0]} (rank {theirs[1]})')
    return problems


def rank_of(layer, layers):
    return next(rank for _, name, rank in layers if name == layer)


def self_test(map_path):
    """A clean crafted tree passes; each crafted back-edge is reported."""
    def tree(files):
        root = tempfile.mkdtemp(prefix='lectern-layering-')
        for rel, text in files.items():
            path = os.path.join(root, 'app', rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
        return root

    clean = {
        'core/util/textfold.h': '#pragma once\n#include <QString>\n',
        'core/util/settings.h': '#pragma once\n#include "util/textfold.h"\n',
        'core/article/article.h': '#pragma once\n#include "util/textfold.h"\n',
        'core/extract/entity.h': '#pragma once\n#include "article/article.h"\n',
        'core/document/articledocument.h': '#pragma once\n#include "extract/entity.h"\n#include "util/settings.h"\n',
        'gui/view.h': '#pragma once\n#include <QWidget>\n#include "document/articledocument.h"\n',
        'gui/view.cpp': '#include "view.h"\n',
        'main.cpp': '#include "view.h"\n',
    }
    cases = {
        'clean tree': ({}, None),
        'back-edge (util includes extract)': ({'core/util/textfold.cpp': '#include "extract/entity.h"\n'},
                                              'app/core/util/textfold.cpp:1: layer util'),
        'back-edge in a header (text includes document)': (
            {'core/article/block.h': '#pragma once\n\n#include "document/articledocument.h"\n'},
            'app/core/article/block.h:3: layer text'),
        'peer edge (import includes extract)': ({'core/import/importer.cpp': '#include <extract/entity.h>\n'},
                                                'layer import (rank 2) includes "extract/entity.h" of a peer layer'),
        'settings below the document': ({'core/extract/gazetteer.cpp': '#include "util/settings.h"\n'},
                                        'layer extract (rank 2) includes "util/settings.h" of a layer above, settings'),
        'widgets below the GUI': ({'core/util/x.cpp': '#include <QtWidgets/QWidget>\n'}, 'widgets only in the GUI'),
        'gui includes the cli': ({'cli/cli.h': '#pragma once\n', 'gui/gui.cpp': '#include "cli.h"\n'},
                                 'layer gui (rank 9) includes "cli.h" of a peer layer, cli'),
        'unmapped folder': ({'core/stray/x.cpp': '\n'}, 'app/core/stray/x.cpp: not in the layer map'),
    }
    failures = 0
    for name, (extra, expected) in cases.items():
        root = tree({**clean, **extra})
        try:
            problems = check(os.path.join(root, 'app'), map_path)
        finally:
            shutil.rmtree(root)
        if expected is None:
            ok = not problems
        else:
            ok = len(problems) == 1 and expected in problems[0]
        print(('ok   ' if ok else 'FAIL ') + name + ('' if ok else f': {problems}'))
        failures += not ok
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--app', default=os.path.join(HERE, '..', '..', 'app'))
    parser.add_argument('--map', default=os.path.join(HERE, 'layers.txt'))
    parser.add_argument('--self-test', action='store_true')
    args = parser.parse_args()
    if args.self_test:
        return 1 if self_test(args.map) else 0
    problems = check(os.path.abspath(args.app), args.map)
    for problem in problems:
        print(problem)
    if not problems:
        print('layering: every include goes to the same layer or one below')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
