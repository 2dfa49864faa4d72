"""Opt-in build hook: compile the parser's modules and the JSON reader with mypyc.

Off by default: ``pip install readoutkit`` (or ``.``) gives the pure-Python package.
``HATCH_BUILD_HOOK_ENABLE_CUSTOM=1 pip install .`` builds a platform wheel whose
parser modules and serializer are C extensions made by mypyc from the same, unchanged
sources (faster parsing and JSON; see docs/performance.md). The pure-Python files stay in the wheel
beside the extensions, which Python imports first. Editable installs are never compiled.

The sources are compiled in a temporary copy, so no build product lands in ``src/``
(an extension module there would shadow the file being edited).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: Modules compiled, relative to ``src/``. kinds.py stays Python: mypyc rejects its
#: attrs field with a converter and a self-taking default.
MODULES = (
    "readoutkit/parser/__init__.py",
    "readoutkit/parser/commitments.py",
    "readoutkit/parser/dates.py",
    "readoutkit/parser/matchers.py",
    "readoutkit/parser/parties.py",
    "readoutkit/parser/rules.py",
    "readoutkit/parser/speech.py",
    "readoutkit/parser/text.py",
    "readoutkit/parser/words.py",
    "readoutkit/serialize.py",
)

#: Extension module suffixes that mypyc's build may produce.
_SUFFIXES = (".so", ".pyd")


class CompileParser(BuildHookInterface):  # type: ignore[type-arg]
    """Run mypyc over ``MODULES`` and add the extension modules to the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        self._work = Path(tempfile.mkdtemp(prefix="readoutkit-mypyc-"))
        src = self._work / "src"
        shutil.copytree(Path(self.root) / "src", src)
        done = subprocess.run(
            [sys.executable, "-m", "mypyc", *MODULES],
            cwd=src,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        if done.returncode:
            raise RuntimeError(f"mypyc failed (exit {done.returncode}):\n{done.stdout}")
        for path in sorted(src.rglob("*")):
            if path.suffix in _SUFFIXES and "build" not in path.relative_to(src).parts:
                build_data["force_include"][str(path)] = str(path.relative_to(src))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
