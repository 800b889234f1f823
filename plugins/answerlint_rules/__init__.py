"""The built-in answerlint rules, one module per rule, grouped by family.

Each module is registered as a plugin through the ``answerlint`` entry-point
group in the project's pyproject, exactly as a third-party rule pack would be.
"""
