"""``python -m tradestat``: the same as the ``tradestat`` command."""

import sys

from tradestat.cli import main

sys.exit(main())
