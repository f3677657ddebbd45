"""Run the simulated web in the foreground: ``python -m simweb --port 0``.

Prints the port on the first line of stdout (so a script or the spider engineer can read it),
then serves until interrupted.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from simweb.server import SimWeb
from simweb.world import load_world


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simweb", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--world", type=Path, default=None, help="a world.yaml (default: bundled)")
    args = parser.parse_args(argv)
    web = SimWeb(load_world(args.world), host=args.host, port=args.port).start()
    print(web.port, flush=True)
    print(f"simweb serving every host of the world on {web.address}; "
          f"audit with --resolve '*={web.address}' --allow-private-network",
          file=sys.stderr, flush=True)
    print(f"its clock starts at the world's now: {web.world.now} (Date headers and relative "
          f"dates count from it; audit with --as-of {web.world.now} to classify at it)",
          file=sys.stderr, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        web.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
