"""Issue 12, second round: links to other stories set inside a copied story under a label alone on its line
("Related" on Fierce Pharma, The Intercept, The Verge and Vox; "Lesen Sie auch" on Bild, Welt and the Luxemburger
Wort; "Mehr lesen über" on the FUNKE papers), from dev misses."""
from __future__ import annotations

from extractors.clean.text_regions import RAIL_HEADING, drop_related_links, is_promo
from tests.test_clean_text import clean_dump, copied_page, paragraphs


def test_headline_under_a_related_label_is_dropped_with_the_label():
    story = paragraphs(6, "Vaccine")
    link = "Citing blood clot risks, CDC advisers recommend mRNA pandemic vaccines over J&J shot"
    assert drop_related_links([*story[:3], "Related", link, *story[3:]]) == story


def test_headline_under_a_related_story_label_is_dropped_with_the_label():
    """new152: "Related story" over one headline between paragraphs (Dezeen, UVA Today)."""
    story = paragraphs(6, "Fractions")
    link = "Faculty Spotlight: Math Professor Is UVA Swimming’s Secret Weapon"
    assert drop_related_links([*story[:3], "Related Story", link, *story[3:]]) == story


def test_story_paragraph_under_a_related_label_stays():
    """A line longer than a headline under the label is the story going on (the box held no link the copy kept)."""
    story = paragraphs(6, "Vaccine")
    assert drop_related_links([*story[:3], "Related", *story[3:]]) == story


def test_more_than_four_link_lines_under_a_label_are_left_to_the_box_rule():
    links = [f"Topic link number {i}" for i in range(5)]
    assert drop_related_links(["Mehr lesen über", *links]) == ["Mehr lesen über", *links]
    assert drop_related_links(["Mehr lesen über", *links[:4]]) == []


