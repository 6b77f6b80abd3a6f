"""What a sieve pass is: a name (what the ablation switches off), the classes of mention it links, and
either a function that finds an antecedent entity for one mention or one that merges whole entities."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg.resolve.features import Features
from kg.resolve.state import Cluster, State

# mention classes, in the order the sieve takes them: names, nominals and pronouns in text order, then
# possessives pointing ahead, first person, descriptions of "I"
NAME, NOMINAL, PRONOUN = "name", "nominal", "pronoun"
CATAPHOR, FIRST_PERSON, SELF_DESCRIBED = "cataphor", "first_person", "self_described"

Link = Callable[[State, Features], Cluster | None]
Merge = Callable[[State], None]


@dataclass(frozen=True)
class Pass:
    """One step of the sieve. `tie` marks a name pass that ties a name to an entity by syntax (apposition,
        brackets): the entity a name's string matches and the one syntax ties it to are merged. `agree` marks
    a pass whose answer is checked for agreement (syntax says "is", not "is of the same kind")."""

    name: str
    takes: frozenset[str] = frozenset()
    link: Link | None = None
    merge: Merge | None = None
    tie: bool = False
    agree: bool = False  # its answer must agree with the mention in type and number


def link_pass(name: str, takes: set[str], link: Link, *, tie: bool = False, agree: bool = False) -> Pass:
    return Pass(name, frozenset(takes), link=link, tie=tie, agree=agree)


def merge_pass(name: str, merge: Merge) -> Pass:
    return Pass(name, merge=merge)
