#!/usr/bin/env python3
"""Body retention of the text-page extractor on real news text it was not written for.

SaudiNewsNet (../shared/data/news/saudinewsnet, CC BY-NC-SA, research only) holds articles as
{title, content}. Each sampled article is written, in a temporary directory outside the
repository, as a bare text page: the title on line 1, then one content paragraph per line. The
script runs `./marsad extract --explain` on those pages and reports how often the title is
recovered and which share of content lines is labelled `body`. The content of the dataset itself
carries some chrome (`...المزيد`, e-mail addresses, digit-only lines, credit lines), so 100% is
not the right answer; the script lists what was not kept as body, grouped by the reason given.

Usage: python3 eval/scripts/text-pages-retention.py [DATA_DIR] [--pages N]
Nothing is written to the repository.
"""
import collections
import glob
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    data = args[0] if args else '../shared/data/news/saudinewsnet'
    limit = int(sys.argv[sys.argv.index('--pages') + 1]) if '--pages' in sys.argv else 3000
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    files = sorted(glob.glob(os.path.join(data, '*.json.gz')))
    if not files:
        sys.exit('no *.json.gz under ' + data)
    with tempfile.TemporaryDirectory() as tmp:
        written = 0
        for f in files:
            for i, a in enumerate(json.load(gzip.open(f))):
                if written >= limit:
                    break
                # every third article, so that every day and outlet is sampled
                if i % 3 or not a.get('content') or not a.get('title'):
                    continue
                body = [l.strip() for l in a['content'].split('\n') if l.strip()]
                with open(os.path.join(tmp, '%05d_%s.txt' % (written, a['source'])), 'w', encoding='utf-8') as out:
                    out.write(a['title'].strip() + '\n' + '\n'.join(body) + '\n')
                written += 1
        result = subprocess.run([os.path.join(root, 'marsad'), 'extract', '--explain', tmp],
                                capture_output=True, text=True, check=False)
        report(tmp, result.stdout)


def report(tmp, jsonl):
    norm = lambda s: re.sub(r'\s+', ' ', s or '').strip()
    articles = collections.defaultdict(list)
    for line in jsonl.splitlines():
        a = json.loads(line)
        articles[a['source']].append(a)
    pages = titles = lines_total = lines_body = split = 0
    lost = collections.Counter()
    examples = collections.defaultdict(list)
    for source, found in articles.items():
        pages += 1
        page = open(source, encoding='utf-8').read().split('\n')
        titles += norm(found[0]['title']) == norm(page[0])
        split += len(found) > 1
        labels = {b['line']: (b['label'], b['reason']) for a in found for b in a['blocks']}
        for number in range(2, len(page) + 1):
            if page[number - 1].strip():
                lines_total += 1
                label, reason = labels.get(number, (None, ''))
                if label == 'body':
                    lines_body += 1
                else:
                    key = '%s: %s' % (label, reason.split(':')[0])
                    lost[key] += 1
                    examples[key].append(page[number - 1][:60])
    print('pages %d, title recovered %.3f, content lines kept as body %.4f, pages split into several articles %d'
          % (pages, titles / pages, lines_body / lines_total, split))
    for key, count in lost.most_common():
        print('  %5d  %s   e.g. %s' % (count, key, ' | '.join(examples[key][:3])))


if __name__ == '__main__':
    main()
