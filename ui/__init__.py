"""The PySide6 desktop front end of the Teller App; it calls teller_app services and never the reverse."""
