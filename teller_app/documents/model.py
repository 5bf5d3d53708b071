"""What a printed document needs to know about a case: plain frozen dataclasses, filled by the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import Regime
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason
from teller_app.domain.flow import FlowKind as FlowKind  # the flowchart's boxes: the definition's data
from teller_app.domain.flow import FlowNode as FlowNode
from teller_app.domain.id_verification import CheckResult
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.steps import Step


@dataclass(frozen=True)
class Branch:
    """The bank's branch (乙方 in the agreement)."""

    name: str  # 中国某银行上海分行营业部
    code: str  # 营业机构代码
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Person:
    """A natural person named in a case: legal representative (法定代表人/单位负责人) or agent (经办人)."""

    name: str
    id_number: str = ""
    id_type: str = "居民身份证"
    phone: str = ""


@dataclass(frozen=True)
class Customer:
    """The depositor (存款人, 甲方). Organisations carry a credit code, individuals an ID number."""

    kind: CustomerKind
    name: str
    credit_code: str = ""  # 统一社会信用代码 (organisations)
    id_number: str = ""  # 证件号码 (individuals)
    id_type: str = "居民身份证"
    address: str = ""
    phone: str = ""
    legal_representative: Person | None = None  # organisations: mandatory on the agreement
    agent: Person | None = None  # 经办人, when someone acts for the depositor


@dataclass(frozen=True)
class ServiceFee:
    """A service bound to the account and its fee; fee None prints the bank's published schedule."""

    service: str  # 网上银行
    fee: Decimal | None = None  # in yuan
    unit: str = ""  # 元/年
    note: str = ""


@dataclass(frozen=True)
class Limit:
    """A transaction limit (额度) set on the account."""

    name: str  # 单日对外转账限额
    amount: Decimal
    period: str = ""  # 每日 / 每年 / 余额


@dataclass(frozen=True)
class Account:
    """The account being opened."""

    type: AccountType
    number: str = ""  # assigned at account setup; mandatory on the confirmation
    name: str = ""  # 账户名称; empty prints the customer's name
    currency: str = "人民币 CNY"
    services: tuple[ServiceFee, ...] = ()
    limits: tuple[Limit, ...] = ()
    regime: Regime = Regime.FILING  # 备案 (enterprises), or 核准 (non-enterprise basic/temporary accounts …)
    opened_on: date | None = None  # 开户日期
    activated_at: datetime | None = None  # 激活时间
    filing_deadline: date | None = None  # 备案 deadline (regime FILING)
    copies_by: date | None = (
        None  # copies of the opening documents to the regulator (enterprise basic/temporary)
    )
    approval_number: str = ""  # 核准号 / 开户许可证号 (regime APPROVAL, once granted)
    approved_on: date | None = None  # 核准日期
    payments_from: date | None = None  # the first day payments out are allowed; None: after 核准
    payments_wait_working_days: int = 3  # [readings] payments_from_working_day of the case's procedure
    filing_reference: str = ""  # 备案编号, once filed
    filed_on: date | None = None  # 备案日期
    basic_account_number: str = ""  # 基本存款账户编号 J + 13 digits (general accounts)
    special_category: str = ""  # 专用存款账户 category
    expires_on: date | None = None  # 临时存款账户 expiry
    cash_withdrawal: bool = True  # 一般存款账户: False


@dataclass(frozen=True)
class ChecklistRow:
    """One required document (开户资料) and the teller's decision on it."""

    item: str  # 营业执照
    mandatory: bool
    decision: DocumentDecision
    reason: DocumentReason | None = None
    reason_note: str = ""
    verified_by: str = ""
    verified_at: datetime | None = None
    original_seen: bool = False  # 已核对原件


@dataclass(frozen=True)
class IdentityCheck:
    """One person's online ID check (联网核查) as recorded: never printed as done unless it was."""

    person: str  # 法定代表人 / 经办人 / 客户本人
    name: str
    id_number: str
    result: CheckResult
    reference: str  # 核查流水号
    photo_compared: bool | None
    checked_at: datetime
    source: str  # 柜员据核查终端录入 / 核查服务
    recorded_by: str  # who recorded it or asked the service
    adapter: str = ""  # the service's adapter name (empty for the teller's entry)


