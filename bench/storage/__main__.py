"""`python -m bench.storage`: run the storage benchmarks."""

from bench.storage.run import main

main()
