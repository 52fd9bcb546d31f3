"""The word-list ablation helper (benchmarks/list_ablation.py) empties the lists it names and only those."""
from pathlib import Path

import pytest

from benchmarks import list_ablation


def _data(tmp_path: Path) -> Path:
    folder = tmp_path / "real" / "data"
    for language, names in {"en": ("promo_lines.txt", "date_words.txt"), "de": ("promo_lines.txt", "widget_lines.txt")}.items():
        (folder / language).mkdir(parents=True)
        for name in names:
            (folder / language / name).write_text(f"{language} {name}\n", encoding="utf-8")
    return folder


def test_furniture_lists_leave_the_structure_lists_out(tmp_path):
    assert list_ablation.furniture_lists(_data(tmp_path)) == ["promo_lines.txt", "widget_lines.txt"]


def test_ablated_copy_drops_the_emptied_list_in_every_language(tmp_path):
    root = list_ablation.ablated_copy(_data(tmp_path), ["promo_lines.txt"], tmp_path / "copy")
    kept = sorted(str(path.relative_to(root)) for path in root.glob("data/*/*"))
    assert kept == ["data/de/widget_lines.txt", "data/en/date_words.txt"]
    assert (root / "data" / "de" / "widget_lines.txt").read_text(encoding="utf-8") == "de widget_lines.txt\n"


def test_aggregate_leaves_empty_outputs_out_of_precision():
    f1, precision, recall = list_ablation.aggregate([(1.0, 1.0), (None, 0.0)])
    assert (precision, recall) == (1.0, 0.5)
    assert abs(f1 - 2 / 3) < 1e-9


def test_an_ablation_in_a_process_that_already_imported_the_cleaner_is_an_error(tmp_path):
    # the lists are compiled at import: a worker started after the cleaner was imported would measure no ablation
    import extractors.clean  # noqa: F401

    before = list_ablation.resources.files
    with pytest.raises(RuntimeError, match="fresh processes"):
        list_ablation._start(str(tmp_path))
    assert list_ablation.resources.files is before
