"""Issue 12, html38 (dev dump misses): a standfirst written as a second headline, without a full stop, under the
headline and over the byline or date (``text._dek``): CBS Sports, The Economist, Canada.com, ESPNcricinfo, the Free
Beacon, dilei.it on dev dumps; a dek under a byline or widget line under the headline (dumps28: Repubblica, The
Register, The Verge); and the lines of that shape that are no dek."""
from __future__ import annotations

from extractors.clean.text import _dek, _dek_of_story, _is_age_line, _is_meta_date, _is_short_date
from tests.test_clean_text import clean_dump, paragraphs

HEADLINE = "Why, despite the complaints of many, the league's players are actually not overpaid"
DEK = "Fan backlash against league-wide salaries is wholly misguided"


def test_dek_under_the_headline_above_the_byline_opens_the_copied_story():
    story = [*paragraphs(4, "Salaries"), "The backlash from fans against the salaries of the players misses the point."]
    dump = "\n".join(["Menu", "Standings", HEADLINE, DEK, "By Matt Snyder", "Dec 19, 2016 at 2:19 pm ET", *story])
    cleaned = clean_dump(dump)
    assert cleaned.text.split("\n\n") == [DEK, *story]
    assert cleaned.title == HEADLINE


def test_dek_over_a_date_without_a_time_opens_the_copied_story():
    story = [*paragraphs(4, "Stimulus"), "Severe deprivation is rising among the poorest families, the survey found."]
    dek = "Though severe deprivation is rising, not everyone is worse off"
    dump = "\n".join(["Menu", "Family finances", "America's huge stimulus is having surprising effects on the poor",
                      dek, "United States", "Jul 6th 2020", *story])
    assert clean_dump(dump).text.split("\n\n") == [dek, *story]


def test_of_a_dek_and_the_photo_caption_under_it_the_dek_opens_the_story():
    story = [*paragraphs(4, "Donors"), "The billionaire and his son each gave the senator's campaign the most allowed."]
    dek = "Liberal billionaire George Soros and his son nearly max out to the senator"
    caption = "Democratic megadonor George Soros, the senator from Montana, and the donor Alexander Soros"
    dump = "\n".join(["Menu", "Soros Family Gives Early Financial Support to the Montana Senator", dek, caption,
                      "Chuck Ross", "April 28, 2023", *story])
    assert clean_dump(dump).text.split("\n\n")[0] == dek


def test_headline_in_title_case_under_a_kicker_is_no_dek():
    story = paragraphs(5, "Pencil")
    headline = "Second-Generation Apple Pencil Rumored for March of 2017 With New Features"
    dump = "\n".join(["Menu", "Front page news and rumors for the week", headline, "By Joe Rossignol",
                      "Jan 18, 2017", *story])
    assert headline not in clean_dump(dump).text


def test_line_under_a_short_kicker_is_the_headline_and_no_dek():
    story = paragraphs(5, "Resort")
    headline = "Canadian Rockies resort reopens after a sweeping overhaul after the wildfire"
    dump = "\n".join(["Menu", "Travel news and reviews today", headline, "Jody Robbins", "Published Jun 05, 2026", *story])
    assert headline not in clean_dump(dump).text


def test_headline_reworded_under_a_copy_of_it_is_no_dek():
    story = paragraphs(5, "Party")
    headline = "Special party congress on migration: party leader calls for political resistance at the congress"
    reworded = "Special party congress on migration – party leader calls for political resistance"
    dump = "\n".join(["Menu", headline, reworded, "By Anna Muster", "01.07.2023, 15:23", *story])
    assert reworded not in clean_dump(dump).text


def test_short_date_line_has_a_year_and_reads_as_a_date():
    assert _is_short_date("Jul 6th 2020")
    assert _is_short_date("13-May-2024")
    assert not _is_short_date("United States")
    assert not _is_short_date("Nizaar Kinsella 2 minutes ago")


def test_dek_under_a_byline_under_the_headline_opens_the_copied_story():
    story = [*paragraphs(4, "Banner"), "The banner was taken down by the police before the derby."]
    headline = "Antisemitic banner on the ring road on the eve of the derby between the two clubs"
    dek = "The message appeared on an overpass during the night, a few hours before the match"
    dump = "\n".join(["Menu", "Rome", headline, "di Luca Monaco", dek, "05 Gennaio 2025 Aggiornato alle 16:01", *story])
    assert clean_dump(dump).text.split("\n\n") == [dek, *story]


def test_caption_under_the_byline_under_a_dek_is_no_dek():
    story = [*paragraphs(4, "Airers"), "Heated airers cost little to run compared with a tumble dryer."]
    headline = "The best heated clothes airers to save money and energy when drying laundry"
    dek = "A space-saving alternative to tumble dryers or lines strung across the garden"
    caption = "Lakeland and Minky were our top heated clothes airers this year"
    dump = "\n".join(["Menu", headline, dek, "By Madeleine Howell 30 August 2023", caption, "May 3, 2024", *story])
    assert clean_dump(dump).text.split("\n\n")[0] == dek


