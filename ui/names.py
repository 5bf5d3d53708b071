"""Translated names of the core's vocabulary: roles, steps, account types, risk levels, alerts, fields, seals.

The operation record's actions and detail keys are named in ui/audit/record_names.py."""

from __future__ import annotations

import logging

from ui.i18n import QT_TRANSLATE_NOOP, tr

ROLES = {
    "teller": QT_TRANSLATE_NOOP("Names", "Teller"),
    "supervisor": QT_TRANSLATE_NOOP("Names", "Supervisor"),
    "risk_officer": QT_TRANSLATE_NOOP("Names", "Risk officer"),
    "branch_manager": QT_TRANSLATE_NOOP("Names", "Branch manager"),
    "reviewer": QT_TRANSLATE_NOOP("Names", "Post-reviewer"),
    "auditor": QT_TRANSLATE_NOOP("Names", "Auditor"),
    "administrator": QT_TRANSLATE_NOOP("Names", "Administrator"),
}

STEPS = {
    "intake": QT_TRANSLATE_NOOP("Names", "Customer intake"),
    "identity": QT_TRANSLATE_NOOP("Names", "Identity check"),
    "documents": QT_TRANSLATE_NOOP("Names", "Document review"),
    "beneficial_owners": QT_TRANSLATE_NOOP("Names", "Beneficial owners"),
    "risk": QT_TRANSLATE_NOOP("Names", "Risk rating and limits"),
    "intent": QT_TRANSLATE_NOOP("Names", "Intent confirmation"),
    "contract": QT_TRANSLATE_NOOP("Names", "Contract signing"),
    "approval": QT_TRANSLATE_NOOP("Names", "Approval"),
    "account_setup": QT_TRANSLATE_NOOP("Names", "Account setup and activation"),
    "post_review": QT_TRANSLATE_NOOP("Names", "Post-review"),
}

CUSTOMER_KINDS = {
    "enterprise_legal_person": QT_TRANSLATE_NOOP("Names", "Enterprise legal person"),
    "non_legal_person_enterprise": QT_TRANSLATE_NOOP("Names", "Non-legal-person enterprise"),
    "individual_business": QT_TRANSLATE_NOOP("Names", "Individual business"),
    "public_institution": QT_TRANSLATE_NOOP("Names", "Government body or public institution"),
    "other_organisation": QT_TRANSLATE_NOOP("Names", "Other organisation"),
    "religious_venue": QT_TRANSLATE_NOOP("Names", "Religious venue"),
    "self_governing_community": QT_TRANSLATE_NOOP("Names", "Residents' or villagers' committee"),
    "rural_collective": QT_TRANSLATE_NOOP("Names", "Rural collective economic organisation"),
    "foreign_institution": QT_TRANSLATE_NOOP("Names", "Foreign institution"),
    "individual": QT_TRANSLATE_NOOP("Names", "Individual"),
}

ACCOUNT_TYPES = {
    "basic": QT_TRANSLATE_NOOP("Names", "Basic deposit account"),
    "general": QT_TRANSLATE_NOOP("Names", "General deposit account"),
    "special": QT_TRANSLATE_NOOP("Names", "Special deposit account"),
    "temporary": QT_TRANSLATE_NOOP("Names", "Temporary deposit account"),
    "personal_i": QT_TRANSLATE_NOOP("Names", "Personal class I account"),
    "personal_ii": QT_TRANSLATE_NOOP("Names", "Personal class II account"),
    "personal_iii": QT_TRANSLATE_NOOP("Names", "Personal class III account"),
}

RISK_LEVELS = {
    "low": QT_TRANSLATE_NOOP("Names", "Low"),
    "medium": QT_TRANSLATE_NOOP("Names", "Medium"),
    "medium_high": QT_TRANSLATE_NOOP("Names", "Medium-high"),
    "high": QT_TRANSLATE_NOOP("Names", "High"),
}

