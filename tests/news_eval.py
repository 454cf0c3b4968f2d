#!/usr/bin/env python3
"""Scores geokg on hand-coded real news sentences (tests/data/news_gold.tsv).

Usage: news_eval.py GEOKG SHARED_DIR [--gold FILE] [--min-exact F1] [--min-root F1]
                    [--sentence-alone] [--show]

FILE defaults to tests/data/news_gold.tsv, the sentences looked at while
developing the coder; tests/data/news_heldout.tsv holds sentences coded blind
and never used to tune it.

Each sentence is read from SHARED_DIR/corpora at the place the gold file
names, checked against its SHA-1, and coded by `GEOKG extract` with the
built-in ontology and its article's date, after the article's text before
it, as `geokg build` codes it (pronouns, "the government" and the
article's country come from there); only the sentence's own events count.
With --sentence-alone it is coded alone. Events are scored as
multisets on (source, target, code) and on (source, target, CAMEO root);
a gold code of an armed group or organisation ("HMS") also matches that
code with agents after it ("HMSREB"). Exits 1 when an F1 is below its floor,
0 with a message when the corpora are absent.
"""
import argparse
import collections
import csv
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)


def load_articles(corpora, needed):
    """Article text by (file, article id), for the files the gold names."""
    texts = {}
    csv.field_size_limit(1 << 30)
    for name in needed:
        path = os.path.join(corpora, name)
        if name.endswith('.jsonl'):
            with open(path, encoding='utf-8') as f:
                for line in f:
                    d = json.loads(line)
                    texts[(name, str(d.get('id')))] = d.get('text') or ''
        elif name.endswith('.csv'):
            with open(path, encoding='utf-8', newline='') as f:
                for row in csv.DictReader(f):
                    texts[(name, row['url'].rsplit('/', 1)[-1])] = row['text']
        else:
            with open(path, encoding='utf-8') as f:
                texts[(name, '-')] = f.read()
    return texts


def original_offset(original, offset):
    """The offset in `original` of `offset` in it with runs of white space made one space."""
    at = 0
    for m in re.finditer(r'\s+', original):
        # Text before this run maps one to one; the run counts as one character.
        if m.start() - at >= offset:
            break
        offset -= m.start() - at + 1
        at = m.end()
    return at + max(offset, 0)


def letters(text):
    """Text without markup, entities, spaces and punctuation, to compare sentences."""
    return re.sub(r'\W+', '', re.sub(r'<[^>]*>', '', html.unescape(text)))


