import sys

from kiosk import cli

sys.exit(cli.main())
