import pytest

from neovim_harness import NeovimMissing, ensure_neovim


@pytest.fixture(scope="session")
def nvim() -> str:
    """Neovim, installed from Debian's package when missing; a test fails (never skips) without it."""
    try:
        return ensure_neovim()
    except NeovimMissing as error:
        pytest.fail(str(error), pytrace=False)
