"""Help generated from the process definition in force and the texts under resources/help (zh_CN, en):
help for one step of a case (F1), the operation manual (操作手册) with search, and the FAQ with search.

step_help(definition, step, kind, account_type, language) -> StepHelp
manual(definition, language) -> Manual                 sections: governance, each step, approval, FAQ
search_manual(manual, text) -> list[ManualSection]     the sections whose title or text holds every word
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import ConfigError, InputError
from teller_app.domain.flow import FlowNode
from teller_app.domain.procedure import ProcessDefinition
from teller_app.domain.steps import ORDER, Step
from teller_app.paths import resources_dir

LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class HelpTexts:
    title: str
    intro: str
    steps: dict[str, tuple[str, ...]]
    faq: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class StepHelp:
    step: str
    title: str
    what_to_do: tuple[str, ...]
    control_points: tuple[str, ...]
    risk_points: tuple[str, ...]
    documents: tuple[str, ...]  # the documents this customer kind and account type bring at this step
    all_documents: tuple[str, ...]  # the whole checklist of the case, for reference
    sla_minutes: int
    procedure: str  # version, effective date, owner, who interprets it


@dataclass(frozen=True)
class ManualSection:
    key: str
    title: str
    lines: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Manual:
    title: str
    version: str
    language: str
    sections: tuple[ManualSection, ...]
    faq: tuple[tuple[str, str], ...]


def _language(language: str) -> str:
    return "zh_CN" if language.lower().startswith("zh") else "en"


@lru_cache(maxsize=4)
def help_texts(language: str, folder: Path | None = None) -> HelpTexts:
    lang = _language(language)
    path = (folder or resources_dir() / "help") / f"{lang}.toml"
    try:
        raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            "help.unreadable", "{source}: cannot be read ({problem})", source=str(path), problem=str(exc)
        ) from exc
    steps = {name: tuple(str(x) for x in table.get("do", [])) for name, table in raw.get("steps", {}).items()}
    missing = [s.value for s in Step if not steps.get(s.value)]
    if missing:
        raise ConfigError(
            "help.step_missing",
            "{source}: no help for the steps {steps}",
            source=str(path),
            steps=", ".join(missing),
        )
    faq = tuple((str(item["question"]), str(item["answer"])) for item in raw.get("faq", []))
    return HelpTexts(str(raw.get("title", "")), str(raw.get("intro", "")), steps, faq)


def _pick(zh: bool, a: str, b: str) -> str:
    return (a or b) if zh else (b or a)


def _step_title(step: Step, zh: bool, nodes: tuple[FlowNode, ...]) -> str:
    box = next((n for n in nodes if n.code == step.value), None)
    if box is None:
        return step.label_zh if zh else step.value
    return _pick(zh, box.label_zh, box.label_en)


def procedure_line(definition: ProcessDefinition, zh: bool) -> str:
    g = definition.governance
    if zh:
        return (
            f"流程版本 {definition.version}，自 {definition.effective_from.isoformat()} 起施行；"
            f"制定：{g.owner_zh}；解释：{g.interpretation_authority_zh}。"
        )
    return (
        f"Procedure {definition.version}, in force from {definition.effective_from.isoformat()}; "
        f"owner: {g.owner_en}; interpreted by: {g.interpretation_authority_en}."
    )


def _points(nodes: tuple[FlowNode, ...], step: str, zh: bool, risk: bool) -> tuple[str, ...]:
    found = []
    for node in nodes:
        if node.step_code != step or not (node.is_risk_point if risk else node.is_control_point):
            continue
        text = _pick(zh, node.control_zh, node.control_en) if not risk else ""
        found.append(text or _pick(zh, node.label_zh, node.label_en))
    return tuple(dict.fromkeys(found))


def step_help(
    definition: ProcessDefinition,
    step: str,
    kind: str,
    account_type: str,
    language: str,
    agent_present: bool = False,
) -> StepHelp:
    """Help for one step of a case: from the case's definition, for its customer kind and account type."""
    try:
        chosen = Step(step)
        customer_kind, account = CustomerKind(kind), AccountType(account_type)
    except ValueError:
        raise InputError("help.unknown_step", "There is no help for {step}", step=str(step)) from None
    zh = _language(language) == "zh_CN"
    texts = help_texts(language)
    required = definition.required_documents(customer_kind, account, agent_present)

    def name(d: Any) -> str:
        words = _pick(zh, d.name_zh, d.name_en)
        if not d.mandatory:
            words += "（如适用）" if zh else " (when it applies)"
        return words

    return StepHelp(
        step=chosen.value,
        title=_step_title(chosen, zh, definition.flowchart),
        what_to_do=texts.steps[chosen.value],
        control_points=_points(definition.flowchart, chosen.value, zh, risk=False),
        risk_points=_points(definition.flowchart, chosen.value, zh, risk=True),
        documents=tuple(name(d) for d in required if d.step is chosen),
        all_documents=tuple(name(d) for d in required),
        sla_minutes=definition.sla_minutes[chosen],
        procedure=procedure_line(definition, zh),
    )


