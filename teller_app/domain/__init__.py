"""The bank's account-opening rules as pure code: no I/O, no Qt, nothing imported from outside domain."""
