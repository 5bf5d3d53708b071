"""The adapters over the core (teller_app): CoreBackend and its halves, which implement what the screens ask
(ui/backend.py) by calling the services; the only ui modules that open the store or read the configuration."""
