"""``python -m answerlint``.

Python puts the current folder first on ``sys.path`` for ``-m``: a file in the
folder being linted (``regex.py``, ``markdown_it/``, a plugin's module name)
would be imported instead of the installed one. It is taken off before
anything else is imported; the ``answerlint`` console script never has it.
"""

import os
import sys

if sys.path and not getattr(sys.flags, "safe_path", False):
    try:
        if os.path.realpath(sys.path[0] or ".") == os.path.realpath(os.getcwd()):
            del sys.path[0]
    except OSError:
        pass

from answerlint.cli import main  # noqa: E402

raise SystemExit(main())
