"""The core must work with Qt unavailable (DESIGN.md §1): import every teller_app module without PySide6."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_every_core_module_imports_with_pyside6_unavailable():
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        sys.modules["PySide6"] = None  # any import of PySide6 now raises ImportError
        sys.modules["ui"] = None
        import teller_app
        names = [m.name for m in pkgutil.walk_packages(teller_app.__path__, "teller_app.")]
        for name in names:
            importlib.import_module(name)
        assert not any(n.startswith("PySide6.") for n in sys.modules), "Qt crept into the core"
        print(len(names))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 5


def test_domain_imports_nothing_from_the_rest_of_the_project():
    import ast
    import pathlib

    import teller_app.domain

    folder = pathlib.Path(teller_app.domain.__file__).parent
    offenders = []
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("teller_app"):
                if not node.module.startswith("teller_app.domain"):
                    offenders.append(f"{path.name}: {node.module}")
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("teller_app") and not alias.name.startswith("teller_app.domain"):
                        offenders.append(f"{path.name}: {alias.name}")
    assert offenders == []
