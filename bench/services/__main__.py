"""`python -m bench.services`: run the case-service benchmarks."""

from bench.services.run import main

main()
