"""A separate process that publishes a list of articles, started by the concurrency test
and the benchmark: ``python -m tests.publish.concurrent_worker SPEC.json``.

The spec holds a site profile dict, a target name, PublishItem dicts and a start time,
so two workers begin at the same moment.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from editor.publish import PublishItem, publish
from editor.site import profile_from_dict


def main(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    site = profile_from_dict(spec["profile"])
    items = [PublishItem.from_dict(row) for row in spec["items"]]
    time.sleep(max(0.0, spec["start_at"] - time.time()))
    timings = []
    for item in items:
        began = time.perf_counter()
        publish(item, site, spec["target"], confirm_host_key=lambda host, fp: True)
        timings.append(time.perf_counter() - began)
    print(json.dumps({"published": len(items), "seconds": timings}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
