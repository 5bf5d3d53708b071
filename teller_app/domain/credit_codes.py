"""The credit code agrees with the customer kind: its registration authority and category (GB 32100,
characters 1–2) say what kind of body registered it (91 企业, 92 个体工商户, 51 社会团体, 71 宗教活动场所 …)."""

from __future__ import annotations

from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import RuleError
from teller_app.domain.identifiers import validate_uscc

# Authority and category (the first two characters) a customer kind's credit code may start with.
# 境外机构 have no domestic credit code as a rule (a representative office registered in China has one of
# the registering authority's codes), and natural persons none: neither is checked here.
KIND_CODE_PREFIXES: dict[CustomerKind, frozenset[str]] = {
    CustomerKind.ENTERPRISE_LEGAL_PERSON: frozenset({"91", "93"}),  # 企业, 农民专业合作社
    CustomerKind.NON_LEGAL_PERSON_ENTERPRISE: frozenset({"91"}),  # 分支机构, 合伙企业 …
    CustomerKind.INDIVIDUAL_BUSINESS: frozenset({"92"}),
    # 机关, 事业单位, 中央编办管理的群众团体, 其他; 军队事业单位; 公证处, 司法鉴定机构, 仲裁委员会
    CustomerKind.PUBLIC_INSTITUTION: frozenset({"11", "12", "13", "19", "A1", "A9", "32", "34", "35"}),
    # 社会团体, 民办非企业单位, 基金会, 其他 (民政); 群众团体; 律师执业机构, 基层法律服务所, 其他 (司法行政);
    # 外国常驻新闻机构 …; 外国在华文化中心 …; 旅游部门常驻代表机构 …; 宗教院校, 其他 (宗教); 工会; 其他 (Y)
    CustomerKind.OTHER_ORGANISATION: frozenset(
        {"51", "52", "53", "59", "13", "31", "33", "39", "21", "29", "41", "49", "61", "62", "69"}
        | {"72", "79", "81", "89", "Y1"}
    ),
    CustomerKind.RELIGIOUS_VENUE: frozenset({"71"}),
    CustomerKind.SELF_GOVERNING_COMMUNITY: frozenset({"54", "59", "Y1"}),  # 54: unpublished, warned
    CustomerKind.RURAL_COLLECTIVE: frozenset({"N1", "N2", "N3", "N4", "N5", "N9"}),
}


def check_credit_code_kind(kind: CustomerKind, credit_code: str) -> str:
    """The normalised credit code, or RuleError when its authority and category do not fit the kind."""
    code = validate_uscc(credit_code)
    allowed = KIND_CODE_PREFIXES.get(kind)
    if allowed is not None and code[:2] not in allowed:
        raise RuleError(
            "identifier.uscc_kind_mismatch",
            "A credit code starting {prefix} is not registered for a customer of kind {kind} (expected {expected})",
            prefix=code[:2],
            kind=kind.value,
            expected=", ".join(sorted(allowed)),
        )
    return code
