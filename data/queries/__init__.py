"""Package data of news-kg (not code)."""
