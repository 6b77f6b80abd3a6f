"""Bare spaCy over files, the limit the build is measured against: load the model, parse every file.

Usage: python bench/bare_spacy.py [-j N] FILE...
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.nlp import load_pipeline  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-j", "--processes", type=int, default=1)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    nlp = load_pipeline()
    texts = (f.read_text(encoding="utf-8", errors="replace") for f in args.files)
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16, n_process=args.processes))
    print(words)


if __name__ == "__main__":
    main()
