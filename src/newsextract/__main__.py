"""`python -m newsextract [FILE]`: extract FILE (or the bundled sample page) and print JSON."""

from newsextract.cli import main

raise SystemExit(main())
