from iopctl.cli import main

main()
