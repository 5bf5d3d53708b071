"""The home page: the teller's own cases, those returned, finished today, the alerts, the search, and for a supervisor
the approvals waiting and the branch's open cases."""