# dumps31 (issue 12, dev dumps whose story region was cut short at its start): a dek written as one short sentence,
# fewer words than a standfirst (Slate, Recode, Ars Technica), is read right over the byline or date line.
SENTENCE_HEADLINE = "Congress strikes a deal to end the long standoff over the aviation agency"
SENTENCE_DEK = "Funding stalemate had idled tens of thousand of workers."


def test_dek_of_one_short_sentence_right_over_the_byline_opens_the_copied_story():
    story = [*paragraphs(4, "Standoff"), "The agency's workers return to their jobs on Monday, the leaders said."]
    dump = "\n".join(["Menu", "Briefing", SENTENCE_HEADLINE, SENTENCE_DEK,
                      "By Josh Voorhees | Posted Thursday, Aug. 4, 2011, at 3:50 PM EDT", *story])
    assert clean_dump(dump).text.split("\n\n") == [SENTENCE_DEK, *story]


def test_short_sentence_with_a_line_between_it_and_the_byline_is_no_dek():
    """Apart from the header, a short sentence under a headline is as often a photo caption or a promotion."""
    story = [*paragraphs(4, "Standoff"), "The agency's workers return to their jobs on Monday, the leaders said."]
    dump = "\n".join(["Menu", "Briefing", SENTENCE_HEADLINE, SENTENCE_DEK, "Share this story",
                      "By Josh Voorhees | Posted Thursday, Aug. 4, 2011, at 3:50 PM EDT", *story])
    assert SENTENCE_DEK not in clean_dump(dump).text


def test_line_closing_on_a_quote_over_the_date_is_a_headline_and_no_dek():
    """The BBC's "Obama admits US gun laws are his 'biggest frustration'" over "24 July 2015": a headline closing on a
    quote reads as a sentence, but a dek closes on a full stop, a question or an exclamation mark."""
    story = paragraphs(5, "Guns")
    headline = "The president admits gun laws are his 'biggest frustration'"
    dump = "\n".join(["Menu", "The latest US and Canada news from our correspondents", headline, "24 July 2015", *story])
    assert headline not in clean_dump(dump).text



def test_dek_over_the_authors_name_glued_to_the_storys_age_opens_the_story():
    """The Evening Standard's header: the dek, a photo caption and its credit, then the author's name run into
    "2 minutes ago"."""
    story = [*paragraphs(4, "Chelsea"), "Chelsea beat Tottenham on Thursday to keep their European hopes alive."]
    headline = "Chelsea send clear message of intent on proud day for the club and its manager"
    dek = "Blues show season is still alive and European qualification is on the cards"
    dump = "\n".join(["Menu", "Football", headline, dek, "Chelsea beat Tottenham on Thursday night", "Getty Images",
                      "Nizaar Kinsella2 minutes ago", *story])
    assert clean_dump(dump).text.split("\n\n")[0] == dek


def test_short_sentence_dek_over_the_authors_name_and_the_storys_age_opens_the_story():
    """Engadget's header: a dek closing its sentence, the author's name and handle, "1h ago"."""
    story = [*paragraphs(4, "Scooter"), "The scooter program is available in six cities and the capital region."]
    headline = "Lyft extends free scooter rides for critical workers through May"
    dek = "Emergency, healthcare and transit workers won't need to pay."
    dump = "\n".join(["Menu", "Transportation", headline, dek, "Jon Fingas, @jonfingas", "1h ago", "Comments",
                      *story])
    assert clean_dump(dump).text.split("\n\n")[0] == dek


def test_line_giving_the_storys_age_is_a_header_line_and_a_count_is_not():
    assert _is_age_line("Dylan Jones5 hours ago") and _is_age_line("11 hr ago") and _is_age_line("1h ago")
    assert not _is_age_line("zeynep 22 min 10") and not _is_age_line("The storm hit the coast 5 hours ago")


def test_dek_over_a_byline_and_a_separated_meta_line_with_the_date_opens_the_story():
    """The National Post's header: the dek, "Author of the article:", the name, then the date without a time beside
    the update and the reading time, set apart by bullets."""
    story = [*paragraphs(4, "Montreal"), "The family lived in Montreal for several years during her childhood."]
    headline = "Kamala Harris' Canadian connections: What we know about her childhood in Montreal"
    dek = "The Harrises settled into the top floor of a Victorian home in Montreal's moneyed neighbourhood"
    dump = "\n".join(["Menu", "World", headline, dek, "Author of the article:", "Joseph Brean",
                      "Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read", "Join the conversation",
                      *story])
    assert clean_dump(dump).text.split("\n\n")[0] == dek


def test_separated_meta_line_with_a_full_date_is_a_header_line_and_a_table_row_is_not():
    assert _is_meta_date("November 6, 2020 · 12 min read")
    assert not _is_meta_date("200 │ 2020-08-01 18:00:00+00 │ 4084\n400 │ 2020-08-01 17:59:00+00 │ 12")
    assert not _is_meta_date("Published Aug 28, 2024")


