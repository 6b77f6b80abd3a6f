"""news-kg: a knowledge graph of actors, statements and events from news articles."""

__version__ = "0.1.0"
