"""Customer kinds (客户类型) that may open accounts, with their Chinese names."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    ENTERPRISE_LEGAL_PERSON = "enterprise_legal_person"  # 企业法人
    NON_LEGAL_PERSON_ENTERPRISE = "non_legal_person_enterprise"  # 非法人企业 (合伙企业, 分支机构 …)
    INDIVIDUAL_BUSINESS = "individual_business"  # 个体工商户
    PUBLIC_INSTITUTION = "public_institution"  # 机关/事业单位
    OTHER_ORGANISATION = "other_organisation"  # 社会团体, 民办非企业单位, 基金会 …
    RELIGIOUS_VENUE = "religious_venue"  # 宗教活动场所
    SELF_GOVERNING_COMMUNITY = "self_governing_community"  # 居民委员会/村民委员会 (基层群众性自治组织)
    RURAL_COLLECTIVE = "rural_collective"  # 农村集体经济组织
    FOREIGN_INSTITUTION = "foreign_institution"  # 境外机构
    INDIVIDUAL = "individual"  # 个人

    @property
    def label_zh(self) -> str:
        return _LABELS_ZH[self]

    @property
    def is_organisation(self) -> bool:
        """Opens 单位银行结算账户 (everything but a natural person)."""
        return self is not CustomerKind.INDIVIDUAL

    @property
    def is_enterprise(self) -> bool:
        """企业: 企业法人, 非法人企业, 个体工商户 — the depositors whose accounts are filed (备案), not
        approved, since 银发〔2019〕41号. Every other organisation is a non-enterprise (非企业)."""
        return self in ENTERPRISE_KINDS


_LABELS_ZH = {
    CustomerKind.ENTERPRISE_LEGAL_PERSON: "企业法人",
    CustomerKind.NON_LEGAL_PERSON_ENTERPRISE: "非法人企业",
    CustomerKind.INDIVIDUAL_BUSINESS: "个体工商户",
    CustomerKind.PUBLIC_INSTITUTION: "机关/事业单位",
    CustomerKind.OTHER_ORGANISATION: "其他组织",
    CustomerKind.RELIGIOUS_VENUE: "宗教活动场所",
    CustomerKind.SELF_GOVERNING_COMMUNITY: "居民委员会/村民委员会",
    CustomerKind.RURAL_COLLECTIVE: "农村集体经济组织",
    CustomerKind.FOREIGN_INSTITUTION: "境外机构",
    CustomerKind.INDIVIDUAL: "个人",
}


ENTERPRISE_KINDS = frozenset(
    {
        CustomerKind.ENTERPRISE_LEGAL_PERSON,
        CustomerKind.NON_LEGAL_PERSON_ENTERPRISE,
        CustomerKind.INDIVIDUAL_BUSINESS,
    }
)
