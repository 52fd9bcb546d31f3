"""A dump's title shares its words with the story (issue 12, dumpsT323).

The last headline-shaped line over the story was the title, and on copied pages that line is often furniture set
between the headline and the story: the author's name and outlet ("Andy Walker / Android Authority", "Jim Walsh Cherry
Hill Courier-Post"), a toolbar ("Envoyer par e-mail", "vorlesen Druckansicht Kommentare lesen"), a notice. Such a line
shares few words with the story; the headline nearest the story that shares most of its words with it is the title.
Synthetic dumps in that shape.
"""
import pytest

from extractors.clean.dump_bylines import is_role_line
from extractors.clean.story_titles import (
    captioned_pick,
    doubled_headline,
    header_headline,
    is_closed_headline,
    share_bar_headline,
    spaced_kicker,
    story_headline,
    story_words,
    unglued_kicker,
)
from extractors.clean.text import _has_dated_field, _is_opening_headline, clean_text_dump

MENU = ["Home", "World", "Business", "Sport", "Culture", "About us"]
HEADLINE = "Dock workers vote to end the harbour strike"
BODY = tuple(
    f"Paragraph {n} of the report tells how the dock workers of the port voted on Sunday to end the harbour strike, "
    f"what the company offered and what the union leaders said after {n} days of talks."
    for n in ("one", "two", "three", "four", "five", "six")
)


@pytest.mark.parametrize("furniture", [
    "Andrea Walkerson / Coastal Gazette",  # the author's name and outlet
    "Envoyer par e-mail au rédacteur",  # a toolbar
    "Sign up to FREE email alerts from Gazette - football",  # a notice
])
def test_furniture_under_the_headline_is_no_title(furniture):
    dump = clean_text_dump("\n\n".join([*MENU, HEADLINE, furniture, *BODY]))
    assert dump.title == HEADLINE


def test_a_picked_line_sharing_the_story_words_stays_the_title():
    """A pick that tells the story stays, however many candidates above it share its words."""
    assert story_headline([HEADLINE, "Harbour strike: dock workers vote"], "Harbour strike: dock workers vote",
                          " ".join(BODY)) == "Harbour strike: dock workers vote"


def test_no_candidate_sharing_the_story_keeps_the_pick():
    assert story_headline(["Weather service warns of storms", "Sign up for alerts today"], "Sign up for alerts today",
                          " ".join(BODY)) == "Sign up for alerts today"


def test_han_text_is_read_as_two_character_pieces_and_figures_not_at_all():
    assert {"新闻", "闻记", "记者"} <= story_words("新闻记者")
    assert story_words("The 2024 port") == {"port"}


def test_headline_opening_the_region_beats_a_notice_above_it():
    """A long headline opening the story's region, dropped or kept as a paragraph, is the title rather than the
    notice above the region ("Codice sconto Luisa Via Roma" over Repubblica's headline of four sentences, which the
    first-paragraph check leaves for a lede: a sentence closed inside a line of 17 words or more)."""
    headline = "Harbour strike over. Dock workers: “We voted to end the strike after days of talks”. Union leaders: “Company offered more”"
    text = "\n\n".join([*MENU, "California - CCPA Notice for readers", headline, *BODY])
    assert clean_text_dump(text).title == headline


def test_lede_closed_by_a_full_stop_opening_the_region_is_no_title():
    assert not _is_opening_headline("The dock workers of the port voted on Sunday to end the harbour strike.")


def test_a_name_sharing_a_word_with_the_story_loses_to_the_headline_sharing_all():
    """A byline with a place ("Jonathan Harding Houston" on DW) shares a word with the story, yet far fewer than the
    headline over it."""
    headline = "Dock workers end the harbour strike"
    assert story_headline(["Weather service warns of storms", headline, "Jonathan Harding Harbour"],
                          "Jonathan Harding Harbour", " ".join(BODY)) == headline