def compare_versions(before: ProcessDefinition, after: ProcessDefinition, language: str) -> tuple[str, ...]:
    """What changed from `before` to `after`, in words (domain.procedure_diff, area by area)."""
    from teller_app.domain.procedure_diff import diff_definitions
    from teller_app.domain.risk_levels import RiskLevel
    from teller_app.services.risk_labels import FACTOR_ZH

    zh = _language(language) == "zh_CN"
    arrow, colon = " → ", "：" if zh else ": "

    def level(code: str) -> str:
        try:
            return RiskLevel(code).label_zh if zh else code.replace("_", " ")
        except ValueError:
            return code

    lines = []
    for change in diff_definitions(before, after):
        b, a, key = change.before, change.after, change.key
        if change.area == "sla":
            step = _step_title(Step(key), zh, after.flowchart)
            unit = " 分钟" if zh else " min"
            lines.append(f"{step}{'时限' if zh else ' time limit'}{colon}{b}{unit}{arrow}{a}{unit}")
        elif change.area == "documents":
            name = (a or b or {}).get("name_zh" if zh else "name_en", key)
            what = ("新增资料" if zh else "Document added") if b is None else None
            what = what or (
                ("取消资料" if zh else "Document removed")
                if a is None
                else ("资料要求变更" if zh else "Document changed")
            )
            lines.append(f"{what}{colon}{name}")
        elif change.area == "risk_weights":
            factor = FACTOR_ZH.get(key, key) if zh else key.replace("_", " ")
            named = f"风险权重「{factor}」" if zh else f"Risk weight “{factor}”"
            lines.append(f"{named}{colon}{b}{arrow}{a}")
        elif change.area == "risk" and key.startswith("review_months."):
            unit = " 个月" if zh else " months"
            what = (
                f"复评周期（{level(key.split('.')[1])}）"
                if zh
                else f"Review interval ({level(key.split('.')[1])})"
            )
            lines.append(f"{what}{colon}{b}{unit}{arrow}{a}{unit}")
        elif change.area == "risk" and key.startswith("threshold."):
            what = (
                f"评级阈值（{level(key.split('.')[1])}）"
                if zh
                else f"Risk threshold ({level(key.split('.')[1])})"
            )
            lines.append(f"{what}{colon}{b}{arrow}{a}")
        elif change.area == "governance" and key == "effective_from":
            lines.append(f"{'施行日期' if zh else 'In force from'}{colon}{b}{arrow}{a}")
        else:
            lines.append(f"{change.area} {key}{colon}{b}{arrow}{a}")
    return tuple(lines)


