"""Reviewing annotation runs: run snapshots, diffs, and their text and HTML reports."""
