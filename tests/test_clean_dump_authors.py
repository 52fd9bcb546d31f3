"""The authors of a page copied as text (``text.clean_text_dump``, ``metadata.dump_authors``)."""
from extractors.clean.metadata import dump_authors
from extractors.clean.text import clean_text_dump

STORY = (
    "The harbour board voted on Tuesday to close the old ferry pier for two years while engineers replace its piles.",
    "Residents of the island said the closing would add an hour to their daily commute into the city centre.",
    "The board said the work would cost about twelve million dollars and would be paid from the port's reserves.",
    "A temporary landing north of the marina will take the morning boats from the first week of next month.",
)


def _dump(*header: str) -> str:
    return "\n\n".join(("Menu", "Home", "News", *header, *STORY, "Contact us", "Privacy policy"))


def test_a_byline_under_the_dek_at_the_story_start_gives_the_authors():
    """The region opens at the dek, so the byline under it sits in the story (The New Yorker's, WDR's shape)."""
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "Islanders face a longer trip to the city while the piles of the pier are replaced over two years.",
        "By Marta Lindqvist and Owen Pryce",
    ))
    assert dump.authors == ("Marta Lindqvist", "Owen Pryce")
    assert not any("Lindqvist" in para for para in dump.paragraphs)


def test_what_follows_the_names_in_a_story_byline_is_no_author():
    """"Sage Lazzaro • 12/16/16 12:21pm" (Observer), "Pedro Lázaro Rodríguez Gil Publicado Jul 23" (Telepinar)."""
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "Islanders face a longer trip to the city while the piles of the pier are replaced over two years.",
        "Von Marta Lindqvist • 12/16/16 12:21pm",
    ))
    assert dump.authors == ("Marta Lindqvist",)


def test_a_date_glued_to_a_header_byline_is_no_author():
    """"by Rachel Frazin - 12/22/23 12:24 PM ET" (The Hill), "By Vlad Savov posted Apr 9th 2011 5:00PM" (Engadget)."""
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "by Marta Lindqvist - 12/22/23 12:24 PM ET",
    ))
    assert dump.authors == ("Marta Lindqvist",)


def test_a_lowercase_particle_stays_inside_the_name():
    """"By Lisa de Moraes" (Deadline), "By Amy de Klerk" (Harper's Bazaar Japan)."""
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "By Lisa de Moraes"))
    assert dump.authors == ("Lisa de Moraes",)


def test_a_bare_name_over_a_date_line_is_the_byline():
    """"Kyle Wiggers" over its age on TechCrunch, "Joshua Whorms" over the date on the Daily Star."""
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "Marta de Lindqvist",
        "March 18, 2024",
    ))
    assert dump.authors == ("Marta de Lindqvist",)



def test_a_name_before_a_bar_and_a_date_is_the_byline():
    """"Aashish Saxena / TIMESOFINDIA.COM / Sep 2, 2024" (Times of India), "Yasmine Hassan · CBC News · Posted: ..." (CBC)."""
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "Marta Lindqvist · Harbour Gazette · March 18, 2024",
    ))
    assert dump.authors == ("Marta Lindqvist",)


def test_names_on_the_lines_under_a_lone_label_are_the_byline():
    """"By" / "Erin Schumaker" / "and" / "Morgan Winsor" (ABC News), "Von" / "Nico Ernst" (heise)."""
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "By",
        "Marta Lindqvist",
        "and",
        "Owen Pryce",
        "March 18, 2024",
    ))
    assert dump.authors == ("Marta Lindqvist", "Owen Pryce")


def test_a_lone_label_inside_the_story_start_gives_the_names_under_it():
    """The region opens at the dek; "Von" / "Jasper Riemann" under it (BR24), "by" / "Gabriele Tomassetti" (DZone)."""
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "Islanders face a longer trip to the city while the piles of the pier are replaced over two years.",
        "Von",
        "Marta Lindqvist",
    ))
    assert dump.authors == ("Marta Lindqvist",)


def test_a_bare_name_over_its_job_title_is_the_byline():
    """"Hassam Nasir" / "Tech Reporter" (TweakTown), "George Anders" / "Former Contributor" (Forbes): the title is no
    name, the name over it is."""
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "Marta Lindqvist",
        "Harbour Affairs Correspondent",
        "Published on the eighteenth of March",
    ))
    assert dump.authors == ("Marta Lindqvist",)


def test_a_name_opening_a_line_of_its_date_is_the_byline():
    """"Beth Mole - Apr 3, 2020 7:45 pm UTC" (Ars Technica), "Lydia Dishman 05.24.16 5:42 AM" (Fast Company)."""
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "Marta Lindqvist - Mar 18, 2024 7:45 pm UTC",
    ))
    assert dump.authors == ("Marta Lindqvist",)


def test_a_heading_closed_by_a_year_names_no_author():
    """"Global Energy Trends 2024", "Looking Ahead to 2024": capitalised words and a year are no name and date."""
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "Looking Ahead to 2024"))
    assert dump.authors == ()


