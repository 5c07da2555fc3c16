"""What tests/ops/compose.sh's checks of a resolved compose file share: collecting problems, the
mounted-paths check and the report."""
import os
import sys

problems = []


def expect(cond, what):
    if not cond:
        problems.append(what)


def check_mounts(services, src):
    """Every file a service mounts from the repository exists (certificates are the operator's)."""
    for name, svc in services.items():
        for v in svc.get("volumes", []):
            source = v.split(":")[0] if isinstance(v, str) else v["source"]
            if source.startswith(src) and not source.endswith("/certs"):
                expect(os.path.exists(source), f"{name}: mounted path {source} exists")


def report():
    for p in problems:
        print("PROBLEM: " + p)
    sys.exit(1 if problems else 0)