# round dumpsT326: the headline over its dek, the pick taken under the header's byline and date
DEK = "The union says the company met its demands on pay and hours after a week of talks in the port."
HEADER_FURNITURE = [  # a toolbar, a share bar and notices between the header and the story
    "Save this story for later", "Share", "Facebook", "Twitter", "Email", "Copy link", "Listen to this article now",
    "Gift this article to a friend", "This feature is only for subscribers",
]


@pytest.mark.parametrize("header", [["By Jane Porter", "June 3, 2024"], ["Published 3 June 2024, 10:42"]])
def test_headline_over_its_dek_beats_furniture_under_the_byline_and_date(header):
    """ABC's "Esta funcionalidad es sólo para suscriptores", the Mirror's newsletter notice, Le Monde's toolbar under
    the byline and date were the title; the headline stands over its dek above them."""
    text = "\n\n".join([*MENU, HEADLINE, DEK, *header, *HEADER_FURNITURE, *BODY])
    assert clean_text_dump(text).title == HEADLINE


def test_a_line_over_the_picked_headline_is_no_headline_over_a_dek():
    """A short line right over the pick (CryptoSlate's "Now reading Article" over its headline) is no headline over a
    dek, though the pick under it is longer and the pick is printed again under the date."""
    headline = "Dock workers of the port vote to end the long harbour strike today"
    text = "\n\n".join([*MENU, "Now reading harbour article", headline, "June 3, 2024", headline, *BODY])
    assert clean_text_dump(text).title == headline


def test_a_headline_right_over_its_date_stays_under_a_line_over_a_longer_one():
    """The rule reads only picks under the header's last byline or date line: the headline right over its date stays,
    under a menu's line over a longer one (adac.de's "Über die ADAC SE" over a glued menu line, NDR's "Wir über uns"
    over an audio teaser)."""
    lines = ["Harbour news from the port", "Harbour news, port strike updates, dock workers and union talks this week",
             HEADLINE, "June 3, 2024", "Share", *BODY]
    assert header_headline(HEADLINE, lines, lines[:3], [3], 5, " ".join(BODY)) == HEADLINE


def test_headline_right_over_its_byline_beats_furniture_under_the_date():
    """No dek longer than the headline under it (Engadget's "But only hardcore gamers will appreciate it.", the
    Telegraph's): the headline right over its dek, byline and date is the title rather than a toolbar or notice under
    them."""
    text = "\n\n".join([*MENU, HEADLINE, "Dock workers and the union agree on pay.", "By Jane Porter", "June 3, 2024",
                         *HEADER_FURNITURE, *BODY])
    assert clean_text_dump(text).title == HEADLINE


def test_a_pager_over_the_date_is_no_headline():
    """heise's "« Vorige | Nächste »" over the date, the headline under it: a line of few words of letters, though it
    shares the story's words, is no headline over the header."""
    lines = ["« Harbour | Strike »", "June 3, 2024", HEADLINE, "Share", *BODY]
    assert header_headline(HEADLINE, lines, [lines[0], HEADLINE], [1], 4, " ".join(BODY)) == HEADLINE


@pytest.mark.parametrize(("line", "dated"), [
    ("Harbour Strike, National, News | Published: 5 hours ago | Last Updated: 5 hours ago", True),  # The Namibian's
    ("Business | 22 May 2020 | Jane Porter | Coastal Gazette", True),  # Actu-Environnement's shape
    ("Sport | Football", False),
    ("Dock workers vote | Harbour strike ends", False),
])
def test_a_header_line_of_fields_holding_a_date_or_age_is_dated(line, dated):
    """The Namibian's "Geingob's Funeral, National, News | Published: 5 hours ago | ... | Written by ...", BUZZAP!'s
    date and category fields: a line of " | " fields holding a date or the story's age is no headline, and marks the
    line over it as the one over the header."""
    assert _has_dated_field(line) is dated


LONG_DEK = "Dock workers of the port end their harbour strike after the union accepts the company offer on pay"