CASE_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Names", "In progress"),
    "in_progress": QT_TRANSLATE_NOOP("Names", "In progress"),
    "returned": QT_TRANSLATE_NOOP("Names", "Returned for correction"),
    "awaiting_approval": QT_TRANSLATE_NOOP("Names", "Waiting for approval"),
    "approved": QT_TRANSLATE_NOOP("Names", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Names", "Rejected"),
    "cancelled": QT_TRANSLATE_NOOP("Names", "Cancelled"),
    "active": QT_TRANSLATE_NOOP("Names", "Account opened"),
    "completed": QT_TRANSLATE_NOOP("Names", "Completed"),
}

ALERTS = {
    "overdue_step": QT_TRANSLATE_NOOP("Names", "Step overdue"),
    "filing_deadline": QT_TRANSLATE_NOOP("Names", "Filing deadline"),
    "case_past_due": QT_TRANSLATE_NOOP("Names", "Case past its working-day limit"),
    "uniqueness_clash": QT_TRANSLATE_NOOP("Names", "Second basic or type I account found at sync"),
    "duplicate_identifier": QT_TRANSLATE_NOOP("Names", "Same identifier on several open cases"),
    "expired_identity": QT_TRANSLATE_NOOP("Names", "Identity document expired"),
    "expiring_identity": QT_TRANSLATE_NOOP("Names", "Identity document expires soon"),
    "high_risk": QT_TRANSLATE_NOOP("Names", "High-risk customer"),
    "approval_expiring": QT_TRANSLATE_NOOP("Names", "Approval request about to expire"),
}


IDENTIFIERS = {
    "resident_id": QT_TRANSLATE_NOOP("Names", "resident ID number"),
    "uscc": QT_TRANSLATE_NOOP("Names", "unified social credit code"),
    "passport": QT_TRANSLATE_NOOP("Names", "passport number"),
    "mobile": QT_TRANSLATE_NOOP("Names", "mobile number"),
    "card_number": QT_TRANSLATE_NOOP("Names", "card number"),
    "basic_account_licence_number": QT_TRANSLATE_NOOP("Names", "basic account number"),
}

DOCUMENT_DECISIONS = {
    "pending": QT_TRANSLATE_NOOP("Names", "Not yet received"),
    "received": QT_TRANSLATE_NOOP("Names", "Received"),
    "verified": QT_TRANSLATE_NOOP("Names", "Verified"),
    "needs_revision": QT_TRANSLATE_NOOP("Names", "Needs revision"),
    "rejected": QT_TRANSLATE_NOOP("Names", "Rejected"),
}

DOCUMENT_REASONS = {
    "expired": QT_TRANSLATE_NOOP("Names", "Expired"),
    "missing_page": QT_TRANSLATE_NOOP("Names", "Missing page"),
    "name_mismatch": QT_TRANSLATE_NOOP("Names", "Name does not match"),
    "altered": QT_TRANSLATE_NOOP("Names", "Altered"),
    "illegible": QT_TRANSLATE_NOOP("Names", "Illegible"),
    "not_original": QT_TRANSLATE_NOOP("Names", "Not the original"),
    "seal_missing": QT_TRANSLATE_NOOP("Names", "Seal missing"),
    "wrong_document": QT_TRANSLATE_NOOP("Names", "Wrong document"),
    "other": QT_TRANSLATE_NOOP("Names", "Other"),
}


