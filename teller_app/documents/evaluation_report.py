"""The evaluation report (定期评估报告) as a PDF with charts (reportlab graphics) and as CSV files.

write_pdf(evaluation, path)      # 本期与上期对比: tables and bar charts, the embedded CJK font
write_csv(evaluation, folder)    # one CSV per section, current and previous period side by side
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from teller_app.documents.fonts import register_fonts
from teller_app.documents.text import markup
from teller_app.domain.steps import Step
from teller_app.files import write_atomically
from teller_app.services.evaluation_report import Evaluation, Figures

FINDINGS_ZH = {
    "document_missing": "资料缺失",
    "document_invalid": "资料无效或过期",
    "identity_check": "身份核验不到位",
    "risk_rating": "风险评级不当",
    "beneficial_owner": "受益所有人识别不当",
    "intent_check": "开户意愿核实不到位",
    "contract_seal": "协议或印鉴问题",
    "approval": "审批不当",
    "record_entry": "信息录入错误",
    "filing": "备案不及时",
    "other": "其他",
}
SEVERITY_ZH = {"minor": "一般", "major": "较重", "severe": "严重"}
DECISION_ZH = {"return": "退回补正", "reject": "拒绝"}
INCIDENT_ZH = {
    "system_failure": "系统故障",
    "data_leak": "数据泄露",
    "operating_error": "操作失误",
    "offline": "网络中断",
    "sync_failing": "同步失败",
    "audit_broken": "操作记录校验失败",
    "key_store": "密钥库问题",
}
RISK_ZH = {"low": "低", "medium": "中", "medium_high": "中高", "high": "高", "unrated": "未评级"}
CURRENT, PREVIOUS = colors.HexColor("#1f6fb2"), colors.HexColor("#a9c7e3")


def _step_zh(code: str) -> str:
    try:
        return Step(code).label_zh
    except ValueError:
        return code


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


# -- the rows of each section: (label, this period, previous period) -----------------------------------


# The figures of each section by a stable code, worded in Chinese for the PDF and the CSV files; the
# desktop UI words the same codes in the user's language (ui/supervision/report_dialog.py).
LINES_ZH = {
    "cases_opened": "受理案件数",
    "cases_finished": "办结案件数",
    "case_hours": "平均办结时长（小时）",
    "step_median": "{step} 中位数（分钟）",
    "step_p90": "{step} 90分位（分钟）",
    "step_over_sla": "{step} 超时占比",
    "decision_reason": "{decision}：{reason}",
    "reviews_sampled": "抽查案件数",
    "reviews_closed": "复核完成数",
    "reviews_open": "期末未结数",
    "finding_category": "发现问题：{category}",
    "finding_severity": "问题严重程度：{severity}",
    "rectifications_requested": "整改通知数",
    "rectifications_accepted": "整改通过数",
    "rectifications_late": "逾期答复数",
    "satisfaction_asked": "调查次数",
    "satisfaction_skipped": "客户跳过",
    "satisfaction_average": "平均分（1–5）",
    "satisfaction_score": "{score}分",
    "risk_high": "高风险客户数",
    "risk_high_share": "高风险占比",
    "risk_overrides": "有例外处理的案件数",
    "risk_level": "风险等级：{level}",
    "filings_due": "应备案账户数",
    "filings_on_time": "按时备案",
    "filings_late": "逾期备案",
    "filings_not_filed": "尚未备案",
    "incidents_reported": "事件数（不含演练）",
    "incidents_drills": "应急演练数",
    "incidents_sync": "同步相关事件",
    "incidents_offline_minutes": "离线时长（分钟）",
    "incidents_open": "期末未结事件",
    "incident_kind": "事件类型：{kind}",
}
PARAMS_ZH: dict[str, dict[str, str]] = {
    "category": FINDINGS_ZH,
    "severity": SEVERITY_ZH,
    "decision": DECISION_ZH,
    "level": RISK_ZH,
    "kind": INCIDENT_ZH,
}


def _reason_zh(code: str) -> str:
    from teller_app.domain.return_reasons import reason_words
    from teller_app.services.procedures import load_definitions

    if code == "unspecified":
        return "未注明原因"
    return reason_words(code, [r for d in load_definitions() for r in d.return_reasons], "zh")


def chinese(code: str, **params: str) -> str:
    words = {
        name: _step_zh(value)
        if name == "step"
        else _reason_zh(value)
        if name == "reason"
        else PARAMS_ZH.get(name, {}).get(value, value)
        for name, value in params.items()
    }
    return LINES_ZH[code].format(**words)


Words = Callable[..., str]


def sections(report: Evaluation, words: Words = chinese) -> dict[str, list[tuple[str, Any, Any]]]:
    """Each section's lines: (label, this period, previous period), labels by `words(code, **params)`."""
    w = words
    now, before = report.current, report.previous
    steps_before = {s.step: s for s in before.steps}
    efficiency: list[tuple[str, Any, Any]] = [
        (w("cases_opened"), now.cases_opened, before.cases_opened),
        (w("cases_finished"), now.cases_finished, before.cases_finished),
        (w("case_hours"), now.case_hours_average, before.case_hours_average),
    ]
    for s in now.steps:
        b = steps_before.get(s.step)
        efficiency += [
            (w("step_median", step=s.step), s.median, b.median if b else None),
            (w("step_p90", step=s.step), s.p90, b.p90 if b else None),
            (
                w("step_over_sla", step=s.step),
                _share(s.over_sla_share),
                _share(b.over_sla_share if b else None),
            ),
        ]
    decisions = [
        (w("decision_reason", decision=d, reason=r), n, before.decisions.get(d, {}).get(r, 0))
        for d, by in sorted(now.decisions.items())
        for r, n in sorted(by.items())
    ]

    def pair(code: str, table: dict[str, Any], previous: dict[str, Any], key: str) -> tuple[str, Any, Any]:
        return (w(code), table.get(key, 0), previous.get(key, 0))

    review = [
        pair("reviews_sampled", now.reviews, before.reviews, "sampled"),
        pair("reviews_closed", now.reviews, before.reviews, "closed"),
        pair("reviews_open", now.reviews, before.reviews, "open_at_end"),
        *[
            (w("finding_category", category=c), n, before.findings.get(c, 0))
            for c, n in sorted(now.findings.items())
        ],
        *[
            (w("finding_severity", severity=c), n, before.findings_by_severity.get(c, 0))
            for c, n in sorted(now.findings_by_severity.items())
        ],
        pair("rectifications_requested", now.rectifications, before.rectifications, "requested"),
        pair("rectifications_accepted", now.rectifications, before.rectifications, "accepted"),
        pair("rectifications_late", now.rectifications, before.rectifications, "answered_late"),
    ]
    scores_now, scores_before = now.satisfaction.get("scores", {}), before.satisfaction.get("scores", {})
    satisfaction = [
        pair("satisfaction_asked", now.satisfaction, before.satisfaction, "asked"),
        pair("satisfaction_skipped", now.satisfaction, before.satisfaction, "skipped"),
        (w("satisfaction_average"), now.satisfaction.get("average"), before.satisfaction.get("average")),
        *[(w("satisfaction_score", score=k), scores_now.get(k, 0), scores_before.get(k, 0)) for k in "54321"],
    ]
    levels_now, levels_before = now.risk.get("by_level", {}), before.risk.get("by_level", {})
    risk = [
        pair("risk_high", now.risk, before.risk, "high"),
        (w("risk_high_share"), _share(now.risk.get("high_share")), _share(before.risk.get("high_share"))),
        pair("risk_overrides", now.risk, before.risk, "cases_with_override"),
        *[(w("risk_level", level=k), n, levels_before.get(k, 0)) for k, n in sorted(levels_now.items())],
    ]
    compliance = [
        pair("filings_due", now.filings, before.filings, "due"),
        (w("filings_on_time"), now.filings.get("filed_on_time"), before.filings.get("filed_on_time")),
        (w("filings_late"), now.filings.get("filed_late"), before.filings.get("filed_late")),
        (w("filings_not_filed"), now.filings.get("not_filed"), before.filings.get("not_filed")),
    ]
    kinds_now, kinds_before = now.incidents.get("by_kind", {}), before.incidents.get("by_kind", {})
    system = [
        pair("incidents_reported", now.incidents, before.incidents, "reported"),
        pair("incidents_drills", now.incidents, before.incidents, "drills"),
        pair("incidents_sync", now.incidents, before.incidents, "sync_incidents"),
        pair("incidents_offline_minutes", now.incidents, before.incidents, "offline_minutes"),
        pair("incidents_open", now.incidents, before.incidents, "open_at_end"),
        *[(w("incident_kind", kind=k), n, kinds_before.get(k, 0)) for k, n in sorted(kinds_now.items())],
    ]
    return {
        "efficiency": efficiency,
        "returns_and_rejections": decisions,
        "post_review": review,
        "satisfaction": satisfaction,
        "risk_control": risk,
        "compliance": compliance,
        "system_support": system,
    }


