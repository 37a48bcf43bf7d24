import sys

from pipeline.bench.run import main

sys.exit(main())