def test_a_name_glued_to_its_job_title_is_the_byline():
    """"Sophie FosterTravel News Reporter" (the Daily Star), "Guy MartinSenior Contributor" (Forbes)."""
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "Marta LindqvistHarbour Affairs Correspondent",
    ))
    assert dump.authors == ("Marta Lindqvist",)


def test_a_label_and_names_alone_on_a_line_are_the_byline():
    """"di Fabrizio Dragosei" (Corriere della Sera), "di Emanuele Capone" (la Repubblica): Italian's label opens it."""
    dump = clean_text_dump(_dump("Il consiglio del porto chiude il vecchio molo per lavori", "di Marta Lindqvist"))
    assert dump.authors == ("Marta Lindqvist",)


def test_a_stamps_weekday_or_month_read_before_its_day_is_no_author():
    """"Tuesday May 24, 2016 2:54 pm PDT by ..." (MacRumors), "Published Dec. 21, 2023 5:02 p.m. ET" (Fox Sports):
    the words before the day are the stamp's, not a name."""
    for line in ("Thursday March 14, 2024 9:12 am PDT", "Published Mar. 14, 2024 9:12 a.m. ET"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line))
        assert dump.authors == ()


def test_a_label_or_a_date_word_glued_to_the_bylines_name_is_set_apart():
    """"ByJordan James Feb 16, 9:10 PM" (247Sports), "BYKia Kokalitcheva" (Fortune), "by Marcus NestorFebruary 11th,
    2026" (9to5Linux), "By Emma BatyPublished: Dec 22, 2023" (Cosmopolitan), "By Carolyn SaidUpdated April 25"
    (the SF Chronicle): the copy lost the space between the label, the name and the date."""
    for line in ("ByMarta Lindqvist Mar 14, 9:10 PM", "BYMarta Lindqvist", "by Marta LindqvistMarch 14th, 2024"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line))
        assert dump.authors == ("Marta Lindqvist",), line
    for line in ("By Marta LindqvistPublished: Mar 14, 2024", "By Marta LindqvistUpdated March 14, 2024 4:38 p.m."):
        lines = ["Harbour board shuts the old ferry pier for repairs", line, *STORY]
        assert dump_authors(lines, authors=(), first_line=STORY[0]) == ("Marta Lindqvist",), line


def test_a_job_title_glued_or_set_beside_the_bylines_name_is_no_author():
    """"Emma MackenzieLifestyle Writer" under a lone "By" (the Mirror), "Alan JohnsonReporter" (the Daily Star),
    "Hannah Ritzmann, Redakteurin für Finanzen" (the Berliner Morgenpost), "Daniel Großert Redakteur" (Ruhr
    Nachrichten): the title is the writer's, not a second writer."""
    for header in (("By", "Marta LindqvistHarbour Writer"), ("Von Marta Lindqvist, Redakteurin für Häfen",)):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", *header, "14:00, 28 Apr 2024"))
        assert dump.authors == ("Marta Lindqvist",), header


def test_a_from_x_to_x_menu_entry_opened_by_von_is_no_author():
    """"Von Mensch zu Mensch" (the Hamburger Abendblatt's menu), "Von Mittelstand zu Mittelstand" (the FAZ's): the
    label word opens a phrase, and "zu" is no name particle there."""
    dump = clean_text_dump(_dump("Von Hafen zu Hafen", "Der Hafenrat schließt den alten Fähranleger für Reparaturen"))
    assert dump.authors == ()


def test_the_kind_of_piece_printed_before_the_bylines_label_is_no_part_of_the_name():
    """"Story by James Fallows" (The Atlantic), "Kolumne von Carla Siepmann - 28.04.2024 um 08:52 Uhr" (netzpolitik.org),
    "Eine Rezension von Daniel Gerhardt" over its date (Die Zeit): the words before the label name the piece."""
    for header in (("Story by Marta Lindqvist", "March 14, 2024"),
                   ("Kolumne von Marta Lindqvist - 14.03.2024 um 08:52 Uhr - 12 Ergänzungen",),
                   ("Eine Rezension von Marta Lindqvist", "14. März 2024, 21:36 Uhr")):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", *header))
        assert dump.authors == ("Marta Lindqvist",), header

    # "von" before one surname is the name's own particle ("Ursula von der Leyen")
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "By Karl von Hafen",
                                 "March 14, 2024"))
    assert dump.authors == ("Karl von Hafen",)


def test_an_outlet_in_capitals_after_the_writers_name_is_no_author():
    """"By Sean Leahy, USA TODAY" (USA Today), "By Francesca Gariano, TODAY" (TODAY), "von Felix Fahnert, MDR
    SACHSEN-ANHALT" (MDR): the capitals after a name in mixed case name the outlet; an agency stays for the record."""
    for line in ("By Marta Lindqvist, HARBOUR DAILY", "von Marta Lindqvist, HAFENBLATT NORD"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line, "March 14, 2024"))
        assert dump.authors == ("Marta Lindqvist",), line
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "By Marta Lindqvist, AFP",
                                 "March 14, 2024"))
    assert dump.authors == ("Marta Lindqvist", "AFP")


