"""Reportage: run `python main.py --help`."""
import sys

from app.launch import main

if __name__ == "__main__":
    sys.exit(main())
