from answerlint.cli import main

raise SystemExit(main())