def test_an_initials_full_stop_closing_the_bylines_name_stays():
    """"Par D.D." (Le Figaro), "By Nelson C.J." (Teen Vogue): the reference keeps the initial's dot."""
    for line, name in (("Par E.P.", "E.P."), ("By Marta C.J.", "Marta C.J.")):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line, "March 14, 2024"))
        assert dump.authors == (name,), line


def test_the_byline_nearest_the_story_wins_over_a_menu_entry_high_in_the_header():
    """"Sun Vouchers" over "£9.50 Hols" in The Sun's menu, "Save Article" in the Business Journals' toolbar, "A Roma"
    on la Repubblica: a name-shaped menu entry over a short line high in the header is no byline when the writer's
    name sits right above the story."""
    dump = clean_text_dump(_dump(
        "Harbour Deals", "£9.50 Hols", "Sport", "Travel", "Weather",
        "Harbour board shuts the old ferry pier for repairs", "Marta Lindqvist", "Published: 22:04, 22 Apr 2024",
    ))
    assert dump.authors == ("Marta Lindqvist",)
    # a line of the story opening on a company's name before its figures is prose, no name and date (24/7 Wall St.)
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs", "Marta Lindqvist", "March 24, 2024 10:11 am",
        "Harbour Freight Inc. (NASDAQ: HFI) shares were up 4% at $16.47 on Tuesday, in a 52-week range of $9.10 to $21.",
    ))
    assert dump.authors == ("Marta Lindqvist",)


def test_a_byline_group_found_from_its_last_name_gives_all_its_names():
    """Read upwards, a group's last name is met first: "By" / "Erin Schumaker" / "and" / "Morgan Winsor" over the
    date (ABC News), "Salvador Hernandez" / "BuzzFeed News Reporter" / "Hamza Shaban" / "BuzzFeed News Reporter"
    (BuzzFeed), "Hassam Nasir" / "Tech Reporter" over the date (TweakTown): the whole group is the byline."""
    for header, names in ((("By", "Marta Lindqvist", "and", "Owen Pryce", "March 14, 2024, 6:08 PM"),
                           ("Marta Lindqvist", "Owen Pryce")),
                          (("Marta Lindqvist", "Harbour News Reporter", "Owen Pryce", "Harbour News Reporter"),
                           ("Marta Lindqvist", "Owen Pryce")),
                          (("Marta Lindqvist", "Tech Reporter", "Published Mar 14, 2024 3:08 PM CDT"),
                           ("Marta Lindqvist",))):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", *header))
        assert dump.authors == names, header


def test_a_name_and_its_handle_over_the_date_is_the_byline():
    """"Devindra Hardawar, @devindra" over "11.03.17 in Gadgetry" (Engadget), "Tatiana Parafiniuk-Talesnick
    @TatianaSophiaPT" over "Monday" (the Register-Guard); an embedded post's name and handle over its text is none."""
    for header in (("Marta Lindqvist, @martalind", "03.14.24 in Harbours"), ("Marta Lindqvist @MartaLind", "Monday")):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", *header))
        assert dump.authors == ("Marta Lindqvist",), header
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "Owen Pryce @owenpryce",
                                 "The pier has been falling apart for years and nobody in the port office cared at all."))
    assert dump.authors == ()


def test_a_name_over_a_line_opening_on_its_date_is_the_byline():
    """"Daphne Yow" over "17 Jan 2025 09:06PM (Updated: 17 Jan 2025 10:04PM)" (CNA), "María R. Sahuquillo" over
    "Bruselas - 15 oct 2024 - 08:22Actualizado: ..." (El País), "Jordan Schneider" over "Sep 24, 2020 6" (Substack):
    the date line holds more than its stamp."""
    for under in ("14 Mar 2024 09:06PM (Updated: 14 Mar 2024 10:04PM)",
                  "Bruselas - 14 mar 2024 - 08:22Actualizado: 14 mar 2024 - 17:38CET", "Mar 14, 2024 6"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "Marta Lindqvist", under))
        assert dump.authors == ("Marta Lindqvist",), under


def test_a_name_and_its_outlet_over_a_dateline_is_the_byline():
    """"Jim Walsh Cherry Hill Courier-Post" over "MILLVILLE - Two city residents ..." (the Courier-Post), "Sarah
    Barnacle Worcester Telegram & Gazette" over "GROTON ― Police K9 Bane ..." (the Telegram & Gazette)."""
    story = ("PORTHAVEN — The harbour board voted on Tuesday to close the old ferry pier for two years.", *STORY)
    for line in ("Marta Lindqvist Porthaven Daily Post", "Marta Lindqvist Harbour Telegram & Gazette"):
        text = "\n\n".join(("Menu", "Home", "Harbour board shuts the old ferry pier for repairs", line, *story))
        assert clean_text_dump(text).authors == ("Marta Lindqvist",), line


def test_a_name_and_its_place_after_a_bar_over_the_date_is_the_byline():
    """"Ángeles Escrivá | Madrid" over "Actualizado domingo 28/10/2012 03:21 horas" (El Mundo), "Galo Ramírez | El Sol
    de México" over the story's dated first line (El Sol de Mazatlán)."""
    for line in ("Marta Lindqvist | Madrid", "Marta Lindqvist | El Sol de Porthaven"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line,
                                     "Actualizado domingo 14/03/2024 03:21 horas"))
        assert dump.authors == ("Marta Lindqvist",), line


