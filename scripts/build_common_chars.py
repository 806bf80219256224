"""Derive pipeline/data/common_chars.txt from jieba's dictionary (MIT): the characters that make up 99.5%
of the frequency mass of jieba's words, plus their traditional forms (OpenCC s2t).

usage: python scripts/build_common_chars.py > pipeline/data/common_chars.txt
Used only by read.py to tell GB18030 from Big5: the wrong codec yields rare characters.
"""
from collections import Counter
from pathlib import Path

import jieba
import opencc


def main():
    counts = Counter()
    for line in Path(jieba.get_dict_file().name).read_text(encoding="utf-8").splitlines():
        word, freq, *_ = line.split(" ")
        for ch in word:
            if "\u4e00" <= ch <= "\u9fff":
                counts[ch] += int(freq)
    total = sum(counts.values())
    kept, mass = [], 0
    for ch, n in counts.most_common():
        kept.append(ch)
        mass += n
        if mass >= 0.995 * total:
            break
    trad = opencc.OpenCC("s2t").convert("".join(kept))
    chars = sorted(set(kept) | {c for c in trad if "\u4e00" <= c <= "\u9fff"})
    print("# derived by scripts/build_common_chars.py from jieba 0.42.1 dict.txt (MIT) + OpenCC s2t")
    for i in range(0, len(chars), 80):
        print("".join(chars[i:i + 80]))


if __name__ == "__main__":
    main()
