"""The counter: printing a case's documents to the counter printer."""
