"""Customer kinds (客户类型) that may open accounts, with their Chinese names."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    ENTERPRISE_LEGAL_PERSON = "enterprise_legal_person"  # 企业法人
    NON_LEGAL_PERSON_ENTERPRISE = "non_legal_person_enterprise"  # 非法人企业 (合伙企业, 分支机构 …)
    INDIVIDUAL_BUSINESS = "individual_business"  # 个体工商户
    PUBLIC_INSTITUTION = "public_institution"  # 机关/事业单位
    OTHER_ORGANISATION = "other_organisation"  # 社会团体, 民办非企业单位, 基金会 …
    INDIVIDUAL = "individual"  # 个人

    @property
    def label_zh(self) -> str:
        return _LABELS_ZH[self]

    @property
    def is_organisation(self) -> bool:
        """Opens 单位银行结算账户 (everything but a natural person)."""
        return self is not CustomerKind.INDIVIDUAL


_LABELS_ZH = {
    CustomerKind.ENTERPRISE_LEGAL_PERSON: "企业法人",
    CustomerKind.NON_LEGAL_PERSON_ENTERPRISE: "非法人企业",
    CustomerKind.INDIVIDUAL_BUSINESS: "个体工商户",
    CustomerKind.PUBLIC_INSTITUTION: "机关/事业单位",
    CustomerKind.OTHER_ORGANISATION: "其他组织",
    CustomerKind.INDIVIDUAL: "个人",
}
