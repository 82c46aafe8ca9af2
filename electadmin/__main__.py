"""`python -m electadmin` runs the command line (``electadmin --help``)."""

from electadmin.cli import main

raise SystemExit(main())
