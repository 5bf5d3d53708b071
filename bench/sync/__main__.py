"""`python -m bench.sync`: run the sync benchmarks."""

from bench.sync.run import main

main()
