"""`python -m newsextract [INPUT ...]`: the command line (see newsextract.cli)."""

from newsextract.cli import main

raise SystemExit(main())
