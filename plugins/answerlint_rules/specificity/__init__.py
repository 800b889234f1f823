"""Specificity rules."""
