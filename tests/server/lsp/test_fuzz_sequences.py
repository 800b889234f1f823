"""The language-server fuzzer's modest run in the default suite; the long run is ``python -m bench.lsp_fuzz``.

Derandomized: the suite plays the same sequences every time (a failure
here is reproducible as is); the long run explores new ones.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from bench.lsp_fuzz.actions import clients, sequences
from bench.lsp_fuzz.session import play
from bench.lsp_fuzz.workspace import fuzz_workspace


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(client=clients, sequence=sequences)
def test_every_sequence_is_answered_and_ends_in_sync(client, sequence):
    play(client, sequence, fuzz_workspace())
