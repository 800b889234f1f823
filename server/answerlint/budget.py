"""A time budget for each rule's check, enforced without slowing the others.

Two mechanisms, because neither is enough alone:

* **Measure.** The engine times every check (two clock reads). A rule that
  took longer than its budget has its findings for that draft dropped and is
  disabled for the rest of the run (the CLI invocation, or the language
  server's session), so one slow rule costs one budget, not one per draft.
* **Stop.** A rule stuck in a loop never returns to be measured. One
  watchdog thread per process keeps the deadline of each check in progress;
  when one passes, it raises :class:`RuleOverran` inside the thread running
  the check with ``PyThreadState_SetAsyncExc``, the documented C API behind
  "raise in another thread". The check unwinds at its next bytecode and the
  engine carries on with the next rule.

No tracing (``sys.settrace`` slows every line of every rule) and no
signals (``SIGALRM`` reaches only the main thread, and the server lints on
worker threads). Checks are not run in a separate process either: the draft
would have to be copied to it for every rule.

Limits, honestly:

* An asynchronous exception is delivered between bytecodes, so a check
  blocked inside one long C call (a ``re`` pattern backtracking
  catastrophically, a huge ``str.join``) is stopped only when that call
  returns. Rules use the ``regex`` module, whose matching takes a
  ``timeout``; user phrases are escaped before they reach a pattern.
* The stop is raised once. A check that catches ``BaseException`` (or uses
  a bare ``except:``) and carries on swallows it and runs to its end; its
  result is then dropped by the measurement, and it is disabled. Raising it
  again and again would be unsafe: a late one could land in the engine
  after the check has returned.
* Without CPython's C API (another Python implementation) only the
  measurement applies.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class RuleOverran(BaseException):
    """Raised inside a check that ran past its budget.

    A ``BaseException``, like ``KeyboardInterrupt``: a rule's own
    ``except Exception`` must not swallow it.
    """


class _Watch:
    """One check in progress: its thread, its deadline, and how often it was stopped."""

    __slots__ = ("thread_id", "deadline", "budget", "fired", "active")

    def __init__(self, thread_id: int, budget: float) -> None:
        self.thread_id = thread_id
        self.budget = budget
        self.deadline = time.monotonic() + budget
        self.fired = 0
        self.active = True


class Watchdog:
    """One thread that stops checks running past their deadline."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._watches: set[_Watch] = set()
        self._thread: threading.Thread | None = None
        self._pid = 0

    @contextmanager
    def watch(self, budget: float) -> Iterator[_Watch]:
        """Stop the calling thread with :class:`RuleOverran` if the block lasts over ``budget`` seconds.

        Whatever happens, no stop is left pending once the block is left: a
        stop that arrives after the block's own code has ended is cancelled
        (or, if it already landed, raised inside the block's exit, where the
        caller's ``except RuleOverran`` sees it).
        """
        entry = _Watch(threading.get_ident(), budget)
        try:  # registered inside the try: a stop that lands before the yield is still released
            with self._lock:
                self._ensure_thread()
                self._watches.add(entry)
                self._lock.notify()
            yield entry
        finally:
            self._release(entry)

    def _release(self, entry: _Watch) -> None:
        with self._lock:
            if not entry.active:
                return
            entry.active = False
            self._watches.discard(entry)
            if entry.fired:
                _raise_in(entry.thread_id, None)  # cancel the stop if it has not landed yet

    def _ensure_thread(self) -> None:
        # After a fork (the CLI's worker processes) the parent's thread is gone.
        if self._thread is None or self._pid != os.getpid() or not self._thread.is_alive():
            self._pid = os.getpid()
            self._thread = threading.Thread(target=self._run, name="answerlint-watchdog", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        with self._lock:
            while True:
                if not self._watches:
                    self._lock.wait()
                    continue
                now = time.monotonic()
                due = min(self._watches, key=lambda w: w.deadline)
                if due.deadline > now:
                    self._lock.wait(due.deadline - now)
                    continue
                # Once only, and forgotten at once: a watch is never left behind to
                # fire into whatever the thread runs after the check.
                due.fired += 1
                self._watches.discard(due)
                _raise_in(due.thread_id, RuleOverran)


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    try:
        set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except AttributeError:  # not CPython: measurement only
        return
    set_async_exc(ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None)


_WATCHDOG = Watchdog()


def watch(budget: float):
    """The process's watchdog: ``with watch(seconds): run_a_check()``."""
    return _WATCHDOG.watch(budget)
