"""py3langid's model, unpacked once into the user's cache folder and mapped from there by every later process.

The package ships its model compressed with LZMA (4.5 MB; 68 MB of arrays): its loader decompressed it in every
process, 0.35 s of the 0.45 s CPU the load cost, paid twice per tool in a benchmark run (the halves alternate) and
once per ``newsfacts extract``. Unpacked as plain ``.npy`` files and mapped, the arrays load in a few milliseconds
and a process reads only the pages it touches (the automaton's rows and the feature rows of the texts it
classifies). The numbers are the package's own, so every answer is the same; when the cache folder cannot be
written or read, the package's own loader runs.
"""
from __future__ import annotations

import io
import lzma
import os
import shutil
import tempfile
from importlib import metadata
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

#: The arrays of py3langid's model file (``py3langid.modelio.load_model``).
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def load_identifier(**options) -> LanguageIdentifier:
    """py3langid's identifier for its bundled model, built as ``LanguageIdentifier.from_model_file`` builds it."""
    folder = cache_folder()
    try:
        if not folder.is_dir():
            _unpack(MODEL_DIR / MODEL_FILE, folder)
        return _from_folder(folder, **options)
    except (OSError, ValueError, KeyError):  # an unwritable home, a full disk, a damaged file: the package's way
        return LanguageIdentifier.from_model_file(MODEL_FILE, **options)


def cache_folder() -> Path:
    """Where the unpacked model lives: named after py3langid's version and its model file's size and time, so
    another version's (or another model's) arrays are never read."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    stat = (MODEL_DIR / MODEL_FILE).stat()
    return base / "newsfacts" / f"py3langid-{metadata.version('py3langid')}-{stat.st_size}-{stat.st_mtime_ns}"


def _unpack(model: Path, folder: Path) -> None:
    """Decompress ``model`` into ``folder`` as one ``.npy`` file per array; written aside and renamed into place,
    so another process sees the whole folder or none (when two unpack at once, the first rename wins)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with lzma.open(model) as src, np.load(io.BytesIO(src.read()), allow_pickle=False) as data:
        arrays = {name: data[name] for name in _ARRAYS}
    partial = Path(tempfile.mkdtemp(prefix=".unpacking-", dir=folder.parent))
    try:
        for name, array in arrays.items():
            np.save(partial / f"{name}.npy", array, allow_pickle=False)
        os.rename(partial, folder)
    except OSError:
        if not folder.is_dir():
            raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def _from_folder(folder: Path, **options) -> LanguageIdentifier:
    """The identifier over the mapped arrays, holding the values ``py3langid.modelio.load_model`` gives it: the
    automaton's transitions stay mapped (a memoryview gives Python ints as the package's ``array`` does), its row
    offsets and outputs become lists of ints, the class names a list of str."""
    data = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _ARRAYS}
    return LanguageIdentifier(
        np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(), memoryview(data["nextmove"]),
        data["out_feat"].tolist(), tk_row=data["nextmove_row"].tolist(), **options,
    )
