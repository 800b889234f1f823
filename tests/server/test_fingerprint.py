"""The code fingerprint: it changes with every change to the code or data that could change a result."""

import os
import subprocess
import sys

from answerlint.fingerprint import code_fingerprint, install_stamp, package_files


def install_probe(site, version="1.0", entry_points="[answerlint]\nprobe = probe_rules.rule\n"):
    """A plugin distribution, as an installer leaves it, in a folder on sys.path."""
    package = site / "probe_rules"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("")
    if not (package / "rule.py").exists():
        (package / "rule.py").write_text("PHRASES = 'blame'\n")
    info = site / "probe_rules-1.0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: probe-rules\nVersion: {version}\n")
    (info / "entry_points.txt").write_text(entry_points)
    return package


def test_it_is_stable_and_imports_no_plugin():
    code = (
        "import sys\nfrom answerlint.fingerprint import code_fingerprint\n"
        "print(code_fingerprint(1) == code_fingerprint(1), sorted(m for m in sys.modules if m.startswith('answerlint')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True ['answerlint', 'answerlint.fingerprint']"


def test_installing_upgrading_and_removing_a_plugin_change_it(tmp_path, monkeypatch):
    before = code_fingerprint(1)
    monkeypatch.syspath_prepend(str(tmp_path))
    install_probe(tmp_path)
    installed = code_fingerprint(1)
    install_probe(tmp_path, version="1.1")
    upgraded = code_fingerprint(1)
    install_probe(tmp_path, entry_points="[answerlint]\nprobe = probe_rules.rule\nmore = probe_rules.rule\n")
    more = code_fingerprint(1)
    assert len({before, installed, upgraded, more}) == 4
    (tmp_path / "probe_rules-1.0.dist-info" / "entry_points.txt").write_text("")
    assert code_fingerprint(1) not in {installed, upgraded, more}


def test_an_edit_of_the_same_size_and_time_to_a_plugin_module_changes_it(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    rule = install_probe(tmp_path) / "rule.py"
    stat = rule.stat()
    before = code_fingerprint(1)
    rule.write_text("PHRASES = 'blamE'\n")
    os.utime(rule, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert code_fingerprint(1) != before


def test_a_new_data_file_in_a_plugin_changes_it_but_bytecode_does_not(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    package = install_probe(tmp_path)
    before = code_fingerprint(1)
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "rule.cpython-311.pyc").write_bytes(b"\0")
    assert code_fingerprint(1) == before
    (package / "phrases.txt").write_text("at fault\n")
    assert code_fingerprint(1) != before
    assert str(package / "phrases.txt") in list(package_files("probe_rules"))


def test_the_cache_format_and_answerlint_itself_are_in_it():
    assert code_fingerprint(1) != code_fingerprint(2)
    assert any(path.endswith(os.path.join("answerlint", "engine.py")) for path in package_files("answerlint"))
    assert any(path.endswith("blame_shifting.py") for path in package_files("answerlint_rules"))


def test_a_plugin_that_cannot_be_found_still_gives_a_fingerprint(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    install_probe(tmp_path, entry_points="[answerlint]\nghost = no_such_module_anywhere\n")
    assert list(package_files("no_such_module_anywhere")) == []
    assert len(code_fingerprint(1)) == 64


# -- remembering the entry points between runs ------------------------------------------


def test_remembered_entry_points_spare_importlib_metadata_and_give_the_same_fingerprint(tmp_path):
    remember = tmp_path / "installed.json"
    code = (
        "import sys\nfrom pathlib import Path\nfrom answerlint.fingerprint import code_fingerprint\n"
        f"print(code_fingerprint(1, remember=Path({str(remember)!r})), 'importlib.metadata' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert first == [code_fingerprint(1), "True"] and remember.is_file()
    assert second == [first[0], "False"]


def test_a_plugin_installed_after_they_were_remembered_is_seen(tmp_path, monkeypatch):
    remember = tmp_path / "cache" / "installed.json"
    remember.parent.mkdir()
    before = code_fingerprint(1, remember)
    assert code_fingerprint(1, remember) == before and remember.is_file()
    site = tmp_path / "site"
    monkeypatch.syspath_prepend(str(site))
    install_probe(site)
    assert code_fingerprint(1, remember) == code_fingerprint(1) != before
    # An upgrade in place: same folder, same size, later mtime (an installer rewrites the files;
    # the stamp trusts size and mtime, so a same-size edit within one clock tick would be missed).
    metadata = install_probe(site, version="1.1").parent / "probe_rules-1.0.dist-info" / "METADATA"
    os.utime(metadata, ns=(metadata.stat().st_atime_ns, metadata.stat().st_mtime_ns + 10**9))
    assert code_fingerprint(1, remember) == code_fingerprint(1)
    (site / "probe_rules-1.0.dist-info" / "entry_points.txt").write_text("[answerlint]\nanother = probe_rules.rule\n")
    assert code_fingerprint(1, remember) == code_fingerprint(1)


def test_a_damaged_remembered_file_is_read_again(tmp_path):
    remember = tmp_path / "installed.json"
    for garbage in (b"{", b"[]", b'{"stamp": 1}', b"\xff"):
        remember.write_bytes(garbage)
        assert code_fingerprint(1, remember) == code_fingerprint(1)


def test_nothing_is_remembered_when_another_finder_can_supply_distributions(monkeypatch):
    class Finder:
        def find_spec(self, *args):
            return None

        def find_distributions(self, *args):
            return iter(())

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder()])
    assert install_stamp() is None
