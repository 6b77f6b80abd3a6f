"""Shared fixtures: the real spaCy model (loaded once), the seed article, ../shared paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "data" / "articles" / "000_490f96fe355241f3.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_extraction(nlp: Language):  # type: ignore[no-untyped-def]
    from kg.ingest import read_articles
    from kg.pipeline import extract_articles

    articles = list(read_articles([SEED]))
    return next(extract_articles(articles, nlp))  # type: ignore[arg-type]


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when ../shared is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the checkout)")
    return path