# 专用存款账户 categories (teller_app.domain.accounts.SpecialCategory), shown in the teller's language.
SPECIAL_CATEGORIES = {
    "construction_funds": QT_TRANSLATE_NOOP("Names", "Capital construction funds"),
    "renovation_funds": QT_TRANSLATE_NOOP("Names", "Renewal and renovation funds"),
    "extra_budgetary_funds": QT_TRANSLATE_NOOP("Names", "Extra-budgetary fiscal funds"),
    "grain_purchase_funds": QT_TRANSLATE_NOOP("Names", "Grain, cotton and oil purchase funds"),
    "securities_settlement": QT_TRANSLATE_NOOP("Names", "Securities settlement funds"),
    "futures_margin": QT_TRANSLATE_NOOP("Names", "Futures margin"),
    "trust_funds": QT_TRANSLATE_NOOP("Names", "Trust funds"),
    "housing_fund": QT_TRANSLATE_NOOP("Names", "Housing fund"),
    "social_security_fund": QT_TRANSLATE_NOOP("Names", "Social security fund"),
    "party_union_funds": QT_TRANSLATE_NOOP("Names", "Party, youth league and trade union dues"),
    "financial_institution_subscription": QT_TRANSLATE_NOOP(
        "Names", "Interbank deposits of financial institutions"
    ),
    "policy_real_estate_funds": QT_TRANSLATE_NOOP("Names", "Policy real-estate development funds"),
    "bank_card_reserve": QT_TRANSLATE_NOOP("Names", "Reserve funds of company bank cards"),
    "revenue_collection": QT_TRANSLATE_NOOP("Names", "Revenue collection funds"),
    "business_expenditure": QT_TRANSLATE_NOOP("Names", "Business expenditure funds"),
    "other": QT_TRANSLATE_NOOP("Names", "Other funds under special management"),
}