def manual(definition: ProcessDefinition, language: str) -> Manual:
    """The operation manual of this definition: governance, every step (what to do, control and risk points,
    time limit, the documents of the commonest cases), approval authority, change notes, FAQ."""
    zh = _language(language) == "zh_CN"
    texts = help_texts(language)
    g = definition.governance
    sections = [
        ManualSection(
            "governance",
            "流程说明与管理" if zh else "About this procedure",
            (
                texts.intro,
                procedure_line(definition, zh),
                _pick(zh, g.revision_procedure_zh, g.revision_procedure_en),
            ),
        ),
        ManualSection(
            "changes",
            "本版修订内容" if zh else "What changed in this version",
            tuple(g.change_notes_zh or definition.change_notes) if zh else tuple(definition.change_notes),
        ),
    ]
    previous = _known(definition.governance.supersedes)
    if previous is not None:
        sections.append(
            ManualSection(
                "comparison",
                f"与 {previous.version} 版相比" if zh else f"Compared with {previous.version}",
                compare_versions(previous, definition, language),
            )
        )
    for index, step in enumerate(ORDER, start=1):
        corporate = step_help(definition, step.value, "enterprise_legal_person", "basic", language)
        person = step_help(definition, step.value, "individual", "personal_i", language)
        lines = [*corporate.what_to_do]
        label = "时限" if zh else "Time limit"
        lines.append(f"{label}{'：' if zh else ': '}{corporate.sla_minutes}{' 分钟' if zh else ' minutes'}")
        for heading, values in (
            ("关键控制点" if zh else "Key control points", corporate.control_points),
            ("风险点" if zh else "Risk points", corporate.risk_points),
            ("企业基本户所需资料" if zh else "Documents, enterprise basic account", corporate.documents),
            ("个人Ⅰ类户所需资料" if zh else "Documents, personal class I account", person.documents),
        ):
            if values:
                lines.append(f"{heading}{'：' if zh else ': '}{('；' if zh else '; ').join(values)}")
        sections.append(ManualSection(step.value, f"{index}. {corporate.title}", tuple(lines)))
    approvers = []
    for level, roles in definition.approval_authority.items():
        if zh:
            approvers.append(f"{level.label_zh}：{'、'.join(sorted(r.label_zh for r in roles))}")
        else:
            names = ", ".join(sorted(r.value.replace("_", " ") for r in roles))
            approvers.append(f"{level.value.replace('_', ' ')} risk: {names}")
    sections.append(
        ManualSection("approval_authority", "审批权限" if zh else "Who may approve", tuple(approvers))
    )
    return Manual(texts.title, definition.version, _language(language), tuple(sections), texts.faq)


def _known(version: str) -> ProcessDefinition | None:
    from teller_app.services.procedures import all_definitions

    return next((d for d in all_definitions() if d.version == version), None) if version else None


def _matches(text: str, words: list[str]) -> bool:
    folded = text.casefold()
    return all(word in folded for word in words)


def search_manual(found: Manual, text: str) -> list[ManualSection]:
    """The sections holding every word of `text` (case-insensitive); an empty search returns them all."""
    words = [w.casefold() for w in text.split()]
    if not words:
        return list(found.sections)
    return [s for s in found.sections if _matches(" ".join((s.title, *s.lines)), words)]


def search_faq(found: Manual, text: str) -> list[tuple[str, str]]:
    words = [w.casefold() for w in text.split()]
    return [qa for qa in found.faq if not words or _matches(" ".join(qa), words)]


def manual_pdf(definition: ProcessDefinition, language: str) -> bytes:
    """The operation manual of this definition as a PDF (the flowchart drawn from the same definition)."""
    from teller_app.documents.manual import build_manual

    zh = _language(language) == "zh_CN"
    found = manual(definition, language)
    subtitle = procedure_line(definition, zh)
    return build_manual(
        found.title,
        subtitle,
        [(s.title, s.lines) for s in found.sections],
        found.faq,
        definition.flowchart,
        flowchart_title="操作流程图" if zh else "Procedure flowchart",
        faq_title="常见问题" if zh else "Frequently asked questions",
        footer=f"{found.title}　{subtitle}" if zh else f"{found.title} · {subtitle}",
    )


def write_manual_pdf(definition: ProcessDefinition, language: str, out: Path) -> Path:
    from teller_app.files import write_atomically

    write_atomically(Path(out), manual_pdf(definition, language), mode=0o600)
    return Path(out)
