"""Issue 12, dumps22: furniture a copied story still kept, in shapes seen on two dev publishers or more (short dumps
shaped like those pages)."""
from __future__ import annotations

from tests.test_clean_text import clean_dump

_STORY = [
    ("The city council approved the new budget on Tuesday after a debate that lasted well into the night, with "
    "twelve members voting in favour and three against the plan."),
    ("The budget raises spending on public transport by a fifth and cuts the money set aside for new roads, a "
    "change the mayor had promised during last year's campaign."),
    ("Opponents said the plan leaned too heavily on higher parking fees, which they expect to hurt shops in the "
    "old town, and asked for a review of the fees within a year."),
    ("The mayor said the review would take place in the spring and that the first new bus lines should open before "
    "the end of the summer, once the drivers have been hired."),
]
_RAIL = [
    "Storms cut power to thousands of homes",
    "Crews worked through the night to restore the lines that fell in the north of the province.",
    "Il y a 2 heures",
    "Hospital opens a new wing for children",
    "The wing adds forty beds and a play area that families had asked for since the old one closed.",
    "Il y a 6 heures",
    "Museum lends its oldest map to Paris",
    "The map, drawn in 1632, leaves the country for the first time in more than a century.",
    "Il y a 8 heures",
    "Publicité",
]
_NEWSLETTER = [
    "Infolettre Info nationale",
    "Nouvelles, analyses, reportages : deux fois par jour, recevez l’essentiel de l’actualité.",
    ("Consultez nos nouvelles pour tout savoir de l’actualité internationale, nationale et régionale : vidéos, "
    "reportages, dossiers, couverture en direct, et plus."),
]


def test_newsletter_blurb_under_a_teaser_rail_does_not_keep_the_rail():
    """A newsletter box's blurb under a rail of teasers (headline, summary, stamp) reads as a paragraph right after
    another one; it is a promotion the line filter drops, so it does not hide the rail the story ends above
    (Radio-Canada's "Les plus populaires" over its "Infolettre" box, Spektrum's "Artikel zum Thema" over its
    newsletter pitch)."""
    text = clean_dump("\n\n".join(_STORY + _RAIL + _NEWSLETTER)).text
    assert _STORY[-1] in text
    assert "Crews worked through the night" not in text
    assert "The map, drawn in 1632" not in text
