"""Storage benchmarks: encryption cost of saving through the unit of work, blind-index lookup time."""
