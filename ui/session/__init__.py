"""The session at the counter: the first start, the lock screen and idle lock, changing the password, the key
store's passphrase (the sign-in window itself is ui/sign_in.py)."""