def test_a_hangul_name_closed_by_the_reporters_title_is_the_byline():
    """"정지은 기자" over the date (Hankyung), "김수아 인턴 기자 2024. 5. 22. 08:37" (Daum), "스포츠조선=선수민 기자"
    (Chosun): the name before "기자" (reporter), without the title, the outlet or the date."""
    story = ("항만위원회는 화요일 낡은 여객선 부두를 2년 동안 폐쇄하기로 의결했다. 기술자들이 말뚝을 교체할 예정이다.",
             "섬 주민들은 부두 폐쇄로 도심까지 매일 통근 시간이 한 시간 더 늘어날 것이라고 말했다. 위원회는 설명했다.",
             "위원회는 공사비가 약 1200만 달러에 이를 것이며 항만 적립금으로 충당할 것이라고 밝혔다. 임시 선착장도 마련된다.")
    for line in ("정지은 기자", "김수아 인턴 기자 2024. 3. 14. 08:37", "항구일보=선수민 기자"):
        text = "\n\n".join(("메뉴", "항만위원회, 낡은 여객선 부두 2년간 폐쇄", line, "입력 2024.03.14 17:11", *story))
        assert clean_text_dump(text).authors == (line.split("=")[-1].split(" ")[0],), line


def test_a_han_byline_line_in_the_header_gives_its_names():
    """"澎湃新闻记者 段彦超 廖艳" (ifeng), "澎湃新闻记者 贺梨萍" (The Paper), "《棱镜》作者 周纯" (QQ): the names after the label."""
    story = ("港务局周二投票决定关闭旧渡轮码头两年，工程师将更换码头的桩基。岛上居民表示，关闭将使他们每天进城多花一个小时。",
             "港务局表示，这项工程将耗资约一千二百万美元，费用将从港口储备金中支付。下个月起，临时码头将承接早班渡轮。",
             "居民代表说，他们希望港务局尽快公布临时码头的时刻表，并为老年乘客提供更多帮助。港务局表示将在下周公布。")
    for line, names in (("港口晚报记者 王小明 李华", ("王小明", "李华")), ("《港口》作者 周纯", ("周纯",))):
        text = "\n\n".join(("首页", "港务局关闭旧渡轮码头两年", line, "2024-03-14 09:58", *story))
        assert clean_text_dump(text).authors == names, line


def test_a_stamp_then_a_labelled_byline_on_one_line_gives_the_names():
    """"Tuesday May 24, 2016 2:54 pm PDT by Juli Clover" (MacRumors: "Juli" is also a month), "Posted Aug 13, 2010 by
    Leena Rao (@leenarao)" (TechCrunch), "December 19, 2016 by Maggie Winterfeldt" (Popsugar), "Posted: 5 September
    2013 By: Alastair Reid" (journalism.co.uk), "06.03.2017, von Constanze Kurz" (FAZ)."""
    for line, name in (("Thursday March 14, 2024 2:54 pm PDT by Juli Lindqvist", "Juli Lindqvist"),
                       ("Posted Mar 14, 2024 by Marta Lindqvist (@martalind)", "Marta Lindqvist"),
                       ("Posted: 14 March 2024 By: Marta Lindqvist", "Marta Lindqvist"),
                       ("14.03.2024, von Marta Lindqvist", "Marta Lindqvist")):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line))
        assert dump.authors == (name,), line


def test_the_outlet_written_for_and_a_follow_button_after_the_names_are_no_author():
    """"By Amitai Winehouse For Mailonline" (the Daily Mail; ZDNet's "for Between the Lines" in lowercase), "By
    Victoria O'Regan Follow" (Daily Maverick; the Washington Post's "... Follow @StevenMufson")."""
    for byline in ("By Marta Lindqvist For Mailonline", "By Marta Lindqvist Follow"):
        dump = clean_text_dump(_dump(
            "Harbour board shuts the old ferry pier for repairs",
            "Islanders face a longer trip to the city while the piles of the pier are replaced over two years.",
            byline,
        ))
        assert dump.authors == ("Marta Lindqvist",), byline


def test_a_name_glued_to_the_stamp_after_it_is_the_byline():
    """"Lisa Nimmervoll1. Februar 2016, 05:30" (Der Standard), "Dylan Jones5 hours ago" (the Evening Standard): the
    copy joined the name to the story's stamp."""
    for line in ("Marta Lindqvist1. Februar 2016, 05:30", "Marta Lindqvist5 hours ago"):
        dump = clean_text_dump(_dump(
            "Harbour board shuts the old ferry pier for repairs",
            "Islanders face a longer trip to the city while the piles of the pier are replaced over two years.",
            line,
        ))
        assert dump.authors == ("Marta Lindqvist",), line