def group_codes():
    """Codes of the built-in ontology's armed groups and organisations."""
    codes = set()
    actors = os.path.join(SOURCE, 'ontology', 'data', 'actors')
    for name in os.listdir(actors):
        with open(os.path.join(actors, name), encoding='utf-8') as f:
            for entry in re.split(r'\n\s*- ', f.read()):
                code = re.search(r'\bcode:\s*"?([A-Z0-9]+)', entry)
                if code and re.search(r'\bkind:\s*(group|organisation)\b', entry):
                    codes.add(code.group(1))
    return codes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('geokg')
    ap.add_argument('shared')
    ap.add_argument('--gold', default=os.path.join(HERE, 'data', 'news_gold.tsv'))
    ap.add_argument('--min-exact', type=float, default=0.0)
    ap.add_argument('--min-root', type=float, default=0.0)
    ap.add_argument('--ontology', help='code with this ontology directory instead of the built-in one '
                    '(the gold codes follow the built-in ontology: "HEZ", not "LBNREB")')
    ap.add_argument('--sentence-alone', action='store_true',
                    help='code each sentence alone, not after the article text before it')
    ap.add_argument('--show', action='store_true', help='print every sentence with a miss or a spurious event')
    args = ap.parse_args()

    corpora = os.path.join(args.shared, 'corpora')
    if not os.path.isdir(corpora):
        print('news_eval: skipped: %s not found (the corpora live in ../shared)' % corpora)
        return 0
    rows = []
    with open(args.gold, encoding='utf-8') as f:
        lines = [l.rstrip('\n') for l in f if not l.startswith('#')]
    header = lines[0].split('\t')
    for n, line in enumerate(lines[1:], start=2):
        rows.append(dict(zip(header, line.split('\t'))))
    texts = load_articles(corpora, sorted({r['file'] for r in rows}))

    sentences = []
    for r in rows:
        text = texts.get((r['file'], r['article']))
        if text is None:
            sys.exit('news_eval: %s: no article %s' % (r['file'], r['article']))
        original = text
        text = re.sub(r'\s+', ' ', text)
        begin = int(r['offset'])
        s = text[begin:begin + int(r['length'])]
        if hashlib.sha1(s.encode('utf-8')).hexdigest()[:10] != r['sha1']:
            sys.exit('news_eval: %s: article %s: the sentence at %s is not the one hand-coded (SHA-1 differs)'
                     % (r['file'], r['article'], r['offset']))
        gold = [tuple(e.split()) for e in r['events'].split(';') if e.strip()]
        # The article up to the sentence's end, with its own line breaks:
        # clean-up reads page furniture by lines.
        sentences.append((r['date'], s, gold, original[:original_offset(original, begin + int(r['length']))]))

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'sentences.jsonl')
        with open(path, 'w', encoding='utf-8') as f:
            for i, (date, s, _, upto) in enumerate(sentences):
                f.write(json.dumps({'id': 's%d' % i, 'date': date, 'text': s if args.sentence_alone else upto}) + '\n')
        cmd = [args.geokg, 'extract', path, '--format', 'jsonl', '-j', '1']
        if args.ontology:
            cmd += ['--ontology', args.ontology]
        run = subprocess.run(cmd,
                             capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit('news_eval: geokg extract failed: ' + run.stderr)
    produced = collections.defaultdict(list)
    for line in run.stdout.splitlines():
        e = json.loads(line)
        if not args.sentence_alone and letters(e['text']) not in letters(sentences[int(e['doc'][1:])][1]):
            continue  # an event of an earlier sentence of the article
        produced[int(e['doc'][1:])].append((e['source'], e['target'], e['code']))

    groups = group_codes()

    def actor_match(gold, got):
        return got == gold or (gold in groups and got.startswith(gold) and (len(got) - len(gold)) % 3 == 0)

    def score(level):
        tp = n_gold = n_got = 0
        for i, (_, _, gold, _) in enumerate(sentences):
            got = list(produced.get(i, []))
            n_gold += len(gold)
            n_got += len(got)
            for g in gold:
                for k, e in enumerate(got):
                    same_code = e[2] == g[2] if level == 'exact' else e[2][:2] == g[2][:2]
                    if same_code and actor_match(g[0], e[0]) and actor_match(g[1], e[1]):
                        tp += 1
                        del got[k]
                        break
        p = tp / n_got if n_got else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, n_got, n_gold

    if args.show:
        for i, (date, s, gold, _) in enumerate(sentences):
            got = produced.get(i, [])
            if sorted(gold) != sorted(got):
                print('%s  %s\n  expected: %s\n  produced: %s' % (
                    date, s, '; '.join(' '.join(g) for g in gold) or 'no event',
                    '; '.join(' '.join(e) for e in got) or 'no event'))
    quiet = sum(1 for i, (_, _, gold, _) in enumerate(sentences) if not gold)
    spurious = sum(len(produced.get(i, [])) for i, (_, _, gold, _) in enumerate(sentences) if not gold)
    print('%s: %d sentences (%d with events to code, %d gold events); %d events on the %d sentences with none'
          % (os.path.basename(args.gold), len(sentences), len(sentences) - quiet, sum(len(g) for _, _, g, _ in sentences), spurious, quiet))
    failed = False
    for level, floor in (('exact', args.min_exact), ('root', args.min_root)):
        p, r, f1, tp, n_got, n_gold = score(level)
        print('  %-5s precision %.3f  recall %.3f  F1 %.3f  (%d of %d produced, %d of %d expected)'
              % (level, p, r, f1, tp, n_got, tp, n_gold))
        if f1 < floor:
            print('news_eval: %s F1 %.3f is below the floor %.3f' % (level, f1, floor))
            failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
