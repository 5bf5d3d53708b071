"""The fake backend's half for the wizard's own actions: the document checklist and scans, the step checks, the
approval request and the dual sign-in's decision, the account set up, the regulator's records, printing."""

from __future__ import annotations

from dataclasses import replace

from fake_samples import NOW, USERS, sample_scan_png, sample_summary

from teller_app.domain.errors import EnvironmentProblem, RuleError
from ui.backend import ChecklistRow, DecisionView, ScanRow, SessionInfo


class FakeCaseWork:
    """Mixed into FakeBackend, whose `cases`, `documents`, `decisions`, `prints` and `_call` it uses."""

    def _docs(self, case_id: str) -> dict[str, ChecklistRow]:
        if case_id not in self.documents:
            self.documents[case_id] = {
                code: ChecklistRow(code, zh, en, mandatory, "", "pending")
                for code, zh, en, mandatory in (
                    ("business_licence", "营业执照", "Business licence", True),
                    ("legal_rep_id", "法定代表人身份证件", "Legal representative's ID", True),
                    ("owner_declaration", "受益所有人信息", "Beneficial owner declaration", True),
                    ("power_of_attorney", "授权委托书", "Power of attorney", False),
                )
            }
        return self.documents[case_id]

    def checklist(self, session: SessionInfo, case_id: str) -> list[ChecklistRow]:
        self._call("checklist")
        return list(self._docs(case_id).values())

    def record_document(self, session, case_id, code, decision, reason, original_seen):
        self._call("record_document")
        if decision == "verified" and not original_seen:
            raise RuleError(
                "document.original_not_seen",
                "Item {item} can be verified only after the teller attests that the original was seen",
                item=code,
            )
        row = self._docs(case_id)[code]
        self._docs(case_id)[code] = replace(
            row, decision=decision, reason=reason, original_seen=original_seen
        )
        return self.checklist(session, case_id)

    def attach_scan(self, session, case_id, code, path):
        self._call("attach_scan")
        row = self._docs(case_id)[code]
        self._docs(case_id)[code] = replace(row, scan_count=row.scan_count + 1)
        self.scan_files.append((code, path))
        return self.checklist(session, case_id)

    def scans(self, session, case_id):
        self._call("scans")
        return [ScanRow(f"s{i}", code, "image/png", 10) for i, (code, _) in enumerate(self.scan_files)]

    def scan_content(self, session, case_id, scan_id):
        self._call("scan_content")
        from pathlib import Path

        if scan_id.startswith("scan-"):  # the sample summary's scan: a drawn licence
            return "image/png", sample_scan_png()
        return "image/png", Path(self.scan_files[int(scan_id[1:])][1]).read_bytes()

    def check_step(self, session, case_id, step, entries):
        self._call("check_step")
        case = self.save_step(session, case_id, step, entries, advance=False)
        computed = dict(entries)
        if step == "risk":
            computed.update(
                score=23,
                level="low",
                next_review="2029-11-27",
                limits={"single": "5000000", "daily": "20000000"},
                approver_roles=["supervisor"],
                contributions=[
                    {
                        "factor": "industry",
                        "weight": 25,
                        "points": 13,
                        "explanation": "risk.industry.elevated",
                    }
                ],
            )
        case = replace(case, entries={**case.entries, step: computed}, shown_step=step)
        self.cases[case.case_id] = case
        return case

    def skip_step(self, session, case_id):
        self._call("skip_step")
        return self.save_step(session, case_id, self.cases[case_id].step, {}, advance=True)

    def step_guidance(self, session, case_id):
        return []

    def request_approval(self, session, case_id):
        self._call("request_approval")
        case = replace(self.cases[case_id], status="awaiting_approval")
        self.cases[case_id] = case
        return case

    def decide(self, session, case_id, checker_user, checker_password, decision, reasons):
        self._call("decide")
        known = USERS.get(checker_user)
        if known is None or known[0] != checker_password:
            raise RuleError("sign_in.bad_credentials", "The user name or the password is wrong.")
        if checker_user == session.user_name:
            raise RuleError("approval.own_case", "The maker of a case may not decide on it")
        status = {"approve": "approved", "return": "returned", "reject": "rejected"}[decision]
        self.decisions.append((case_id, checker_user, decision, reasons))
        flat = (
            tuple(f"{step}: {text}" for step, texts in reasons.items() for text in texts)
            if isinstance(reasons, dict)
            else ((reasons,) if reasons else ())
        )
        returned = (
            {step: tuple(texts) for step, texts in reasons.items()} if isinstance(reasons, dict) else {}
        )
        taken = DecisionView(decision, "u-" + checker_user, "supervisor", flat, NOW, checker_name=known[1])
        case = replace(
            self.cases[case_id],
            status=status,
            decisions=(*self.cases[case_id].decisions, taken),
            returned_reasons=returned,
        )
        self.cases[case_id] = case
        return case

    def approval_summary(self, session, case_id):
        self._call("approval_summary")
        return sample_summary(case_id, self.cases[case_id].customer_name if case_id in self.cases else "")

    def set_up_account(self, session, case_id):
        self._call("set_up_account")
        account = {
            "number": "DEMO010000001000",
            "permissions": {"cash_withdrawal": True, "transfers_in": True, "transfers_out": True},
            "limits": {"single": "5000000", "daily": "20000000"},
            "regime": "filing",
            "filing_deadline": "2026-11-27",
        }
        case = replace(self.cases[case_id], step="account_setup", account=account)
        self.cases[case_id] = case
        return case

    def record_regulator_approval(self, session, case_id, number, approved_on):
        self._call("record_regulator_approval")
        account = dict(self.cases[case_id].account or {})
        account["regulator_approval"] = {
            "reference": number,
            "on": approved_on,
            "recorded_by": session.user_id,
        }
        case = replace(self.cases[case_id], account=account)
        self.cases[case_id] = case
        return case

    def record_account_filing(self, session, case_id, reference, filed_on):
        self._call("record_account_filing")
        account = dict(self.cases[case_id].account or {})
        account["filing"] = {"reference": reference, "on": filed_on, "recorded_by": session.user_id}
        case = replace(self.cases[case_id], account=account)
        self.cases[case_id] = case
        return case

    def activate_account(self, session, case_id):
        self._call("activate_account")
        case = replace(self.cases[case_id], status="active")
        self.cases[case_id] = case
        return case

    def render_for_print(self, session, case_id, document, path):
        """A real PDF of the sample case (the documents package), as the core would write it."""
        from pathlib import Path

        from teller_app.documents.render import build
        from teller_app.documents.samples import sample_corporate_sheet

        self._call("render_for_print")
        Path(path).write_bytes(
            build("correction" if document == "flowchart" else document, sample_corporate_sheet())
        )
        return path

    def record_print(self, session, case_id, document, printer, pages, job=None):
        self._call("record_print")
        self.prints.append((case_id, document, printer, pages))

    def printed_documents(self, session, case_id):
        self._call("printed_documents")
        return frozenset(d for c, d, _printer, _pages in self.prints if c == case_id)

    def print_document(self, session, case_id, document, path):
        raise EnvironmentProblem("ui.not_available", "Not available: {function}", function="printing")
