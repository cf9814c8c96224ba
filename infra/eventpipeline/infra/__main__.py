from eventpipeline.infra.cli import main

raise SystemExit(main())
