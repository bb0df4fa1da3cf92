"""jieba's dictionary cache goes to the project cache, whichever code path touches jieba first.

``jieba.posseg`` wraps the global tokenizer; used before :func:`default_jieba` it
initialises that tokenizer with jieba's default cache in the system temp dir.
"""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SNIPPETS = {
    # the escort-keyword shape reads the place name before it with posseg
    "clean": "from pipeline.clean.spam_shapes import cjk_place_before\n"
             "t = '我们在马来西亚Sugar Daddy'\n"
             "cjk_place_before(t, t.index('Sugar'))\n",
    "annotate": "from pipeline.annotate.rules import _tag\n_tag('发展')\n",
}


def test_posseg_users_do_not_write_to_the_temp_dir(tmp_path):
    for name, code in SNIPPETS.items():
        tmp = tmp_path / name
        tmp.mkdir()
        env = dict(os.environ, TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp))
        subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, check=True,
                       capture_output=True, text=True, timeout=120)
        assert not list(tmp.glob("jieba*")), f"{name}: jieba cached in the temp dir"