def test_names_joined_on_the_lines_under_a_lone_label_are_the_byline():
    """"By" / "Starr Bowenbank, Rania Aniftos, Anna Chan" (Billboard), "Von" / "Jörg Wirtgen & Jan-Keno Janssen"
    (heise), "By" / "Toluse Olorunnipa and" / "Beth Reinhard" (the Washington Post): the names a line under the label
    joins, and the next line's after a joiner closing one."""
    for lines, names in ((("By", "Marta Lindqvist, Owen Pryce, Ada Brennan"),
                          ("Marta Lindqvist", "Owen Pryce", "Ada Brennan")),
                         (("Von", "Marta Lindqvist & Owen Pryce"), ("Marta Lindqvist", "Owen Pryce")),
                         (("By", "Marta Lindqvist and", "Owen Pryce"), ("Marta Lindqvist", "Owen Pryce"))):
        dump = clean_text_dump(_dump(
            "Harbour board shuts the old ferry pier for repairs",
            "Islanders face a longer trip to the city while the piles of the pier are replaced over two years.",
            *lines, "March 14, 2024 at 7:41 AM EST",
        ))
        assert dump.authors == names, lines

    # a list still open after three names (Nature's "Xiaoying You," / "Mariana Lenharo," / "Mohana Basu," / "Davide
    # Castelvecchi &" / "…"): three of the five writers would be a wrong byline
    dump = clean_text_dump(_dump(
        "Harbour board shuts the old ferry pier for repairs",
        "Islanders face a longer trip to the city while the piles of the pier are replaced over two years.",
        "By", "Marta Lindqvist,", "Owen Pryce,", "Ada Brennan,", "Tomas Varga &", "…", "Ines Moreau",
    ))
    assert "Marta Lindqvist" not in dump.authors


def test_a_bare_name_under_the_date_line_is_the_byline_when_no_other_reads():
    """"15.05.2020, 07:11 | Lesedauer: 8 Minuten" / "Melanie Wassink" (the Hamburger Abendblatt, the NRZ, the WAZ),
    "December 15, 20163:33 PM ET" / "Rebecca Hersher" (NPR), "22.08.2024" / "Shany Littman" (Krautreporter); a name
    over a photo's credit is a caption ("Friedrich Merz" / "Foto: REUTERS/..." on Rzeczpospolita), an acronym beside
    a word a tag's ("TCL Android" on GSMArena)."""
    for date in ("15.05.2020, 07:11 | Lesedauer: 8 Minuten", "December 15, 20163:33 PM ET", "22.08.2024"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", date, "Marta Lindqvist"))
        assert dump.authors == ("Marta Lindqvist",), date
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "22.08.2024", "Marta Lindqvist",
                                 "Foto: REUTERS/Owen Pryce"))
    assert dump.authors == ()
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "22.08.2024", "TCL Android"))
    assert dump.authors == ()


def test_a_name_before_a_stamp_with_its_time_and_a_few_words_is_the_byline():
    """"Andrew Tarantola 8/17/13 11:04am Yesterday 11:04am" (Gizmodo), "Martin Anderson Thu 21 Apr 2016 4.37pm" (The
    Stack): the stamp, maybe after a weekday, and a few words after it."""
    for line in ("Marta Lindqvist 8/17/13 11:04am Yesterday 11:04am", "Marta Lindqvist Thu 21 Apr 2016 4.37pm"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line))
        assert dump.authors == ("Marta Lindqvist",), line


def test_a_bare_line_opening_on_an_article_over_the_date_is_no_writer():
    """"The New Republic" over the date (The New Republic), "The Baker Boy Hat" (LDT), "The Nissan Northern Xperience"
    (AutoIndustriya): a title or an outlet; an agency stays the byline's organisation ("The Associated Press" over
    "Published May 07, 2025" on the National Post)."""
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "The Harbour Lantern Show",
                                 "March 14, 2024 at 7:41 AM EST"))
    assert dump.authors == ()


def test_a_name_beside_or_over_the_writers_email_address_is_the_byline():
    """"Shahien Nasiripour" over "shahien@huffingtonpost.com | HuffPost Reporting" (HuffPost), "Héctor J. Cruz" over
    "hectorj.cruz@listindiario.com" (Listín Diario), "Michael Barrett - michael@thelocal.dk" (The Local): the
    address's local part holds a word of the name; a contact line's address does not ("contact@9news.com.au")."""
    for lines in (("Marta Lindqvist", "marta.lindqvist@harbourherald.com | Harbour Reporting"),
                  ("Márta Lindqvist", "marta.l@harbourherald.com"),
                  ("Marta Lindqvist - marta@harbourherald.com",)):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", *lines))
        assert [author.replace("á", "a") for author in dump.authors] == ["Marta Lindqvist"], lines
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "Contact Desk",
                                 "Send your stories to news@harbourherald.com"))
    assert dump.authors == ()


def test_a_name_and_the_outlets_web_address_is_the_byline():
    """"Evan Orris, NBA.com" (NBA.com), "John Garcia Jr. • Rivals.com" (Rivals): the suffix's full stop is the
    name's."""
    for line, name in (("Marta Lindqvist, Harbour.com", "Marta Lindqvist"),
                       ("Owen Pryce Jr. • HarbourHerald.com", "Owen Pryce Jr.")):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line))
        assert dump.authors == (name,), line


