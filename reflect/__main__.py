"""Run Reflect with ``python -m reflect``."""

import sys

from reflect.app.main import main

sys.exit(main())
