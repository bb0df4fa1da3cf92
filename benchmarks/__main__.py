"""Benchmarks, measured side by side in one run (machines are noisy: we print
medians of repeated runs and ratios, not absolute targets).

    python -m benchmarks [--repeat 5] [--docs N]

1. cleaning throughput (chars/s) per input kind;
2. annotation: batched ``Annotator.annotate`` vs one document per call;
3. the Prefect ``process`` flow vs the plain library on the same batch
   (orchestration overhead), and peak memory of cleaning a large document vs a small one.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from pathlib import Path

from pipeline import runtime
from pipeline.readers import iter_documents
from pipeline.records import RawDocument
from pipeline.settings import REPO_ROOT, SAMPLES_DIR


def _median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _corpus(limit: int) -> list[RawDocument]:
    folders = [SAMPLES_DIR, REPO_ROOT / "evaluation"]
    docs = [d for d in iter_documents([str(f) for f in folders if f.exists()]) if isinstance(d, RawDocument)]
    return docs[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--skip-flow", action="store_true")
    args = parser.parse_args()
    runtime.configure_environment()
    from pipeline.annotate import Annotator
    from pipeline.clean import clean_document

    docs = _corpus(args.docs)
    chars = sum(len(d.content) for d in docs)
    print(f"corpus: {len(docs)} documents, {chars} bytes; median of {args.repeat} runs\n")

    t_clean = _median_seconds(lambda: [clean_document(d) for d in docs], args.repeat)
    print(f"clean       {t_clean:8.3f} s  {chars / t_clean / 1e3:10.1f} kB/s  {len(docs) / t_clean:8.1f} docs/s")

    records = [clean_document(d) for d in docs]
    annotator = Annotator()
    annotator.annotate(records)  # build pipelines and warm caches outside the timing
    batched, single = [], []
    for _ in range(args.repeat):  # interleaved, so drift on a noisy machine hits both alike
        batched.append(_median_seconds(lambda: annotator.annotate(records), 1))
        single.append(_median_seconds(lambda: [annotator.annotate([r]) for r in records], 1))
    t_batch, t_single = statistics.median(batched), statistics.median(single)
    print(f"annotate    {t_batch:8.3f} s batched, {t_single:8.3f} s one by one: batched/one-by-one = {t_batch / t_single:.2f}")

    # Memory: peak traced allocation per input byte, for one article and for a
    # page 20x larger; a ratio near 1 means memory grows linearly with input.
    texts = [d.content for d in docs if not d.content.lstrip().startswith(b"<")]
    small = RawDocument(source="small.txt", content=b"\n\n".join(texts)[:50_000])
    big = RawDocument(source="big.txt", content=(b"\n\n".join(texts) * 20)[:1_000_000])
    per_byte = {}
    for name, doc in (("small", small), ("big", big)):
        tracemalloc.start()
        clean_document(doc)
        per_byte[name] = tracemalloc.get_traced_memory()[1] / len(doc.content)
        tracemalloc.stop()
    print(f"memory      cleaning peak {per_byte['small']:.0f} B per input byte at 50 kB, {per_byte['big']:.0f} at 1 MB: "
          f"big/small = {per_byte['big'] / per_byte['small']:.2f}")

    if not args.skip_flow:
        import tempfile

        from prefect.testing.utilities import prefect_test_harness

        from flows.process import process

        folder = Path(tempfile.mkdtemp(prefix="bench-in-"))
        for i, d in enumerate(docs):
            suffix = ".html" if d.content.lstrip()[:1] == b"<" else ".txt"
            (folder / f"{i:04d}{suffix}").write_bytes(d.content)
        lib = _median_seconds(lambda: annotator.annotate([clean_document(d) for d in docs]), args.repeat)
        with prefect_test_harness(server_startup_timeout=120):
            process(inputs=[str(folder)], out_dir=tempfile.mkdtemp(), batch_size=32)  # warm-up
            flow_t = _median_seconds(lambda: process(inputs=[str(folder)], out_dir=tempfile.mkdtemp(), batch_size=32), args.repeat)
        print(f"flow        {flow_t:8.3f} s through Prefect vs {lib:8.3f} s library: flow/library = {flow_t / lib:.2f}")


if __name__ == "__main__":
    main()
