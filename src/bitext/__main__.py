"""``python -m bitext`` runs the command line."""

from bitext.cli import main

main()
