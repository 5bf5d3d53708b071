"""Translated names of the core's vocabulary: roles, steps, account types, risk levels, alerts, record details."""

from __future__ import annotations

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
}

ACTIONS = {
    "open_case": QT_TRANSLATE_NOOP("Names", "open a case"),
    "edit_case": QT_TRANSLATE_NOOP("Names", "change a case"),
    "approve": QT_TRANSLATE_NOOP("Names", "approve a case"),
    "return_for_correction": QT_TRANSLATE_NOOP("Names", "return a case for correction"),
    "reject": QT_TRANSLATE_NOOP("Names", "reject a case"),
    "set_up_account": QT_TRANSLATE_NOOP("Names", "set up an account"),
    "activate_account": QT_TRANSLATE_NOOP("Names", "activate an account"),
    "print_document": QT_TRANSLATE_NOOP("Names", "print documents"),
    "view_audit": QT_TRANSLATE_NOOP("Names", "view the operation record"),
    "manage_settings": QT_TRANSLATE_NOOP("Names", "change settings"),
    "settings": QT_TRANSLATE_NOOP("Names", "change settings"),
    "override_lock": QT_TRANSLATE_NOOP("Names", "unlock another user's screen"),
}

AUDIT_ACTIONS = {
    "case.open": QT_TRANSLATE_NOOP("Names", "Opened the case"),
    "case.save_step": QT_TRANSLATE_NOOP("Names", "Saved a step"),
    "case.advance": QT_TRANSLATE_NOOP("Names", "Went to the next step"),
    "case.go_back": QT_TRANSLATE_NOOP("Names", "Went back a step"),
    "case.skip_step": QT_TRANSLATE_NOOP("Names", "Skipped an optional step"),
    "case.cancel": QT_TRANSLATE_NOOP("Names", "Cancelled the case"),
    "draft.keep": QT_TRANSLATE_NOOP("Names", "Kept unsaved entries as a draft"),
    "document.record": QT_TRANSLATE_NOOP("Names", "Recorded a document decision"),
    "document.scan": QT_TRANSLATE_NOOP("Names", "Attached a scan"),
    "document.print": QT_TRANSLATE_NOOP("Names", "Printed a document"),
    "risk.rate": QT_TRANSLATE_NOOP("Names", "Rated the risk"),
    "identity.online_check": QT_TRANSLATE_NOOP("Names", "Recorded an online ID check"),
    "risk.voided": QT_TRANSLATE_NOOP("Names", "Risk rating voided: identity, owners or business changed"),
    "approval.request": QT_TRANSLATE_NOOP("Names", "Requested approval"),
    "approval.resubmit": QT_TRANSLATE_NOOP("Names", "Resubmitted for approval"),
    "approval.approve": QT_TRANSLATE_NOOP("Names", "Approved"),
    "approval.return": QT_TRANSLATE_NOOP("Names", "Returned for correction"),
    "approval.reject": QT_TRANSLATE_NOOP("Names", "Rejected"),
    "approval.dual_sign_in": QT_TRANSLATE_NOOP("Names", "Supervisor signed in to decide"),
    "approval.void": QT_TRANSLATE_NOOP("Names", "Approval voided: the case changed"),
    "account.set_up": QT_TRANSLATE_NOOP("Names", "Set up the account"),
    "account.activate": QT_TRANSLATE_NOOP("Names", "Activated the account"),
    "account.indexed_bank_wide": QT_TRANSLATE_NOOP(
        "Names", "Account indexed for the bank-wide one-account check"
    ),
    "account.uniqueness_confirmed": QT_TRANSLATE_NOOP("Names", "No second account found bank-wide"),
    "account.uniqueness_clash": QT_TRANSLATE_NOOP("Names", "Second basic or type I account found"),
    "account.uniqueness_cleared": QT_TRANSLATE_NOOP("Names", "One-account clash cleared by a supervisor"),
    "sign_in": QT_TRANSLATE_NOOP("Names", "Signed in"),
    "sign_in.failed": QT_TRANSLATE_NOOP("Names", "Sign-in failed"),
    "sign_in.locked_out": QT_TRANSLATE_NOOP("Names", "Locked out after failed sign-ins"),
    "sign_in.refused": QT_TRANSLATE_NOOP("Names", "Sign-in refused"),
    "sign_in.confirm": QT_TRANSLATE_NOOP("Names", "Confirmed with a one-time code"),
    "session.locked": QT_TRANSLATE_NOOP("Names", "Screen locked"),
    "session.unlocked": QT_TRANSLATE_NOOP("Names", "Screen unlocked"),
    "session.override_unlock": QT_TRANSLATE_NOOP("Names", "Screen unlocked by a supervisor"),
    "session.signed_out": QT_TRANSLATE_NOOP("Names", "Signed out"),
    "user.created": QT_TRANSLATE_NOOP("Names", "User created"),
    "user.password_changed": QT_TRANSLATE_NOOP("Names", "Password changed"),
    "user.password_reset": QT_TRANSLATE_NOOP("Names", "Password reset"),
    "user.locked": QT_TRANSLATE_NOOP("Names", "User locked"),
    "user.unlocked": QT_TRANSLATE_NOOP("Names", "User unlocked"),
    "user.disabled": QT_TRANSLATE_NOOP("Names", "User disabled"),
    "user.enabled": QT_TRANSLATE_NOOP("Names", "User enabled"),
    "user.certified": QT_TRANSLATE_NOOP("Names", "Certification recorded"),
    "user.role_changed": QT_TRANSLATE_NOOP("Names", "Role changed"),
    "user.second_factor_enrolled": QT_TRANSLATE_NOOP("Names", "One-time-code authenticator set up"),
    "user.left_branch": QT_TRANSLATE_NOOP(
        "Names", "User removed from this terminal: a user of another branch"
    ),
    "audit.viewed": QT_TRANSLATE_NOOP("Names", "Viewed the operation record"),
    "audit.verified": QT_TRANSLATE_NOOP("Names", "Verified the record chain"),
    "terminal.init": QT_TRANSLATE_NOOP("Names", "Terminal set up"),
    "keys.rotate_kek": QT_TRANSLATE_NOOP("Names", "Key-encryption key rotated"),
    "keys.rotate_data": QT_TRANSLATE_NOOP("Names", "Data key rotated"),
    "keys.recovered": QT_TRANSLATE_NOOP("Names", "Keys recovered"),
    "keys.adopted": QT_TRANSLATE_NOOP("Names", "Branch data keys taken over from a sibling terminal"),
    "keys.uniqueness_key_adopted": QT_TRANSLATE_NOOP("Names", "Bank-wide uniqueness key taken"),
    "procedure.adopted": QT_TRANSLATE_NOOP("Names", "Published procedure verified and adopted"),
    "procedure.refused": QT_TRANSLATE_NOOP("Names", "Published procedure refused (signature)"),
    "procedure.key_provisioned": QT_TRANSLATE_NOOP("Names", "Procedure publisher key provisioned"),
    "training.mode_entered": QT_TRANSLATE_NOOP("Names", "Training mode entered"),
    "training.mode_left": QT_TRANSLATE_NOOP("Names", "Training mode left"),
    "training.scored": QT_TRANSLATE_NOOP("Names", "Training scenario scored"),
    "training.assessed": QT_TRANSLATE_NOOP("Names", "Training assessment taken"),
    "store.restored": QT_TRANSLATE_NOOP("Names", "Store restored from a backup"),
    "terminal.replaced": QT_TRANSLATE_NOOP("Names", "Terminal replaced by a new PC"),
    "start_of_day.checked": QT_TRANSLATE_NOOP("Names", "Start-of-day checks run"),
    "feedback.satisfaction": QT_TRANSLATE_NOOP("Names", "Customer satisfaction recorded"),
    "feedback.suggestion_sent": QT_TRANSLATE_NOOP("Names", "Improvement suggestion sent"),
    "feedback.suggestion_answered": QT_TRANSLATE_NOOP("Names", "Improvement suggestion answered"),
    "feedback.suggestion_closed": QT_TRANSLATE_NOOP("Names", "Improvement suggestion closed"),
    "incident.reported": QT_TRANSLATE_NOOP("Names", "Incident reported"),
    "post_review.sampled": QT_TRANSLATE_NOOP("Names", "Sampled for post-review"),
    "post_review.opened": QT_TRANSLATE_NOOP("Names", "Post-review started"),
    "post_review.finding": QT_TRANSLATE_NOOP("Names", "Post-review finding recorded"),
    "post_review.rectification_requested": QT_TRANSLATE_NOOP("Names", "Rectification requested"),
    "post_review.rectification_answered": QT_TRANSLATE_NOOP("Names", "Rectification answered"),
    "post_review.closed": QT_TRANSLATE_NOOP("Names", "Post-review closed"),
}

