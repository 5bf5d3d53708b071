"""`python -m bench.scale`: K terminals polling one PostgreSQL, directly and through PgBouncer."""

from bench.scale.run import main

main()
