"""bulk.require under threads: a module another thread is importing is never returned half made."""

from __future__ import annotations

import subprocess
import sys

# Three threads wait for pyarrow.csv to appear in sys.modules, which happens before its body
# has run, and then ask bulk.require for it while the main thread is still importing it.
# Reading sys.modules there (as require once did) returns the module without read_csv in
# most runs; the import machinery waits until the module is whole.
_RACE = """
import importlib, sys, threading
import pyarrow
from tradestat.loaders import bulk

seen = []

def ask():
    while "pyarrow.csv" not in sys.modules:
        pass
    module = bulk.require("pyarrow.csv", "fact tables")
    seen.append(hasattr(module, "read_csv") and hasattr(module, "ReadOptions"))

threads = [threading.Thread(target=ask) for _ in range(3)]
for t in threads:
    t.start()
sys.setswitchinterval(1e-6)
importlib.import_module("pyarrow.csv")
for t in threads:
    t.join()
print(len(seen), all(seen))
"""


def test_require_while_another_thread_imports_gives_the_whole_module() -> None:
    """Threads asking for a module mid-import get it complete (fresh interpreters)."""
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", _RACE], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == ["3", "True"]
