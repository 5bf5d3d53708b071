"""Fixtures for the desktop UI tests: a fake core, the task helper, translations; Qt warnings fail a test."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from fake_samples import NOW
from ui_fakes import FakeBackend

_HERE = Path(__file__).parent

# Messages of the offscreen platform that say nothing about our code.
_HARMLESS = [
    "This plugin does not support",
    "propagateSizeHints",
    "QFont::setPointSizeF",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(_HERE):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*_HARMLESS))


def _windows_shown() -> list:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.fixture(autouse=True)
def no_window_left_from_an_earlier_test(qapp):
    """Each test starts with no window on screen, and leaves none for the next.

    pytest-qt closes a test's windows, but a main window with unsaved entries refuses to close: it asks
    whether to keep them (as it should), and the window and its question stay on screen into the next test,
    where keys and a window-activating drive land in them. Whatever a test left shown is hidden without
    asking (no closeEvent) and deleted here, after every other fixture's teardown."""
    from PySide6.QtCore import QCoreApplication, QEvent

    left = [f"{type(w).__name__} {w.objectName()!r}" for w in _windows_shown()]
    assert not left, f"windows of an earlier test are still on screen: {left}"
    yield
    qapp.processEvents()
    for window in _windows_shown():
        window.hide()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def gui_thread_collector(qapp):
    """As in the app: cycles are collected on the GUI thread only, never on a task's worker thread.

    What is alive when a test starts (modules, Qt's wrappers, caches, and whatever the earlier tests kept) is
    first collected and then frozen (gc.freeze): the collections during and after this test walk only the
    objects made since, not the whole heap again. A full collection of the heap of PySide6, SQLAlchemy and
    the app takes a quarter of a second, and every test's collector ends with one (GuiThreadCollector.stop).
    Frozen objects are still freed by their reference counts; only a cycle among them stays."""
    from ui.collector import GuiThreadCollector

    gc.collect()  # the earlier test's fixtures are gone by now: its cycles are garbage, not frozen
    gc.freeze()
    collector = GuiThreadCollector(qapp, interval_ms=50)
    yield collector
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def counter_printer(monkeypatch, tmp_path):
    """The counter printer prints into a PDF file: no test reaches a real printer."""
    from ui_fakes import pdf_printer

    from ui.counter import print_preview

    monkeypatch.setattr(print_preview, "make_printer", pdf_printer(tmp_path / "counter-printer.pdf"))


@pytest.fixture
def backend():
    return FakeBackend()


@pytest.fixture
def core(teller_home):
    """The real core behind the app's Backend, in this test's own TELLER_HOME (fast password hashing)."""
    from teller_app.domain.passwords import TEST_KDF
    from teller_app.services.users import AuthPolicy
    from ui.core.backend import CoreBackend

    backend = CoreBackend(policy=AuthPolicy(kdf=TEST_KDF))
    yield backend
    backend.close()


@pytest.fixture
def tasks(qapp):
    from ui.tasks import Tasks

    runner = Tasks()
    yield runner
    runner.wait_for_all()


@pytest.fixture
def english(qapp):
    from ui.i18n import ENGLISH, Translations

    translations = Translations(qapp)
    translations.use(ENGLISH)
    yield translations
    translations.use(ENGLISH)


@pytest.fixture
def chinese(qapp):
    from ui.i18n import CHINESE, ENGLISH, Translations

    translations = Translations(qapp)
    assert translations.use(CHINESE), "resources/i18n/teller_zh_CN.qm is missing: run tools/i18n_update.py"
    yield translations
    translations.use(ENGLISH)


@pytest.fixture
def clock():
    return lambda: NOW


@pytest.fixture
def teller(backend):
    return backend.sign_in("teller1", "Teller-Pass-2026")


@pytest.fixture
def supervisor(backend):
    return backend.sign_in("super1", "Super-Pass-2026")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """One demo workspace made by the real core (CoreBackend.create_demo_workspace, fast password hashing),
    in a TELLER_HOME of its own, for `demo_workspace` to copy. Making it costs seconds (two scrypt
    derivations of the file key store, the local store's and the embedded central's migrations, the first
    sync); a copy costs milliseconds, and its key file unlocks from the scrypt result the process keeps."""
    from teller_app.domain.passwords import TEST_KDF
    from teller_app.services.users import AuthPolicy
    from ui.core.backend import CoreBackend

    home = tmp_path_factory.mktemp("demo-template") / "teller-home"
    with pytest.MonkeyPatch.context() as patch:  # as the suite's teller_home fixture sets them
        patch.setenv("TELLER_HOME", str(home))
        patch.setenv("TELLER_KEYSTORE_PASSPHRASE", "test passphrase for the file key store")
        backend = CoreBackend(policy=AuthPolicy(kdf=TEST_KDF))
        try:
            workspace = backend.create_demo_workspace()
        finally:
            backend.close()
    return home, workspace


@pytest.fixture
def demo_workspace(core, demo_template, teller_home):
    """The demo workspace in this test's TELLER_HOME, as `core.create_demo_workspace()` leaves it: a copy of
    the session's one (tests of making the workspace itself call create_demo_workspace)."""
    from ui.backend import DemoWorkspace

    template, workspace = demo_template
    assert not core.is_configured(), "demo_workspace needs a TELLER_HOME with no terminal in it"
    assert core.paths.config == teller_home
    shutil.copytree(template, teller_home, dirs_exist_ok=True)
    return DemoWorkspace(users=workspace.users, central_url=f"sqlite:///{core.paths.embedded_central}")


@pytest.fixture
def demo(demo_workspace):
    """The demo workspace on the real core: user name → password."""
    return {u.user_name: u.password for u in demo_workspace.users}


@pytest.fixture
def signed_in(qtbot, core, demo, tasks, english):
    """The main window of a user signed in on the real core (teller1 unless another is named)."""
    from ui.main_window import MainWindow

    opened = []

    def open_for(user: str = "teller1") -> MainWindow:
        main = MainWindow(core, tasks, core.sign_in(user, demo[user]))
        qtbot.addWidget(main)
        main.show()
        main.start()
        opened.append(main)
        return main

    yield open_for
    for main in opened:
        main.stop()
    tasks.wait_for_all()


@pytest.fixture
def window(signed_in):
    return signed_in("teller1")
