"""Allow ``python -m lapor_rules``."""

from lapor_rules.cli import main

raise SystemExit(main())
