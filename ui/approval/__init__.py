"""The approval rooms: the checker's case summary beside the dual sign-in and in the queue."""
