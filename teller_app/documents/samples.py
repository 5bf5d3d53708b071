"""Sample cases for previews, the rendering script, the benchmark and tests: one corporate, one personal."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from decimal import Decimal

from teller_app.documents.model import (
    Account,
    Approval,
    Branch,
    CaseSheet,
    ChecklistRow,
    Customer,
    IdentityCheck,
    Limit,
    Owner,
    Person,
    Regime,
    RiskAssessment,
    RiskFactor,
    SealEntry,
    ServiceFee,
)
from teller_app.domain.account_types import AccountType
from teller_app.domain.canonical import content_hash
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason
from teller_app.domain.id_verification import CheckResult
from teller_app.domain.procedure import ProcessDefinition, parse_definition
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.steps import Step
from teller_app.paths import resources_dir

BRANCH = Branch(
    name="示范银行上海浦东分行营业部",
    code="310115001",
    address="上海市浦东新区世纪大道 100 号",
    phone="021-5888 1234",
)
PRINTED_AT = datetime(2026, 3, 2, 10, 30)


def _hashed(sheet: CaseSheet) -> CaseSheet:
    from dataclasses import replace

    sheet = replace(sheet, flowchart=sample_definition().flowchart, procedure_notice=SAMPLE_NOTICE)
    return replace(sheet, content_hash=content_hash(replace(sheet, content_hash="")))


SAMPLE_NOTICE = "流程版本 2026.1　自 2026-01-01 起施行　制定：运营管理部　解释：总行运营管理部"


def sample_definition() -> ProcessDefinition:
    """The shipped definition 2026.1, which the sample sheets ran under (read here: documents sit below services)."""
    path = resources_dir() / "process" / "2026.1.toml"
    return parse_definition(tomllib.loads(path.read_text(encoding="utf-8")), str(path))


def sample_corporate_sheet(training: bool = False) -> CaseSheet:
    """A 企业法人 opening a 基本存款账户 with an agent, seals, two owners and a 中 risk rating."""
    sheet = CaseSheet(
        case_id="6f1c2a9e-4b7d-4e21-9a35-0c8d2f17b3a4",
        case_number="310115001-20260302-T01-0007",
        content_hash="",
        procedure_version="2026.1",
        branch=BRANCH,
        training=training,
        current_step=Step.CONTRACT,
        printed_at=PRINTED_AT,
        customer=Customer(
            kind=CustomerKind.ENTERPRISE_LEGAL_PERSON,
            name="上海示例国际贸易有限公司",
            credit_code="91310115MA1K4Y7Q2L",
            address="上海市浦东新区张江路 88 号 3 幢 501 室",
            phone="021-6888 0001",
            legal_representative=Person(name="王建国", id_number="310101198003150019", phone="13800138000"),
            agent=Person(name="李晓梅", id_number="31010419900721002X", phone="13912345678"),
        ),
        account=Account(
            type=AccountType.BASIC,
            number="3101 1500 0100 2345 678",
            currency="人民币 CNY",
            regime=Regime.FILING,
            opened_on=date(2026, 3, 2),
            activated_at=datetime(2026, 3, 2, 15, 45),
            filing_deadline=date(2026, 3, 2),
            copies_by=date(2026, 3, 4),
            services=(
                ServiceFee("企业网上银行", Decimal("0"), "元", "首年免费"),
                ServiceFee("账户管理费", Decimal("100.00"), "元/年"),
                ServiceFee("回单柜", None, "", "按需开通"),
            ),
            limits=(
                Limit("单笔对外转账", Decimal("5000000"), "每笔"),
                Limit("单日对外转账", Decimal("20000000"), "每日"),
                Limit("现金支取", Decimal("50000"), "每日"),
            ),
        ),
        identity_checks=(
            IdentityCheck(
                "法定代表人",
                "王建国",
                "310101198003150019",
                CheckResult.MATCH,
                "NCIIC20260302-000417",
                True,
                datetime(2026, 3, 2, 9, 20),
                "柜员据核查终端录入",
                "张柜员",
            ),
            IdentityCheck(
                "经办人",
                "李晓梅",
                "31010419900721002X",
                CheckResult.MATCH,
                "GA-3101-88412",
                False,
                datetime(2026, 3, 2, 9, 22),
                "核查服务",
                "张柜员",
                "http:https://idcheck.bank.example/v1/verify",
            ),
        ),
        checklist=(
            ChecklistRow(
                "营业执照（正本）",
                True,
                DocumentDecision.VERIFIED,
                None,
                "",
                "张柜员",
                datetime(2026, 3, 2, 9, 40),
                True,
            ),
            ChecklistRow(
                "法定代表人身份证件",
                True,
                DocumentDecision.VERIFIED,
                None,
                "",
                "张柜员",
                datetime(2026, 3, 2, 9, 42),
                True,
            ),
            ChecklistRow(
                "授权委托书",
                True,
                DocumentDecision.VERIFIED,
                None,
                "",
                "张柜员",
                datetime(2026, 3, 2, 9, 44),
                True,
            ),
            ChecklistRow(
                "经办人身份证件",
                True,
                DocumentDecision.NEEDS_REVISION,
                DocumentReason.EXPIRED,
                "有效期至 2026-02-28",
                "张柜员",
                datetime(2026, 3, 2, 9, 46),
                True,
            ),
            ChecklistRow("公司章程", False, DocumentDecision.RECEIVED, None, "", "", None, False),
        ),
        risk=RiskAssessment(
            factors=(
                RiskFactor("客户类型", "企业法人", Decimal("0.20"), Decimal("8"), "一般企业，股权结构清晰"),
                RiskFactor("地域", "上海", Decimal("0.20"), Decimal("4"), "非高风险地区"),
                RiskFactor(
                    "行业", "批发和零售业（进出口）", Decimal("0.30"), Decimal("18"), "跨境贸易，资金往来频繁"
                ),
                RiskFactor(
                    "产品与渠道", "基本存款账户 + 网上银行", Decimal("0.30"), Decimal("12"), "开通非柜面渠道"
                ),
            ),
            score=Decimal("42"),
            level=RiskLevel.MEDIUM,
            next_review_on=date(2028, 3, 2),
            enhanced_due_diligence=False,
            edd_note="",
            assessed_by="张柜员",
            assessed_at=datetime(2026, 3, 2, 10, 5),
            approver="刘主管",
            approver_role="主管",
        ),
        approval=Approval(
            maker="张柜员",
            checker="刘主管",
            decided_at=datetime(2026, 3, 2, 15, 30),
            decision="批准",
            checker_role="主管",
            reason="资料齐全，同意开户",
        ),
        seals=(
            SealEntry("单位公章", "上海示例国际贸易有限公司"),
            SealEntry("财务专用章", "上海示例国际贸易有限公司"),
            SealEntry("法定代表人名章", "王建国", "与财务专用章组合使用"),
        ),
        owners=(
            Owner(
                "王建国",
                "310101198003150019",
                Decimal("60"),
                "直接持股",
                sex="男",
                birth_date="1980-03-15",
                nationality="中国（CN）",
                id_document="居民身份证 310101198003150019，有效期限 2018-03-15 至 2038-03-15",
                relationship="2020-05-01 形成，存续至今",
                contact="13800138000",
                address="上海市浦东新区张江路 88 号",
            ),
            Owner(
                "陈美华",
                "310104197506080027",
                Decimal("30"),
                "直接持股、实际控制",
                sex="女",
                birth_date="1975-06-08",
                nationality="中国（CN）",
                id_document="居民身份证 310104197506080027，有效期限 2016-06-08 至 长期",
                relationship="2020-05-01 形成，存续至今",
                contact="021-68880001",
                address="上海市徐汇区漕溪北路 18 号",
                control_means="一致行动协议",
            ),
        ),
    )
    return _hashed(sheet)


def sample_individual_sheet(training: bool = False) -> CaseSheet:
    """A person opening a 个人Ⅱ类户 at the counter, 低 risk."""
    sheet = CaseSheet(
        case_id="0b7e5d13-92c4-4f8a-8e61-5a3c9d2e4f70",
        case_number="310115001-20260302-T01-0008",
        content_hash="",
        procedure_version="2026.1",
        branch=BRANCH,
        training=training,
        current_step=Step.ACCOUNT_SETUP,
        printed_at=PRINTED_AT,
        customer=Customer(
            kind=CustomerKind.INDIVIDUAL,
            name="赵小红",
            id_number="110105199205120048",
            address="北京市朝阳区建国路 9 号院 2 号楼 1203",
            phone="13612345678",
        ),
        account=Account(
            type=AccountType.PERSONAL_II,
            number="6217 0012 3456 7890",
            currency="人民币 CNY",
            regime=Regime.FILING,
            opened_on=date(2026, 3, 2),
            activated_at=datetime(2026, 3, 2, 11, 0),
            services=(
                ServiceFee("手机银行", Decimal("0"), "元"),
                ServiceFee("短信通知", Decimal("2.00"), "元/月"),
            ),
            limits=(
                Limit("非绑定账户转出", Decimal("10000"), "每日"),
                Limit("非绑定账户转出", Decimal("200000"), "每年"),
            ),
        ),
        identity_checks=(
            IdentityCheck(
                "客户本人",
                "赵小红",
                "110105199205120048",
                CheckResult.MATCH,
                "NCIIC20260302-000533",
                True,
                datetime(2026, 3, 2, 10, 38),
                "柜员据核查终端录入",
                "张柜员",
            ),
        ),
        checklist=(
            ChecklistRow(
                "居民身份证",
                True,
                DocumentDecision.VERIFIED,
                None,
                "",
                "张柜员",
                datetime(2026, 3, 2, 10, 40),
                True,
            ),
            ChecklistRow(
                "绑定的Ⅰ类户或信用卡",
                True,
                DocumentDecision.VERIFIED,
                None,
                "",
                "张柜员",
                datetime(2026, 3, 2, 10, 41),
                True,
            ),
        ),
        risk=RiskAssessment(
            factors=(
                RiskFactor("客户身份", "境内自然人", Decimal("0.40"), Decimal("4"), "本人到柜办理"),
                RiskFactor("职业", "教师", Decimal("0.30"), Decimal("3"), "收入来源稳定"),
                RiskFactor("产品与渠道", "Ⅱ类户", Decimal("0.30"), Decimal("3"), "限额账户"),
            ),
            score=Decimal("10"),
            level=RiskLevel.LOW,
            next_review_on=date(2029, 3, 2),
            assessed_by="张柜员",
            assessed_at=datetime(2026, 3, 2, 10, 45),
            approver="刘主管",
            approver_role="主管",
        ),
        approval=Approval(maker="张柜员", checker="刘主管", decided_at=datetime(2026, 3, 2, 10, 55)),
    )
    return _hashed(sheet)
