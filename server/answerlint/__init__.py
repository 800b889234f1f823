"""answerlint: lint Markdown drafts of answers to "tell me about a time you failed"."""

__version__ = "0.1.0"
