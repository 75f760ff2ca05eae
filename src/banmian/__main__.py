"""``python -m banmian`` is the ``banmian`` command."""

import sys

from .cli import main

sys.exit(main())
