"""``python -m benchmarks``: run the suite."""

from benchmarks._cli import main

raise SystemExit(main())