# dumps62: a dek with no byline or date line under it (``text._dek_of_story``): La Nación, El País, il Fatto
# Quotidiano, the Taipei Times, the National Post on dev dumps
STORY_HEADLINE = "Una solución no violenta para la cuestión mapuche en el sur"
STORY_DEK = "Los pueblos indígenas reclaman derechos incumplidos y es más eficiente canalizar la protesta que reprimirla"


def _mapuche_story() -> list[str]:
    return [f"Los pueblos indígenas del sur reclaman tierras, y la protesta crece en la región; punto {i} del debate "
            "sobre la cuestión que el gobierno todavía no resuelve, según los dirigentes consultados por este diario."
            for i in range(5)]


def test_dek_sharing_the_storys_words_right_over_the_story_opens_it():
    story = _mapuche_story()
    dump = "\n".join(["Menú", "Opinión", STORY_HEADLINE, STORY_DEK, "0", *story])
    assert clean_dump(dump).text.split("\n\n") == [STORY_DEK, *story]


def test_blurb_over_the_story_sharing_none_of_its_words_is_no_dek():
    """A teaser's blurb under its headline, the headline sharing a word with the story ("cuestión")."""
    story = _mapuche_story()
    blurb = "Un nuevo museo abre sus puertas con obras de artistas jóvenes y entradas gratuitas hasta diciembre"
    lines = ["Menú", "Opinión", "El museo de arte moderno y la cuestión de su temporada", blurb, "0", *story]
    assert _dek_of_story(lines, 5, len(lines)) == []
    assert _dek_of_story([*lines[:3], STORY_DEK, *lines[4:]], 5, len(lines)) == [STORY_DEK]


def test_headline_and_blurb_under_a_rail_heading_are_no_dek():
    story = _mapuche_story()
    dump = "\n".join(["Menú", "Mehr zum Thema", STORY_HEADLINE, STORY_DEK, "0", *story])
    assert STORY_DEK not in clean_dump(dump).text


def test_line_of_a_list_of_titles_is_no_dek():
    """RIA Novosti's multimedia box: a title under a title, another title under it; not four words longer than the
    title above it, no dek."""
    story = _mapuche_story()
    title = "Los pueblos indígenas del sur reclaman tierras y derechos ante el gobierno nacional hoy"
    dump = "\n".join(["Menú", "Multimedia", STORY_HEADLINE, title, "Las protestas del sur en imágenes de la región",
                      "0", *story])
    assert title not in clean_dump(dump).text


def test_dek_of_sentences_far_above_the_story_past_a_related_headline_opens_it():
    """ABC: the dek's two sentences, then a related headline, a caption and the byline over a share bar."""
    story = _mapuche_story()
    dek = "Los pueblos indígenas reclaman derechos incumplidos. La protesta del sur crece cada semana en la región."
    dump = "\n".join(["Menú", "Opinión", STORY_HEADLINE, dek, "Otra historia de la semana sobre el museo de arte moderno",
                      "Ana Pérez", *(["Compartir"] * 6), "Facebook", "X", "Whatsapp", "Email", *story])
    assert clean_dump(dump).text.split("\n\n")[0] == dek


def test_caption_over_its_credit_under_the_headline_is_no_dek():
    story = _mapuche_story()
    caption = "Una vista de los pueblos indígenas del sur en la región de la protesta durante la jornada"
    lines = ["Menú", "Opinión", STORY_HEADLINE, caption, "(Archivo Diario)", "0", *story]
    assert _dek_of_story(lines, 6, len(lines)) == []
    assert _dek_of_story([*lines[:4], "0", *lines[5:]], 6, len(lines)) == [caption]


def test_two_deks_under_the_headline_over_the_share_bar_both_open_the_copied_story():
    # Xataka's copy: the headline, two deks, its share bar, then the story (dumps89)
    story = [*paragraphs(4, "Car sales"),
             "En 2023 se vendieron en España 949.359 automóviles, y el Dacia Sandero fue el coche más vendido del año."]
    deks = ["En 2023 se vendieron 949.359 automóviles en España, un 16,7% más que en 2022",
            "El Dacia Sandero fue el coche más vendido de 2023, sumando 27.951 unidades"]
    dump = "\n".join(["Menú", "Los coches más vendidos en 2023 y 2024 en España", *deks,
                      "Facebook Twitter Flipboard E-mail", "2025-01-08T16:15:39Z", *story])
    assert clean_dump(dump).text.split("\n\n") == [*deks, *story]


def test_live_blog_entries_closing_on_their_time_under_a_dek_are_no_deks():
    story = [*paragraphs(4, "Riots"), "Police made dozens of arrests after the protest in the city centre turned violent."]
    dek = "Police made dozens of arrests as the protest in the city centre turned violent"
    entries = ["Broadcaster stops its report from the city as rioters swear at the crew17:35",
               "The mayor says the city must not let the rioters prevail over its people17:24"]
    lines = ["Menu", "Far-right protesters throw bricks at police as violence erupts in the city", dek, *entries,
             "By Jane Roe", "Aug 4, 2024", *story]
    assert _dek(lines, lines.index(story[0])) == [dek]
