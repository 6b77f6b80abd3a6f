"""Actor resolution: one actor per real-world entity, within an article and across articles."""

from kg.resolve.actors import Resolution, resolve
from kg.resolve.keys import canonical_id

__all__ = ["Resolution", "canonical_id", "resolve"]
