"""The lexicon: every English word the pipeline knows, read from data/tables/*.tsv by one loader
(`tables`) and offered as typed lookups to both extraction and resolution.

- `tables`: the TSV loader;
- `words`: closed word classes (function words, verb and noun classes), nominal classes with the
  antecedent types each takes, pronouns, corporate words, US state abbreviations;
- `names`: name normalization and companies' names without their legal forms;
- `known`: the curated countries, capitals, demonyms and aliases;
- `titles`: titles, their abbreviations and gender hints, and given names.
"""
