"""Actor resolution: one actor per real-world actor, within an article (a sieve of passes over mention
features) and across articles (keys that meet)."""

from kg.resolve.keys import canonical_id
from kg.resolve.result import Resolution
from kg.resolve.sieve import resolve

__all__ = ["Resolution", "canonical_id", "resolve"]
