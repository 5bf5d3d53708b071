"""The one task helper: work runs off the GUI thread, answers arrive on the GUI thread, typed errors too."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel

from teller_app.domain.errors import RuleError


def _gui_thread() -> QThread:
    return QApplication.instance().thread()


def test_service_call_runs_on_a_worker_and_answers_on_the_gui_thread(qtbot, tasks):
    seen = {}

    def service_call(x):
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return x * 2

    def done(result):
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is _gui_thread()

    tasks.run(service_call, 21, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": True, "result": 42, "gui": True}


def test_typed_core_error_is_delivered_with_its_code_on_the_gui_thread(qtbot, tasks):
    caught = []

    def refuse():
        raise RuleError(
            "case.step_out_of_order", "Step {step} comes after {expected}", step="risk", expected="documents"
        )

    tasks.run(refuse, on_error=lambda e: caught.append((e, QThread.currentThread() is _gui_thread())))
    qtbot.waitUntil(lambda: bool(caught))
    error, on_gui = caught[0]
    assert isinstance(error, RuleError) and error.code == "case.step_out_of_order"
    assert error.params == {"step": "risk", "expected": "documents"}
    assert on_gui


def test_unexpected_exception_is_delivered_not_lost(qtbot, tasks):
    caught = []
    tasks.run(lambda: 1 / 0, on_error=caught.append)
    qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0], ZeroDivisionError)


def test_busy_indicator_is_on_while_a_call_runs_and_off_after(qtbot, tasks):
    gate = threading.Event()
    states = []
    tasks.busy.connect(lambda running, text: states.append((running, text)))
    with qtbot.waitSignal(tasks.busy):
        tasks.run(gate.wait, 10, busy_text="Saving…")
    assert states[-1] == (True, "Saving…")
    assert tasks.running == 1
    gate.set()
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert states[-1] == (False, "")


def test_writes_go_through_one_writer_in_order(qtbot, tasks):
    order = []
    writers = set()

    def write(n):
        writers.add(threading.current_thread().name)
        order.append(n)

    for n in range(20):
        tasks.run(write, n, writes=True)
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert order == list(range(20))
    assert len(writers) == 1


def test_answer_for_a_closed_screen_is_dropped_without_touching_it(qtbot, tasks):
    gate = threading.Event()
    widget = QLabel()
    called = []
    tasks.run(gate.wait, 10, on_done=called.append, owner=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(widget))
    gate.set()
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert called == []


@pytest.mark.parametrize("writes", [False, True])
def test_gui_stays_responsive_while_a_call_blocks(qtbot, tasks, writes):
    gate = threading.Event()
    tasks.run(gate.wait, 10, writes=writes)
    ticks = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks))  # the event loop runs while the worker is blocked
    gate.set()
    qtbot.waitUntil(lambda: tasks.running == 0)
