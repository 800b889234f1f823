"""An example answerlint rule pack; see ``cliche_opener`` for its one rule."""