TITLES = {
    "efficiency": "一、办理效率",
    "returns_and_rejections": "二、退回与拒绝（按原因）",
    "post_review": "三、事后监督发现与整改",
    "satisfaction": "四、客户满意度",
    "risk_control": "五、风险控制",
    "compliance": "六、合规（备案及时性）",
    "system_support": "七、系统支持（离线与同步事件）",
}


def write_csv(report: Evaluation, folder: Path) -> list[Path]:
    """One CSV per section (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in sections(report).items():
        buffer = io.StringIO()
        out = csv.writer(buffer)
        out.writerow(["指标", report.current.period.name, report.previous.period.name])
        for label, now, before in rows:
            out.writerow([label, _fmt(now), _fmt(before)])
        path = folder / f"{report.current.period.name.replace('..', '_')}-{name}.csv"
        write_atomically(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"), mode=0o644)
        written.append(path)
    return written


# -- the PDF ------------------------------------------------------------------------------------------------


def _bar_chart(
    title: str, labels: list[str], now: list[float], before: list[float], periods: tuple[str, str]
) -> Drawing:
    fonts = register_fonts()
    drawing = Drawing(170 * mm, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 14 * mm, 120 * mm, 40 * mm
    chart.data = [now or [0], before or [0]]
    chart.categoryAxis.categoryNames = labels or ["—"]
    latin_only = all(ord(ch) in fonts.latin_chars for label in labels for ch in label)
    chart.categoryAxis.labels.fontName = (
        fonts.latin if latin_only else fonts.cjk
    )  # the CJK font has no digits
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = fonts.latin
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([*now, *before, 1])
    if float(top).is_integer() or top > 5:  # counts: whole-number ticks
        chart.valueAxis.valueStep = max(1, math.ceil(top / 5))
        chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = CURRENT
    chart.bars[1].fillColor = PREVIOUS
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 140 * mm, 50 * mm
    legend.fontName = fonts.latin
    legend.fontSize = 7
    legend.colorNamePairs = [(CURRENT, periods[0]), (PREVIOUS, periods[1])]
    drawing.add(legend)
    drawing.add(String(14 * mm, 57 * mm, title, fontName=fonts.cjk, fontSize=9))
    return drawing


def _table(rows: list[tuple[str, Any, Any]], periods: tuple[str, str], style: ParagraphStyle) -> Table:
    def cell(value: Any) -> Paragraph:
        return Paragraph(markup(_fmt(value)), style)

    data = [[cell("指标"), cell(periods[0]), cell(periods[1])]] + [
        [cell(a), cell(b), cell(c)] for a, b, c in rows
    ]
    if len(data) == 1:
        data.append([cell("本期无数据"), cell("—"), cell("—")])
    table = Table(data, colWidths=[95 * mm, 35 * mm, 35 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def write_pdf(report: Evaluation, path: Path) -> Path:
    fonts = register_fonts()
    body = ParagraphStyle("body", fontName=fonts.cjk, fontSize=9, leading=12)
    heading = ParagraphStyle(
        "heading", fontName=fonts.cjk, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4
    )
    title = ParagraphStyle("title", fontName=fonts.cjk, fontSize=16, leading=22, spaceAfter=6)
    now, before = report.current, report.previous
    periods = (now.period.name, before.period.name)
    scope = f"网点 {report.branch}" if report.branch else "全行（所有网点）"
    story: list[Any] = [
        Paragraph(markup("开户业务定期评估报告"), title),
        Paragraph(
            markup(
                f"评估期间：{now.period.name}（{now.period.start.isoformat()} 至 {_last_day(now)}）；"
                f"对比期间：{before.period.name}；范围：{scope}"
            ),
            body,
        ),
        Spacer(1, 4 * mm),
    ]
    all_sections = sections(report)
    for name, rows in all_sections.items():
        story.append(Paragraph(markup(TITLES[name]), heading))
        if name == "efficiency" and now.steps:
            steps_before = {s.step: s for s in before.steps}
            story.append(
                _bar_chart(
                    "各环节用时中位数（分钟）",
                    [_step_zh(s.step) for s in now.steps],
                    [s.median or 0 for s in now.steps],
                    [(steps_before[s.step].median or 0) if s.step in steps_before else 0 for s in now.steps],
                    periods,
                )
            )
        if name == "post_review" and (now.findings or before.findings):
            keys = sorted(set(now.findings) | set(before.findings))
            story.append(
                _bar_chart(
                    "事后监督发现问题（按类别）",
                    [FINDINGS_ZH.get(k, k) for k in keys],
                    [now.findings.get(k, 0) for k in keys],
                    [before.findings.get(k, 0) for k in keys],
                    periods,
                )
            )
        if name == "satisfaction":
            story.append(
                _bar_chart(
                    "客户满意度分布（按评分，人次）",
                    list("54321"),
                    [now.satisfaction.get("scores", {}).get(k, 0) for k in "54321"],
                    [before.satisfaction.get("scores", {}).get(k, 0) for k in "54321"],
                    periods,
                )
            )
        story.append(_table(rows, periods, body))
    if now.filings.get("filed_on_time") is None:
        story.append(Paragraph(markup("注：本期无备案记录，无法判断备案是否及时。"), body))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont(fonts.latin, 7)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{now.period.name} · {doc.page}")

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title="开户业务定期评估报告",
        author="Teller App",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    write_atomically(path, buffer.getvalue(), mode=0o644)
    return path


def _last_day(figures: Figures) -> str:
    from datetime import timedelta

    return (figures.period.end - timedelta(days=1)).isoformat()