ROOTS_OF_PROGRESS = [  # the opening of a dev page's copy (rootsofprogress.org, 2020-11-06)
    'The Roots of Progress',
    'About • Posts • Interviews • Bibliography • Subscribe • Discuss • Patreon • @rootsofprogress',
    'Progress, stagnation, and flying cars',
    'A review of Where Is My Flying Car? by J. Storrs Hall',
    'November 6, 2020 · 12 min read',
    'Suppose you were to reach into the mirror universe, where everything is inverted, and pull out a book that is the exact opposite of Robert Gordon’s The Rise and Fall of American Growth.',
    'Instead of being written by a scholarly economic historian steeped in the study of the past, it would be written by an engineer who has spent his career on futuristic technology. Instead of coming from a prestigious academic press, it would be self-published, with misformatted tables and a cover featuring garish three-dimensional lettering. Instead of sticking to extremely conservative predictions about future technologies, it would speculate audaciously about the limits of the possible, from nanotech to cold fusion. Instead of a sober survey of economic history in one country and time period, it would range widely through engineering, physics and philosophy, exploring the power-to-weight ratio of jet turbines in one chapter, and describing the rise of the counterculture in the next. And instead of proclaiming the death of innovation and the end of growth, it would paint a bold vision of an ambitious technological future.',
    'That book has leapt out of the mirror universe and into an Amazon Kindle edition (priced at 𝜋 dollars): Where Is My Flying Car? A Memoir of Future Past, by J. Storrs Hall.',
    'Hall sets out to tackle the title question: why don’t we have flying cars yet? And indeed, several chapters in the book are devoted to deep dives on the history, engineering, and economics of flying cars. But to fully answer the question, Hall must go much broader and deeper, because he quickly concludes that the barriers to flying cars are not technological or economic—they are cultural and political. To explain the flying car gap is to explain the Great Stagnation itself.',
]


def test_the_dek_picked_over_the_date_yields_to_the_headline_over_it():
    """Roots of Progress's "A review of Where Is My Flying Car? by J. Storrs Hall" (and The Daily World's "Also: ...")
    right over the date line was the title; the headline over it, sharing the story's words, is."""
    assert clean_text_dump("\n\n".join(ROOTS_OF_PROGRESS)).title == "Progress, stagnation, and flying cars"


def test_a_kicker_closed_by_a_colon_over_the_headline_is_no_headline():
    """Arya News' "رییس سازمان بورس اعلام کرد:" over its headline: a line closed by a colon opens the headline, it is
    none."""
    kicker = "Harbour strike, the dock workers of the port say:"
    text = "\n\n".join([*MENU, kicker, LONG_DEK, "By Jane Porter", "June 3, 2024", *HEADER_FURNITURE[1:6], *BODY])
    assert clean_text_dump(text).title != kicker


@pytest.mark.parametrize("repeat", [f"Harbour {HEADLINE}", f"Port news {HEADLINE.replace(' ', '  ')}"])
def test_the_headline_printed_again_behind_a_kicker_yields_to_the_headline(repeat):
    """sportschau's "Premier League Rückschlag im Titelkampf - ..." under "Rückschlag im Titelkampf - ...", Vosges
    Matin's "Frain Incendie dans une maison : ...", the Mitteldeutsche Zeitung's "Bahn Mehr Zugverbindungen ..."
    under "Bahn: Mehr Zugverbindungen ...": the headline printed again behind a kicker right under it was the
    title; the headline the page set first is."""
    text = "\n\n".join([*MENU, HEADLINE, repeat, "June 3, 2024", *BODY])
    assert clean_text_dump(text).title == HEADLINE


