"""The fetcher's HTTP stack is imported at the first fetch only (``flows.fetch.transport``)."""
from __future__ import annotations

import subprocess
import sys


def test_extract_of_local_files_imports_no_http_library(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>" + "A sentence of the story. " * 20 + "</p></body></html>", encoding="utf-8")
    code = (
        "import sys\n"
        "from flows.cli import cli\n"
        f"try:\n    cli.main(['extract', '--no-facts', '--format', 'jsonl', {str(page)!r}], standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        "print(sorted({'httpx', 'httpcore'} & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