def test_a_writer_who_added_to_the_story_under_the_byline_is_an_author_too():
    """"By Robbie Dunlop" / "Contributions from" / "Megan Garside" (GamesRadar), "Von Alexandre Marain" / "Adaptiert
    von Leila Herrmann" (Vogue Germany)."""
    for lines in (("By Marta Lindqvist", "Contributions from", "Owen Pryce"),
                  ("Von Marta Lindqvist", "Adaptiert von Owen Pryce")):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", *lines,
                                     "March 14, 2024 at 7:41 AM EST"))
        assert dump.authors == ("Marta Lindqvist", "Owen Pryce"), lines


def test_an_author_field_after_the_date_in_a_line_of_fields_is_the_byline():
    """"Date: May 1, 2025 | Estimated Reading Time: 40 min | Author: Lilian Weng" (Lilian Weng's blog), "Publish
    Date:Sat, 28 Nov 2020 01:34 PM (IST)Author: Brijesh Srivastava" (Jagran)."""
    for line in ("Date: March 14, 2024 | Estimated Reading Time: 40 min | Author: Marta Lindqvist",
                 "Publish Date:Thu, 14 Mar 2024 01:34 PM (IST)Author: Marta Lindqvist"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line))
        assert dump.authors == ("Marta Lindqvist",), line


def test_a_header_byline_holding_the_date_gives_the_authors():
    """"By T.C. Sottek Nov 29, 2016, 10:00am EST" (The Verge), "By Bryan Walsh Tuesday, Aug. 17, 2010" (Time), "By
    Madison Czopek December 21, 2023" / "By Katie Sanders December 21, 2023" (Politifact): the header loop reads such
    a line as the story's date; its label's names are the byline."""
    for lines, names in ((("By Marta Lindqvist Nov 29, 2016, 10:00am EST",), ("Marta Lindqvist",)),
                         (("By Marta Lindqvist Tuesday, Aug. 17, 2010",), ("Marta Lindqvist",)),
                         (("By Marta Lindqvist December 21, 2023", "By Owen Pryce December 21, 2023"),
                          ("Marta Lindqvist", "Owen Pryce"))):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", *lines))
        assert dump.authors == names, lines
        assert dump.published is not None


def test_a_name_before_a_glued_bar_or_a_bar_and_a_date_opening_the_rest_is_the_byline():
    """"Zimbili Vilakazi|Published 15 hours ago" (Isolezwe), "Will Leitch/November 18, 2016" (The New Republic), "India
    Block | 17 May 2019 Leave a comment" (Dezeen); a short form of the name before a glued bar ("M. Locklear|01.07.19"
    on Engadget) is no byline: the page prints the full name elsewhere."""
    for line in ("Marta Lindqvist|Published 15 hours ago", "Marta Lindqvist/November 18, 2016",
                 "Marta Lindqvist | 17 May 2019 Leave a comment"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line))
        assert dump.authors == ("Marta Lindqvist",), line
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "M. Lindqvist|01.07.19"))
    assert dump.authors == ()


def test_a_header_byline_far_above_the_story_yields_to_a_byline_nearer_it():
    """A menu's or a rail's "By" entry high in the header ("Por La Cultura" on NFL.com, "By the Web" on 20 Minutes,
    "By Position FB Transfers" on 247Sports, each 50 lines or more above the story) is no byline when a reader finds
    one nearer the story."""
    menu = [f"{word} news" for word in ("Politics", "Sport", "Business", "Culture", "Science", "Travel", "Opinion",
                                        "Weather", "Health", "Money", "Tech", "Style")] * 4
    dump = clean_text_dump(_dump("Por La Cultura", *menu, "Harbour board shuts the old ferry pier for repairs",
                                 "Marta Lindqvist", "March 14, 2024 at 7:41 AM EST"))
    assert dump.authors == ("Marta Lindqvist",)


def test_a_name_among_a_header_lines_dated_fields_is_the_byline():
    """"3 декабря 2020, 18:47 • Алексей Супрун • 3375" (UNN), "27. Januar 2026 • Gregor Meier • 3 Minuten"
    (Landesspiegel), "Články - Martin Malý - Různé - 14.3.2011" (Zdroják), "Biodiversité | 22 mai 2020 | Dorothée
    Laperche | Actu-Environnement.com" (Actu-Environnement); a line of fields with no date names no writer."""
    for line in ("14 March 2024 • Marta Lindqvist • 3375", "Harbour - Marta Lindqvist - Ferries - 14.3.2024",
                 "Ferries | 14 March 2024 | Marta Lindqvist | Harbour-Herald.com"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line))
        assert dump.authors == ("Marta Lindqvist",), line
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs",
                                 "Ferries | Marta Lindqvist | Harbour-Herald.com"))
    assert dump.authors == ()


def test_a_name_among_the_fields_a_copy_set_apart_by_tabs_is_the_byline():
    """A browser's copy keeps tabs or runs of no-break spaces between a byline's fields, which the collapsed line
    runs together: "Stefan Trunzik,\\xa0\\t\\t26.04.2024 10:00 Uhr" (WinFuture), "Feb 19, 2018 \\xa0\\xa0\\xa0Ricky
    Raps\\xa0\\xa0\\xa0Leave a Comment" (David Wolfe); the same words with single spaces are no byline."""
    for line in ("\t\tMarta Lindqvist,\u00a0\t\t\t14.03.2024 10:00 Uhr\t\t",
                 "\u00a0March 14, 2024 \u00a0\u00a0\u00a0Marta Lindqvist\u00a0\u00a0\u00a0\u00a0Leave a Comment"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line))
        assert dump.authors == ("Marta Lindqvist",), line
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs",
                                 "March 14, 2024 Marta Lindqvist Leave a Comment"))
    assert dump.authors == ()


