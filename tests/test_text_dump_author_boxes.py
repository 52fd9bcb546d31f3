"""Issue 12: an author box copied with the story (the author's name, a blurb, a link to the author's page) gives no
paragraph: the blurb next to the link goes (``text_regions.author_boxes``), above or below the link."""
from __future__ import annotations

from tests.test_clean_text import clean_dump, copied_page

STORY = (
    "Today at the company's press event, the firm announced that its tablet would receive an update this autumn.\n\n"
    "The new port is a good addition for customers who are going to buy a tablet before the holidays this year.\n\n"
    "The company surprised us with a couple of other changes, among them a faster chip and wider network support.\n\n"
    "As teardowns of the phone have shown, the new chip is redesigned and much more energy efficient than before.\n"
)


def test_author_blurb_under_the_link_to_the_authors_page_goes():
    """TechCrunch: byline, "View Staff Page Follow me on twitter", the blurb, then the story."""
    blurb = ("Originally from France, Jane Doe is on track to graduate from a business school specialized in "
             "entrepreneurship, and writes about gadgets for the site.")
    dump = ("Gadgets\nEvents\n\nThe Company Unveils A New Tablet With A Faster Chip\n\nJane Doe\n\nposted 30 mins ago\n"
            f"Comments\nView Staff Page Follow me on twitter\n{blurb}\n\n{STORY}")
    text = clean_dump(dump).text
    assert blurb not in text
    assert text.startswith("Today at the company's press event")


def test_author_blurb_above_the_link_to_the_authors_page_goes():
    """BE-PAL: the editors' name, their blurb, "著者ページへ", set between the standfirst and the story."""
    blurb = ("1981年に創刊したアウトドア月刊誌を手掛ける、アウトドアが大好きな編集スタッフが集結。"
             "アウトドアにまつわるたくさんの達人たちと、楽しいアウトドアライフ情報を発信しています。")
    story = ("はい、ひとつひとつとても熱のこもった感想をいただいています。何者かになれない焦りについても書いていますが、"
             "そこがロスジェネ世代に響いていたり。アラスカに行くシーンでは山をやらない方々にも情景が浮かんだようです。\n\n"
             "じつは1作目は、友人に原稿を何度も読んでもらってダメ出しをくらいながら完成させたものなんです。"
             "ようやく完成したときには最高の褒め言葉をくれました。だから感じ方はとても近いものがありました。\n\n"
             "本音では喜んでくれるような気がするんです。ただ、それと同時に人が亡くなる話をプロとして書いているわけで、"
             "罪悪感のような居心地の悪さみたいなものはあります。そんな気持ちが同居していて、忘れちゃいけないと思っています。\n")
    dump = f"ホーム\n本\n\n2026.06.13\n\nText\nBE-PAL編集部\n{blurb}\n著者ページへ\n\n{story}"
    text = clean_dump(dump).text
    assert blurb not in text
    assert "熱のこもった感想" in text


def test_story_paragraph_next_to_no_author_link_stays():
    """Without the link the same opening is the story's: the blurb's shape alone drops nothing."""
    dump = f"Gadgets\nEvents\n\nThe Company Unveils A New Tablet With A Faster Chip\n\nJane Doe\n\nComments\n\n{STORY}"
    assert clean_dump(dump).text.startswith("Today at the company's press event")


def test_blurb_calling_the_author_by_first_name_under_the_full_name_goes():
    """Engadget: "By Devindra Hardawar @devindra" over "Devindra has been obsessed with technology ..."; TechCrunch:
    "Frederic Lardinois" / "Editor" over "Frederic was with TechCrunch from 2012 through 2025. ..."."""
    blurb = ("Jane has been obsessed with technology for as long as she can remember, starting with the first time "
             "she ever glimpsed a games console.")
    dump = (f"The Company Unveils A New Tablet With A Faster Chip\n\n{STORY}\n"
            f"In this article: tablets, gadgets, review\nBy Jane Doe @janedoe\n{blurb}\n2192 Shares\nComments\n")
    text = clean_dump(dump).text
    assert blurb not in text
    assert "teardowns of the phone" in text