# The keys the core writes into an operation record's details, in the order they are shown.
AUDIT_DETAILS = {
    "steps": QT_TRANSLATE_NOOP("Names", "Steps"),
    "purpose": QT_TRANSLATE_NOOP("Names", "Purpose"),
    "item": QT_TRANSLATE_NOOP("Names", "Document"),
    "decision": QT_TRANSLATE_NOOP("Names", "Decision"),
    "reason": QT_TRANSLATE_NOOP("Names", "Reason"),
    "code": QT_TRANSLATE_NOOP("Names", "Refusal code"),
    "username": QT_TRANSLATE_NOOP("Names", "User name"),
    "kind": QT_TRANSLATE_NOOP("Names", "Customer kind"),
    "account_type": QT_TRANSLATE_NOOP("Names", "Account type"),
    "channel": QT_TRANSLATE_NOOP("Names", "Channel"),
    "step": QT_TRANSLATE_NOOP("Names", "Step"),
    "from": QT_TRANSLATE_NOOP("Names", "From step"),
    "complete": QT_TRANSLATE_NOOP("Names", "Step complete"),
    "problems": QT_TRANSLATE_NOOP("Names", "Problems found"),
    "media_type": QT_TRANSLATE_NOOP("Names", "File type"),
    "size": QT_TRANSLATE_NOOP("Names", "Size (bytes)"),
    "document": QT_TRANSLATE_NOOP("Names", "Form printed"),
    "bytes": QT_TRANSLATE_NOOP("Names", "Size (bytes)"),
    "content_hash": QT_TRANSLATE_NOOP("Names", "Case content hash"),
    "level": QT_TRANSLATE_NOOP("Names", "Risk level"),
    "score": QT_TRANSLATE_NOOP("Names", "Risk score"),
    "attempt": QT_TRANSLATE_NOOP("Names", "Requests so far"),
    "regime": QT_TRANSLATE_NOOP("Names", "Regulator"),
    "role": QT_TRANSLATE_NOOP("Names", "Role"),
    "checker": QT_TRANSLATE_NOOP("Names", "Checker's user ID"),
    "checker_role": QT_TRANSLATE_NOOP("Names", "Checker's role"),
    "signed_in_user": QT_TRANSLATE_NOOP("Names", "User ID signed in at the terminal"),
    "session_user": QT_TRANSLATE_NOOP("Names", "User ID of the locked screen"),
    "session": QT_TRANSLATE_NOOP("Names", "Session ID"),
    "case": QT_TRANSLATE_NOOP("Names", "Case number"),
    "via": QT_TRANSLATE_NOOP("Names", "Through"),
    "failures": QT_TRANSLATE_NOOP("Names", "Failed attempts in a row"),
    "locked_until": QT_TRANSLATE_NOOP("Names", "Locked until"),
    "certified_until": QT_TRANSLATE_NOOP("Names", "Certified until"),
    "must_change_password": QT_TRANSLATE_NOOP("Names", "Must change the password"),
    "user": QT_TRANSLATE_NOOP("Names", "User ID"),
    "branch": QT_TRANSLATE_NOOP("Names", "Branch"),
    "to_branch": QT_TRANSLATE_NOOP("Names", "Now at branch"),
    "terminal": QT_TRANSLATE_NOOP("Names", "Terminal"),
    "demo": QT_TRANSLATE_NOOP("Names", "Demo workspace"),
    "filters": QT_TRANSLATE_NOOP("Names", "Filters"),
    "case_id": QT_TRANSLATE_NOOP("Names", "Case number"),
    "user_id": QT_TRANSLATE_NOOP("Names", "User ID"),
    "action": QT_TRANSLATE_NOOP("Names", "Action"),
    "since": QT_TRANSLATE_NOOP("Names", "From"),
    "until": QT_TRANSLATE_NOOP("Names", "To"),
    "count": QT_TRANSLATE_NOOP("Names", "Events"),
    "first_broken_seq": QT_TRANSLATE_NOOP("Names", "First broken event"),
    "version": QT_TRANSLATE_NOOP("Names", "Key version"),
    "rows": QT_TRANSLATE_NOOP("Names", "Rows re-encrypted"),
    "backup": QT_TRANSLATE_NOOP("Names", "Backup file"),
    "conflict": QT_TRANSLATE_NOOP("Names", "Conflict ID"),
    "keep": QT_TRANSLATE_NOOP("Names", "Version kept"),
    "person": QT_TRANSLATE_NOOP("Names", "Person checked"),
    "result": QT_TRANSLATE_NOOP("Names", "Result"),
    "reference": QT_TRANSLATE_NOOP("Names", "Reference number"),
    "photo_compared": QT_TRANSLATE_NOOP("Names", "Photo compared"),
    "checked_at": QT_TRANSLATE_NOOP("Names", "Checked at"),
    "source": QT_TRANSLATE_NOOP("Names", "Recorded from"),
    "adapter": QT_TRANSLATE_NOOP("Names", "Verification adapter"),
    "claimed_user": QT_TRANSLATE_NOOP("Names", "User ID claimed"),
    "approval_number": QT_TRANSLATE_NOOP("Names", "Approval number"),
    "approved_on": QT_TRANSLATE_NOOP("Names", "Approved on"),
    "filing_reference": QT_TRANSLATE_NOOP("Names", "Filing reference"),
    "filed_on": QT_TRANSLATE_NOOP("Names", "Filed on"),
    "payments_from": QT_TRANSLATE_NOOP("Names", "Payments from"),
    "uniqueness": QT_TRANSLATE_NOOP("Names", "Uniqueness check"),
    "recheck": QT_TRANSLATE_NOOP("Names", "Checked again bank-wide"),
    "printer": QT_TRANSLATE_NOOP("Names", "Printer"),
    "pages": QT_TRANSLATE_NOOP("Names", "Pages"),
    "effective_from": QT_TRANSLATE_NOOP("Names", "In force from"),
    "key_id": QT_TRANSLATE_NOOP("Names", "Key fingerprint"),
    "active": QT_TRANSLATE_NOOP("Names", "Key versions in use"),
    "caught_up_with_central": QT_TRANSLATE_NOOP("Names", "Caught up with the central database"),
    "backup_seq": QT_TRANSLATE_NOOP("Names", "Last event in the backup"),
    "recorded_seq": QT_TRANSLATE_NOOP("Names", "Last event recorded beside the store"),
    "central_seq": QT_TRANSLATE_NOOP("Names", "Last event held centrally"),
    "rollback": QT_TRANSLATE_NOOP("Names", "Older copy accepted"),
    "events_taken_back": QT_TRANSLATE_NOOP("Names", "Events taken back from central"),
    "number_blocks_taken_back": QT_TRANSLATE_NOOP("Names", "Number blocks taken back from central"),
    "rows_taken_back": QT_TRANSLATE_NOOP("Names", "Records taken back from central"),
    "checks": QT_TRANSLATE_NOOP("Names", "Checks"),
    "failed": QT_TRANSLATE_NOOP("Names", "Checks failed"),
    "warnings": QT_TRANSLATE_NOOP("Names", "Warnings"),
    "skipped": QT_TRANSLATE_NOOP("Names", "Customer declined to answer"),
    "suggestion": QT_TRANSLATE_NOOP("Names", "Suggestion ID"),
    "screen": QT_TRANSLATE_NOOP("Names", "Screen"),
    "incident": QT_TRANSLATE_NOOP("Names", "Incident ID"),
    "drill": QT_TRANSLATE_NOOP("Names", "Drill"),
    "origin": QT_TRANSLATE_NOOP("Names", "Reported from"),
    "review": QT_TRANSLATE_NOOP("Names", "Review ID"),
    "reasons": QT_TRANSLATE_NOOP("Names", "Sampled because"),
    "category": QT_TRANSLATE_NOOP("Names", "Finding"),
    "severity": QT_TRANSLATE_NOOP("Names", "Severity"),
    "findings": QT_TRANSLATE_NOOP("Names", "Findings"),
    "round": QT_TRANSLATE_NOOP("Names", "Round"),
    "rounds": QT_TRANSLATE_NOOP("Names", "Rounds"),
    "teller": QT_TRANSLATE_NOOP("Names", "Teller's user ID"),
    "scenario": QT_TRANSLATE_NOOP("Names", "Training scenario"),
    "sandbox_case": QT_TRANSLATE_NOOP("Names", "Practice case"),
    "assessment": QT_TRANSLATE_NOOP("Names", "Assessment"),
    "percent": QT_TRANSLATE_NOOP("Names", "Score (%)"),
    "passed": QT_TRANSLATE_NOOP("Names", "Passed"),
    "missed": QT_TRANSLATE_NOOP("Names", "Missed"),
    "by": QT_TRANSLATE_NOOP("Names", "Certified through"),
    "training": QT_TRANSLATE_NOOP("Names", "Training"),
    "note": QT_TRANSLATE_NOOP("Names", "Note"),
    "to": QT_TRANSLATE_NOOP("Names", "Printed to"),
    "holder": QT_TRANSLATE_NOOP("Names", "Held by (user ID)"),
    "from_holder": QT_TRANSLATE_NOOP("Names", "Handed over by holder (user ID)"),
    "to_holder": QT_TRANSLATE_NOOP("Names", "Handed over to (user ID)"),
}

