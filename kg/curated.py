"""The curated tables' loader, where older code imports it from (kg.lexicon.tables is the loader)."""

from kg.lexicon.tables import Row, load_table, tables_dir

__all__ = ["Row", "load_table", "tables_dir"]
