"""The session at the counter: the first start, the lock screen and idle lock, the key store's passphrase (the
sign-in window and the password change are still ui/sign_in.py and ui/password_change.py)."""
