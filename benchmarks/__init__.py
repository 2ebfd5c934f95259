"""Benchmark scripts: quality and speed of newsextract against its peers.

Run `python benchmarks/run.py --help`; see benchmarks/README.md.
"""