GATEWAY_PUNDIT = [  # the opening of a dev page's copy (thegatewaypundit.com, 2018-08-01)
    "How To Help",
    "How To Help",
    "Support TGP With a Donation",
    "TGP Store",
    ("Mueller’s Prosecutors Take a Beating From Judge Ellis For Fixating on Manafort’s Expensive Suits "
     "“Let’s Move On, Enough is Enough”"),
    "by Cristina Laila Aug. 1, 2018 7:22 pmAug. 1, 2018 3:01 pm",
    "Truth",
    "Gettr",
    "Gab",
    "Parler",
    "Telegram",
    "Share",
    "Tweet",
    ("T.S. Ellis, III, Senior U.S. District Judge for the Eastern District of Va, at the Investiture "
     "ceremony of Stuart Nash to be Associate Judge at the D.C. Superior Court. June 4, 2010. Photo by "
     "Diego M. Radzinschi/THE NATIONAL LAW JOURNAL."),
    ("Judge T.S. Ellis, a Reagan appointee, became very irritated with Mueller’s prosecutors Wednesday as "
     "they droned on an on over Manafort’s lavish lifestyle and his expensive suits."),
    ("Mueller’s thugs used the same tactic, shaming Manafort for owning a $15,000 coat made of Ostrich in "
     "Tuesday’s opening statement which drew a rebuke from Judge Ellis."),
    ("“It isn’t a crime to have money and be profligate with your spending,” Judge Ellis said to Mueller’s "
     "hack lawyer, Asonye."),
    ("On Wednesday Mueller’s lawyers took a beating from Judge Ellis after they went into detail about "
     "Manafort’s spending habits, whining about his expensive suits and how he paid for them via wire "
     "transfer–as if that’s somehow illegal."),
    ("Maximillian Katzman, 29, the manager of a luxury menwear store in New York City, testifies that Paul "
     "Manafort spent more than $929,000 on suits between 2010 and 2014. He was the store’s only customer "
     "to pay using wire transfers from foreign accounts."),
    "— Rachel Weiner (@rachelweinerwp) August 1, 2018",
]


def test_a_long_headline_closed_by_a_quote_is_a_headline():
    """The Gateway Pundit's "... Suits “Let’s Move On, Enough is Enough”", Le Monde's "... « gravité de la situation
    dans le pays »", Electrek's "... [Gallery]": a line of 12 words or more closed by a quote or bracket with no full
    stop before it was read as a sentence and left out of the candidates; the appeal over it was the title."""
    assert clean_text_dump("\n\n".join(GATEWAY_PUNDIT)).title == GATEWAY_PUNDIT[4]


@pytest.mark.parametrize(("line", "closed"), [
    ("Dock workers vote to end the strike: “We have won enough for now”", True),
    ("Spectacular crash shows the importance of a large crumple zone [Gallery]", True),
    ("The union leader said on Sunday that the workers “have won enough for now.”", False),  # a sentence
    ("The ambassadors speak before the council meeting at the headquarters [Jane Porter/AP]", False),  # a credit
    ("Dock workers vote to end the harbour strike", False),
    ("Kein Cyberterrorismus (diesmal)", True),  # pbrunst
    ("Dock workers at the harbour gate on Sunday (Jane Porter/AP)", False),  # a credit
])
def test_a_line_closed_by_a_quote_with_no_full_stop_is_a_closed_headline(line, closed):
    assert is_closed_headline(line) is closed


VERGE = [  # the opening of a dev page's copy (theverge.com, 2016-11-29)
    "Filed under:",
    "Policy",
    "Mobile",
    "US & World",
    "AT&T just declared war on an open internet (and us)",
    "New, 203 comments",
    "‘Mobilizing Your World’ sounds like a threat now",
    "By T.C. Sottek Nov 29, 2016, 10:00am EST",
    "203 comments / new",
    "Share this story",
    "Share this on Facebook",
    "Share this on Twitter",
    "Share All sharing options",
    "Share All sharing options for: AT&T just declared war on an open internet (and\xa0us)",
    "Linkedin",
    "Reddit",
    "Pocket",
    "Flipboard",
    "Email",
    ("Last year we won the open internet back, but the new regulations had one big weakness: they didn’t "
     "explicitly ban a scheme called “zero rating.” Zero rating is a poison pill wrapped in a piece of cheese; it "
     "looks like a good thing for consumers (free video!), but ultimately has the capability to rot competition "
     "and the open internet. The FCC decided it would look at zero rating schemes on a case-by-case basis, which "
     "left the door open for wireless companies to play their usual games. AT&T just broke that door off its "
     "hinges."),
    ("Last night AT&T made a dim prophecy official by announcing that its new DirecTV Now streaming service would "
     "be zero rated: it won’t count against its customers’ data caps. Zero rating isn’t new — T-Mobile has been "
     "writing the manual on how to get away with it — but now it’s finally happening at a scale that matters. And "
     "AT&T’s version is much worse than T-Mobile’s."),
    "AT&T is screwing it all up",
]


