#!/usr/bin/env python
import sys

from casesafe.web.manage import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
