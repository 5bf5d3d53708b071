from bench.report.run import main

raise SystemExit(main())