def test_repeated_related_labels_inside_a_copied_story_take_their_links_along():
    """A page that repeats the label between paragraphs (four times on Fierce Pharma) makes it an interface label,
    which the cleaner drops before anything else: its links must go with it, not stay as lines of the story."""
    story = paragraphs(8, "Vaccine")
    links = ["JPM 2022: How a small biotech plans to be a vaccine force this year",
             "A drugmaker offers a soft sell with a strong message on vaccines in its first ad",
             "Say what you see: a biotech taps its own branding for its latest vaccine",
             "Advisers recommend newer vaccines over an older shot, citing rare risks"]
    lines = ["Menu", "Biotech unveils new campaigns"]
    for index, paragraph in enumerate(story):
        lines.append(paragraph)
        if index % 2 and index < 8:
            lines += ["Related", links[index // 2]]
    text = clean_dump("\n".join([*lines, "Share"])).text
    assert text.split("\n\n") == story


def test_story_paragraph_below_a_related_box_is_no_teaser_of_a_rail_after_it():
    """Die Welt, the WAZ: "Lesen Sie auch" / "Auch interessant" over a headline (and its author) sits above the
    story's last paragraph; two boxes after it (a podcast, a newsletter sign-up) put a paragraph under a line of their
    own, which with the last paragraph made three "teasers" and cut the story before the box. The podcast box's
    lines stay: the rule only keeps the story's paragraph from being counted among them."""
    story = paragraphs(6, "Cable car")
    after = ["Listen to our podcasts here",
             "To show embedded content, your consent to the transfer and processing of personal data is needed here.",
             "Enable podcast", "The daily market show from the business desk, every morning from seven with our team."]
    for label in ("Lesen Sie auch", "Auch interessant"):
        dump = "\n".join(["Menu", "Cable car plans unveiled", *story[:5], label, "Will the lake company build it now?",
                          "Von Monique de Cleur", story[5], *after, "Share"])
        assert story[5] in clean_dump(dump).text.split("\n\n"), label


def test_rail_of_teasers_after_the_story_still_ends_it():
    story = paragraphs(6, "Cable car")
    rail = []
    for index in range(3):
        rail += [f"Another town plans its own cable car number {index}",
                 f"The council of town {index} has voted to study a cable car line across the river next year."]
    dump = "\n".join(["Menu", "Cable car plans unveiled", *story, *rail, "Share"])
    assert clean_dump(dump).text.split("\n\n") == story


# dumps31 (issue 12, story lines dropped inside dev dumps): a box set between two sections of a story runs into the
# next section's heading, which reads as one more link (the WAZ, heise, Rzeczpospolita, ABC, Vox).
SECTION = "The speaker's disputed decisions"
SECTION_TEXT = ("In fact the speaker has drawn criticism several times in her first months in office, most sharply "
                "over the flag she refused to raise and the parade she did not attend.")


def test_subheading_under_a_related_box_stays_over_its_section():
    story = paragraphs(4, "Parliament")
    box = ["Auch interessant", "A look at her private life", "The former party leader says she is planning a family"]
    lines = [*story[:2], *box, SECTION, SECTION_TEXT, *story[2:]]
    assert drop_related_links(lines) == [*story[:2], SECTION, SECTION_TEXT, *story[2:]]


def test_single_link_under_a_label_goes_even_when_it_shares_a_word_with_the_paragraph_under_it():
    story = paragraphs(4, "Parliament")
    lines = [*story[:2], "Related", "The speaker's critics", SECTION_TEXT, *story[2:]]
    assert drop_related_links(lines) == [*story[:2], SECTION_TEXT, *story[2:]]


def test_long_teaser_headline_sharing_a_word_with_the_paragraph_under_it_goes_with_its_box():
    """Welt's "Thüringer CDU wirft Höcke „ekelhafte Instrumentalisierung der Opfer“ vor" over a paragraph on Höcke:
    the teasers placed so run 9 words or more, the subheadings 4 to 7."""
    story = paragraphs(4, "Parliament")
    teaser = "The opposition accuses the speaker of a disgraceful use of the victims"
    lines = [*story[:2], "Lesen Sie auch", "Politics", teaser, SECTION_TEXT, *story[2:]]
    assert drop_related_links(lines) == [*story[:2], SECTION_TEXT, *story[2:]]


def test_paid_card_under_a_sponsored_label_is_dropped_with_the_label():
    card = ["Sponsored by State Farm", "Insure your small business",
            "Our agents are small business owners too, so they know how to help."]
    story = paragraphs(2, "Fall")
    assert drop_related_links([story[0], *card, story[1]]) == story
    assert drop_related_links([story[0], "Sponsored", "First look at exceptional new London properties for sale in 2024",
                               story[1]]) == story


def test_paid_card_under_a_sponsored_label_leaves_a_copied_story():
    story = paragraphs(6, "Chelsea")
    card = "First look at exceptional new London properties for sale in 2024"
    text = clean_dump("\n".join(["Menu", "Chelsea send a clear message", *story[:3], "Sponsored", card,
                                 *story[3:]])).text
    assert card not in text
    assert all(para in text for para in story)


def test_link_under_a_more_on_the_topic_label_is_dropped_with_the_label():
    paragraph = ("Das Bundesverwaltungsgericht hat eine Klage des russischen Ölkonzerns Rosneft gegen die "
                 "Treuhandverwaltung zweier deutscher Tochterfirmen des Konzerns abgewiesen.")
    after = ("Der Bund hatte im vorigen September mit der Treuhandverwaltung faktisch die Kontrolle über Rosneft "
             "Deutschland und RN Refining & Marketing übernommen und damit auch über die Raffinerie in Schwedt.")
    lines = [paragraph, "Mehr zum Thema: Rosneft", "Energieversorgung: Darum streitet Rosneft mit der Bundesregierung",
             after]
    assert drop_related_links(lines) == [paragraph, after]


# dumps145 (issue 12, English dev dumps): a rail heading over two headlines between paragraphs, too few lines for
# ``drop_boxes`` to take as a box (HOLA!'s "You may also like").
def test_headlines_under_a_rail_heading_inside_the_story_go_with_it():
    story = paragraphs(6, "Interview")
    rail = ["You may also like", "Singer praises her friend's music in an emotional speech at the awards",
            "Actor removed his old tattoo: what did he replace it with?"]
    dump = "\n".join(["Menu", "The singer and the actress on the dreams they want to accomplish", *story[:2], *rail,
                      *story[2:], "Share"])
    assert clean_dump(dump).text.split("\n\n") == story


def test_rail_heading_is_read_only_with_rails():
    """Before ``drop_boxes`` only the related labels are read: a rail heading over headlines is a box it takes whole."""
    lines = ["Most popular stories", "A headline of another story", "Another headline"]
    assert drop_related_links(lines) == lines
    assert drop_related_links(lines, rails=True) == []


# dumps145: "Related story" in the singular, alone over one headline (Dezeen) or glued to it with no colon (Wccftech).
def test_related_story_label_alone_goes_with_its_headline():
    story = paragraphs(6, "Forest")
    link = "Tree of lights responds to festival attendees with light patterns"
    assert drop_related_links([*story[:3], "Related story", link, *story[3:]]) == story


def test_related_story_label_glued_to_its_headline_is_a_promo_line():
    assert is_promo("Related Story Nintendo Switch 2 Officially Revealed With a New Trailer; Dedicated Direct Confirmed")
    assert not is_promo("Related story lines run through the whole season, the showrunner said.")


# dumps145: a heading naming related stories and closing on a colon is a rail heading, and the story ends above it
# (Time's "Read Other Related Stories About This:" over three headlines signed with their outlets and the site's rail;
# a dev page of ``benchmarks/corpus``, provenance and licences in its ``SOURCES.md``).
def test_story_ends_above_a_related_stories_heading_with_a_colon():
    expected, dump = copied_page("time_2011-08-24_washington-monument-crack__gsl")
    assert "(CBS News)" not in expected
    text = clean_dump(dump).text
    assert "structurally sound" in text
    assert "(CBS News)" not in text
    assert "Ben Flajnik" not in text


def test_related_stories_heading_needs_its_colon():
    assert RAIL_HEADING.fullmatch("Read Other Related Stories About This:")
    assert RAIL_HEADING.fullmatch("Related stories on these topics:")
    assert not RAIL_HEADING.fullmatch("Related stories on these topics ran all week")


def test_gallery_teaser_under_a_people_are_also_reading_label_is_dropped_with_the_label():
    """newdev255: "People are also reading…" over a gallery teaser under the Post-Dispatch's story, "Other People Are
    Reading" over headlines between eHow's steps."""
    story = paragraphs(6, "Chase")
    teaser = "Post-Dispatch photographers selected some of their best photos from November 2023. View the full gallery here."
    assert drop_related_links([*story, "People are also reading…", teaser]) == story
    links = ["Plant Terrarium Ideas", "How to Build a Terrarium With Succulent Plants"]
    assert drop_related_links([*story[:3], "Other People Are Reading", *links, *story[3:]]) == story
