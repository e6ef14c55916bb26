"""``python -m aligner`` works like the ``aligner`` command."""

import sys

from .cli import main

sys.exit(main())