def test_paragraph_repeating_the_full_name_under_it_stays():
    """A paragraph naming the person in full under a line of their name is the story's (Modern Diplomacy's reference
    keeps "Syeda Noshin Sharmily is pursuing her bachelor's ..." under her name)."""
    note = ("Jane Doe is pursuing her bachelor's in International Relations at the university, where her field of "
            "interest includes international politics and political economy.")
    dump = f"The Company Unveils A New Tablet With A Faster Chip\n\n{STORY}\nJane Doe\n{note}\n"
    assert note in clean_dump(dump).text


def test_lead_opening_with_a_brand_under_its_tag_line_stays():
    """GSMArena: the tags "TCL Android" over the lead "TCL is the rights holder for alcatel ...": a word of capitals
    only names a brand, not an author, so the lead under it is no first-name blurb."""
    lead = ("ACME is the rights holder for two older phone brands but has been trying to push its own brand of "
            "phones in the past few months.")
    dump = f"Acme Signs A Footballer As Its Brand Ambassador\n\nJane 22 July 2020\n\nACME Android\n\n{lead}\n\n{STORY}"
    assert clean_dump(dump).text.startswith(lead)


def test_copied_gsmarena_page_keeps_its_lead_under_the_tag_line():
    expected, dump = copied_page("gsmarena_2020-07-22_tcl-harry-kane-ambassador__mgh2")
    lead = "TCL is the rights holder for alcatel and Blackberry smartphones"
    assert lead in expected
    assert lead in clean_dump(dump).text


HISTORIA = (
    "El Govern presentó este martes un plan para construir cincuenta mil viviendas públicas antes del año 2030.\n\n"
    "La consellera explicó que la nueva vivienda protegida tendrá un precio limitado y se venderá a jóvenes.\n\n"
    "Los promotores privados podrán acceder a préstamos del instituto de crédito si construyen estas viviendas.\n\n"
    "La oposición criticó que el plan llega tarde y pidió más detalles sobre su financiación en el Parlament.\n"
)


def test_spanish_author_blurb_under_the_link_to_more_of_the_authors_articles_goes():
    """La Vanguardia: the author's name and role, "Ver más artículos", then the blurb, under the story; elDiario.es
    prints "Más artículos de Alberto Órfão" under the author's name."""
    blurb = ("Periodista. Ha desarrollado gran parte de su carrera en este diario, donde ha cubierto las áreas de "
             "Educación y Universidades, Política y, ahora, Economía.")
    dump = (f"Economía\n\nCataluña dará ayudas a jóvenes para la entrada de un piso\n\n{HISTORIA}\n"
            f"Maite Gutiérrez\nPeriodista\nVer más artículos\n{blurb}\nEtiquetas\nCataluña\n")
    text = clean_dump(dump).text
    assert blurb not in text
    assert "La oposición criticó que el plan llega tarde" in text


def test_story_paragraph_above_the_authors_name_over_the_link_stays():
    """La Vanguardia: the story's last paragraph, "Chus del Pino", "Ver más artículos", then a blurb closing no
    sentence: the name heads the box, so the paragraph beyond it is the story's, not the blurb two lines off."""
    blurb = ("Córdoba, 1984. Periodista. He desarrollado mi carrera en distintos medios de información editados en "
             "Sevilla, siempre buscando historias que reflejen la realidad en la que vivimos")
    dump = (f"Cataluña dará ayudas a jóvenes para la entrada de un piso\n\n{HISTORIA}"
            f"Chus del Pino\nVer más artículos\n{blurb}\nEtiquetas\nCataluña\n")
    assert "La oposición criticó que el plan llega tarde" in clean_dump(dump).text
