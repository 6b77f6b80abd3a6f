"""The sieve's passes, most precise first: the order is the policy, and it lives here only.

Each mention is offered to the passes that take its class, in this order; the first that finds its
entity wins (a name also joins the entity that syntax ties it to, see `Pass.tie`). Whole-entity merges
run last, in order. `KG_RESOLVE_SKIP` (names separated by commas) switches passes off, for the ablation.
"""

from __future__ import annotations

from kg.resolve.passes import (
    apposition,
    described,
    groups,
    head_match,
    lede,
    names,
    parties,
    plural_pronoun,
    pronoun,
    quotation,
    relations,
    roles,
)
from kg.resolve.passes.base import NOMINAL, Pass, link_pass

PASSES: list[Pass] = [
    *described.PASSES,  # a description right before its name: that name's entity
    *apposition.PASSES,  # apposition, predicate nominal, brackets, "a group called X"
    *names.PASSES,  # exact name, alias and acronym, surname, misspelling
    roles.PASSES[0],  # "the executive": the body named so
    *groups.FIRST_PASSES,  # each "someone" their own
    *roles.PASSES[1:3],  # role holders by age and epithet
    link_pass("group_members", {NOMINAL}, apposition.group_members),  # "a delegation of farmers"
    roles.PASSES[3],  # "the Craiova-based maker"
    *head_match.EQUIPMENT_PASSES,
    relations.PASSES[0],  # "the Chinese government", "her party"
    *head_match.CONTINENT_PASSES,  # "the African side"
    *relations.PASSES[1:],  # "his father" again, "his son"
    *groups.PASSES,  # groups described again, generic plurals, "every team"
    *head_match.PASSES,  # definite nominal by class
    *roles.LATE_PASSES,  # "the teenager"
    *quotation.CATAPHOR_PASSES,  # "In his report, Mr Brown said"
    *pronoun.PASSES,  # pronoun by salience with agreement
    *plural_pronoun.PASSES,
    *quotation.PASSES,  # first person in a quotation to its speaker
    *roles.DOCUMENT_PASSES,  # a title spoken of before its holder is named
    *lede.PASSES,  # the lede tells the headline again; one one-word name, one actor
    *quotation.MERGES,  # an audience said "you" to once is no one to follow
    *parties.PASSES,  # a letter's greeting and signature, a byline, an interview's questions: its I and you
]
