"""The points of a summary box at a copied story's top stay (Onet, Engadget), while a cluster of teasers there and a
table of contents repeating the subheadings still go (``text_regions._summary_points``)."""
from __future__ import annotations

from extractors.clean.text_regions import drop_boxes

FIRST = ("Wkrótce w pełni rozpocznie się sezon na truskawki. Są to jedne z ulubionych owoców Polaków. Nie wszyscy "
         "jednak wiedzą, że owoce te w połączeniu z niektórymi lekami mogą wywołać niebezpieczne reakcje.")
SECOND = ("Należy uważać jedzenia truskawek przy jednoczesnym stosowaniu aspiryny, leków przeciwpłytkowych i "
          "niesteroidowych leków przeciwzapalnych, bo składniki truskawek mogą nasilać ich niepożądane działania.")
POINTS = ["Za niedługo w pełni rozpocznie się sezon na truskawki",
          "Owoce te w połączeniu z niektórymi lekami mogą wywołać niebezpieczne dla zdrowia reakcje",
          "Składniki truskawek mogą nasilać niepożądane działania leków przeciwzakrzepowych i przeciwzapalnych"]


def test_summary_points_under_the_first_paragraph_stay():
    assert drop_boxes([FIRST, "‹ wróć", *POINTS, SECOND]) == [FIRST, *POINTS, SECOND]


def test_teasers_of_other_stories_at_the_top_still_go():
    teasers = ["Piast rusza do wiosennych bojów, a w najlepszej dyspozycji Aleksandar Vuković",
               "Huragan Krzysztof Piątek szaleje w Turcji i idzie po strzelecką koronę",
               "Nicola Zalewski już powitany w Interze, trafił z deszczu pod rynnę"]
    assert drop_boxes([FIRST, *teasers, SECOND]) == [FIRST, teasers[-1], SECOND]


def test_points_printed_again_below_are_a_table_of_contents():
    kept = drop_boxes([FIRST, *POINTS, SECOND, POINTS[0], SECOND])
    assert kept[1:4] != POINTS