def test_a_headline_closed_by_a_bracket_is_a_headline():
    """The Verge's "AT&T just declared war on an open internet (and us)", pbrunst's "Kein Cyberterrorismus
    (diesmal)": a line closed by ")" was no title candidate, and a menu line over it ("US & World", the pager's
    "« Berichte über ...") was the title; closed by a bracket with no full stop before it, it is one."""
    assert clean_text_dump("\n\n".join(VERGE)).title == VERGE[4]


@pytest.mark.parametrize(("title", "unglued"), [
    ("Wow, wow, wow!Manuela Reimann: Hochzeitsüberraschung in Bayern!", "Manuela Reimann: Hochzeitsüberraschung in Bayern!"),
    ('"Es wird bald beginnen"Trump spricht nach Tanker-Stürmung über Bodeneinsätze',
     "Trump spricht nach Tanker-Stürmung über Bodeneinsätze"),
    ("补壹刀：别笑！18人的“新八国联军”今天成立了", "补壹刀：别笑！18人的“新八国联军”今天成立了"),  # no case in Han
    ('Why the "Pro"line of phones sells', 'Why the "Pro"line of phones sells'),  # a lower-case word after
])
def test_a_kicker_glued_after_a_closing_mark_is_cut(title, unglued):
    assert unglued_kicker(title) == unglued


def test_a_glued_kicker_is_cut_from_the_dump_title():
    text = "\n\n".join([*MENU, f"Finally!{HEADLINE}", "June 3, 2024", *BODY])
    assert clean_text_dump(text).title == HEADLINE


SOL_DE_MAZATLAN = [  # the opening of a dev page's copy (elsoldemazatlan.com.mx, 2020-03-17)
    "Finanzas",
    "/ martes 17 de marzo de 2020",
    "Precio del petróleo mexicano cae a un mínimo de 18 años",
    ("El barril de petróleo mexicano de exportación se desplomó 22 por ciento este martes respecto al "
     "viernes"),
    "Imagen ilustrativa: Cuartoscuro",
    "Galo Ramírez | El Sol de México",
    ("El barril de petróleo mexicano de exportación se desplomó 22 por ciento este martes respecto al "
     "viernes, al cerrar hoy en 18.78 dólares por barril, su cotización más baja desde el 6 de marzo de "
     "2002."),
    ("Con este precio, el promedio en lo que va del año es de 45.88 dólares por barril, debajo de la "
     "cotización de 49 dólares sobre la cual el gobierno mexicano diseñó el presupuesto para este 2020."),
    "Finanzas",
    "Credit Suisse reduce pronóstico de crecimiento para México",
    ("Hoy mismo, el precio del barril de petróleo de referencia estadounidense, o West Texas Intermediate "
     "(WTI), cayó seis por ciento y se cotizó en 26.95 dólares."),
    ("El crudo del Mar del Norte, o Brent, bajó más de cuatro por ciento, a 28.73 dólares por barril. "
     "Ambos referentes se ubicaron a su menor nivel desde principios de 2016."),
    "Caída del precio del petróleo amenaza finanzas de los estados: Moody’s",
    ("La caída en los precios del petróleo pone en riesgo las aportaciones federales que entrega el "
     "Gobierno federal a algunas entidades, advirtió la calificadora Moody's."),
]


def test_with_no_byline_or_date_read_the_headline_over_its_dek_beats_the_name_line():
    """El Sol de Mazatlán's "Galo Ramírez | El Sol de México" under its photo credit, under the headline over its
    dek (the date line over them unread), Canarias7's notice, the FT's dek: the headline over its dek is the title."""
    assert clean_text_dump("\n\n".join(SOL_DE_MAZATLAN)).title == SOL_DE_MAZATLAN[2]


