"""Structure rules."""
