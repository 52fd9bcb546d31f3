"""Quantity rules on real sentences: values, scale words, qualifiers, units, exclusions, ranges."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts
from extractors.facts.quantities import extract_quantities
from extractors.pipeline import PipelineOptions, process
from extractors.records import Quantity, RawDocument
from tests.facts_helpers import parse, seed_body


def quantities(text: str, dollar: str = "USD"):
    doc, sentences = parse(text)
    return extract_quantities(doc, sentences, dollar)


@pytest.fixture(scope="module")
def seed_quantities():
    return quantities(seed_body())


def test_seed_counts_have_value_unit_and_qualifier(seed_quantities):
    found = {(q.value, q.unit, q.qualifier) for q in seed_quantities}
    assert (13000, "shipping containers", "more_than") in found
    assert (6_000_000, "artillery shells", "more_than") in found
    assert (6700, "containers", "about") in found
    assert (2, "fold", "exactly") in found


def test_calibres_are_not_counts(seed_quantities):
    assert not any(q.value in (152, 122) for q in seed_quantities)


def test_subject_and_verb_come_from_the_parse(seed_quantities):
    sent = next(q for q in seed_quantities if q.value == 6700)
    assert sent.verb == "send"
    shells = next(q for q in seed_quantities if q.value == 6_000_000)
    assert shells.verb == "hold"


def test_offsets_point_at_the_quantity_text(seed_quantities):
    body = seed_body()
    for q in seed_quantities:
        assert body[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("It is a generational impact budget that sets aside $1.1 billion for schools.", 1.1e9, "USD"),
        ("Sars collected R95bn during the previous financial year.", 95e9, "ZAR"),
        ("The cost borne by the Malaysian government is RM1.662 million.", 1_662_000, "MYR"),
        ("Nearly a third — 31% — of new cryptocurrency investors in 2022 used a credit card.", 31, "%"),
        ("The business delegation paid 73 per cent of the cost.", 73, "%"),
        ("Some workers earn less than 15 cents per hour.", 0.15, "USD"),
        ("The average temperature exceeded 1.5°C above pre-industrial levels.", 1.5, "°C"),
        ("When racing a 100-meter sprint, the LDP is running 30 meters ahead.", 30, "m"),
        ("The leaders of seven ruling and opposition parties met for the debate.", 7, "parties"),
        ("Police said two dozen protesters gathered outside.", 24, "protesters"),
        # Fox News and CBC corpus pages: a people, named as a plural proper noun, is counted
        ("The FBI announced the arrests of two New Yorkers who allegedly ran an undisclosed station.", 2, "New Yorkers"),
        ("Sinwar served over 20 years in connection with the killings of four fellow Palestinians.", 4, "Palestinians"),
    ],
)
def test_values_and_units(text, value, unit):
    found = {(round(q.value, 6), q.unit) for q in quantities(text)}
    assert (round(value, 6), unit) in found


def test_bare_dollar_follows_the_article_country():
    found = quantities("The memo said the cost came to about $58,000.", dollar="CAD")
    assert [(q.value, q.unit, q.qualifier) for q in found] == [(58000, "CAD", "about")]


def test_dollars_written_as_a_word_follow_the_article_country():
    # ABC Australia (dev gold abcau_2013-04-22): the word means the article's dollar, as "$" does
    found = quantities(
        "The Australian Sports Commission has cut about half a million dollars from its budget for the next year.",
        dollar="AUD",
    )
    assert [(q.value, q.unit, q.qualifier) for q in found] == [(500000, "AUD", "about")]


@pytest.mark.parametrize(
    "text, code",
    [
        # 9News (dev gold ninenews_2024-04-26): the article names Perth, never Australia
        (
            (
                "READ MORE: Man arrested after fatal Perth house fire\n\n"
                "The trio made off with almost $200,000 worth of jewellery, which was the couple's life savings."
            ),
            "AUD",
        ),
        # The Province (corpus page province_2026-06-04): a British Columbia wine column
        ("Signature Cocktails Variety Pack, B.C. ($21.99, #683213)\n\nFinally, something for the cocktail crowd.", "CAD"),
    ],
)
def test_bare_dollar_follows_the_country_whose_places_the_article_names(text, code):
    found = [f for f in extract_facts(text, None) if isinstance(f, Quantity)]
    assert [q.unit for q in found] == [code]


@pytest.mark.parametrize(
    "url, text, code",
    [
        # CBC (corpus page cbc_2022-10-14): a sentence naming no country prices in the site's own dollar
        ("https://www.cbc.ca/news/business/x", "The average selling price went for $640,479.", "CAD"),
        # Canada.com (corpus page canadacom_2026-06-05): a Canadian publisher on a generic domain
        ("https://o.canada.com/travel/x", "The lodge reopened after a $5 million transformation.", "CAD"),
        ("https://www.9news.com.au/national/x", "The trio made off with almost $200,000 worth of jewellery.", "AUD"),
        # a marked dollar keeps its mark, and a site of no "$" country leaves the bare sign the US dollar
        ("https://www.cbc.ca/news/business/x", "The company raised US$5 million in the round.", "USD"),
        ("https://www.cnbc.com/2023/04/28/x.html", "The lodge reopened after a $5 million transformation.", "USD"),
        (None, "The lodge reopened after a $5 million transformation.", "USD"),
    ],
)
def test_a_bare_dollar_is_the_dollar_of_the_site_when_the_text_names_no_dollar_country(url, text, code):
    found = [f for f in extract_facts(text, None, url=url) if isinstance(f, Quantity)]
    assert [q.unit for q in found] == [code]


@pytest.mark.parametrize(
    "url, code", [("https://www.cbc.ca/news/business/prices-1.1", "CAD"), ("https://www.cnbc.com/2022/10/14/p.html", "USD")]
)
def test_the_pipeline_reads_a_bare_dollar_by_the_site_of_the_article_url(url, code):
    text = (
        "Home prices slipped again last month, the real estate board said on Friday.\n\n"
        "The average selling price of a home listed on the MLS system went for $640,479, down from the spring.\n\n"
        "Sales fell for the seventh month in a row as buyers waited for rates to settle, the board said.\n"
    )
    raw = RawDocument("prices.txt", text.encode(), url=url, content_type="text/plain")
    article = next(process([raw], PipelineOptions()))
    assert [f.unit for f in article.facts if isinstance(f, Quantity) and "$" in f.text] == [code]


def test_the_country_the_text_names_outweighs_the_site():
    # 9News (corpus page nine-au_2024-01-07): AP copy about New York on an Australian site prices in US dollars
    text = "A New York court heard that in New York she was paid $160,000 for the interview."
    found = [f for f in extract_facts(text, None, url="https://www.9news.com.au/world/x") if isinstance(f, Quantity)]
    assert [q.unit for q in found if q.text.startswith("$")] == ["USD"]


@pytest.mark.parametrize(
    "text, age",
    [
        # Shropshire Star, 2014-09-16 (dev gold shropshirestar_2014-09-16_mend-our-mum): "Colin" parses as a place
        ("With the support of father Colin, 56, they launched a campaign called Mend Our Mum.", 56),
        # Daily News (Tanzania), corpus page dailynewstz: "Aisha" parses as a place
        (
            ("While Aisha, 36, is waiting for another customer, Mariam Malibiche has just handed over customers "
            "particulars to Paris Guest House located 400m from the Lindi Bus Stand."),
            36,
        ),
        # NBC News, corpus page nbcnews: "Yoon" parses as a place
        (
            ("Before his address on Saturday, Yoon, 63, a former chief prosecutor who took office in 2022, had not "
            "made any public appearances since lifting the martial law order early Wednesday."),
            63,
        ),
    ],
)
def test_age_in_commas_after_a_name_the_model_takes_for_a_place(text, age):
    assert (age, "year old") in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        "A flydubai plane, a Boeing 737, was hit by a bird strike.",
        "Russia launched F-16 jets and Su-27 fighters.",
        "It was the first time, and the 3rd attempt, since 2022.",
        "One of the plane's engines caught fire at 3 p.m.",
        "Chelsea won 2-1 at Stamford Bridge.",
        "He has a collection of these $1 bills.",
    ],
)
def test_not_quantities(text):
    assert quantities(text) == []


def test_ranges_keep_both_ends():
    found = quantities("Sars will raise between 25 and 75 workers and R20bn to R50bn per year.")
    assert (25, 75, "workers") in {(q.value, q.value_max, q.unit) for q in found}
    assert (20e9, 50e9, "ZAR") in {(q.value, q.value_max, q.unit) for q in found}


def test_ages_after_a_name():
    found = quantities("Sinwar, 61, has led Hamas in Gaza since 2017.")
    assert [(q.value, q.unit) for q in found] == [(61, "year old")]


def test_date_offsets_are_not_quantities():
    found = quantities("Josh Acheampong, who turns 18 in three days, came on for his debut.")
    assert all(q.unit != "days" for q in found)


def test_at_least_and_up_to_qualifiers():
    found = {
        (q.value, q.qualifier)
        for q in quantities("At least three people died, and Sars will hire up to 1,700 debt collectors.")
    }
    assert {(3, "at_least"), (1700, "up_to")} <= found


@pytest.mark.parametrize(
    "text, age",
    [
        (
            (
                "The 19-year-old’s death in a Thai hospital was confirmed in a family statement to Australian news "
                "outlets this morning and comes a day after her friend Bianca Jones, also 19, died from the same "
                "incident in the riverside party town Van Vieng."
            ),
            19,
        ),
        ("Phil and Rebecca have a son called Ronnie, 4, and a daughter named True, 1.", 4),
        (
            (
                "Alfie Gilchrist also dealt very well with Son Heung-min and Josh Acheamong, who turns 18 in three "
                "days, came on for his Chelsea debut."
            ),
            18,
        ),
    ],
)
def test_ages_after_a_name_or_turns_are_years_old(text, age):
    assert (age, "year old") in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text, number",
    [
        ("PUTRAJAYA, Nov 22 — Private companies did not pay for Prime Minister Anwar Ibrahim's travels.", 22),
        ("JIM WATSON/AFP/Getty Images 22 Dec, 2016 Snopes staff writer David Emery posted to Twitter.", 22),
        ("Friends' recommendations were the No. 1 motivating factor for new crypto buyers.", 1),
        ("It killed all 72 people aboard an ATR 72 aircraft operated by Yeti Airlines.", None),
    ],
)
def test_days_of_month_ranks_and_model_numbers_are_not_counts(text, number):
    found = [(q.value, q.unit) for q in quantities(text)]
    if number is None:  # the model number goes, the count of people stays
        assert found == [(72, "people")]
    else:
        assert number not in [value for value, _ in found]


def test_a_change_from_one_amount_to_another_gives_two_values():
    text = (
        "The voucher expansion includes raising the income limit for a family of four from the current "
        "$154,000 to $220,000 and removing a requirement for most families."
    )
    found = {(q.value, q.value_max, q.unit) for q in quantities(text)}
    assert {(154000, None, "USD"), (220000, None, "USD")} <= found


def test_between_two_amounts_is_one_range():
    text = (
        "According to Wealthynickel, currency collecting companies are willing to pay between $20,000 and "
        "$150,000 for a pair from the two batches."
    )
    money = [(q.value, q.value_max) for q in quantities(text) if q.unit == "USD"]
    assert money == [(20000, 150000)]


def test_numbers_joined_by_or_before_a_time_unit_are_a_range():
    text = "In the last two or three years, people started to discover the error."
    assert [(q.value, q.value_max, q.unit) for q in quantities(text)] == [(2, 3, "years")]


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("They sent two to three thousand troops to the border.", 2000, 3000, "troops"),
        ("The firm hired twenty to thirty thousand workers.", 20000, 30000, "workers"),
        ("Five to six hundred people came to the meeting.", 500, 600, "people"),
        ("Some two hundred to three hundred thousand people fled.", 200000, 300000, "people"),
        ("It would cost three hundred to five hundred billion dollars.", 300e9, 500e9, "USD"),
    ],
)
def test_a_scale_written_only_on_the_high_end_of_a_range_scales_both_ends(text, low, high, unit):
    assert [(q.value, q.value_max, q.unit) for q in quantities(text)] == [(low, high, unit)]


def test_a_low_end_keeps_the_scale_it_writes_itself():
    text = "Estimates ranged from 1 million to 2 billion dollars."
    assert [(q.value, q.value_max) for q in quantities(text)] == [(1e6, 2e9)]


def test_a_fraction_is_not_a_count():
    text = (
        "Lawmakers didn’t give Holcomb all he sought – prominently deciding to provide about two-thirds of "
        "the governor’s requested funding for expanding county health department programs."
    )
    assert not [q for q in quantities(text) if q.value == 2]


def test_a_bare_number_a_death_toll_reaches_counts_people():
    text = "The death toll from that strike had risen to 21, Russian authorities said late Saturday."
    assert [(q.value, q.unit) for q in quantities(text)] == [(21, "people")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # National Post dev page (a headline) and Chartbook dev page (real16)
        ("Pakistani official says eight killed and dozens injured", 8),
        (
            (
                "But think also of the Eritrean-Ethiopian war between 1998 and 2000, which involved armies of more "
                "than a hundred thousand and well-over a hundred thousand killed in combat."
            ),
            100_000,
        ),
    ],
)
def test_a_bare_number_before_a_people_verbs_participle_counts_people(text, value):
    found = [(q.value, q.unit) for q in quantities(text)]
    assert (value, "people") in found


def test_a_count_before_coordinated_modifiers_counts_their_noun():
    text = (
        "The attack included 600 strike drones and 90 air, sea and ground-launched missiles, according to "
        "Ukraine’s Air Force."
    )
    found = {(q.value, q.unit) for q in quantities(text)}
    assert (90, "missiles") in found and (600, "strike drones") in found


def test_a_street_number_is_no_count():
    # Ottawa Citizen corpus page: a number before a capitalised name is an address, unless the name is a people
    assert not any(q.value == 300 for q in quantities("The department moved into 300 Slater Street last year."))


# -- subjects: never the quantity itself, a dateline's city, or a piece of a name -------------------


def _subject(text: str, value: float) -> str | None:
    return next(q for q in quantities(text) if q.value == value).subject


@pytest.mark.parametrize(
    "text, value",
    [
        # Global News, CNBC, Euronews (dev): the counted people are the quantity, not its subject
        (("The intense aerial assault damaged buildings across the Ukrainian capital, including near government offices, "
          "residential buildings, schools and a market, Ukrainian authorities said. At least 83 people were wounded in "
          "the attack."), 83),
        (("There's some evidence of this happening: 36% of new crypto investors said their purchase made them more "
          "interested in investing in the stock market, the study found."), 36),
        (("At least 30 police employees had for different reasons been considered “security risks” and either resigned "
          "or were forced to quit, the newspaper reported."), 30),
    ],
)
def test_a_quantity_is_never_its_own_subject(text, value):
    assert _subject(text, value) is None


def test_a_dateline_city_is_never_a_subject():
    # Malay Mail (dev): its dateline, then a sentence of the same article; Yonhap's seed sentence likewise
    malaymail = ("PUTRAJAYA, Nov 22 — “For everyone’s information, the total cost of the chartered Malaysia Airlines "
                 "plane, which was the Airbus A350, is RM6.162 million.")
    assert _subject(malaymail, 6_162_000) != "PUTRAJAYA"
    yonhap = "SEOUL -- The latest figure marks a twofold increase since February."
    assert _subject(yonhap, 2) != "SEOUL"
    # a dateline with its agency: the story's own subject
    seed = "SEOUL, Aug. 27 (Yonhap) -- North Korea has sent more than 13,000 shipping containers to Russia."
    assert _subject(seed, 13000) == "North Korea"


def test_a_short_name_subject_is_written_out_when_the_article_named_it_in_full(seed_quantities):
    assert next(q for q in seed_quantities if q.value == 6700).subject == "North Korea"  # "the North had sent"
    cbc = ("Hours after Yahya Sinwar was named the new leader of Hamas's political bureau on Tuesday, many in Gaza "
           "wondered how the appointment would affect the war.\n\nSinwar served over 20 years in Israeli jails in "
           "connection with the killings of two Israeli soldiers and four fellow Palestinians, and was released early "
           "in 2011 as part of a prisoner swap.")
    assert _subject(cbc, 2) == "Yahya Sinwar"
    times = ("A messy state budget deal gained the endorsement of Indiana Gov. Eric Holcomb on Friday soon after it won "
             "final passage from state legislators.\n\nHolcomb pointed to budget provisions such as $500 million toward "
             "a new round of regional economic development grants.")
    assert _subject(times, 500_000_000) == "Eric Holcomb"


def test_a_short_name_two_full_names_share_stays_as_written():
    # Washington Free Beacon (dev): father and son, both Soros
    text = ("Liberal billionaire George Soros and his son nearly max out to Tester\n\n"
            "Montana senator Jon Tester bills himself as a moderate Democrat willing to criticize his party's left-wing "
            "elements—like the progressive policies pushed by his latest financial backers, George and Alexander Soros.\n\n"
            "The elder Soros has given to only two candidates aside from Tester.")
    assert _subject(text, 2) == "Soros"


@pytest.mark.parametrize(
    "text",
    [
        # America Now, 2016-12-22 (dev gold americanow_2016-12-22_kellyanne-conway-counselor): citation counters
        "Sources: New York Times (2), NBC News (2), Kellyanne Conway/Twitter/ Photo Credit: Gage Skidmore/Flickr",
        # 9News, 2024-04-26 (dev gold ninenews_2024-04-26_girrawheen-home-invasion): a phone number
        ("Detectives are urging anyone with any information to contact Crime Stoppers on 1800 333 000 or via "
        "www.crimestopperswa.com.au"),
    ],
)
def test_digits_that_count_nothing_are_not_quantities(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # 9News (dev gold ninenews_2024-04-26), Fox News (dev gold foxnews_2023-04-26), ITV News (dev gold itvnews)
        (("The Girrawheen grandmother brutally beaten inside her own home has spoken for the first time, 10 days "
         "after the horrific attack."), 10, "days"),
        (("The Justice Department noted the FBI didn't search the alleged police station until October, one month "
         "after the Safeguard Defenders report."), 1, "months"),
        ("But two days after this first anniversary of the bombing, Marc will relish a singular triumph.", 2, "days"),
    ],
)
def test_time_between_two_events_is_counted(text, value, unit):
    assert (value, unit) in {(q.value, q.unit) for q in quantities(text)}


def test_time_counted_back_from_publication_is_a_date_not_a_quantity():
    # Evening Standard (dev gold): "eight years ago" is a date phrase
    found = quantities("This wasn’t the battle of Stamford Bridge eight years ago, but it was one of Chelsea's wins.")
    assert all(q.unit != "years" for q in found)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # Engadget (dev gold engadget_2017-11-03) and SimplyFound (dev gold simplyfound_2016-02-29)
        ("It features an 8-core CPU running at 2.3Ghz, 12GB of GDDR5 RAM, a 1 terabyte hard drive.", 2.3, "GHz"),
        ("It features an 8-core CPU running at 2.3Ghz, 12GB of GDDR5 RAM, a 1 terabyte hard drive.", 12, "GB"),
        ("It features an 8-core CPU running at 2.3Ghz, 12GB of GDDR5 RAM, a 1 terabyte hard drive.", 1, "TB"),
        # storage sizes below and above them read the same way: Joseph Gentle's blog, Ars Technica, Google Blog (dev)
        ("Yjs can store that same 100KB document in 160KB on disk.", 160, "KB"),
        ("zlib shrinks down our evil data to a mere 39 kilobytes.", 39, "KB"),
        ("Just the nbt data for this payload is 26.6 megabytes.", 26.6, "MB"),
        ("The new format saves up to 6 petabytes of user data per day.", 6, "PB"),
        ("The 3rd revision features a 1.2GHz 64-bit quad-core ARM CPU with integrated Bluetooth 4.1.", 1.2, "GHz"),
        # Engadget and Wired (corpus page wired_2024-04-28_11-best-sleeping-bags): "pounds" weighs
        ("It's also surprisingly dense -- the console weighs 8.4 pounds, but it feels far heavier than you'd expect.",
         8.4, "lb"),
        (("The Magma series comes in a bewildering array of sizes and shapes—there are nine sizes to choose from, "
         "ranging from Short Narrow, which weighs 2 pounds, to Long Wide, which is nearly 3 pounds."), 2, "lb"),
        # Engadget (dev gold) and the Washington Post (corpus page washingtonpost_2024-04-26_storms)
        ("Unless you're sitting very close to a TV above 50-inches, you'd likely have a hard time telling.", 50, "in"),
        (("The agency warns that “all hazards will be possible, including tornadoes with some potentially strong, very "
         "large hail over two inches in diameter, and wind damage.”"), 2, "in"),
    ],
)
def test_measures_glued_or_spelled_read_as_their_symbol(text, value, unit):
    assert (value, unit) in {(round(q.value, 6), q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text, value",
    [
        # Los Angeles Times (corpus page latimes_2023-06-26_coliseum) and TMZ (corpus page tmz_lupita-pearl-dress)
        (("It was unlikely to be broken because in 2018 the Coliseum would be undergoing a $270M renovation which "
         "will reduce capacity to approximately 78,500."), 270e6),
        ("$150K Pearl Oscar Dress ... STOLEN!!!!", 150e3),
    ],
)
def test_a_scale_letter_after_a_currency_amount_scales_it(text, value):
    assert (value, "USD") in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # Times of India (corpus page timesofindia_2026-04-16_bhopal) and VOA News (corpus page voanews_2024-04-28)
        (("A government school teacher and his wife buried their three-day-old son alive in a forest in Nandanwadi "
         "village."), 3, "day old"),
        ("Finally, her daughter reached the top of a waiting list — at 18 months old.", 18, "month old"),
        ("The 22-year-old mother was later identified and arrested.", 22, "year old"),
    ],
)
def test_an_age_keeps_the_time_unit_it_is_counted_in(text, value, unit):
    assert (value, unit) in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text, unit",
    [
        # Daily Maverick (corpus page dailymaverick_2025-05-03) and NPR (dev gold npr_2016-12-15)
        (("Israel’s subsequent assault on Gaza has killed more than 52,000 people and wounded about 118,000 others, "
         "according to Palestinian health authorities."), "people"),
        (("A jury in Charleston, S.C., has found Dylann Roof guilty on all 33 counts of federal hate crimes he faced "
         "for murdering nine people and attempting to kill three others in the basement of a historically black "
         "church."), "people"),
    ],
)
def test_others_counts_what_the_count_before_it_counts(text, unit):
    assert [q.unit for q in quantities(text)][-1] == unit


@pytest.mark.parametrize(
    "text",
    [
        # SF Chronicle (corpus page, labelled in real7): no count before "others" tells what they are
        ("Instead of paying money, entrepreneurs are encouraged to “pay it forward” by committing to share what they "
          "learn with at least five others."),
        # an age before it counts no one: the others are people too
        "Smith, 45, and two others were charged with affray.",
    ],
)
def test_others_with_no_count_of_things_before_it_counts_people(text):
    assert [q.unit for q in quantities(text)][-1] == "people"


@pytest.mark.parametrize(
    "text, value",
    [
        # National Post and Daily Maverick (corpus pages nationalpost_2025-05-07_india-fires-missiles, dailymaverick_2025-05-03_legal-opinion)
        (("Pakistan said at 26 people died in the missiles strikes and five from artillery exchange along the Line of "
          "Control that separates the two countries in Kashmir."), 5),
        (("Last August, the UN fired nine UNRWA staff members after an investigation found they “may have been "
          "involved” in the Hamas-led attack on Israel in October 2023, in which at least 1,200 people were killed and "
          "about 250 taken hostage."), 250),
    ],
)
def test_a_clause_that_leaves_out_the_noun_counts_what_the_clause_before_counts(text, value):
    assert (value, "people") in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        # Businessweek and Mirror (corpus pages): "one" after "and" is a pronoun, not a count with its noun left out
        "He found two motorcycles, one for himself and one for his assistant.",
        "Another two women have already been killed — one electrocuted and one starved to death while chained up.",
        # with no count before it, a bare number after "and" stays out
        "Prices rose and 12 in committee voted against.",
    ],
)
def test_a_bare_number_after_and_counts_nothing_without_a_count_before(text):
    assert [q.value for q in quantities(text) if q.value in (1, 12)] == []


@pytest.mark.parametrize(
    "text",
    [
        # CNN (corpus page cnn_2023-11-06_trump-engoron-testimony): an idiom of time
        "At one point, Kise called his client’s answers “brilliant.”",
        # Washington Post (corpus page washingtonpost_2024-04-26_storms): "one" is a pronoun before a verb
        ("Thunderstorm coverage will decrease as one heads south, but a few rotating south with an attendant tornado "
        "risk are possible all the way south to Kansas City."),
    ],
)
def test_one_as_an_idiom_or_a_pronoun_counts_nothing(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # Gateway Pundit (dev gold gatewaypundit_2026-07-19), The Intercept and The New Yorker (corpus pages)
        (("If Ukraine was really ‘turning the tide’ of the war, like the MSM insists a hundred times a day, do you "
         "think Kiev regime leader Volodymyr Zelensky would dismiss his Defense Minister and the "
         "Commander-in-Chief?"), 100, "times"),
        ("A Reddit user with the same username — acebush1 — posted over a thousand times since 2014.", 1000, "times"),
        (("At the bottom of the hill, after passing some turkey tracks, we reached a round, frozen pond, about a "
         "hundred feet across."), 100, "feet"),
        # SimplyFound (dev gold simplyfound_2016-02-29) and Evening Standard (corpus page eveningstandard_2024-10-24)
        (("The 3rd revision is reportedly about 50-60% times faster than its predecessor Raspberry Pi 2 and about 10 "
         "times faster then the original Raspberry Pi."), 10, "times"),
        (("I ask Blair if he thinks the quality of leadership in the Middle East is contributing to the escalation "
         "of hostilities; he has visited the region an extraordinary 270 times since leaving office and so "
         "professes to “know the detail”."), 270, "times"),
    ],
)
def test_a_before_a_scale_word_is_one_and_times_is_a_unit(text, value, unit):
    assert (value, unit) in {(q.value, q.unit) for q in quantities(text)}


def test_the_short_scale_goes_on_past_a_trillion():
    """ "1.3 quadrillion quadrillion" (The New Yorker, dev) was read as 1.3 of a unit "quadrillion quadrillion";
    "quadrillion" and "quintillion" (Roots of Progress, dev) scale the number before them as "trillion" does."""
    assert [(q.value, q.unit) for q in quantities("The fleet has a quintillion aerostats.")] == [(1e18, "aerostats")]
    assert [(q.value, q.unit) for q in quantities("The ledger holds 2.5 quadrillion entries.")] == [(2.5e15, "entries")]


@pytest.mark.parametrize(
    "text, ages",
    [
        # NPR (dev gold npr_2016-12-15), Atlas Obscura (dev gold atlasobscura_2015-07-10), Shropshire Star (dev gold)
        ("Roof, who was 21 at the time, was arrested the next day.", [21]),
        ("Arthur’s father died before he was two, leaving his mother a widow.", [2]),
        (("“I know I’m lucky in the way that they are 17 and 20, and that they aren’t tiny anymore, but it doesn’t "
         "help things."), [17, 20]),
    ],
)
def test_a_bare_number_a_person_is_gives_an_age(text, ages):
    assert [q.value for q in quantities(text) if q.unit == "year old"] == ages


@pytest.mark.parametrize(
    "text, ages",
    [
        # National Post (dev probe real3): the small model takes "Kamala" for a place
        ("Kamala was 12 in 1976 when her mother took a job at the McGill University School of Medicine.", [12]),
        # Simon Sarris (dev probe real7): "was" shares the subject of the verb it is coordinated with
        (("Andrew Carnegie finished schooling at 12, and was 13 when he began his second job as a telegraph office "
          "boy."), [13]),
    ],
)
def test_what_a_name_was_when_something_happened_is_an_age(text, ages):
    assert [q.value for q in quantities(text) if q.unit == "year old"] == ages


@pytest.mark.parametrize(
    "text", ["Boston was 3 in 2019 when the league expanded.", "The firm grew fast and was 12 in the rankings."]
)
def test_a_place_or_an_undated_rank_is_no_age(text):
    assert [q for q in quantities(text) if q.unit == "year old"] == []


def test_a_scale_word_in_a_hyphenated_size_class_is_no_amount():
    # CNET (dev gold cnet_2017-01-18): "a billion-dollar acquisition deal" is a size class
    found = quantities("Anyone who has ever been involved in closing a billion-dollar acquisition deal will tell you "
                       "that you don't go in without a clear, well thought out plan.")
    assert found == []


@pytest.mark.parametrize(
    "text, value",
    [
        # Canada.com and The Globe and Mail (corpus pages canadacom_2026-06-05, globeandmail_2024-08-28)
        (("Fairmont Jasper Park Lodge officially reopened this week following a $100-million, property-wide "
         "transformation."), 100e6),
        (("And up again: National Bank of Canada also has posted profits that exceeded analysts expectations, a week "
         "ahead of a key vote on its proposed $5-billion takeover of rival Canadian Western Bank."), 5e9),
    ],
)
def test_a_hyphenated_scale_word_after_money_scales_it(text, value):
    assert value in {q.value for q in quantities(text)}


@pytest.mark.parametrize(
    "text, word",
    [
        # The New Yorker (corpus page newyorker_2023-04-25): a company, not three metres
        (("Both Johnson and Manzara were senior scientists at 3M: Johnson, a physicist, worked on advanced materials "
         "such as a high-capacity transmission cable, to stabilize electrical grids; Manzara, an organic chemist, "
         "focussed on energetic materials, making ingredients for flares and rocket propellants."), "3M"),
        (("A 3M policy allowed scientists to spend fifteen per cent of their work time on personal projects, and "
         "Johnson, Manzara, and Field soon began testing different glass bubbles on the pond."), "3M"),
        # Engadget (dev gold engadget_2017-11-03): a format, not four thousand
        ("And it plays more titles in native 4K than Sony's PlayStation 4 Pro.", "4K"),
        # The Intercept (corpus page intercept_2024-02-28): "one" is a pronoun, not an age
        ("In an earlier post, acebush1 had written, “I’ve never been one for bullshit.”", "one"),
    ],
)
def test_a_name_a_format_or_a_pronoun_one_is_no_quantity(text, word):
    assert not [q for q in quantities(text) if word in q.text]


@pytest.mark.parametrize(
    "text, counted",
    [
        # Atlas Obscura and Reuters (dev gold): past tense, "in N units" is how long it took or a span to now
        (("In six months, Smith completed the work, seemingly from written instructions by Waite for the Major "
         "Arcana, letting her imagination fully guide the rest of the deck."), True),
        (("Mountainous Nepal has a history of deadly air crashes and suffered its worst plane crash in 30 years in "
         "January this year, killing all 72 people aboard an ATR 72 aircraft operated by Yeti Airlines."), True),
        # The Namibian (dev gold): a forward offset
        (("“The principals [two presidents] gave us an instruction to expand the [agreement] to include those "
         "opportunities and come back in six months,” he said."), False),
    ],
)
def test_in_n_units_counts_in_the_past_and_is_an_offset_ahead(text, counted):
    units = {q.unit for q in quantities(text)}
    assert bool(units & {"months", "years"}) == counted


def test_a_thing_a_century_old_has_no_age():
    # Seattle Times (corpus page seattletimes_alaskan-halibut)
    found = quantities("The day after Easter, Bassi and his crew — three family members and an unrelated "
                       "father-and-son team — loaded up the Polaris, one of four century-old wooden schooners still "
                       "chasing halibut out of Seattle.")
    assert all(not (q.unit or "").endswith("old") for q in found)


@pytest.mark.parametrize(
    "text, number",
    [
        # Deadline (dev gold deadline_2019-04-15) and Engadget (dev gold engadget_2017-11-03)
        (("Twitter erupted Monday morning when President Donald Trump shared his branding expertise with Boeing, after "
         "American Airlines announced it was cancelling Boeing’s Max 737 flights through mid-August."), 737),
        (("It didn't quite match my rig though, which is powered by Intel Core i7 4790k CPU running at 4GHz, 16GB DDR3 "
         "RAM and an NVIDIA GTX 1080 GPU."), 1080),
    ],
)
def test_a_name_and_a_number_on_one_noun_are_a_model(text, number):
    assert number not in {q.value for q in quantities(text)}


def test_a_counted_noun_split_at_its_hyphen_is_counted_whole():
    # ITV News (dev gold itvnews_2014-04-14): the parser takes the prefix "re" for the counted noun
    found = quantities("Marc Fucarile lost his right leg and he has endured two re-amputations on the same limb.")
    assert [(q.text, q.value, q.unit) for q in found] == [("two re-amputations", 2, "re-amputations")]


@pytest.mark.parametrize(
    "text, quantity",
    [
        # Deadspin (corpus dev page): the parser takes the last piece, "bats", for the counted noun
        (
            "In the eight at-bats that ended in strikeouts, Espinosa saw a total of just 34 pitches.",
            ("eight at-bats", 8, "at-bats"),
        ),
        # The Economist (corpus dev page): "launchers" alone is not what was acquired
        (
            "The Los Angeles School District Police Department has acquired three grenade-launchers.",
            ("three grenade-launchers", 3, "grenade-launchers"),
        ),
    ],
)
def test_a_counted_noun_split_before_its_last_piece_is_counted_whole(text, quantity):
    assert quantity in [(q.text, q.value, q.unit) for q in quantities(text)]


@pytest.mark.parametrize(
    "text, quantity",
    [
        # The Nation (corpus page nation_2023-05-15)
        (
            "Part-time drivers have overtime protections against working over nine and a half hours a day.",
            ("over nine and a half hours", 9.5, "hours", "more_than"),
        ),
        # Sky News (corpus page skynews_2017_pound-low)
        (
            "Manufacturing export orders growing at their fastest pace for six and a half years.",
            ("six and a half years", 6.5, "years", "exactly"),
        ),
    ],
)
def test_a_whole_number_and_a_half_is_one_value(text, quantity):
    assert [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)] == [quantity]


@pytest.mark.parametrize(
    "text, quantity",
    [
        (
            "The survey has a margin of error of plus or minus 3 percentage points.",
            ("plus or minus 3 percentage points", 3, "percentage points"),
        ),
        ("The poll has a margin of error of plus or minus 4.1 points.", ("plus or minus 4.1 points", 4.1, "points")),
    ],
)
def test_plus_or_minus_is_a_positive_margin_not_a_temperature(text, quantity):
    assert [(q.text, q.value, q.unit) for q in quantities(text)] == [quantity]


def test_a_lone_minus_stays_a_temperature_below_zero():
    assert [(q.text, q.value, q.unit) for q in quantities("Lows of minus 10 are expected overnight.")] == [
        ("minus 10", -10, "degrees")
    ]


def test_a_percentage_after_a_name_is_no_model_number():
    found = quantities("The poll found Smith leading Jones 52% to 45% among likely voters.")
    assert [(q.text, q.value, q.unit) for q in found] == [("52%", 52, "%"), ("45%", 45, "%")]


def test_a_number_after_a_maker_name_without_percent_stays_a_model():
    assert quantities("He flew a Boeing 737 to Paris on Monday.") == []


@pytest.mark.parametrize(
    "text, amount",
    [
        ("The House passed the $1.2 trillion bill on Friday.", ("$1.2 trillion", 1.2e12, "USD")),
        ("The $95 billion bill includes aid for Ukraine.", ("$95 billion", 95e9, "USD")),
    ],
)
def test_a_bill_larger_than_any_banknote_is_a_law_and_its_sum_an_amount(text, amount):
    assert [(q.text, q.value, q.unit) for q in quantities(text)] == [amount]


@pytest.mark.parametrize("text", ["He paid with a $100 bill.", "The $50 bills were fake.", "A £20 note was found."])
def test_a_banknote_is_still_no_amount(text):
    assert quantities(text) == []


def test_a_cancer_stage_is_a_label():
    assert quantities("She was diagnosed with stage 4 cancer last year.") == []


@pytest.mark.parametrize(
    "text",
    [
        # ONE Esports (corpus page, dev, context2): "of the semifinals" after it made "four" count semifinals
        "The pick helped them overcome JD Gaming in game four of the semifinals.",
        # Deadspin (corpus page, dev)
        "Through Tuesday's Game 4 of the series, he is hitless.",
    ],
)
def test_a_number_after_game_labels_a_game_of_a_series(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Four out of five voters back the plan.",
        "Two of every three people live in poverty.",
        "Four in every 10 voters backed him.",
        "A Level 3 out of 5 risk of severe weather covers northeastern Kansas.",
    ],
)
def test_shares_written_out_of_or_of_every_are_no_counts(text):
    assert quantities(text) == []


def test_a_count_followed_by_out_of_a_total_stays_a_count():
    assert [(q.text, q.value) for q in quantities("He killed 12 people out of 30 on board.")] == [("12 people", 12)]


@pytest.mark.parametrize(
    "text",
    ["Ukraine received 155mm shells.", "They fired 120 mm mortar rounds.", "The 5.56mm rifle rounds were seized."],
)
def test_a_calibre_glued_or_spaced_before_arms_is_no_quantity(text):
    assert quantities(text) == []


def test_millimetres_before_other_nouns_stay_measures():
    assert [(q.text, q.unit) for q in quantities("Rain totals reached 40mm in places.")] == [("40mm", "mm")]


@pytest.mark.parametrize(
    "text",
    [
        # The Onion (dev probes real25, real26), NFL.com (corpus dev page): a yard line is a place on the field
        "Having taken the ball at their own 11-yard line, the 49ers needed to score a touchdown.",
        "He fumbled in the red zone, stalling out inside the 5-yard line.",
    ],
)
def test_a_yard_line_is_a_place_not_a_length(text):
    assert quantities(text) == []


def test_yards_before_other_nouns_stay_lengths():
    assert [(q.text, q.value) for q in quantities("He threw a 40-yard pass and ran 63 yards.")] == [
        ("40-yard", 40), ("63 yards", 63)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Engadget (dev gold, labelled none), GSMArena (dev probe real20, labelled none)
        "That revision rounded out its seams, improved bumper performance and added a 3.5mm headphone jack.",
        "The phone has Bluetooth 5.0 and you also get a 3.5mm headphone jack, FM radio, and the Snake game.",
        "It keeps a 3.5-mm jack.",
    ],
)
def test_a_connector_size_before_a_jack_is_no_quantity(text):
    assert quantities(text) == []


def test_a_length_beside_a_jack_but_not_before_it_stays_a_measure():
    found = quantities("The jack sits 3.5mm deeper than before.")
    assert [(q.text, q.value, q.unit) for q in found] == [("3.5mm", 3.5, "mm")]


@pytest.mark.parametrize(
    "text",
    [
        # Vox's ranked films (dev page), Dropbox Tech (dev probe real20)
        "My top films of the year.\n17) BPM (Beats Per Minute)\n16) The Big Sick\n15) Mother!",
        "repeat every second: 1. poll tasks ready for execution from task store 2. push tasks onto the right queues",
    ],
)
def test_a_number_glued_to_a_list_item_mark_at_a_line_start_or_after_a_colon_is_no_quantity(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tally so far: 12 people died.", [("12 people", 12)]),
        ("Officials counted the damage.\n40 homes were destroyed.", [("40 homes", 40)]),
    ],
)
def test_a_count_at_a_line_start_or_after_a_colon_with_no_list_mark_stays_a_count(text, expected):
    assert [(q.text, q.value) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Here are my top 21 films of 2017 and how to watch them at home.",
        "If the top 10 wealthy men in Afghanistan were asked, they would agree.",
    ],
)
def test_the_top_n_is_a_rank_band_not_a_count(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text, quantity",
    [("Temperatures could top 40 degrees in Madrid.", ("40 degrees", 40)), ("The top 1% of earners pay more.", ("1%", 1))],
)
def test_top_as_a_verb_or_before_a_percentage_keeps_the_amount(text, quantity):
    assert [(q.text, q.value) for q in quantities(text)] == [quantity]


@pytest.mark.parametrize(
    "text, ages",
    [
        ("I realize part of this is the very nature of six year olds and eight year olds.", [6, 8]),
        ("The 47 year old was one of the guests at the premiere.", [47]),
    ],
)
def test_ages_spelt_open_are_years_old_in_the_singular_and_the_plural(text, ages):
    assert [(q.value, q.unit) for q in quantities(text)] == [(age, "year old") for age in ages]


@pytest.mark.parametrize(
    "text",
    [
        "They need to differentiate one cut from another.",
        "The kids can move from one activity to the next without us.",
        "We would characterize this one way or the other.",
    ],
)
def test_one_in_an_alternation_counts_nothing(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Carnegie Endowment (dev probe real7), Simon Sarris (dev probe real34)
        "If one country saves more than it invests, another country must save less than it invests.",
        "Carnegie becoming a message boy is one opportunity, asking how to operate the telegraph is another.",
    ],
)
def test_one_set_against_another_later_in_its_sentence_counts_nothing(text):
    assert quantities(text) == []


def test_one_beside_another_that_counts_a_number_is_still_a_count():
    assert (1, "patient") in [(q.value, q.unit) for q in quantities("One patient died, and another 30 were hurt.")]


def test_one_before_a_noun_phrase_after_to_the_next_still_counts():
    assert [(q.value, q.unit) for q in quantities("It takes one day to the next stop.")] == [(1, "days")]


@pytest.mark.parametrize(
    "text",
    [
        # Joseph Gentle, n+1 and Segment (corpus dev pages): the noun's modifiers stand between "one" and the tail
        "Nobody has made a CRDT that can move something from one part of a JSON tree to another.",
        "The camera could slide erratically from one character or storyline to another and then back again.",
        "Our workers communicate by consuming from one queue and then publishing to another.",
    ],
)
def test_one_in_an_alternation_counts_nothing_when_modifiers_stand_before_its_tail(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the alternation's tail must end the phrase, and "and another" counts: one of two victims
        "One person was taken to another hospital.",
        "One man was killed and another was injured in the attack.",
        # punctuation ends the search: the tail belongs to another clause
        "One patient died, others moved to another.",
    ],
)
def test_one_followed_later_by_no_alternation_tail_still_counts(text):
    assert [(q.value, q.unit) for q in quantities(text)][:1] == [(1, text.split()[1].strip(",").lower())]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Fortune, The Motley Fool and SiliconANGLE (corpus dev pages): the level a change started from
        ("More than 1 million developers have completed challenges, up from only 100,000 a year ago.", 100000,
         "developers"),
        ("Zenefits is only one of HackerRank's 500 enterprise-size customers, up from just 60 a year ago.", 60,
         "customers"),
        ("Gartner estimates that 4.9 billion connected devices will be in use in 2015, up from 3.75 billion in 2014.",
         3.75e9, "devices"),
        ("The company has expanded to cover 100,000 developers and organizations from just over 1,000 at the time.",
         1000, "developers"),
    ],
)
def test_a_bare_number_a_change_started_from_counts_what_the_count_before_it_counts(text, value, unit):
    found = quantities(text)
    assert (value, unit) in [(q.value, q.unit) for q in found]
    assert len(found) == 2


def test_a_bare_number_a_change_started_from_with_no_count_before_it_stays_out():
    # a level or an amount with no noun: what the number counts is not in the sentence (an index's level is in points,
    # as the dev labels read "the Index of Consumer Sentiment stood at 88.8", Pew Research)
    assert quantities("Output rose to 1,300, up from 1,121.") == []
    assert [q.unit for q in quantities("Profit was $3.4bn, up from 2.9 a year earlier.")] == ["USD"]


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        # The Washington Post and Deadspin (corpus dev pages): the noun after "a" is what one or two counts
        ("That's where the greatest potential for a strong tornado or two exists.", 1, 2, "tornado"),
        ("So I stopped after a bite or two and went back to milk.", 1, 2, "bite"),
    ],
)
def test_a_noun_or_two_counts_the_noun_one_to_two_times(text, value, value_max, unit):
    assert [(q.value, q.value_max, q.unit) for q in quantities(text)] == [(value, value_max, unit)]


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        # Topic Seed and Joseph Gentle's blog (corpus dev pages)
        ("In order to beat another piece of content, you need to write 10x more.", 10, None),
        ("It stores a text document with only about a 1.5x-2x size overhead.", 1.5, 2),
    ],
)
def test_a_multiple_glued_to_its_x_is_counted_in_times(text, value, value_max):
    assert [(q.value, q.value_max, q.unit) for q in quantities(text)] == [(value, value_max, "times")]


def test_a_two_state_solution_counts_no_states():
    # The Washington Post and the Evening Standard (corpus dev pages)
    text = "It's got to be unified in pursuit of the two-state solution, peacefully."
    assert quantities(text) == []


def test_a_unit_keeps_no_full_stop_before_a_closing_quote():
    # Channel NewsAsia (corpus dev page): the unit was "m."
    text = '"I want to go faster for both the 100m and 200m."  After her first gold, her sister spoke.'
    assert [(q.value, q.unit) for q in quantities(text)] == [(100, "m"), (200, "m")]


def test_a_unit_keeps_no_quote_mark_glued_inside_the_counted_noun():
    # Atlas Obscura (dev gold): the tokenizer keeps the closing mark inside "”cards"
    text = "The deck has 10 “pip”cards in each suit."
    assert [(q.value, q.unit) for q in quantities(text)] == [(10, "pip cards")]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # Dropbox and Variety (corpus pages dropbox-tech_async-task-framework, variety_2022-03-11_trilith-town-marvel):
        # the parser hangs "dozen" on the number or on an adjective, and the count lost its noun
        (("There were at least two dozen engineering teams that would want to use it for entirely different parts of "
          "our codebase, for many products and services."), 24, "engineering teams"),
        (("“There’s about a dozen different looks” for shooting in the town, says Parker, who points out that Wakanda "
          "was built in the open area down the road."), 12, "looks"),
    ],
)
def test_a_count_in_dozens_counts_the_plural_noun_after_it(text, value, unit):
    assert (value, unit) in {(q.value, q.unit) for q in quantities(text)}


def test_a_count_in_dozens_with_no_noun_after_it_counts_nothing():
    assert quantities("They sent two dozen in total.") == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # The Washington Post (dev probe real22), Mother Jones, Kotaku (corpus dev pages): "dozen" with no number
        # before it, after a determiner or adjective, counts twelve of the noun or unit after it
        (("One-third of the 100 most extreme storm events took place in the past dozen years, including in 2018."),
         "dozen years", "years"),
        ("I have never been told in 19 years of school or at any of some dozen workplaces.", "some dozen workplaces",
         "workplaces"),
        ("Only then can players start their dozen-hour journey to crafting their custom build.", "dozen-hour", "hours"),
    ],
)
def test_a_dozen_with_no_number_before_it_counts_twelve(text, span, unit):
    assert (span, 12, unit) in [(q.text, q.value, q.unit) for q in quantities(text)]


@pytest.mark.parametrize(
    "text",
    ["Several dozen protesters gathered outside.", "A few dozen people came.", "They sell eggs by the dozen.",
     "He bought a baker's dozen rolls.", "The dozen who survived were flown home.", "The Dirty Dozen films aged well."],
)
def test_a_vague_or_nameless_dozen_counts_nothing(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text, low, high",
    [
        # Canada.com and Daily Star (corpus pages canadacom_2026-06-05_iconic-jasper-resort-reopens,
        # dailystar_2026-04-20_epstein-raped-girl-model): "ages" before a range, as "aged" and "age" before one number
        ("Camp JPL Adventure Club for kids ages 5 to 12 opens later this summer.", 5, 12),
        (("A woman who was raped from the ages of 14 to 17 by Jeffrey Epstein has revealed she was never allowed into "
          "the paedophile financier’s bedroom during the horrific years of her abuse."), 14, 17),
    ],
)
def test_ages_before_a_range_makes_it_a_range_of_ages(text, low, high):
    assert (low, high, "year old") in {(q.value, q.value_max, q.unit) for q in quantities(text)}


def test_ages_after_a_count_of_people_gives_their_age_not_their_noun():
    # Pew Research (corpus page pewresearch_2014-11-20_those-from-mexico-will): the count was read as "people ages"
    found = {(q.value, q.unit) for q in quantities(
        "The 2012 program allowed an estimated 1.1 million people ages 30 or younger to become eligible for "
        "deportation relief and receive a two-year work permit."
    )}
    assert {(1_100_000, "people"), (30, "year old")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # The Washington Post, The New Republic and The Mirror (corpus pages): a policy, not a count of zero
        "There should be zero tolerance for those who traffic in detestable material.",
        "Both suggest he has zero tolerance for dissent.",
    ],
)
def test_zero_tolerance_counts_nothing(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        # 247Sports (corpus page 247sports_2016-12-09_houston-hires-applewhite), Kotaku and SB Nation (corpus pages)
        ("Prior to that, Applewhite spent six seasons as an assistant coach at Texas.", 6),
        ("Crucible has only received four new maps in the last seven seasons, less than half the number.", 7),
        ("They have two of the top-five Cy Young finishers from each of the past two seasons.", 2),
    ],
)
def test_a_count_of_seasons_the_ner_calls_a_date_counts_seasons(text, value):
    assert (value, "seasons") in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text, age",
    [
        # Simon Sarris and Anime News Network (corpus pages, dev)
        ("Vladimir Nabokov published his first book (a collection of poems) at 16, while still in school.", 16),
        ("Leonardo da Vinci was a studio apprentice to Verrocchio at 14.", 14),
        ("The manga centers on Marina and Haruto, who married each other at 22 but divorced soon after.", 22),
    ],
)
def test_a_bare_number_after_at_ending_a_persons_clause_is_their_age(text, age):
    assert [(q.value, q.unit) for q in quantities(text)] == [(age, "year old")]


@pytest.mark.parametrize(
    "text",
    [
        "He arrived at 10, and left at 11.",  # a clock could show it
        "The index closed at 45, up from 43.",  # no person did it
        "Woods finished at 15 under par.",  # a word after it says what it is
    ],
)
def test_a_number_after_at_is_no_age_when_a_clock_a_thing_or_its_next_word_claims_it(text):
    assert "year old" not in {q.unit for q in quantities(text)}


@pytest.mark.parametrize(
    "text, age",
    [
        # PolitiFact (dev probe real44) and OK! (corpus page, dev): another phrase of the verb follows the number
        ("He was expelled from two boarding schools and arrested at 16 for marijuana possession.", 16),
        ("She gave birth to daughter Zoe Slater at 13 after being raped", 13),
    ],
)
def test_an_age_after_at_may_be_followed_by_another_phrase_of_the_verb(text, age):
    assert (age, "year old") in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        "He arrived at 10 for lunch.",  # a clock could show it
        "Woods finished the round at 15 under par.",  # the preposition goes on from the number
        "The index closed at 45 on Friday.",  # no person did it
    ],
)
def test_a_phrase_after_at_n_makes_no_age_of_a_clock_a_score_or_a_thing(text):
    assert "year old" not in {q.unit for q in quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        # Financial Post and LeadDev (corpus pages, dev)
        "It points to a rebound in the second quarter following two quarters of contraction, said Brassard.",
        "Within two quarters, more than half of new performance scripts included a security assertion.",
    ],
)
def test_a_count_of_quarters_the_ner_calls_a_date_counts_quarters(text):
    assert (2, "quarters") in {(q.value, q.unit) for q in quantities(text)}


def test_one_quarter_of_a_group_stays_a_share_not_a_period():
    assert quantities("One quarter of the workforce left.") == []


def test_season_before_its_noun_leaves_the_count_to_that_noun():
    assert [(q.value, q.unit) for q in quantities("The club sold 40,000 season tickets.")] == [
        (40_000, "season tickets")
    ]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # Evening Standard (corpus page eveningstandard_2024-10-24_tony-blair), Reuters (dev gold): "in N years" after
        # a noun is the span a rank or record is counted over, whatever the tense
        ("Starmer is the sixth prime minister in eight years.", 8, "years"),
        ("The airline suffered its worst plane crash in 30 years in January this year.", 30, "years"),
    ],
)
def test_in_n_years_after_a_noun_is_a_span_not_a_forward_offset(text, value, unit):
    assert (value, unit) in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the forward offsets hang from their verb: Kotaku, Evening Standard (corpus pages)
        "Season of the Haunted, which ends in two weeks, has not been one of the game's stronger updates.",
        "Josh Acheamong, who turns eighteen in three days, came on for his Chelsea debut.",
    ],
)
def test_in_n_weeks_after_a_verb_stays_a_forward_offset(text):
    assert [q for q in quantities(text) if q.unit in {"weeks", "days"}] == []


@pytest.mark.parametrize(
    "text",
    [
        # Medical Daily and Vox (corpus pages): film and book titles, whose words are capitalised
        "Here is our list of the five must-watch tearjerkers: Titanic; The Notebook; and 12 Years a Slave.",
        "In the introduction to her review anthology For Keeps: 30 Years at the Movies, Pauline Kael wrote.",
    ],
)
def test_a_number_before_a_capitalised_time_unit_in_prose_is_a_title(text):
    assert [q for q in quantities(text) if q.unit == "years"] == []


def test_a_headline_in_title_case_still_counts_its_capitalised_years():
    assert (30, "years") in {(q.value, q.unit) for q in quantities("Storm Ends After 30 Years Of Calm On The Coast")}


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # Dropbox Tech, MacRumors and TechCrunch (corpus pages): "+" glued to a count or its unit is "or more"
        ("It currently supports 100+ use cases which require either immediate or delayed execution.", 100, "use cases"),
        ("Though the rumored iPad will use a larger 10-inch+ display, it's said to be the same size.", 10, "in"),
        ("It is one of the larger players in the RPA market with 10,000+ customers, including Uber.", 10_000, "customers"),
    ],
)
def test_a_plus_glued_to_a_count_keeps_its_noun_and_means_at_least(text, value, unit):
    assert (value, unit, "at_least") in {(q.value, q.unit, q.qualifier) for q in quantities(text)}


def test_a_plus_between_spaced_numbers_is_no_at_least():
    assert {q.qualifier for q in quantities("The tally was 3 + 4 points.")} <= {"exactly"}


@pytest.mark.parametrize(
    "text",
    [
        # Network World and The New Yorker (dev probe real21): formerly, or at once
        "With Google having just acquired Nest, home automation, at one time a hobby for geeks, is big business.",
        "Superposition allows physical objects to exist in multiple states, or even be in different places, at one time.",
    ],
)
def test_at_one_time_is_formerly_or_at_once_and_counts_no_time(text):
    assert [q for q in quantities(text) if q.value == 1] == []


def test_one_time_without_at_is_still_a_count_of_times():
    assert [(q.value, q.unit) for q in quantities("He had only met the minister one time before the vote.")] == [
        (1, "time")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Kotaku and The New Republic (corpus pages): "any one" is any single one
        "Only thirty-nine Metroids were to exist on the planet at any one time.",
        "What any one person might judge as a level that can be adapted to is going to be very dependent on them.",
        # The New Republic, Evening Standard (corpus pages): net zero is a target, in either order
        "The world would have to reach zero net greenhouse gas emissions before the end of the century.",
        "He has been critical of the transition to net zero.",
        # Rest of World and The Washington Post (corpus pages): a position, not a count of sides
        "Four engineers from the private company that built it stood to one side.",
        "And no one should be confused about what the president confronts: On one side, grousing and grumbling.",
    ],
)
def test_idioms_of_any_one_net_zero_and_one_side_count_nothing_there(text):
    assert [q for q in quantities(text) if q.value in (0, 1)] == []


@pytest.mark.parametrize(
    "text",
    [
        # Verfassungsblog, Kotaku, The New Yorker (corpus pages): "one day" alone is some day
        "It might in fact end one day soon.",
        "Their dying prophets told of a hero who would one day emerge, to enter the crater.",
        "The climate crisis will grow more urgent until, one day, the melting of the cryosphere makes our questions moot.",
    ],
)
def test_a_bare_one_day_is_some_day_not_a_count(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The exhibition stayed open for one day.",
        "The flood came one day after the vote.",
    ],
)
def test_one_day_after_a_preposition_or_before_a_span_still_counts(text):
    assert (1, "days") in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        # GQ (dev probe real21), NPR (dev probe real31), AOL (corpus dev page): "one night" alone is some night
        "Seinfeld caught up with him backstage at the comedy club Catch a Rising Star one night in 1988.",
        "Jacobs thought that too, right up until she came to, on the lot of a dark truck stop one night.",
        "I had asked her to hold it one night because I didn't have pockets.",
    ],
)
def test_a_bare_one_night_is_some_night_not_a_count(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The hotel was booked for one night.",
        "The strike began one night after the vote.",
    ],
)
def test_one_night_after_a_preposition_or_before_a_span_still_counts(text):
    assert (1, "nights") in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        # Talking Points Memo (corpus page): the pronoun before the subject of a clause with its noun left out
        "The story of the town’s resistance is an epic tale, and it’s one U.S. officials would rather not discuss.",
        # The Washington Post (corpus page): before a verb the tagger takes for a plural noun
        "Thunderstorm coverage will decrease as one heads south.",
    ],
)
def test_one_on_a_plural_noun_is_a_pronoun(text):
    assert [q for q in quantities(text) if q.value == 1] == []


def test_one_and_a_half_before_a_plural_still_counts():
    assert (1.5, "years") in {(q.value, q.unit) for q in quantities("The project took one and a half years.")}



@pytest.mark.parametrize(
    "text",
    [
        # The Register-Guard, MLive, AOL (corpus pages): police copy places a crime by a street's house-number block
        ("Last week, police arrested Demario Aundre Jackson, 30, in connection with an April 8 shooting in the 400 block "
         "of East 15th Avenue in Eugene."),
        "The man may have then entered a car in 2100 block of Washtenaw, Pfannes said Monday.",
        ("Snyder and his partner were responding to a disturbance call in the early morning hours on October 6 at a "
         "home in the 10700 block of Arno Drive in Green Park."),
    ],
)
def test_a_house_number_block_of_a_street_is_an_address_not_a_count(text):
    assert [q for q in quantities(text) if q.unit and "block" in q.unit] == []


def test_blocks_of_a_street_counted_in_words_still_count():
    assert (3, "blocks") in {(q.value, q.unit) for q in quantities("Crews cleared three blocks of Main Street.")}


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # SFGate (corpus page): the plural subject a bare level stands at, or a tally of it
        (("Trustee deeds, the final step of repossessing houses in foreclosure, stood at 6,757 for the Bay Area, down "
          "9.4 percent compared with a year earlier and about the same as the prior quarter."), 6757, "deeds"),
        (("Over the past 15 years, the region's quarterly average for default notices was 6,231, so activity is still "
          "twice as high as normal."), 6231, "notices"),
        # The Washington Post, The Times of India (corpus pages)
        (("The number of new coronavirus cases reported in a single day in the United States surpassed 60,000 for the "
          "first time on Wednesday and approached that number on Thursday."), 60_000, "cases"),
        (("Even in 2023, when overall cases across India declined to 653, the state alone accounted for 140 cases — the "
          "highest in the country."), 653, "cases"),
    ],
)
def test_a_bare_level_counts_the_plural_noun_its_clause_is_about(text, value, unit):
    assert (value, unit) in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # The Stack (corpus page): a clause with no verb writes its change "down", its subject still counted
        (("Wired’s global rank fell by 174 points to 853rd (hardly shabby) in the period covered, with its bounce rate "
          "rising (that’s bad) 3% to 69.60%, daily pageviews down 4.85% to 1.57 and daily time on site down 1% to "
          "2.53 (effectively no change)."), 1.57, "pageviews"),
        # The Motley Fool (corpus page): the counted noun raised to the object of the verb above the change
        (("On the viewership side, SuperData Research estimates that 213 million people watched an eSports event in "
          "2016, and it anticipates annual viewers to have grown to 303 million in 2019."), 303_000_000, "viewers"),
    ],
)
def test_a_bare_level_counts_its_clause_noun_with_no_verb_or_a_raised_subject(text, value, unit):
    assert (value, unit) in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The victims were 18 and 19.",  # "be" with a plural subject gives ages, not a count of victims
        "Prices rose to 5 last year.",  # a level of a measure is no count of prices
    ],
)
def test_a_bare_level_of_a_measure_or_after_be_counts_no_subject(text):
    assert [q for q in quantities(text) if q.unit in {"victims", "prices"}] == []


@pytest.mark.parametrize(
    "text",
    [
        # Adweek and ChinaTalk (corpus pages): a number in a quoted headline-case title or slogan
        ("Measurement: it is, as our own Shawn Paul Wood put it in yesterday’s “Top 5 PR Industry Debate Topics” post, "
         "the “pachyderm in the room.”"),
        ("In a sense, “One Nation, Two Systems” was precisely a kind of Schmittian vision of an overarching Chinese "
         "empire, with the pluralism that's contained within that."),
    ],
)
def test_a_number_in_a_quoted_title_counts_nothing(text):
    assert quantities(text) == []


def test_a_number_in_quoted_speech_still_counts():
    assert (500, "people") in {(q.value, q.unit) for q in quantities("He said “we hired 500 people” last year.")}


@pytest.mark.parametrize(
    "text",
    [
        # Roots of Progress (dev probe real12) and The New Yorker (dev probe real14): a short quoted phrase opening
        # with a number names a kind of the noun after it
        "First is the “three vehicles” problem: you have to get from your origin to the station.",
        ("You need only ten of those to be “one secret trick” recipes for people to then latch onto those, and to "
         "know you as the “one secret trick” guy."),
    ],
)
def test_a_quoted_phrase_opening_with_a_number_before_a_noun_counts_nothing(text):
    assert [q for q in quantities(text) if q.value in (1, 3)] == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("He said “two people died” in the blast.", 2, "people"),
        ("We bought “three tickets” yesterday.", 3, "tickets"),
    ],
)
def test_a_quoted_count_before_a_verb_or_a_date_still_counts(text, value, unit):
    assert (value, unit) in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # Dropbox Tech and Vox (corpus pages): the parser hangs the number on a modifier of the compound it counts
        ("It would need to support nearly 100 unique async task types from the start, again with room to grow.",
         100, "task types"),
        (("In January 2016, an analysis of Trump’s Twitter found that 62 percent of the people he retweeted in a given "
          "week followed more than one white supremacist Twitter account."), 1, "supremacist twitter account"),
    ],
)
def test_a_count_takes_the_last_noun_of_the_compound_it_opens(text, value, unit):
    assert (value, unit) in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    "text, unit",
    [
        # Atlas Obscura (facts dev gold): more than one before two singular nouns counts the first
        ("The standard tarot is a 78 card deck.", "card"),
        # Fox Business (corpus page): a unit keeps its place before the noun it sizes
        ("Look for a Secure Shopping 256 bit icon.", "bit"),
    ],
)
def test_a_count_before_a_singular_compound_or_a_unit_keeps_its_first_noun(text, unit):
    assert unit in {q.unit for q in quantities(text)}



def test_one_hundred_a_person_was_is_an_age_not_the_pronoun_one():
    # ChinaTalk (corpus page): the guard against "been one for bullshit" is for the lone pronoun
    text = "Lived on deep into the early 1980s, he was almost one hundred and really just wouldn't die."
    assert (100, "year old") in {(q.value, q.unit) for q in quantities(text)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Fast Company and The A.V. Club (corpus dev pages): dozens hyphenated as a modifier
        ("So the team flew out and booked rooms with two-dozen hosts to learn why.", 24, "hosts"),
        ("Five engines, half-a-dozen vicious turns, and a train barreling into the distance.", 6, "turns"),
    ],
)
def test_hyphenated_dozens_count_twelve_each_and_take_the_noun_after(text, value, unit):
    assert (value, unit) in [(q.value, q.unit) for q in quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Startup Grind, Kotaku and Salon (corpus dev pages): a number glued after "#" is a rank or a list label
        "It comes to most companies' #1 expense: payroll.",
        "Warning #2: this piece might make it hurt a little more.",
        "Lesson #1 about Uber is that there is no heroism, only self-interest.",
    ],
)
def test_a_number_after_a_hash_sign_is_a_label(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CBC News (corpus dev page): the unit is written only on the higher number
        (
            (
                "The central bank has moved its benchmark lending rate up by more than three percentage points in the "
                "past six months, pushing rates on variable rate loans above five and even six per cent."
            ),
            [(5, None, "%"), (6, None, "%")],
        ),
        # CBS Sports (corpus dev page): the unit (an age) is read off the lower number
        (
            (
                "Some fans played baseball through age 18 or even 22 and it's difficult to get over not feeling too "
                "far away from hundreds of millions of dollars (even though we were really far away)."
            ),
            [(18, None, "year old"), (22, None, "year old")],
        ),
    ],
)
def test_the_bare_number_of_an_escalation_takes_the_unit_of_the_other_and_is_no_range(text, expected):
    found = [(q.value, q.value_max, q.unit) for q in quantities(text)]
    assert [q for q in found if q[2] in {"%", "year old"}] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # Evening Standard (corpus dev page, labelled in context1): the lower number is written with its noun
        ("I ask if Sir Keir Starmer is good enough to last two terms, or even three?", "terms"),
        ("He scored two goals and even three in one season.", "goals"),
    ],
)
def test_a_bare_number_escalating_a_count_with_its_noun_counts_that_noun(text, unit):
    assert (3, unit) in {(q.value, q.unit) for q in quantities(text)}


def test_two_bare_numbers_of_an_escalation_stay_out():
    # neither number names what it counts; each asks the other once, without a loop
    assert quantities("He said five or even six would come.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ars Technica (corpus dev page): read as one span "2.06 and 0.28 points" worth 2.06, and "13.74" went unread
        (
            "Firefox versions 3.5 and 3.6 both saw drops last month, by 2.06 and 0.28 points, respectively.",
            [("2.06", 2.06, "points"), ("0.28 points", 0.28, "points")],
        ),
        ("Firefox 4 and Chrome 12 stood at 13.74 and 11.60 percent, respectively.",
         [("13.74", 13.74, "%"), ("11.60 percent", 11.6, "%")]),
        # the shape of ClutchPoints's "three and seven percent" (dev probe real13), read as one span worth 3
        ("Rates on the loans are above five and six per cent.", [("above five", 5, "%"), ("six per cent", 6, "%")]),
    ],
)
def test_two_numbers_joined_by_and_share_the_unit_written_after_the_second(text, expected):
    assert [(q.text, q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PurseBlog (dev probe real37): read as one span "five, ten or even twenty times" worth 5
        ("What if this premium was five, ten or even twenty times higher?",
         [("five", 5, "times"), ("ten", 10, "times"), ("twenty times", 20, "times")]),
        # Aeon (corpus dev page): "three" and "four" went unread
        ("We follow the changes of the largely unformed embryo at three, four, and six weeks.",
         [("three", 3, "weeks"), ("four", 4, "weeks"), ("six weeks", 6, "weeks")]),
        # USA Today (corpus dev page): only "60" and "72 percent" were read
        ("He claimed the fund is up by 39, 42, 44 and 72 percent.",
         [("39", 39, "%"), ("42", 42, "%"), ("44", 44, "%"), ("72 percent", 72, "%")]),
    ],
)
def test_a_list_of_bare_numbers_shares_the_unit_written_after_its_last(text, expected):
    assert [(q.text, q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He scored 12, and 3 players left.", [(3, "players")]),  # two clauses, no list
        ("They won in 2013, 2015, and 2016 together.", []),  # years: the last number counts nothing
    ],
)
def test_numbers_that_are_no_list_of_one_unit_share_none(text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == expected


def test_two_numbers_joined_by_and_after_between_stay_a_range():
    assert [(q.value, q.value_max, q.unit) for q in quantities("Between 20 and 30 people came.")] == [(20, 30, "people")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Channel NewsAsia (corpus dev page): the parse hangs "to" on the participle of the tally's noun
        ("This brings the total number of people arrested so far to 13.", 13, "people"),
        ("This brings the total number of arrests made so far to 13.", 13, "arrests"),
        # National Post (corpus dev page): a toll counts people
        (
            (
                "Zohaib Ahmed, a doctor at a hospital, said the death toll from the Indian missile strike on the Subhan "
                "Mosque in Bahawalpur has jumped to 13, bringing the overall death toll from the Indian strikes across "
                "the country to 19."
            ),
            19,
            "people",
        ),
        # Mirror (corpus dev page): a bare tally counts what the count before it counts
        (
            (
                "Mr Burnham also revealed that four further arrests have been made following protests over the "
                "weekend, taking the number to 23."
            ),
            23,
            "arrests",
        ),
    ],
)
def test_a_bare_level_a_count_is_brought_or_taken_to_counts_what_that_count_counts(text, value, unit):
    assert (value, unit) in [(q.value, q.unit) for q in quantities(text)]


def test_a_bare_level_a_measure_is_brought_to_stays_out():
    # prices are no count (data/en/level_nouns.txt), and a thing taken somewhere is no tally
    assert quantities("The rains brought prices to 40.") == []
    assert quantities("It took the company to 2,000.") == []


@pytest.mark.parametrize(
    "text, counted",
    [
        # Inquisitr and n+1 (corpus dev pages): a number word alone in brackets counts the plural noun before it
        (
            "Since Election Day, Donald Trump has attended more rallies (five) than the intelligence briefings (four).",
            [(5, "rallies", "five"), (4, "briefings", "four")],
        ),
        (
            "They write books about The Sopranos (at least twenty so far), and teach courses on The Wire.",
            [(20, "books", "at least twenty")],
        ),
    ],
)
def test_a_number_word_in_brackets_counts_the_plural_noun_before_them(text, counted):
    assert [(q.value, q.unit, q.text) for q in quantities(text)] == counted


def test_digits_or_a_name_before_brackets_give_no_bracketed_count():
    # "(2)" is a citation counter or a list number; "Smith (45)" is no plural noun's count
    found = quantities("The network reported it first, NBC News (2) said, citing officials in two cities.")
    assert [q.text for q in found] == ["two cities"]
    assert quantities("The witnesses (2) were heard on Monday.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Blister's spec sheets (dev probe real15) and Haki Benita ("The mean is ~4.33", dev page) glue the tilde on
        ("Measured Traditional Camber Underfoot: ~5 mm", 5, "mm"),
        ("The pair weighs ~300 grams.", 300, "g"),
        ("The site served ~1,200 visitors a day.", 1200, "visitors"),
    ],
)
def test_a_tilde_glued_to_a_number_reads_as_about(text, value, unit):
    found = [(q.value, q.unit, q.qualifier) for q in quantities(text)]
    assert found == [(value, unit, "about")]


@pytest.mark.parametrize(
    "text",
    [
        # GSMArena (dev probe real16) and HOLA! (dev probe real9): a capitals suffix of a product's name
        "In the world of smartphones, we’ve seen the TCL 10 Plus and TCL 10 SE go official earlier this month.",
        "They are ambassadors for Carolina Herrera New York; 212 VIP Black and 212 VIP Rosé Elixir.",
    ],
)
def test_a_number_before_a_capitals_word_inside_a_name_counts_nothing(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # outside a name a capitals word may be what is measured (Mirror, AutoIndustriya dev pages)
        ("It was his 148 IQ kicking in.", [(148, "iq")]),
        ("Five NBA teams sent two VIP guests.", [(5, "nba teams"), (2, "vip guests")]),
        ("THREE PEOPLE KILLED IN CRASH", [(3, "people")]),
    ],
)
def test_a_capitals_word_outside_a_name_or_in_a_capitals_headline_still_counts(text, counted):
    assert [(q.value, q.unit) for q in quantities(text)] == counted


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # The Times of India, Natural Home Magazine and Animal World (dev pages, real17): the food after a kitchen
        # measure is what is measured, not the unit
        (
            "Ingredients: 1 cup sun-dried tomatoes, 1 cup hummus, 2 tbsp lemon juice",
            [(1, "cups"), (1, "cups"), (2, "tbsp")],
        ),
        ("2 tablespoons Elmer’s all-purpose glue", [(2, "tbsp")]),
        ("Mix the medicine with 1 tablespoon of food.", [(1, "tbsp")]),
        ("Stir in 2 teaspoons of salt.", [(2, "tsp")]),
    ],
)
def test_a_kitchen_measure_is_the_unit_of_the_number_before_it(text, found):
    assert [(q.value, q.unit) for q in quantities(text)] == found


def test_a_capitalised_cup_is_a_trophy_not_a_kitchen_measure():
    assert all(q.unit != "cups" for q in quantities("Rangers have won 3 Cup finals since 2000."))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # eHow (dev probe real2) and The Times of India (dev probe real17)
        ("Cut the foam oasis about 3/4 inch (2 cm) smaller.", 0.75, "in"),
        ("1/4 cup of freshly squeezed lemon juice", 0.25, "cups"),
    ],
)
def test_a_slashed_fraction_alone_before_a_measure_word_is_its_value(text, value, unit):
    assert (value, unit) in [(q.value, q.unit) for q in quantities(text)]


def test_a_slashed_fraction_before_anything_but_a_measure_word_stays_unread():
    # a date (Addicting Info, dev gold) and a share (Animal World, dev page)
    assert quantities("Remember saying on 7/5 that you would give to a charity?") == []
    assert quantities("Have 1/2 the lights go out first.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Knowable Magazine (dev probe real13) and TechCrunch (dev probe real17): the gap between two times
        ("Farming had begun moving out of Anatolia about 3,000 years earlier than the spread of pastoralists.", 3000),
        ("It pushed its launch to 2026 — two years later than planned.", 2),
    ],
)
def test_time_units_compared_with_than_count_the_gap(text, value):
    assert [(q.value, q.unit) for q in quantities(text)] == [(value, "years")]


@pytest.mark.parametrize("text", ["Four days later, the columnist picked up the tweet.", "Two years ago he left."])
def test_time_units_before_ago_or_a_bare_later_stay_a_date_offset(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # ZDNet (dev probe real17) and GQ (dev page): a version or model suffix, no rand
        "Windows Server 2008 R2",
        "A Yamaha YZF-R6 is a 600cc, but it's essentially a race bike.",
    ],
)
def test_a_currency_letter_glued_to_a_number_inside_a_name_is_no_money(text):
    assert all(q.unit != "ZAR" for q in quantities(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # TimesLIVE (dev gold): rand amounts after a word and a space
        ("Godongwana had previously allocated R3.5bn to Sars.", 3.5e9),
        ("The fee is R2 per litre.", 2),
    ],
)
def test_a_rand_amount_after_a_word_is_still_money(text, value):
    assert [(q.value, q.unit) for q in quantities(text)] == [(value, "ZAR")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # The Times of India (dev probe real18): "half a" halves a measure unit as it halves a time unit
        ("Add hummus, lemon juice and half a cup of the reserved pasta water.", 0.5, "cups"),
        # WTF Economy (dev probe real18): "a half" before a measure unit
        ("We would build cities in the desert with buildings a half mile high.", 0.5, "miles"),
        # cricket.com.au and GQ (dev probes real18): a bare "half" before an hour, spaced or hyphened
        ("The incident-laden first half hour of their second innings offered vindication.", 0.5, "hours"),
        ("He failed to capture the spark he brought to the half-hour form.", 0.5, "hours"),
    ],
)
def test_half_before_a_measure_or_short_time_unit_is_half_of_it(text, value, unit):
    assert (value, unit) in [(q.value, q.unit) for q in quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Vox (dev probe real3, labelled none) and Roots of Progress (dev page): a stretch of the calendar
        "He has been a keen observer of American institutions for the past half-century.",
        "Over the past half century, the bulk of humanity moved up out of Level 1.",
        "Germany pull away in the second half",
    ],
)
def test_half_before_a_long_period_or_alone_counts_nothing(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # NPR (dev gold, labelled none), USA TODAY (dev probe real19), WP Tavern (dev page)
        "One witness, Felicia Sanders, described hiding under a table.",
        "One supporter, 38-year-old Aleksandra Krzanowska, brandished a poster.",
        "One commenter, Bruce Van Horn, noted that jobs tagged as developers paid more.",
    ],
)
def test_one_on_a_noun_an_apposed_name_names_counts_nothing(text):
    assert all(q.unit not in {"witness", "supporter", "commenter"} for q in quantities(text))


def test_one_on_a_noun_with_an_apposed_age_still_counts_one():
    assert (1, "officer") in [(q.value, q.unit) for q in quantities("One officer, 45, was wounded in the shoulder.")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # Time (dev page), n+1 (dev probe real7): "one X for another" names any one thing of a swap
        ("Democrats take a huge risk if we just substitute one arrogant billionaire for another, Warren said.", "billionaire"),
        ("Lost keeps things suspenseful by trading one set of narrative rules for another each episode.", "set"),
    ],
)
def test_one_swapped_for_another_counts_nothing(text, unit):
    assert all(q.unit != unit for q in quantities(text))


def test_one_for_another_noun_still_counts_one():
    assert (1, "contract") in [(q.value, q.unit) for q in quantities("He signed one contract for another team.")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # Knowable Magazine (dev probe real13), The Telegraph (dev probe real), Chartbook (dev page): a fraction word
        # spelled apart before "of" and a whole is a share, as "one-half of" is
        ("Grimm is best known today as one half of the Brothers Grimm.", "half"),
        ("The tiers can be rearranged (by unfolding one half of the rung down).", "half"),
        ("It added $275 million for a total of about $400 million, or one tenth of Ukraine's military spending.", "tenth"),
    ],
)
def test_a_fraction_word_spelled_apart_before_a_whole_is_a_share(text, unit):
    assert all(q.unit != unit for q in quantities(text))


def test_a_count_of_periods_before_a_bare_noun_still_counts():
    assert (2, "quarters") in [(q.value, q.unit) for q in quantities("It grew after two quarters of contraction.")]


@pytest.mark.parametrize(
    "text",
    [
        # Politico and SLAM (pool probe real35): the apostrophe elides the year's century
        "The next person that posts the Obama '12 ad gets a bonus.",
        "With the ’10-11 season still in its infancy, it’s time to put this formula to the test.",
    ],
)
def test_two_digits_after_an_eliding_apostrophe_are_a_year_and_count_nothing(text):
    assert quantities(text) == []


def test_two_digits_after_an_apostrophe_that_opens_a_quotation_still_count():
    assert [(q.value, q.unit) for q in quantities("'12 people were killed,' police said.")] == [(12, "people")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # History Today (dev probe real30): the first value's span ran over the second, which was lost
        ("The households were reduced in the countryside from 4.5 to 4 persons.",
         [("4.5", 4.5, None, "persons"), ("4 persons", 4, None, "persons")]),
        # HuffPost (dev probe real23): the first value went unread
        ("Hoenig wants the Fed to increase its rate from zero to 1 percent.", [("zero", 0, None, "%"), ("1 percent", 1, None, "%")]),
        ("Staff numbers rose from 30 to 40 people.", [("30", 30, None, "people"), ("40 people", 40, None, "people")]),
    ],
)
def test_from_one_number_to_another_that_is_no_range_gives_two_values_of_the_unit_after(text, expected):
    assert [(q.text, q.value, q.value_max, q.unit) for q in quantities(text)] == expected


def test_from_one_number_to_another_with_no_change_stays_a_range():
    assert [(q.value, q.value_max, q.unit) for q in quantities("Class sizes range from 20 to 30 pupils.")] == [
        (20, 30, "pupils")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Sporting News (pool probe real35, labelled none); the same record with another count of it
        "The Browns have fired coach Eric Mangini following a second straight 5-11 season that ended with a loss.",
        "It was their third straight 6-10 season.",
    ],
)
def test_a_hyphenated_pair_before_a_singular_season_is_a_record_not_a_range(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Today (dev probe real27), at the end of the text and of a paragraph
        ("The game drew 2.1 million viewers and peaked at 2.3 million.", ("2.3 million", 2_300_000, "viewers")),
        ("The game drew 2.1 million viewers and peaked at 2.3 million.\nIt was a record.",
         ("2.3 million", 2_300_000, "viewers")),
        # The New Yorker (dev probe context1)
        ("Field holds more than sixty patents; Johnson around twenty; Manzara around twelve.",
         ("around twelve", 12, "patents")),
    ],
)
def test_a_restated_number_before_the_full_stop_that_ends_its_paragraph_counts_as_the_count_before(text, expected):
    assert expected in [(q.text, q.value, q.unit) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NFL, The Daily World, Astral Codex Ten (dev pages, dev probe real29)
        ("Sunday against the Packers, he was a stunning 22-of-28 passing for 381 yards.", [("381 yards", 381)]),
        ("His passing stats (18-of-28, 215 yards) weren't eye-popping.", [("215 yards", 215)]),
        ("He was 7-for-19 passing for 65 yards after halftime.", [("65 yards", 65)]),
        ("The Hyaks had 11 turnovers and went 9-of-10 from the free-throw line (90%).", [("11 turnovers", 11), ("90%", 90)]),
        ("Suppose you accept that there's only a 1-in-10,000 chance that the pandemic starts at a wet market.", []),
    ],
)
def test_makes_of_tries_and_odds_hyphened_are_no_count(text, expected):
    assert [(q.text, q.value) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # GitHub and The Atlantic (dev pages)
        ("It fails due to failure modes, such as, (1) hallucination, including modifying correct responses to be "
        "incorrect; (2) behavior collapse to non-correcting behavior."),
        ("The plan covers limits on the arrival of a pandemic to our shores; (2) guidance related to protective "
        "measures; (4) modifications to monetary policy; and (5) procurement and distribution of vaccine."),
    ],
)
def test_bracketed_item_numbers_run_into_a_sentence_are_list_markers(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CBS News (dev probe real26), Visiongain (dev page)
        (("As the number of coronavirus infections reported worldwide nears the 5 million mark, China has eased its "
         "resistance."), (5_000_000, "infections")),
        ("Talking about the Indian region, the number of cases has crossed the 450 mark.", (450, "cases")),
    ],
)
def test_the_mark_a_tally_reaches_counts_what_the_tally_counts(text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 247Sports (dev probe real4), Sporting News and Forbes (dev pages)
        ("He earlier set several school records as an All-Big 12 quarterback.", []),
        ("Notre Dame and Big 12 schools Oklahoma State and Utah are the others.", []),
        ("She was named to the Forbes Fintech 50 and Blockchain 50 lists.", []),
        # the measure stays one (Fox Business, dev probe real5), and so does a sentence's own capital
        ("Look for the https:// in your url and a Secure Shopping 256 bit icon.", [(256, "bit")]),
        ("Officials said 12 schools closed early on Friday.", [(12, "schools")]),
    ],
)
def test_digits_after_a_capitalised_word_of_no_entity_end_a_name(text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The New Yorker (dev page), and a dev probe (real21)
        ("His second cookbook, a nearly seven-hundred-page volume titled “The Wok,” will publish in March.", 700),
        ("He calls for a total divorce from the five-thousand-years-old culture of male domination.", 5000),
        ("All this backlash to some dumb two-hundred-and-fifty-character message I wrote.", 250),
    ],
)
def test_a_number_word_hyphened_to_its_scale_word_takes_the_scale(text, expected):
    assert [q.value for q in quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal in digits ranks the noun right after it, which the number before the bracket does not count
        # (ClutchPoints' "20 (24th percentile.)", dev probe real41, read 20 percentiles)
        ("His usage rate is 31 (95th percentile), the best on the team.", []),
        ("He ranks in the 95th percentile with 31 points a game.", [(31, "points")]),
    ],
)
def test_a_noun_with_its_own_ordinal_is_no_count_of_the_number_before_it(text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ClutchPoints (dev probe real41) and NFL (dev page)
        (
            (
                "He still has areas to improve, such as his playmaking for a point guard with an assist percentage"
                " of just 20 (24th percentile.) But he is young."
            ),
            [(20, "%")],
        ),
        (
            (
                "That unit ranks dead last in Next Gen Stats’ defensive success percentage at 49.7 -- where the"
                " league average is 56.2 percent."
            ),
            [(49.7, "%"), (56.2, "%")],
        ),
        # a percentage named with no "of" or "at" before the number is left as it was
        ("The percentage rose as 40 students left.", [(40, "students")]),
    ],
)
def test_a_bare_figure_a_percentage_names_is_in_per_cent(text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Deadspin (dev probe real41): "a" is a word of qualifier phrases ("a good", "an estimated"), no qualifier
        # alone, so "in a one year period" is the period's length, not a forward offset
        ("My math says that's about 20,000 tests in a one year period.", [(20000, "tests"), (1, "years")]),
        # a one-word qualifier after "in" still makes a forward offset, as "in three days" is
        ("He will be back in about three days.", []),
        ("He will be back in three days.", []),
    ],
)
def test_an_article_after_in_is_no_qualifier_of_a_forward_offset(text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # HuffPost (dev page) and Global News (dev probe real35): the bare subject of a verb of dying is a toll of
        # people, as the bare object of "killed" is (the first and third sentences are written for the test)
        (
            "More than 410,000 people have been tested and over 18,000 have died.",
            [(410000, "people"), (18000, "people")],
        ),
        ("To date, Singapore has had about 3,700 people infected. Ten have died.", [(3700, "people"), (10, "people")]),
        ("More than 120,000 have succumbed to the disease.", [(120000, "people")]),
        (
            "A crisis in which more than a million people entered Europe and 4,000 drowned in the Aegean Sea.",
            [(1000000, "people"), (4000, "people")],
        ),
        # a determiner makes the number a pronoun, "one" is one of a group, and a number set beside a noun by dashes
        # counts that noun: none of them is read as a toll
        ("The two died at the scene.", []),
        ("One died at the scene.", []),
        ("Nearly a quarter of residents — 22 — have died at the nursing home.", []),
    ],
)
def test_the_bare_subject_of_a_verb_of_dying_counts_people(text, expected):
    assert [(q.value, q.unit) for q in quantities(text)] == expected


def test_a_count_set_off_by_a_dash_after_a_plural_leaves_the_plural_as_the_first_numbers_noun():
    # CNA (dev probe real10): the parser hangs "seven" on "men", past "people - six"; the count between them is
    # the later noun's, so "seven" counts people
    found = quantities("Police had arrested seven people - six men and one woman aged between 19 and 32 - in raids.")
    assert [(q.value, q.unit) for q in found][:3] == [(7, "people"), (6, "men"), (1, "woman")]


def test_a_count_still_reaches_past_a_list_of_modifiers_to_its_noun():
    # no count between: "90 air, sea and ground-launched missiles" counts missiles
    assert [(q.value, q.unit) for q in quantities("The navy fired 90 air, sea and ground-launched missiles.")] == [
        (90, "missiles")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Android Authority and NFL.com (corpus pages, dev; values364's second reader, benchmarks/value_audit.py)
        (
            "I admit that the Galaxy A51 test bed I'm using isn't the most powerful device by 2024 standards, but far "
            "bulkier launchers like Nova run just fine on it."
        ),
        "The 49ers and Ravens, the top two teams in my current pecking order, certainly qualify by 2023 standards.",
    ],
)
def test_a_year_after_by_before_standards_is_no_count_of_standards(text):
    assert not any(q.unit == "standards" or 2000 <= q.value <= 2099 for q in quantities(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The court unsealed about 2000 pages of records.", 2000, "pages"),  # a count of pages (9News, dev)
        ("The list grew by 1900 entries last year.", 1900, "entries"),  # after "by", no yardstick noun
    ],
)
def test_a_year_like_count_of_another_noun_stays_a_count(text, value, unit):
    assert (value, unit) in {(q.value, q.unit) for q in quantities(text)}
