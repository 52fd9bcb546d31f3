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


HIGHLIGHTS = ["IK Multimedia unveils rings to make digital music",
              "Company best known for its iRig microphones that plug into Apple and Android devices",
              "The rings will go on sale in the spring for $29.99 for a pair"]
LEAD = ("ANAHEIM, Calif. — Musicians often show off lots of ring bling, but rarely have IK Multimedia rings been "
        "thought of for making digital music until now.")
LATER = ("The company, best known for its iRig microphones for Apple and Android devices, puts its rings on sale in "
         "the spring, a pair for $29.99, and hopes developers will make more apps for them.")


def test_summary_points_under_teaser_headlines_stay():
    """Teasers above the points (USA TODAY's "How do you make digital music with rings? ..." under its video) are no
    paragraph of the story: the points are still at its top."""
    teasers = ["Talking Tech: Facebook at 10: Will it be liked in '24?",
               "How do you make digital music with rings? Jefferson Graham finds out at the NAMM show in Anaheim."]
    kept = drop_boxes([*teasers, "Story Highlights", *HIGHLIGHTS, LEAD, LATER])
    assert kept == [*teasers, *HIGHLIGHTS, LEAD, LATER]


def test_summary_points_before_a_promotion_and_byline_stay():
    """The Daily Mail's points run into a promotion and the byline: the points stay, the rest of the run goes."""
    run = [*HIGHLIGHTS, "Here's how to help people impacted by Covid-19", "By Amitai Winehouse For Mailonline"]
    assert drop_boxes([*run, LEAD, LATER]) == [*HIGHLIGHTS, LEAD, LATER]


def test_blurbs_cut_off_are_a_rail_not_a_summary():
    """Natural Home's "RELATED CONTENT" box above a story of short steps: headlines over blurbs cut off with "..."."""
    rail = ["Try This: Make digital music with rings and microphones from Apple devices",
            "Company best known for its iRig microphones that plug into Apple and Android devi...",
            "Try This: The rings for making digital music",
            "Musicians show off rings for making digital music in the spring..."]
    kept = drop_boxes([*rail, LEAD, LATER])
    assert rail[0] not in kept and rail[1] not in kept