@dataclass(frozen=True)
class RiskFactor:
    """One weighted factor of the AML risk rating and what it added to the score."""

    name: str  # 行业
    value: str  # 批发和零售业
    weight: Decimal
    contribution: Decimal
    explanation: str = ""


@dataclass(frozen=True)
class RiskAssessment:
    factors: tuple[RiskFactor, ...]
    score: Decimal
    level: RiskLevel
    next_review_on: date
    enhanced_due_diligence: bool = False  # EDD 强化尽职调查
    edd_note: str = ""
    assessed_by: str = ""
    assessed_at: datetime | None = None
    approver: str = ""  # who approved the rating (risk officer for 高)
    approver_role: str = ""
    direct_rules: tuple[str, ...] = ()  # rules that rated 高 whatever the score, in words (FATF country …)
    direct_rules_asked: bool = False  # the rating recorded the teller's answers to those rules


@dataclass(frozen=True)
class Approval:
    """The maker-checker decision (授权审批)."""

    maker: str
    checker: str
    decided_at: datetime
    decision: str = "批准"
    checker_role: str = ""
    reason: str = ""


@dataclass(frozen=True)
class SealEntry:
    """One seal or signature on the seal card (预留印鉴)."""

    kind: str  # 单位公章 / 财务专用章 / 法定代表人名章 / 签字
    holder: str = ""
    note: str = ""


@dataclass(frozen=True)
class Owner:
    """A beneficial owner (受益所有人)."""

    name: str
    id_number: str = ""
    share: Decimal | None = None  # percent of equity, profit or votes
    basis: str = ""  # 持股 / 控制 / 高级管理人员
    # The 2024 rules' record (《受益所有人信息管理办法》第八条), ready to print in Chinese.
    sex: str = ""  # 男 / 女
    birth_date: str = ""
    nationality: str = ""  # 中国（CN）
    id_document: str = ""  # 居民身份证，有效期限 2018-03-15 至 2038-03-15（或 长期）
    relationship: str = ""  # 2020-05-01 形成，存续至今
    contact: str = ""
    address: str = ""
    control_means: str = ""


@dataclass(frozen=True)
class CaseSheet:
    """Everything the documents of one case print. Fill it from the stored case; strings may be empty."""

    case_id: str
    content_hash: str  # SHA-256 hex of the case as approved (or as it stands)
    procedure_version: str
    branch: Branch
    customer: Customer
    account: Account
    training: bool = False
    demo: bool = False  # a case of an IT acceptance run: the 演示 watermark
    current_step: Step | None = None
    clause_version: str = ""  # resources/clauses/<version>.toml; "": the wording in force when printed
    checklist: tuple[ChecklistRow, ...] = ()
    identity_checks: tuple[IdentityCheck, ...] = ()
    risk: RiskAssessment | None = None
    approval: Approval | None = None
    seals: tuple[SealEntry, ...] = ()
    owners: tuple[Owner, ...] = ()
    owner_exemption: str = ""  # 豁免 by commitment, when no owner is recorded
    printed_at: datetime | None = None  # printed on the page; pass it so the same case prints the same
    correction_due: date | None = None  # 补正通知: bring the documents back by this day
    case_number: str = ""  # 案件编号 people quote (domain/case_numbers.py); "" for a case from before numbers

    @property
    def quoted_number(self) -> str:
        """The case number printed on every page (the id for a case opened before numbers)."""
        return self.case_number or self.case_id

    @property
    def agreement_number(self) -> str:
        """协议编号: from the case number (the case id for a case opened before numbers)."""
        from teller_app.domain.case_numbers import agreement_number

        return agreement_number(self.case_number) or self.case_id

    flowchart: tuple[FlowNode, ...] = ()  # the boxes of the case's process definition
    procedure_notice: str = (
        ""  # 流程版本, 施行日期, 制定与解释部门 of that definition, printed with the chart
    )

    @property
    def is_organisation(self) -> bool:
        return self.customer.kind.is_organisation

    @property
    def account_name(self) -> str:
        return self.account.name or self.customer.name
