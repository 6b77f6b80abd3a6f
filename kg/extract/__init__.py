"""Pure functions from a parsed Doc to extraction records (entities, statements, events, times)."""
