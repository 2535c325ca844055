"""Peer timing for SnapshotOpenBenchmarks: the same work in CPython's standard library.

Reads the largest snapshot, checks its SHA-256, then parses every field into its declared type
(empty = None), as MedTwin's SnapshotCatalog.Open does. Run from the repository root:
    python3 tests/MedTwin.Benchmarks/Peers/open_snapshot.py
"""
import csv
import hashlib
import io
import json
import pathlib
import timeit

FOLDER = pathlib.Path("data/wdbc-breast-cancer/1")
PARSERS = {"integer": int, "real": float, "text": str, "category": str}


def open_snapshot():
    manifest = json.loads((FOLDER / "snapshot.json").read_text(encoding="utf-8"))
    data = (FOLDER / manifest["file"]).read_bytes()
    if hashlib.sha256(data).hexdigest() != manifest["sha256"]:
        raise ValueError("hash mismatch")
    parsers = [PARSERS[c["type"]] for c in manifest["columns"]]
    rows = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    next(rows)
    columns = [[] for _ in parsers]
    for row in rows:
        for i, field in enumerate(row):
            columns[i].append(parsers[i](field) if field else None)
    return len(columns[0])


if __name__ == "__main__":
    runs = 200
    best = min(timeit.repeat(open_snapshot, number=runs, repeat=5)) / runs
    print(f"python stdlib open wdbc-breast-cancer v1: {best * 1e3:.3f} ms per open ({open_snapshot()} rows)")