FIELDS = {
    "customer_name": QT_TRANSLATE_NOOP("Names", "Customer name"),
    "credit_code": QT_TRANSLATE_NOOP("Names", "Unified social credit code"),
    "id_number": QT_TRANSLATE_NOOP("Names", "ID number"),
    "legal_representative.name": QT_TRANSLATE_NOOP("Names", "Legal representative's name"),
    "legal_representative.id_number": QT_TRANSLATE_NOOP("Names", "Legal representative's ID number"),
    "agent.name": QT_TRANSLATE_NOOP("Names", "Agent's name"),
    "agent.id_number": QT_TRANSLATE_NOOP("Names", "Agent's ID number"),
    "id_expiry": QT_TRANSLATE_NOOP("Names", "ID valid until"),
    "legal_representative.id_expiry": QT_TRANSLATE_NOOP("Names", "Legal representative's ID valid until"),
    "agent.id_expiry": QT_TRANSLATE_NOOP("Names", "Agent's ID valid until"),
    "basic_account_number": QT_TRANSLATE_NOOP("Names", "Basic account number"),
    "basic_account_branch": QT_TRANSLATE_NOOP("Names", "Branch of the basic account"),
    "temporary_until": QT_TRANSLATE_NOOP("Names", "Expiry date"),
    "special_category": QT_TRANSLATE_NOOP("Names", "Category of the funds"),
    "method": QT_TRANSLATE_NOOP("Names", "How the intent was confirmed"),
    "confirmed_with": QT_TRANSLATE_NOOP("Names", "Confirmed with"),
    "recording_reference": QT_TRANSLATE_NOOP("Names", "Reference of the video recording"),
    "registered_capital": QT_TRANSLATE_NOOP("Names", "Registered capital"),
    "birth_date": QT_TRANSLATE_NOOP("Names", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("Names", "Sex"),
    "nationality": QT_TRANSLATE_NOOP("Names", "Nationality"),
    "contact": QT_TRANSLATE_NOOP("Names", "Contact number"),
    "id_type": QT_TRANSLATE_NOOP("Names", "ID type"),
    "id_valid_from": QT_TRANSLATE_NOOP("Names", "ID valid from"),
    "control_means": QT_TRANSLATE_NOOP("Names", "Means of control"),
    "equity": QT_TRANSLATE_NOOP("Names", "Equity share"),
    "profit": QT_TRANSLATE_NOOP("Names", "Profit rights"),
    "voting": QT_TRANSLATE_NOOP("Names", "Voting rights"),
    "reasons": QT_TRANSLATE_NOOP("Names", "Reason to be an owner"),
    "relationship_from": QT_TRANSLATE_NOOP("Names", "Owner since"),
    "relationship_until": QT_TRANSLATE_NOOP("Names", "Owner until"),
    "investors": QT_TRANSLATE_NOOP("Names", "Investors"),
    "temporary_purpose": QT_TRANSLATE_NOOP("Names", "Purpose of the temporary account"),
    "name": QT_TRANSLATE_NOOP("Names", "Name"),
    "address": QT_TRANSLATE_NOOP("Names", "Address"),
    "bank_name": QT_TRANSLATE_NOOP("Names", "Bank name"),
    "branch_name": QT_TRANSLATE_NOOP("Names", "Branch name"),
    "phone": QT_TRANSLATE_NOOP("Names", "Phone number"),
    "reference": QT_TRANSLATE_NOOP("Names", "Reference number"),
    "legal_representative.phone": QT_TRANSLATE_NOOP("Names", "Legal representative's phone number"),
    "agent.phone": QT_TRANSLATE_NOOP("Names", "Agent's phone number"),
    # named by the core's refusals of one entry (field=…), beside the step's own fields
    "nationalities": QT_TRANSLATE_NOOP("Names", "Nationalities of the people involved"),
    "years_in_business": QT_TRANSLATE_NOOP("Names", "Years in business"),
    "sla_extension": QT_TRANSLATE_NOOP("Names", "Extra working days for the case"),
    "confirmed_with_role": QT_TRANSLATE_NOOP("Names", "Whom the intent was confirmed with"),
    "channel": QT_TRANSLATE_NOOP("Names", "Channel"),
    "present": QT_TRANSLATE_NOOP("Names", "Who is present"),
    "decision": QT_TRANSLATE_NOOP("Names", "Decision"),
    "decision/reason": QT_TRANSLATE_NOOP("Names", "Decision or its reason"),
    "reason": QT_TRANSLATE_NOOP("Names", "Reason"),
    "note": QT_TRANSLATE_NOOP("Names", "Note"),
    "kind": QT_TRANSLATE_NOOP("Names", "Kind"),
    "level": QT_TRANSLATE_NOOP("Names", "Level"),
    "limit": QT_TRANSLATE_NOOP("Names", "Number of rows"),
    "offset": QT_TRANSLATE_NOOP("Names", "First row"),
    "services": QT_TRANSLATE_NOOP("Names", "Services of the account"),
    "account": QT_TRANSLATE_NOOP("Names", "Account details"),
    "item_code": QT_TRANSLATE_NOOP("Names", "Document item"),
    "to": QT_TRANSLATE_NOOP("Names", "Hand over to"),
    "risk_level": QT_TRANSLATE_NOOP("Names", "Risk level"),
}

ACTIONS = {  # one per teller_app.domain.permissions.Action: a refusal names what the role may not do
    "open_case": QT_TRANSLATE_NOOP("Names", "open a case"),
    "view_case": QT_TRANSLATE_NOOP("Names", "view a case"),
    "edit_case": QT_TRANSLATE_NOOP("Names", "change a case"),
    "record_document": QT_TRANSLATE_NOOP("Names", "record the review of a document"),
    "record_owners": QT_TRANSLATE_NOOP("Names", "record the beneficial owners"),
    "rate_risk": QT_TRANSLATE_NOOP("Names", "rate the risk"),
    "confirm_intent": QT_TRANSLATE_NOOP("Names", "confirm the customer's intent"),
    "sign_contract": QT_TRANSLATE_NOOP("Names", "record the signing of the contract"),
    "request_approval": QT_TRANSLATE_NOOP("Names", "send a case for approval"),
    "resubmit": QT_TRANSLATE_NOOP("Names", "resubmit a returned case"),
    "cancel_case": QT_TRANSLATE_NOOP("Names", "cancel a case"),
    "set_up_account": QT_TRANSLATE_NOOP("Names", "set up an account"),
    "activate_account": QT_TRANSLATE_NOOP("Names", "activate an account"),
    "import_applications": QT_TRANSLATE_NOOP("Names", "import online pre-applications"),
    "print_document": QT_TRANSLATE_NOOP("Names", "print documents"),
    "approve": QT_TRANSLATE_NOOP("Names", "approve a case"),
    "return_for_correction": QT_TRANSLATE_NOOP("Names", "return a case for correction"),
    "reject": QT_TRANSLATE_NOOP("Names", "reject a case"),
    "post_review": QT_TRANSLATE_NOOP("Names", "post-review cases"),
    "answer_rectification": QT_TRANSLATE_NOOP("Names", "answer a rectification request"),
    "record_satisfaction": QT_TRANSLATE_NOOP("Names", "record the customer's satisfaction"),
    "view_dashboard": QT_TRANSLATE_NOOP("Names", "view the branch dashboard"),
    "view_reports": QT_TRANSLATE_NOOP("Names", "view the evaluation reports"),
    "view_audit": QT_TRANSLATE_NOOP("Names", "view the operation record"),
    "verify_audit": QT_TRANSLATE_NOOP("Names", "verify the operation record"),
    "view_branch_cases": QT_TRANSLATE_NOOP("Names", "view the branch's cases"),
    "hand_over_case": QT_TRANSLATE_NOOP("Names", "hand a case over to another teller"),
    "cancel_any_case": QT_TRANSLATE_NOOP("Names", "cancel another teller's case"),
    "resolve_conflict": QT_TRANSLATE_NOOP("Names", "resolve a sync conflict"),
    "override_lock": QT_TRANSLATE_NOOP("Names", "unlock another user's screen"),
    "view_suggestions": QT_TRANSLATE_NOOP("Names", "read the improvement suggestions"),
    "answer_suggestion": QT_TRANSLATE_NOOP("Names", "answer an improvement suggestion"),
    "send_suggestion": QT_TRANSLATE_NOOP("Names", "send an improvement suggestion"),
    "report_incident": QT_TRANSLATE_NOOP("Names", "report an incident"),
    "handle_incident": QT_TRANSLATE_NOOP("Names", "handle an incident"),
    "manage_users": QT_TRANSLATE_NOOP("Names", "manage users"),
    "manage_settings": QT_TRANSLATE_NOOP("Names", "change settings"),
    "settings": QT_TRANSLATE_NOOP("Names", "change settings"),
    "manage_keys": QT_TRANSLATE_NOOP("Names", "manage the encryption keys"),
    "back_up_and_restore": QT_TRANSLATE_NOOP("Names", "back up or restore the store"),
    "run_sync": QT_TRANSLATE_NOOP("Names", "sync with the central database"),
    "start_of_day_check": QT_TRANSLATE_NOOP("Names", "run the start-of-day check"),
}

PEOPLE = {
    "legal_representative": QT_TRANSLATE_NOOP("Names", "the legal representative"),
    "agent": QT_TRANSLATE_NOOP("Names", "the agent"),
    "customer": QT_TRANSLATE_NOOP("Names", "the customer"),
}


def _label(table: dict[str, str], value: str) -> str:
    source = table.get(value)
    return tr("Names", source) if source is not None else value


def role_label(value: str) -> str:
    return _label(ROLES, value)


def step_label(value: str) -> str:
    return _label(STEPS, value)


def customer_kind_label(value: str) -> str:
    return _label(CUSTOMER_KINDS, value)


def account_type_label(value: str) -> str:
    return _label(ACCOUNT_TYPES, value)


def risk_level_label(value: str) -> str:
    return _label(RISK_LEVELS, value)


def case_status_label(value: str) -> str:
    return _label(CASE_STATUSES, value)


def code_name(item: object) -> str:
    """A code list's entry (reference_data.CodeName: GB/T 4754, ISO 3166 …) as the pickers show it: the
    code, the English name with the Chinese one after it in the English UI, the Chinese name alone in Chinese."""
    from PySide6.QtCore import QLocale

    code, name_zh, name_en = (str(getattr(item, a, "") or "") for a in ("code", "name_zh", "name_en"))
    english = QLocale().language() != QLocale.Language.Chinese
    return f"{code} {name_en}（{name_zh}）" if english and name_en else f"{code} {name_zh}"


def field_label(value: str) -> str:
    return _label(FIELDS, value)


def alert_label(value: str) -> str:
    """An alert's kind in words; a kind with no words here (one new in the core) gets general words in the
    reader's language, never its code, and the log names the kind."""
    source = ALERTS.get(value)
    if source is None:
        logging.getLogger("teller.ui.names").warning("alert kind %s has no words on the screen", value)
        return tr("Names", "Other alert")
    return tr("Names", source)


# The documents a case prints (teller_app.documents.required.DOCUMENTS), named alike in the print menu, its
# preview and the operation record.
PRINTED_DOCUMENTS = {
    "agreement": QT_TRANSLATE_NOOP("Names", "Account agreement"),
    "checklist": QT_TRANSLATE_NOOP("Names", "Document checklist"),
    "risk": QT_TRANSLATE_NOOP("Names", "AML risk assessment"),
    "confirmation": QT_TRANSLATE_NOOP("Names", "Account opening confirmation"),
    "flowchart": QT_TRANSLATE_NOOP("Names", "Process flowchart"),
    "correction": QT_TRANSLATE_NOOP("Names", "Notice of documents to bring back (补正通知)"),
}


def document_label(value: str) -> str:
    return _label(PRINTED_DOCUMENTS, value)


def money(value: object) -> str:
    """An amount in yuan with thousands separators in the language in use (exact text from the core)."""
    from PySide6.QtCore import QLocale

    text = str(value)
    whole, _, cents = text.partition(".")
    if not whole.lstrip("-").isdigit():
        return text
    shown = QLocale().toString(int(whole))
    return f"{shown}.{cents}" if cents else shown


def decision_label(value: str) -> str:
    return _label(DOCUMENT_DECISIONS, value)


def reason_label(value: str) -> str:
    return _label(DOCUMENT_REASONS, value)


SEAL_KINDS = {  # teller_app.domain.seals.SealKind; the agreement prints the Chinese names whatever this says
    "company_seal": QT_TRANSLATE_NOOP("Names", "Company seal (单位公章)"),
    "financial_seal": QT_TRANSLATE_NOOP("Names", "Financial seal (财务专用章)"),
    "legal_representative_seal": QT_TRANSLATE_NOOP(
        "Names", "Legal representative's name seal (法定代表人名章)"
    ),
    "legal_representative_signature": QT_TRANSLATE_NOOP(
        "Names", "Legal representative's signature (法定代表人签字)"
    ),
    "agent_seal": QT_TRANSLATE_NOOP("Names", "Agent's name seal (授权代理人名章)"),
    "agent_signature": QT_TRANSLATE_NOOP("Names", "Agent's signature (授权代理人签字)"),
    "depositor_signature": QT_TRANSLATE_NOOP("Names", "Depositor's signature (存款人签字)"),
}


def seal_kind_label(value: str) -> str:
    """A seal kind in the screen's language; an older record's Chinese name is read as its code."""
    from teller_app.domain.errors import TellerError
    from teller_app.domain.seals import seal_kind

    try:
        return _label(SEAL_KINDS, seal_kind(value).value)
    except TellerError:
        return value


def person_label(name: str, login: str) -> str:
    """A person as every screen shows them: their display name with their login name, 王芳（teller1）in
    Chinese, Wang Fang (teller1) in English; the login name alone when the display name is missing or the same."""
    if name and login and name != login:
        return tr("Names", "{name} ({login})", name=name, login=login)
    return login or name
