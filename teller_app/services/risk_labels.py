"""The risk rating's factors in the words of the printed risk form (Chinese), from the codes the domain gives."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from teller_app import reference_data
from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind

FACTOR_ZH = {
    "customer_kind": "客户类型",
    "ownership": "股权结构",
    "business_age": "成立年限",
    "nationality": "国籍",
    "geography": "地域",
    "industry": "行业",
    "product": "产品",
    "channel": "渠道",
}
EXPLANATION_ZH = {
    "risk.customer_kind": "按客户类型计分",
    "risk.ownership.simple": "股权结构简单",
    "risk.ownership.layered": "两层股权结构",
    "risk.ownership.complex": "三层及以上股权结构",
    "risk.business_age.not_applicable": "自然人，不适用",
    "risk.business_age.new": "成立不满 1 年",
    "risk.business_age.young": "成立 1 至 3 年",
    "risk.business_age.established": "成立 3 年以上",
    "risk.nationality.domestic": "均为境内人员",
    "risk.nationality.foreign": "涉及境外人员",
    "risk.nationality.high_risk": "涉及高风险国家或地区",
    "risk.geography.ordinary": "非高风险地区",
    "risk.geography.abroad": "境外注册或境外客户",
    "risk.geography.high_risk": "高风险国家或地区",
    "risk.industry.ordinary": "一般行业",
    "risk.industry.elevated": "需关注行业",
    "risk.industry.high_risk": "高风险行业",
    "risk.product": "按账户种类计分",
    "risk.channel.counter": "柜面面对面办理",
    "risk.channel.online_pre_application": "线上预约后到柜办理",
    "risk.channel.non_face_to_face": "非面对面办理",
    "risk.channel.agent": "由代理人办理",
}
INDUSTRY_ZH = {
    "cash_intensive": "现金密集型行业",
    "precious_metals": "贵金属交易",
    "gambling_adjacent": "博彩相关行业",
    "virtual_assets": "虚拟资产",
    "shell_trading": "空壳贸易",
    "money_services": "货币服务",
    "real_estate_agency": "房地产中介",
    "pawn": "典当",
    "used_vehicles": "二手车交易",
    "import_export": "进出口贸易",
    "art_antiques": "艺术品及古董",
}
DIRECT_RULE_ZH = {
    "fatf_call_for_action": "客户、受益所有人或实际控制人涉及 FATF 呼吁采取行动的国家或地区",
    "sanctions_hit": "命中制裁名单",
    "politically_exposed": "涉及政治公众人物或其特定关系人",
    "due_diligence_refused": "客户拒绝配合尽职调查",
}
CHANNEL_ZH = {"counter": "柜面", "online_pre_application": "线上预约", "non_face_to_face": "非面对面"}


def factor_value(factor: str, params: Mapping[str, Any]) -> str:
    """What the customer is like on one factor, in words."""
    if factor == "customer_kind" and params.get("kind") in CustomerKind.__members__.values():
        return CustomerKind(params["kind"]).label_zh
    if factor == "ownership":
        return f"{params.get('layers', 0)} 层"
    if factor == "business_age":
        return f"{params['years']} 年" if "years" in params else "不适用"
    if factor == "nationality":
        return "、".join(_country(c) for c in str(params.get("countries") or "CN").split(",") if c)
    if factor == "geography":
        place = str(params.get("region") or "")
        text = reference_data.region_label(place) if place else "—"
        country = str(params.get("country") or "")
        return text if country in ("", "CN") else f"{text}（{_country(country)}）"
    if factor == "industry":
        code = str(params.get("industry") or "")
        known = reference_data.industries().get(code)
        return f"{known.name_zh}（{code}）" if known else INDUSTRY_ZH.get(code, code or "—")
    if factor == "product" and params.get("account_type") in AccountType.__members__.values():
        return AccountType(params["account_type"]).label_zh
    if factor == "channel":
        text = CHANNEL_ZH.get(str(params.get("channel")), str(params.get("channel") or "—"))
        return text + ("（代理人）" if params.get("agent") else "")
    return "、".join(str(v) for v in params.values() if v not in ("", None)) or "—"


def _country(code: str) -> str:
    known = reference_data.countries().get(code.strip().upper())
    return known.name_zh if known else code


def direct_rule_zh(code: str) -> str:
    return DIRECT_RULE_ZH.get(code, code)


def explanation(code: str) -> str:
    return EXPLANATION_ZH.get(code, code)