def test_the_headline_over_the_byline_stays_over_a_notice_opening_the_story():
    """Portal Obronny's and Super Express Łódź's "Czy ten artykuł był ciekawy? Podziel się nim!", Kompas' caption,
    NFL.com's lede set apart like a headline under the date: the headline over the byline and date stays the title."""
    notice = "Was this article interesting? Share it with your friends!"
    text = "\n\n".join([*MENU, HEADLINE, "Jane Porter", "2025-02-11 20:00", notice, *BODY])
    assert clean_text_dump(text).title == HEADLINE


@pytest.mark.parametrize("twin, pick, headline", [
    # n-tv (dev): the headline set off its kicker by a colon over the pick glued with a space
    ("Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig",
     "Neue Leipziger Schule Judy Lybke, ganz und gar nicht eigenartig", "Judy Lybke, ganz und gar nicht eigenartig"),
    # stern (dev): another kicker and a shorter headline over the pick
    ("Vonovia-Skandal: Neue Rauchmelder spionieren Mieter aus",
     "Neuer Skandal um Vonovia Neue Rauchmelder spionieren Mieter aus – und die sollen dafür zahlen",
     "Neue Rauchmelder spionieren Mieter aus – und die sollen dafür zahlen"),
    # synthetic: a dash for the mark
    (f"Harbour news – {HEADLINE}", f"Port of Tilbury {HEADLINE}", HEADLINE),
])
def test_a_kicker_glued_with_a_space_is_cut_by_its_twin_set_off_by_a_mark(twin, pick, headline):
    lines = [*MENU, twin, "Politik", pick, "June 3, 2024", *BODY]
    assert spaced_kicker(pick, lines, len(MENU) + 4) == headline


@pytest.mark.parametrize("twin", [
    "550 Kinder gezeugt - Gericht stoppt übereifrigen Samenspender",  # the pick's kicker has its own mark: it stays
    "Gericht stoppt übereifrigen",  # no kicker's mark in the line
    "Berlin: 550 Kinder gezeugt",  # the words after the mark open the pick: no kicker before them
])
def test_a_kicker_set_off_by_its_own_mark_or_no_twin_leaves_the_pick(twin):
    pick = "550 Kinder gezeugt: Gericht stoppt übereifrigen Samenspender"
    lines = [*MENU, twin, pick, "June 3, 2024", *BODY]
    assert spaced_kicker(pick, lines, len(MENU) + 3) == pick


def test_a_kicker_glued_with_a_space_is_cut_from_the_dump_title():
    text = "\n\n".join([*MENU, f"Harbour news: {HEADLINE}", f"Port of Tilbury {HEADLINE}", "June 3, 2024", *BODY])
    assert clean_text_dump(text).title == HEADLINE


HEISE = [  # the header of a dev page's copy (heise.de, 2024-04-06), the story's opening shortened
    "Unternehmen",
    "SAP",
    "SAP will in Deutschland 2600 Stellen streichen",
    "SAP will in Deutschland 2600 Stellen streichen",
    ("Der Konzernumbau bei SAP wird konkreter: Vor allem in der Zentrale in Walldorf sollen Arbeitsplätze "
     "wegfallen. Der Betriebsrat ist alarmiert."),
    "In Pocket speichern vorlesen Druckansicht",
    "SAP plant Stellenabbau in Deutschland",
    "(Bild: josefkubes/Shutterstock.com)",
    "13:51 Uhr",
    "Lesezeit: 2 Min.",
    "Von",
    "Nico Ernst",
    ("Im Zuge einer weltweiten strategischen Neuausrichtung plant der Softwarekonzern SAP insgesamt 8000 Stellen "
     "abzubauen. Allein in Deutschland sollen 2600 Stellen wegfallen, wie das Handelsblatt berichtet."),
]


def test_a_caption_picked_over_its_photo_credit_yields_to_the_headline_over_it():
    """heise's "SAP plant Stellenabbau in Deutschland" over "(Bild: ...)", Engadget's and Time's tag lines over the
    lead photo's credit: the line right over a photo credit is the photo's, the headline over it the title."""
    story = HEISE[-1]
    assert captioned_pick(HEISE[6], HEISE, HEISE[2:7], len(HEISE) - 1, story) == HEISE[2]


