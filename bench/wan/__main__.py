"""`python -m bench.wan`: sync round trips and wall time through a latency proxy."""

from bench.wan.run import main

main()
