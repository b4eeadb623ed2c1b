"""``python -m maliclock``."""

from .cli import main

main()
