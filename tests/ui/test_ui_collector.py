"""Cycles are collected on the GUI thread only: automatic collection is off while the app runs, a GUI
timer collects instead, and a task's worker thread never finalises a Qt object."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_application_collects_on_its_gui_thread_with_automatic_collection_off(qapp):
    from ui.app import make_application
    from ui.collector import GuiThreadCollector

    app = make_application([])
    assert app is qapp
    collectors = app.findChildren(GuiThreadCollector)
    assert not gc.isenabled() and len(collectors) >= 1
    make_application([])
    assert len(app.findChildren(GuiThreadCollector)) == len(collectors)  # installed once


def test_the_timer_frees_cycles_once_the_count_passes_the_threshold(qtbot, gui_thread_collector):
    assert not gc.isenabled()
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    del cycle

    def allocated_past_the_threshold_and_freed() -> bool:
        # The count is the interpreter's, not this thread's: another thread freeing objects lowers it, so
        # allocating once just past the threshold could leave it below for good (seen in the whole suite).
        # Each poll allocates past the threshold again, as a busy app does; the timer must then free them.
        junk = [_Cycle() for _ in range(gui_thread_collector.threshold[0] + 10)]
        del junk
        return gone() is None

    qtbot.waitUntil(allocated_past_the_threshold_and_freed, timeout=10_000)


def test_a_qt_object_in_a_cycle_is_finalised_on_the_gui_thread_not_on_a_worker(qtbot, gui_thread_collector):
    finalised_on: list[str] = []

    class Holder(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.me = self
            self.destroyed.connect(lambda: finalised_on.append(threading.current_thread().name))

    Holder()

    def allocate() -> None:  # a worker that allocates a lot, as a task compiling queries does
        for _ in range(20):
            [_Cycle() for _ in range(gui_thread_collector.threshold[0] * 2)]

    worker = threading.Thread(target=allocate, name="task-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: finalised_on != [], timeout=10_000)
    assert finalised_on == [threading.main_thread().name]


def test_stopping_the_collector_gives_automatic_collection_back(qapp):
    from ui.collector import GuiThreadCollector

    gc.enable()
    collector = GuiThreadCollector(qapp)
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # as the autouse collector of this test had it
