"""The dashboard's chart panels: a chart with its numbers one click away, and bars a supervisor can read.

Bars run across, the names of what they count (steps, reasons) down the left in full, one line each (Qt
gives them at most 40% of the chart's width: a longer free-text reason is cut there, and pointing at its bar
says it whole); the axes' labels in the app's font (with the bundled CJK font behind it), like the legend;
the value axis gets as many whole-number ticks (steps of 1, 2, 5, 10, 20, 50 …) as the plot's width holds.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QCursor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.tables import plain_table
from ui.widgets import named

# Room a category of bars needs, in lines of text: its name is one line, its bars a little more.
LINES_PER_CATEGORY = 2.0
LINES_AROUND_BARS = 4.5  # the value axis, the legend, the margins
SMALLEST = 150  # a chart's height with few or no bars


def nice_scale(top: float, most: int) -> tuple[int, int]:
    """The axis's end and its number of intervals for values up to `top`: whole-number steps of 1, 2 or 5
    times a power of ten, at most `most` intervals (at least one), the end at or above `top`."""
    high = max(1, int(-(-top // 1)))
    most = max(1, most)
    step = 1
    while True:
        for factor in (1, 2, 5):
            size = step * factor
            intervals = -(-high // size)
            if intervals <= most:
                return intervals * size, intervals
        step *= 10


class ChartPanel(QWidget):
    """A chart, and its numbers as a table behind one button on its title line."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(2, 2, 12, 2))  # the right: room for the last value's label
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.chart.plotAreaChanged.connect(self._fit_ticks)
        self.values: QValueAxis | None = None
        self._top = 0.0
        self.names: list[str] = []  # the bars' categories as the axis has them, the last at the top
        self.view = named(QChartView(self.chart), object_name + "Chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(SMALLEST)
        self.table = plain_table(object_name + "Numbers")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.heading = QLabel()
        self.toggle = named(QPushButton(), object_name + "Toggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.heading, 1)
        line.addWidget(self.toggle)
        frame = QGroupBox()  # untitled: the same frame as the dashboard's tables have
        inside = QVBoxLayout(frame)
        inside.setContentsMargins(2, 2, 2, 2)
        inside.addWidget(self.stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(frame, 1)

    def title(self) -> str:
        return self.heading.text()

    def setTitle(self, text: str) -> None:  # named like QGroupBox's, as the dashboard's other boxes
        self.heading.setText(text)

    def _toggled(self, numbers: bool) -> None:
        self.stack.setCurrentIndex(1 if numbers else 0)
        self.retranslate()

    def showing_numbers(self) -> bool:
        return self.stack.currentIndex() == 1

    def retranslate(self) -> None:
        self.toggle.setText(
            tr("Supervision", "Show chart") if self.showing_numbers() else tr("Supervision", "Show numbers")
        )
        self.toggle.setAccessibleName(self.toggle.text())
        self.view.setAccessibleName(self.title())
        self.table.setAccessibleName(self.title())

    def reset(self) -> None:
        self.chart.legend().setFont(self.font())  # the app's font, with the bundled CJK font behind it
        self.chart.legend().show()
        self.chart.setTitle("")
        self.values = None
        self.names = []
        for series in self.chart.series():
            self.chart.removeSeries(series)
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def bars_across(self, series: QAbstractBarSeries, names: list[str], top: float) -> None:
        """Horizontal bars: `names` down the left, the first at the top; values from 0 to `top` along the
        bottom. With no names, a line saying there is nothing yet instead."""
        if not names:
            self.chart.legend().hide()
            self.chart.setTitleFont(self.font())
            self.chart.setTitle(tr("Supervision", "Nothing in this period"))
            return
        # Qt draws the first category at the bottom: turned over, the first name is at the top, as a list reads
        for bar in series.barSets():
            values = [bar.at(i) for i in range(bar.count())]
            bar.remove(0, bar.count())
            bar.append(values[::-1])
        self.chart.addSeries(series)
        self.names = names[::-1]
        series.hovered.connect(self._hovered)
        categories = QBarCategoryAxis()
        categories.append(self.names)
        categories.setLabelsFont(self.font())
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setLabelsFont(self.font())
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.values, self._top = values, top
        self.view.setMinimumHeight(self.height_for(len(names)))
        self._fit_ticks(self.chart.plotArea())

    def bar_text(self, bar: QBarSet, index: int) -> str:
        """What a bar says when pointed at: its category's whole name (a long reason's is cut on the axis),
        the bar's series and its value."""
        value = bar.at(index)
        shown = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
        return tr(
            "Supervision",
            "{name} — {series}: {value}",
            name=self.names[index],
            series=bar.label(),
            value=shown,
        )

    def _hovered(self, over: bool, index: int, bar: QBarSet) -> None:
        if over:
            QToolTip.showText(QCursor.pos(), self.bar_text(bar, index), self.view)
        else:
            QToolTip.hideText()

    def height_for(self, categories: int) -> int:
        """The chart's height that gives each category its name's line and room for its bars."""
        line = QFontMetrics(self.font()).height()
        return max(SMALLEST, int(line * (categories * LINES_PER_CATEGORY + LINES_AROUND_BARS)))

    def _fit_ticks(self, plot: QRectF) -> None:
        """As many ticks on the value axis as its labels have room for across the plot."""
        if self.values is None:
            return
        metrics = QFontMetrics(self.values.labelsFont())
        widest = metrics.horizontalAdvance(str(nice_scale(self._top, 1)[0])) + 3 * metrics.averageCharWidth()
        high, intervals = nice_scale(self._top, int(plot.width() // max(1, widest)))
        if (self.values.max(), self.values.tickCount()) != (high, intervals + 1):
            self.values.setRange(0, high)
            self.values.setTickCount(intervals + 1)
