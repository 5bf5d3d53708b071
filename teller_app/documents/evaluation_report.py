"""The evaluation report (定期评估报告) as a PDF with charts (reportlab graphics) and as CSV files.

write_pdf(evaluation, path)      # 本期与上期对比: tables and bar charts, the embedded CJK font
write_csv(evaluation, folder)    # one CSV per section, current and previous period side by side
"""

from __future__ import annotations

import csv
import io
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


def sections(report: Evaluation) -> dict[str, list[tuple[str, Any, Any]]]:
    now, before = report.current, report.previous
    steps_before = {s.step: s for s in before.steps}
    efficiency: list[tuple[str, Any, Any]] = [
        ("受理案件数", now.cases_opened, before.cases_opened),
        ("办结案件数", now.cases_finished, before.cases_finished),
        ("平均办结时长（小时）", now.case_hours_average, before.case_hours_average),
    ]
    for s in now.steps:
        b = steps_before.get(s.step)
        efficiency += [
            (f"{_step_zh(s.step)} 中位数（分钟）", s.median, b.median if b else None),
            (f"{_step_zh(s.step)} 90分位（分钟）", s.p90, b.p90 if b else None),
            (
                f"{_step_zh(s.step)} 超时占比",
                _share(s.over_sla_share),
                _share(b.over_sla_share if b else None),
            ),
        ]
    decisions = [
        (
            f"{DECISION_ZH.get(d, d)}：{'未注明原因' if r == 'unspecified' else r}",
            n,
            before.decisions.get(d, {}).get(r, 0),
        )
        for d, by in sorted(now.decisions.items())
        for r, n in sorted(by.items())
    ]
    review = [
        ("抽查案件数", now.reviews.get("sampled", 0), before.reviews.get("sampled", 0)),
        ("复核完成数", now.reviews.get("closed", 0), before.reviews.get("closed", 0)),
        ("期末未结数", now.reviews.get("open_at_end", 0), before.reviews.get("open_at_end", 0)),
        *[
            (f"发现问题：{FINDINGS_ZH.get(c, c)}", n, before.findings.get(c, 0))
            for c, n in sorted(now.findings.items())
        ],
        *[
            (f"问题严重程度：{SEVERITY_ZH.get(c, c)}", n, before.findings_by_severity.get(c, 0))
            for c, n in sorted(now.findings_by_severity.items())
        ],
        ("整改通知数", now.rectifications.get("requested", 0), before.rectifications.get("requested", 0)),
        ("整改通过数", now.rectifications.get("accepted", 0), before.rectifications.get("accepted", 0)),
        (
            "逾期答复数",
            now.rectifications.get("answered_late", 0),
            before.rectifications.get("answered_late", 0),
        ),
    ]
    satisfaction = [
        ("调查次数", now.satisfaction.get("asked", 0), before.satisfaction.get("asked", 0)),
        ("客户跳过", now.satisfaction.get("skipped", 0), before.satisfaction.get("skipped", 0)),
        ("平均分（1–5）", now.satisfaction.get("average"), before.satisfaction.get("average")),
        *[
            (
                f"{k}分",
                now.satisfaction.get("scores", {}).get(k, 0),
                before.satisfaction.get("scores", {}).get(k, 0),
            )
            for k in "54321"
        ],
    ]
    risk = [
        ("高风险客户数", now.risk.get("high", 0), before.risk.get("high", 0)),
        ("高风险占比", _share(now.risk.get("high_share")), _share(before.risk.get("high_share"))),
        (
            "有例外处理的案件数",
            now.risk.get("cases_with_override", 0),
            before.risk.get("cases_with_override", 0),
        ),
        *[
            (f"风险等级：{RISK_ZH.get(k, k)}", n, before.risk.get("by_level", {}).get(k, 0))
            for k, n in sorted(now.risk.get("by_level", {}).items())
        ],
    ]
    compliance = [
        ("应备案账户数", now.filings.get("due", 0), before.filings.get("due", 0)),
        ("按时备案", now.filings.get("filed_on_time"), before.filings.get("filed_on_time")),
        ("逾期备案", now.filings.get("filed_late"), before.filings.get("filed_late")),
        ("尚未备案", now.filings.get("not_filed"), before.filings.get("not_filed")),
    ]
    system = [
        ("事件数（不含演练）", now.incidents.get("reported", 0), before.incidents.get("reported", 0)),
        ("应急演练数", now.incidents.get("drills", 0), before.incidents.get("drills", 0)),
        ("同步相关事件", now.incidents.get("sync_incidents", 0), before.incidents.get("sync_incidents", 0)),
        (
            "离线时长（分钟）",
            now.incidents.get("offline_minutes", 0),
            before.incidents.get("offline_minutes", 0),
        ),
        ("期末未结事件", now.incidents.get("open_at_end", 0), before.incidents.get("open_at_end", 0)),
        *[
            (f"事件类型：{INCIDENT_ZH.get(k, k)}", n, before.incidents.get("by_kind", {}).get(k, 0))
            for k, n in sorted(now.incidents.get("by_kind", {}).items())
        ],
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
    chart.categoryAxis.labels.fontName = fonts.cjk
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = fonts.latin
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
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
                    "客户满意度分布（人次）",
                    [f"{k}分" for k in "54321"],
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