def test_names_before_or_over_the_journalist_title_are_the_byline():
    """"Tania Broughton" / "Journalist" (TimesLIVE); "Einar Torkelsen – Journalist Journalist" / "Ingrid Gulbrandsen
    Årdal – Journalist i Paris Journalist i Paris" (NRK: a dash sets the whole name apart, the copy prints each title
    twice, and the like line under the first gives the second writer)."""
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "Marta Lindqvist", "Journalist"))
    assert dump.authors == ("Marta Lindqvist",)
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs",
                                 "Marta Lindqvist – Journalist Journalist",
                                 "Owen Pryce Årdal – Journalist i Paris Journalist i Paris"))
    assert dump.authors == ("Marta Lindqvist", "Owen Pryce Årdal")


def test_a_labelled_byline_among_a_header_lines_dated_fields_gives_the_names():
    """"... | Published: 5 hours ago | Last Updated: 5 hours ago | Written by Eliaser Ndeyanale" (The Namibian),
    "👤by Michael Pabia" / "Comments" / "📅31.03.2025 16:56:46" set apart by tabs (Vortez); a teaser card's label and
    date alone ("di Teresa Fallavollita" / "20 Novembre 2024" on la Repubblica) are not enough."""
    for line in (("Harbour, Ferries, Local News, Top Story 1 | Published: 5 hours ago | Last Updated: 5 hours ago"
                  " | Written by Marta Lindqvist"),
                 "\t\t\U0001f464by Marta Lindqvist\t\t\t Comments\t\t\t\U0001f4c514.03.2024 16:56:46\t\t"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line))
        assert dump.authors == ("Marta Lindqvist",), line


def test_a_han_byline_field_in_a_dated_line_of_fields_gives_the_writer():
    """"时间：2024.05.11 来源：光明日报 作者：南帆 分享到：" (1905.com), "发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论|
    作者魏星" (CSDN), "作者 林雙牧 發表時間 2019-05-17 09:52" (Taro News); a sentence naming a reporter is none."""
    for line in ("时间：2024.05.11 来源：港口日报 作者：林海 分享到：",
                 "发表于2024-03-14 21:30| 1164次阅读| 来源港口| 0 条评论| 作者林海",
                 "作者 林海 發表時間 2024-03-14 09:52 最後更新 2024-03-14 10:18"):
        dump = clean_text_dump(_dump("港口委员会关闭旧渡轮码头进行维修", line))
        assert dump.authors == ("林海",), line
    dump = clean_text_dump(_dump("港口委员会关闭旧渡轮码头进行维修", "2024-03-14 记者了解到港口委员会将关闭码头"))
    assert dump.authors == ()


def test_a_known_place_printed_after_the_writers_name_is_no_part_of_it():
    """"Jonathan Harding Houston" over the date (DW), "By Sonal Khetarpal Delhi Print Edition: June 5, 2016" (Business
    Today): the name is cut before a known place after two of its words; a first word that is a place stays."""
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "Marta Lindqvist Houston",
                                 "March 14, 2024"))
    assert dump.authors == ("Marta Lindqvist",)
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs",
                                 "By Marta Lindqvist New Delhi Print Edition: March 14, 2024"))
    assert dump.authors == ("Marta Lindqvist",)
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "Paris Lindqvist",
                                 "March 14, 2024"))
    assert dump.authors == ("Paris Lindqvist",)


def test_a_name_and_its_outlet_after_a_comma_or_dash_over_the_date_is_the_byline():
    """"John Patrick Pullen,TIME" over "Updated: Dec 15, 2016 2:57 PM UTC" (Fortune), "Herdi Alif Al Hikam -
    detikFinance" over "Senin, 13 Mei 2024 13:24 WIB" (detik); more names after the comma ("Harriet Agnew, Robin
    Wigglesworth and Laurence Fletcher" on the FT; two capitalised words may be a second writer) and a section's name
    ("In Local News, News" on the Lesotho Times) are none."""
    for line in ("Marta Lindqvist,HARBOUR", "Marta Lindqvist - portFinance", "Marta Lindqvist — Porthaven"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line,
                                     "Updated: Mar 14, 2024 2:57 PM UTC"))
        assert dump.authors == ("Marta Lindqvist",), line
    for line in ("Marta Lindqvist, Owen Pryce and Ada Brook", "Marta Lindqvist, Owen Pryce", "In Local News, News"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", line,
                                     "Updated: Mar 14, 2024 2:57 PM UTC"))
        assert dump.authors == (), line