def test_a_caption_over_its_credit_under_the_byline_is_no_dump_title():
    caption = "Harbour workers at the port gate in Tilbury"
    text = "\n\n".join([*MENU, HEADLINE, "In Pocket speichern vorlesen Druckansicht", caption,
                         "(Photo: Jane Doe/Getty Images)", "June 3, 2024", "By Jane Porter", *BODY])
    assert clean_text_dump(text).title == HEADLINE


@pytest.mark.parametrize("above", [
    ["Products and services"],  # a menu line too short to be the headline (the RIA's)
    ["Russia in Foreign Media", "Explosion in the metro"],  # lines sharing no word with the story
])
def test_a_headline_over_its_photo_credit_stays_with_no_headline_over_it(above):
    lines = [*MENU, *above, HEADLINE, "© AFP/ TOSHIFUMI KITAMURA", "June 3, 2024", *BODY]
    at = len(MENU) + len(above)
    assert captioned_pick(HEADLINE, lines, [*above, HEADLINE], at + 3, "\n".join(BODY)) == HEADLINE


BUZZFEED = [  # the header of a dev page's copy (buzzfeed.com, 2016-04-22), the story's opening shortened
    "FBI Obtains Passcode To iPhone In New York, Drops Case Against Apple",
    ("“Yesterday evening, an individual provided the passcode to the iPhone at issue in this case,” U.S. Attorney "
     "Robert Capers wrote in a letter to the judge."),
    "Salvador Hernandez",
    "BuzzFeed News Reporter",
    "Hamza Shaban",
    "BuzzFeed News Reporter",
    ("The FBI no longer needs Apple’s help to access an iPhone used by an alleged drug dealer in Brooklyn, ending "
     "yet another legal standoff between the FBI and Apple over locked devices."),
    ("“Yesterday evening, an individual provided the passcode to the iPhone at issue in this case,” U.S. Attorney "
     "Robert Capers wrote in a letter to the court of the Eastern District of New York Friday. “Late last night, the "
     "government used that passcode by hand and gained access to the iPhone.”"),
]


def test_a_byline_role_picked_as_the_title_yields_to_the_headline_over_it():
    """BuzzFeed's "BuzzFeed News Reporter" under each writer's name, SFGate's "Carolyn Said, Chronicle Staff Writer":
    a byline's job title is no headline."""
    lines = [*MENU, *BUZZFEED]
    candidates = [BUZZFEED[0], BUZZFEED[3]]
    story = "\n".join(BUZZFEED[-2:])
    assert captioned_pick(BUZZFEED[3], lines, candidates, len(lines) - 2, story) == BUZZFEED[0]


def test_the_headline_over_a_share_bar_beats_a_video_title_under_it():
    """CBS News' headline over "Share" / "Tweet" / "Reddit" / "Flipboard" / "Email" over its video's title, the St.
    Louis Post-Dispatch's over "Share this" / "Facebook" / ... over "From staff reports": the line over the share bar
    is the headline."""
    video = "Harbour strike: the vote in pictures"
    lines = [*MENU, HEADLINE, "Share", "Tweet", "Reddit", "Flipboard", "Email", video, *BODY]
    at = len(MENU) + 6
    assert share_bar_headline(video, lines, [HEADLINE, video], at + 1, "\n".join(BODY)) == HEADLINE
    text = "\n\n".join(lines[:at] + ["June 3, 2024"] + lines[at:])
    assert clean_text_dump(text).title == HEADLINE


@pytest.mark.parametrize("over_bar", [
    "Harbour news",  # too short for a headline
    "Photographs of the old city archive collection",  # a line sharing no word with the story
])
def test_a_line_over_a_share_bar_that_is_no_headline_leaves_the_pick(over_bar):
    lines = [*MENU, over_bar, "Share", "Tweet", "Email", HEADLINE, *BODY]
    at = len(MENU) + 4
    assert share_bar_headline(HEADLINE, lines, [over_bar, HEADLINE], at + 1, "\n".join(BODY)) == HEADLINE