# Words for the plain codes the core writes as detail values (other values are shown as written).
AUDIT_DETAIL_VALUES = {
    "to": {"file": QT_TRANSLATE_NOOP("Names", "a PDF file")},
    "person": {
        "legal_representative": QT_TRANSLATE_NOOP("Names", "Legal representative"),
        "agent": QT_TRANSLATE_NOOP("Names", "Agent"),
        "customer": QT_TRANSLATE_NOOP("Names", "Customer"),
    },
    "result": {
        "match": QT_TRANSLATE_NOOP("Names", "Match (一致)"),
        "mismatch": QT_TRANSLATE_NOOP("Names", "Mismatch (不一致)"),
        "not_found": QT_TRANSLATE_NOOP("Names", "Number not on record (库中无此号)"),
        "unavailable": QT_TRANSLATE_NOOP("Names", "Service unavailable"),
    },
    "source": {
        "manual": QT_TRANSLATE_NOOP("Names", "The teller's entry from the verification terminal"),
        "service": QT_TRANSLATE_NOOP("Names", "The verification service"),
    },
    "purpose": {
        "sign_in": QT_TRANSLATE_NOOP("Names", "Sign-in"),
        "unlock": QT_TRANSLATE_NOOP("Names", "Unlocking the screen"),
        "override": QT_TRANSLATE_NOOP("Names", "Unlocking another user's screen"),
        "password_change": QT_TRANSLATE_NOOP("Names", "Changing the password"),
        "approval": QT_TRANSLATE_NOOP("Names", "Signing in to decide an approval"),
        "confirm": QT_TRANSLATE_NOOP("Names", "Confirming with a one-time code"),
    },
    "decision": {
        "approve": QT_TRANSLATE_NOOP("Names", "Approve"),
        "return": QT_TRANSLATE_NOOP("Names", "Return for correction"),
        "reject": QT_TRANSLATE_NOOP("Names", "Reject"),
    },
    "reason": {
        "idle": QT_TRANSLATE_NOOP("Names", "No activity for too long"),
        "case_changed": QT_TRANSLATE_NOOP("Names", "The case was changed"),
        "unknown_user": QT_TRANSLATE_NOOP("Names", "Unknown user name"),
        "wrong_password": QT_TRANSLATE_NOOP("Names", "Wrong password"),
        "totp.not_enrolled": QT_TRANSLATE_NOOP("Names", "No one-time code set up"),
    },
    "channel": {
        "counter": QT_TRANSLATE_NOOP("Names", "At the counter"),
        "online": QT_TRANSLATE_NOOP("Names", "Online pre-application"),
    },
    "via": {
        "app": QT_TRANSLATE_NOOP("Names", "This app"),
        "teller-admin": QT_TRANSLATE_NOOP("Names", "Administration command (teller-admin)"),
    },
    "regime": {
        "filing": QT_TRANSLATE_NOOP("Names", "Filing"),
        "approval": QT_TRANSLATE_NOOP("Names", "Regulator's approval"),
        "none": QT_TRANSLATE_NOOP("Names", "Neither approval nor filing"),
    },
    "document": {
        "agreement": QT_TRANSLATE_NOOP("Names", "Account agreement"),
        "checklist": QT_TRANSLATE_NOOP("Names", "Document checklist"),
        "risk": QT_TRANSLATE_NOOP("Names", "AML risk assessment"),
        "confirmation": QT_TRANSLATE_NOOP("Names", "Opening confirmation"),
        "flowchart": QT_TRANSLATE_NOOP("Names", "Process flowchart"),
    },
    "keep": {
        "local": QT_TRANSLATE_NOOP("Names", "The terminal's version"),
        "central": QT_TRANSLATE_NOOP("Names", "The central version"),
    },
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


def audit_action_label(code: str) -> str:
    """An operation-record action in words, with its code (what the action filter takes) after it."""
    source = AUDIT_ACTIONS.get(code)
    return f"{tr('Names', source)} ({code})" if source is not None else code


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
    return _label(ALERTS, value)


def audit_detail_label(key: str) -> str:
    """The name of a key in an operation record's details; a key not known here is shown as it is."""
    return _label(AUDIT_DETAILS, key) if key in AUDIT_DETAILS else _label(FIELDS, key)


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
