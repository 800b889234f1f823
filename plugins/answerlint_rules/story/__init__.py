"""Story rules."""