LESOTHO_TIMES = [  # the header of a dev page's copy (lesothotimes.com, 2025-11-21), the story's opening shortened
    "Primary Menu",
    "Search for: Search",
    "Home",
    "News",
    "Mining blasts shatter homes",
    "Local NewsNews",
    "Mining blasts shatter homes",
    "by Lesotho TimesNovember 21, 202501747",
    "Share0",
    "…as Bela Bela communities cry foul over lost livelihoods",
    "…accuse chiefs of accepting bribes to ignore concerns",
    "Mathatisi Sebusi/Mohalenyane Phakela",
    ("A Chinese-owned crusher and quarry mining company has come under heavy criticism from five Bela Bela villages "
     "who claim its blasting operations are destroying their homes and livelihoods."),
    ("Communities living near the site report that frequent powerful explosions from Moruo Mining and Construction "
     "Company have caused severe structural damages to their houses, which include cracked walls, weakened "
     "foundations and falling off plaster."),
    ("Residents say the blasts shake their homes several times a week and that the mining company has ignored "
     "their complaints about the damage to their houses and their livelihoods."),
    "Our Networks",
    "Recent Posts",
    "Mining blasts shatter homes",  # the headline a third time, in the rail of recent posts: a label by count
    "Former PS Makara off the hook in M109 million fertiliser case",
    "Kobeli only paid M100k of M6.5m LNDC debt",
]


def test_the_headline_printed_twice_is_a_title_candidate_not_a_label():
    """The Lesotho Times' and UrduPoint's headline printed twice over the story (the page's title line and the
    headline): a line the dump repeats is read as a label and left out, yet this one is the headline."""
    story = story_words("\n".join(LESOTHO_TIMES[12:15]))
    assert doubled_headline(LESOTHO_TIMES, 6, story)
    assert not doubled_headline(LESOTHO_TIMES, 2, story)  # "Home", a menu's label
    assert clean_text_dump("\n\n".join(LESOTHO_TIMES)).title == LESOTHO_TIMES[6]


SEGMENT = [  # the opening of a dev page's copy (segment.com/blog, 2016-05-16)
    "Segment",
    "Sources Warehouses Catalog Pricing Blog",
    "Subscribe",
    "16 May 2016 engineering",
    "Scaling NSQ to 750 Billion Messages",
    "Calvin French-Owen",
    "Co-Founder at Segment",
    "calvinfo",
    "Follow @calvinfo",
    "We’re hiring",
    ("Since Segment’s first launch in 2012, we’ve used queues everywhere. Our API queues messages immediately. Our "
     "workers communicate by consuming from one queue and then publishing to another. It’s given us a ton of "
     "leeway when it comes to dealing with sudden batches of events or ensuring fault tolerance between services."),
    ("We first started out with RabbitMQ, and a single Rabbit instance handled all of our pubsub. Rabbit had lot of "
     "nice tooling around message delivery, but it turned out to be really tough to cluster and scale as we grew."),
    ("So in January 2014, we started the search for a new queue. We evaluated a few different systems: Darner, "
     "Redis, Kestrel, and Kafka (more on that later). Each queue had different delivery guarantees, but none of "
     "them seemed both scalable and operationally simple. And that’s when NSQ entered the picture… and it’s "
     "worked like a charm."),
    "As of today, we’ve pushed 750 billion messages through NSQ, and we’re adding around 150,000 more every second.",
]


@pytest.mark.parametrize(("line", "role"), [
    ("National Recruiting Analyst", True),  # Rivals
    ("NFL Analyst", True),  # Fox Sports
    ("Co-Founder at Segment", True),  # Segment
    ("Analyst Upgrades Bankruptcy Buffett Dividends Earnings Economy Jobs Retail", False),  # a menu
    ("Scaling NSQ to 750 Billion Messages", False),
])
def test_an_analyst_or_founder_line_is_a_byline_role(line, role):
    assert is_role_line(line) is role


def test_a_founder_role_picked_as_the_title_yields_to_the_headline_over_it():
    """Segment's "Co-Founder at Segment" under the writer's name was the title; a job title is no headline."""
    assert clean_text_dump("\n\n".join(SEGMENT)).title == SEGMENT[4]
