"""Entry script for the PyInstaller bundle."""

import sys

from reflect.app.main import main

sys.exit(main())