def test_a_bare_name_two_lines_under_the_date_right_over_the_story_is_the_byline():
    """"December 12, 2016" / the headline / "Patrick Frye" / the story (Inquisitr), "18.08.2016" / "Turkey" /
    "Anastasiya Kazimirko-Kirillova" / the story (Katehon); a subheading between two paragraphs (Vortez's "Side
    Display Panel"), a line under a name under the date (Krautreporter's widget "Lesen Hören"), an outlet in capitals
    (La Nación's "PARA LA NACION") and a comment count over an organisation (Engadget) are none."""
    dump = clean_text_dump(_dump("March 14, 2024", "Harbour board shuts the old ferry pier for repairs",
                                 "Marta Lindqvist"))
    assert dump.authors == ("Marta Lindqvist",)
    dump = clean_text_dump(_dump("14.03.2024", "Harbour", "Marta Lindqvist"))
    assert dump.authors == ("Marta Lindqvist",)
    for header in (("March 14, 2024", "The board met on Tuesday in the old customs house by the water.", "Pier Works"),
                   ("March 14, 2024", "Owen Pryce", "Harbour Tales"), ("March 14, 2024", "Harbour", "HARBOUR DAILY"),
                   ("March 14, 2024", "10", "Harbour Works")):
        assert clean_text_dump(_dump(*header)).authors != (header[-1],), header


def test_a_name_without_capitals_a_slash_or_dash_and_a_place_by_the_date_is_the_byline():
    """"शुभायन चक्रवर्ती / नई दिल्ली February 14, 2020" (Business Standard), "حسام أبو العلا - القاهرة" over "٠٢:٠٠
    الثلاثاء ١ / ١٢ / ٢٠٢٠" (Alyaum); the same shape with no date beside it is a headline's or a teaser's."""
    dump = clean_text_dump(_dump("बंदरगाह बोर्ड ने पुराना घाट बंद किया", "अनीता शर्मा / नई दिल्ली March 14, 2024"))
    assert dump.authors == ("अनीता शर्मा",)
    dump = clean_text_dump(_dump("مجلس الميناء يغلق الرصيف القديم", "سارة خالد - القاهرة", "14 مارس 2024 10:22"))
    assert dump.authors == ("سارة خالد",)
    dump = clean_text_dump(_dump("مجلس الميناء يغلق الرصيف القديم", "سارة خالد - القاهرة", "أخبار"))
    assert dump.authors == ()


def test_names_over_a_known_place_over_the_date_are_the_byline():
    """"Maite Gutiérrez" / "Barcelona" / "15/10/2024 14:04 Actualizado a 15/10/2024 20:22" and "XavierMas de Xaxàs" /
    "Tel Aviv" / ... (La Vanguardia: the place is no name over the date), "Marisa Cruz" / "Paloma H. Matellano Madrid"
    / "Madrid" / "Actualizado Martes, 15 octubre 2024 - 13:10" (El Mundo)."""
    for place in ("Barcelona", "Tel Aviv"):
        dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "Marta Lindqvist", place,
                                     "14/03/2024 14:04 Actualizado a 14/03/2024 20:22"))
        assert dump.authors == ("Marta Lindqvist",), place
    dump = clean_text_dump(_dump("Harbour board shuts the old ferry pier for repairs", "Marta Lindqvist",
                                 "Owen H. Pryce Madrid", "Madrid", "Actualizado Jueves, 14 marzo 2024 - 13:10"))
    assert dump.authors == ("Marta Lindqvist", "Owen H. Pryce")


def test_a_han_or_hangul_name_right_before_the_stamp_is_the_byline():
    """"明敏 2025-02-23 12:59:28 来源：量子位" (QbitAI), "谢若含2017-03-01 14:27:02" (Qdaily), "박상우 2024. 5. 13. 12:52"
    (Daum); Korea's stamp label "입력" (Chosun) and a paper's name, "중앙일보" (JoongAng), are no name, and a teaser's
    name and day without a time ("西风2024-02-04" on QbitAI) no byline."""
    for line, name in (("林海 2024-03-14 12:59:28 来源：港报", "林海"), ("林海涛2024-03-14 14:27:02", "林海涛"),
                       ("김지은 2024. 3. 14. 12:52", "김지은")):
        assert clean_text_dump(_dump("港口委员会关闭旧渡轮码头进行维修", line)).authors == (name,), line
    for line in ("입력 2024. 3. 14. 12:52", "중앙일보 2024. 3. 14. 12:52", "林海涛2024-03-14"):
        assert clean_text_dump(_dump("港口委员会关闭旧渡轮码头进行维修", line)).authors == (), line


def test_a_byline_eleven_lines_into_the_story_region_is_read():
    """The NZZ's "Hans-Hermann Tiedje 17.5.2019, 05:30 Uhr" 10 lines under the region's start and the FT's "Sarah
    Murray" over "February 9 2016" 11 lines under it (``STORY_BYLINE_WITHIN``)."""
    lead = tuple(f"Paragraph {n} of the lead says the harbour board met again on Tuesday to vote on the pier." for n in
                 range(11))
    text = "\n\n".join(("Menu", "Home", "Harbour board shuts the old ferry pier for repairs", *lead, "Marta Lindqvist",
                        "March 14, 2024", *STORY, "Contact us"))
    assert clean_text_dump(text).authors == ("Marta Lindqvist",)
