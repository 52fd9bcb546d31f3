"""Quote and attribution rules: quote spans, scare quotes, speakers through pronouns and descriptors."""

from __future__ import annotations

import pytest

from extractors.facts.attributions import extract_attributions
from extractors.facts.entities import link_entities
from extractors.facts.quotes import extract_quotes
from tests.facts_helpers import parse, seed_body


def quotes_and_attributions(text: str):
    doc, sentences = parse(text)
    _, linked = link_entities(doc, sentences)
    return extract_quotes(doc, linked, sentences), extract_attributions(doc, linked, sentences)


@pytest.fixture(scope="module")
def seed_facts():
    return quotes_and_attributions(seed_body())


def test_descriptor_speaker_resolves_to_the_named_agency(seed_facts):
    quotes, _ = seed_facts
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text.startswith("To prepare for a prolonged war in Ukraine")
    assert (quote.speaker, quote.verb) == ("Defense Intelligence Agency", "say")
    assert seed_body()[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    "cue, source, claim_start",
    [
        ("said", "a lawmaker", "North Korea has sent more than 13,000"),
        ("according to", "a Defense Intelligence Agency report", "The North delivered the shipments"),
        ("told", "Defense Minister Shin Won-sik", "the North had sent about 6,700 containers"),
        ("according to", "Kang", "The agency said South Korea"),
    ],
)
def test_seed_attributions(seed_facts, cue, source, claim_start):
    _, attributions = seed_facts
    assert any(a.cue == cue and a.source == source and claim_start in a.claim for a in attributions)


def test_pronoun_speaker_is_the_person_last_named_as_subject():
    text = (
        "Israel's chief military spokesperson, Rear Admiral Daniel Hagari, said Sinwar's appointment would not "
        'stop Israel from pursuing him.\n\n"There is only one place for Yahya Sinwar, and it is beside Mohammed '
        'Deif," he told the Saudi state-owned Al-Arabiya television.'
    )
    quotes, _ = quotes_and_attributions(text)
    assert [q.speaker for q in quotes] == ["Daniel Hagari"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Marisol recommends starting with the rug. “Most people buy the small things first,” she explains.", "Marisol"),
        ("And Okafor loves the noise of it all. “Maybe I looked for chaos because my life was calm,” he says.",
         "Okafor"),
    ],
)
def test_pronoun_tag_names_the_subject_of_the_sentence_before_when_no_person_is_tagged(text, speaker):
    # the small model tags neither name as a person (Variety, NPR, National Post, E! Online, PopSugar on en_b1)
    quotes, _ = quotes_and_attributions(text)
    assert [q.speaker for q in quotes] == [speaker]


def test_quote_split_by_a_speech_tag_gives_two_quotes_with_one_speaker():
    text = (
        '"The sexy sells," added Baker, a member of CNBC\'s Advisor Council. "The upside sells. '
        "But folks don't talk about the downside.\""
    )
    quotes, _ = quotes_and_attributions(text)
    assert [q.text for q in quotes] == [
        "The sexy sells,",
        "The upside sells. But folks don't talk about the downside.",
    ]
    assert {q.speaker for q in quotes} == {"Baker"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Ndlovu said the council may not “unilaterally declare” a tenant late, “and deny its tenants a hearing”.", "Ndlovu"),
        ("Mbeki said the ministry may not “simply declare” a school closed, “and deny its pupils their lessons”.",
         "Mbeki"),
    ],
)
def test_fragment_after_a_speech_verb_in_scare_marks_belongs_to_the_verb_that_reports_it(text, speaker):
    # Daily Maverick and Chicago Sun-Times shapes on en_b1: the last speech word before the fragment is no tag of it
    quotes, _ = quotes_and_attributions(text)
    assert [q.speaker for q in quotes] == [speaker]


def test_scare_quotes_are_not_quotes():
    text = "Baba criticized Ishiba’s “change of stance,” saying the party had called the treaty an “option.”"
    quotes, _ = quotes_and_attributions(text)
    assert quotes == []


def test_passive_tag_names_the_addressee_not_the_speaker():
    text = "During the session, Ishiba was asked, “Do you feel any ethical guilt?” The prime minister admitted that he did."
    quotes, attributions = quotes_and_attributions(text)
    assert [(q.text, q.speaker) for q in quotes] == [("Do you feel any ethical guilt?", None)]
    assert any(a.cue == "admitted" and a.claim == "he did" for a in attributions)


def test_open_quote_runs_on_into_the_next_paragraph():
    text = (
        "“The prime minister’s official trips were indeed to strengthen Malaysia’s economy.\n\n"
        "“Meanwhile, the business delegation paid 73 per cent of the cost,” communications minister Fahmi Fadzil "
        "said."
    )
    quotes, _ = quotes_and_attributions(text)
    assert len(quotes) == 2
    assert {q.speaker for q in quotes} == {"Fahmi Fadzil"}


# Daily Mail, 2024-04-27 (corpus page dailymail_2024-04-27_dollar-bill): straight single quotes, British style.
DAILY_MAIL = (
    "'It's very rare that the Federal Reserve would mess up an order, and then it reaches circulation,' Chad "
    "Hawk, vice president of PMG, a paper money grading company in Florida told Fox.\n\n"
    "Only nine of these pairs have been matched, leaving millions of rare $1 bills out there.\n\n"
    "'You can find outlets where people are collecting the data, so you can see if notes are out there already.\n\n"
    "'If someone's already reported this number, you might be able to pair up with someone looking for this "
    "number. They may be willing to pay a big premium for that,' he said."
)


def test_straight_single_quotes_are_quotes_and_apostrophes_stay_inside():
    quotes, _ = quotes_and_attributions(DAILY_MAIL)
    assert [q.text[:22] for q in quotes] == ["It's very rare that th", "You can find outlets w", "If someone's already r"]
    assert quotes[0].text.endswith("reaches circulation,")


def test_speaker_named_first_after_the_quote_beats_a_noun_of_its_appositives():
    quotes, _ = quotes_and_attributions(DAILY_MAIL)
    assert (quotes[0].speaker, quotes[0].verb) == ("Chad Hawk", "tell")


def test_straight_single_quote_runs_on_when_the_next_paragraph_opens_with_one():
    quotes, _ = quotes_and_attributions(DAILY_MAIL)
    assert quotes[1].text.endswith("out there already.")
    assert quotes[1].speaker is not None and quotes[1].speaker == quotes[2].speaker  # one speech over two paragraphs


def test_apostrophes_and_scare_quotes_are_not_straight_quoted_speech():
    text = (
        "Fans of rock 'n' roll packed the players' bar on Sunday, and the club's 'family' plan, "
        "which the owners called 'a success,' sold out."
    )
    quotes, _ = quotes_and_attributions(text)
    assert quotes == []


def test_claim_before_a_mid_sentence_speech_tag_is_attributed():
    # Reuters, 2023-04-25 (corpus page reuters_2023-04-25_nepal-proof-flydubai-plane)
    text = (
        "The plane continued on its journey after determining that the engine was within normal operation "
        "parameters, a spokesperson for flydubai said, and the aircraft landed normally in Dubai just after "
        "midnight local time."
    )
    _, attributions = quotes_and_attributions(text)
    assert [(a.source, a.cue) for a in attributions] == [("a spokesperson", "said")]
    assert attributions[0].claim == (
        "The plane continued on its journey after determining that the engine was within normal operation parameters"
    )


def test_an_indefinite_spokesperson_is_nobody_named_before():
    # Fox News, 2023-04-26 (corpus page foxnews_2023-04-26_house-china-committee-demands)
    text = (
        "Gallagher and his colleagues listed several specific questions in their initial February letter. "
        "Mike Gallagher said the committee was \"disappointed\" by the briefing.\n\n"
        "The FBI told Fox News Digital that it received the letter.\n\n"
        "\"The FBI takes very seriously any actions by a foreign power to operate illegally on U.S. soil to "
        "intimidate or threaten people living here,\" a bureau spokesperson said."
    )
    quotes, _ = quotes_and_attributions(text)
    assert [q.speaker for q in quotes if q.text.startswith("The FBI")] == ["a bureau spokesperson"]


@pytest.mark.parametrize(
    "text",
    [
        # Western Journalism, 2016-12-23 (dev gold westernjournalism_2016-12-23_anis-amri-killed-milan)
        ("Police had no idea Amri would be in Milan.\n\n"
        "“It was a regular patrol, under the new system of intensified police checks on the territory,” De Iesu "
        "said. “They had no perception that it could be him, otherwise they’d have been more careful.”"),
        # 9News, 2024-04-26 (dev gold ninenews_2024-04-26_girrawheen-home-invasion)
        '"I\'m very frightened, I\'m not the same person I used to be, I can hardly stand or walk," she said.',
    ],
)
def test_direct_quote_opened_by_its_mark_is_a_quote_not_an_attribution(text):
    quotes, attributions = quotes_and_attributions(text)
    assert quotes
    assert attributions == []


@pytest.mark.parametrize(
    "text",
    [
        # ABC (Australia), 2013-04-22 (dev gold abcau_2013-04-22_swimming-funding-cuts): radio transcript
        ("JON SIEBEN: It is a shame that funding has been cut, but I don't think it's the end of the world for "
        "Australian swimming.\n\nI think they can still produce many, many champions.\n\n"
        "ELLESA THROWDEN: Do you think this is punishment for what occurred in London?"),
        # CNET, 2017-01-18 (dev gold cnet_2017-01-18_zuckerberg-acquisition-strategies): testimony excerpt
        ("I've been building relationships for years with the founders, which made [it] so that when we thought it "
        "was the right time to move, we felt like we had a good amount of context."),
    ],
)
def test_first_and_second_person_beliefs_are_not_reported_claims(text):
    _, attributions = quotes_and_attributions(text)
    assert attributions == []


@pytest.mark.parametrize(
    "text",
    [
        # Engadget, 2017-11-03 (dev gold engadget_2017-11-03_xbox-one-x-review)
        "Basically, don't expect your entire 360 library to get enhanced.",
    ],
)
def test_belief_verb_without_a_holder_reports_no_claim(text):
    _, attributions = quotes_and_attributions(text)
    assert attributions == []


def test_belief_verb_with_a_third_person_holder_is_a_claim():
    # 9News, 2024-04-26 (dev gold ninenews_2024-04-26_girrawheen-home-invasion)
    _, attributions = quotes_and_attributions("Investigators believe it was a targeted attack.")
    assert [(a.source, a.cue) for a in attributions] == [("Investigators", "believe")]


@pytest.mark.parametrize(
    "text",
    [
        # America Now, 2016-12-22 (dev gold americanow_2016-12-22_kellyanne-conway-counselor)
        ('"Essentially, my major concern is and will always be my four children, but I\'m very convinced this is '
        '[a] family-friendly West Wing and White House," she said, according to NBC News.'),
        # Raw Story, 2016-12-22 (dev gold rawstory_2016-12-22_celebrities-turn-down-inauguration)
        ("“This will be the first American president in U.S. history that enters the White House with a "
        "pro-gay-rights stance,” investment banker Anthony Scaramucci said on the BBC, according to the New York "
        "Times."),
    ],
)
def test_quote_relayed_according_to_a_medium_is_not_an_attribution(text):
    quotes, attributions = quotes_and_attributions(text)
    assert len(quotes) == 1
    assert [a for a in attributions if a.cue == "according to"] == []


def test_according_to_an_outlet_attributes_a_plain_claim():
    # America Now, 2016-12-22 (dev gold americanow_2016-12-22_kellyanne-conway-counselor)
    text = "Karen Hughes also served as George W. Bush's first counselor to the president, according to NBC News."
    _, attributions = quotes_and_attributions(text)
    assert [(a.source, a.cue) for a in attributions] == [("NBC News", "according to")]
    assert attributions[0].claim.startswith("Karen Hughes also served")


@pytest.mark.parametrize(
    "text, source",
    [
        # NPR, 2016-12-15 (dev gold npr_2016-12-15_dylann-roof-guilty)
        (
            ("During closing arguments on Thursday, defense attorney David Bruck asked the jury to consider why "
            "Roof did what he did."),
            "defense attorney David Bruck",
        ),
        # Western Journalism, 2016-12-23 (dev gold westernjournalism_2016-12-23_anis-amri-killed-milan)
        ("When they asked him to empty his pockets and backpack, he pulled out a pistol.", "they"),
    ],
)
def test_a_request_with_an_infinitive_is_an_attribution(text, source):
    _, attributions = quotes_and_attributions(text)
    assert [(a.source, a.cue) for a in attributions] == [(source, "asked")]


@pytest.mark.parametrize(
    "text",
    [
        # The Economist, 2011-01-20 (dev gold economist_2011-01-20_cigarettes-in-films)
        "Participants were asked to watch the first 30 minutes of “Matchstick Men”, a film about con men.",
        # Nikkei Asian Review, 2017-06-02 (dev gold nikkeiasia_2017-06-02_japan-homegrown-gps)
        ("TOKYO -- Japan's augmented Global Positioning System is expected to create a host of new business "
        "opportunities, from highly sophisticated car navigation and drone delivery to autonomous driving."),
        # NPR, 2016-12-15 (dev gold npr_2016-12-15_dylann-roof-guilty): a reported question
        ("Another witness, Polly Sheppard, told the jury Roof stood over her with his gun and asked her if she had "
        "been shot."),
        # The Washington Times, 2023-04-28 (dev gold washingtontimes_2023-04-28_indiana-governor-endorses-revised)
        "The governor, meanwhile, hasn’t yet said whether he will sign a bill requiring schools to notify parents.",
    ],
)
def test_agentless_passives_and_reported_questions_are_not_claims(text):
    _, attributions = quotes_and_attributions(text)
    assert [a for a in attributions if a.cue in {"asked", "expected", "said"}] == []


def test_a_pronoun_speaker_is_not_a_relative_who_shares_the_surname():
    quotes, _ = quotes_and_attributions(
        "Holly Brandt, 19, died in hospital on Friday.\n\n"
        "Ms Brandt's father, Shaun Brandt, confirmed her death. \u201cWe are heartbroken,\u201d he said."
    )
    assert [q.speaker for q in quotes] == ["Shaun Brandt"]


@pytest.mark.parametrize("verb, lemma", [("advised", "advise"), ("goes on", "go")])
def test_an_inverted_tag_with_an_unlisted_verb_names_the_speaker(verb, lemma):
    quotes, _ = quotes_and_attributions(
        "Mark Lowe runs the bakery. Tom Hill owns the shop next door.\n\n"
        f"\u201cIf I were the council, I would fix the road first,\u201d Hill {verb}."
    )
    assert [(q.speaker, q.verb) for q in quotes] == [("Tom Hill", lemma)]


def test_a_verb_after_a_quote_without_the_quote_as_its_clause_is_no_tag():
    quotes, _ = quotes_and_attributions(
        "Mark Lowe runs the bakery.\n\nShe called the plan \u201ca quiet disaster for the town,\u201d and Tom Hill left."
    )
    assert all(q.speaker != "Tom Hill" for q in quotes)


def test_a_split_quote_continuing_in_lower_case_is_a_second_quote():
    quotes, _ = quotes_and_attributions('"We did not expect this," Carla Diaz said, "but we are coping."')
    assert [(q.text.rstrip(".,"), q.speaker) for q in quotes] == [
        ("We did not expect this", "Carla Diaz"),
        ("but we are coping", "Carla Diaz"),
    ]


def test_a_quoted_phrase_of_three_words_is_not_a_quote():
    quotes, _ = quotes_and_attributions('The minister called it "a grave mistake" on Monday.')
    assert quotes == []


def test_a_pronoun_that_tells_someone_is_not_the_person_told():
    quotes, _ = quotes_and_attributions(
        "Laura Stone hosts a radio show. Gayle Brook interviewed her on Tuesday.\n\n"
        "Brook asked about the broadcast.\n\n"
        '"I thought I was trying to be helpful," she told Brook.'
    )
    assert [q.speaker for q in quotes] == ["Laura Stone"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            (
                "\u201cThe lower your latitude, the more orbits you can reach,\u201d Jim Carter, who worked at a "
                "rocket firm for years and now runs a launch startup, told reporters."
            ),
            "Jim Carter",
        ),
        (
            (
                "\u201cThat is a real problem for any operator,\u201d president and chief operating officer of the "
                "firm, Rob Mason, told analysts."
            ),
            "Rob Mason",
        ),
    ],
)
def test_the_person_in_a_tag_is_the_speaker_not_the_audience_told(text, speaker):
    quotes, _ = quotes_and_attributions(text)
    assert [q.speaker for q in quotes] == [speaker]


def test_a_statement_saying_speaks_for_whoever_issued_it():
    quotes, _ = quotes_and_attributions(
        'Northwind Logistics released a separate statement saying, "The agreement lets us grow our business."'
    )
    assert [q.speaker for q in quotes] == ["Northwind Logistics"]


def test_a_title_several_people_hold_is_the_one_named_last_before_it():
    """"the senator" with three senators in the article: the one the writer was just talking about (Free Beacon,
    CBS News)."""
    quotes, _ = quotes_and_attributions(
        "Sen. Mary Holt of Oregon and Sen. Peter Vance of Ohio backed the bill last week.\n\n"
        "Sen. Daniel Ortiz has not said how he will vote. Ortiz faces a hard race next year. But the senator, "
        'who recently said that he brings "a working farmer\'s view to the capital," will need help.'
    )
    assert [q.speaker for q in quotes] == ["Daniel Ortiz"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            (
                "Nigel Hart, head of financial reporting at the institute, is unconvinced. He warned gradual change "
                'could "result in a rather incoherent and complex accounting framework", saying rapid adoption would '
                "minimise market disruption."
            ),
            "Nigel Hart",
        ),
        (
            (
                "The senator criticised the Harbor Party, which tried to rally support by saying that rural voters "
                "were \u201cturning out in huge numbers.\u201d"
            ),
            "Harbor Party",
        ),
        # guards: whoever is quoted "as saying" is the verb's object, and the writer's "I" names nobody
        ("\u201cMy wife used to look at me like a total loser,\u201d Trump quoted the man as saying.", None),
        ("It is not busy work so long as I preface it by saying, \u201cThis is not intended to be busy work.\u201d", None),
    ],
)
def test_a_participle_tag_speaks_for_the_subject_of_the_clause_it_hangs_on(text, speaker):
    """"..., saying X would ..." never has X as its speaker (Accountancy Age, The Washington Post, Time, USA Today,
    Las Vegas Sun on the dev listing)."""
    quotes, _ = quotes_and_attributions(text)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            (
                "Michael Shadlen studies decisions. In Dr. Shadlen's words, \"Could the moment when the brain "
                'believes it has enough evidence be tied to the awareness of having decided?"'
            ),
            "Michael Shadlen",
        ),
        (
            "It is an essay on the power of refusing to \u201clive within the lie,\u201d in Havel\u2019s words.",
            "Havel",
        ),
    ],
)
def test_an_untagged_quote_in_someones_words_is_theirs(text, speaker):
    quotes, _ = quotes_and_attributions(text)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            (
                "The survey found that a phone call \u201cis the most common response to a local search,\u201d "
                "according to Advertising Age."
            ),
            "Advertising Age",
        ),
        ('But according to Adebayo, "This time there is no free lunch," meaning exports will change.', "Adebayo"),
        # an unnamed source stays unnamed; a colon's clause tags its quote; a title is no one's words
        ('"Every project after that uses your colors automatically," according to the company.', None),
        (
            (
                "According to Thabo Lerotholi, Advocate Karabo Mohau once cautioned: \u201cConstitutional amendment "
                "is indispensable to constitutional development.\u201d"
            ),
            "Karabo Mohau",
        ),
        ('According to Billboard, the first leg of the band\'s "End Of The Road" tour grossed $58.7 million.', None),
    ],
)
def test_an_untagged_quote_credited_with_according_to_is_its_named_sources(text, speaker):
    quotes, _ = quotes_and_attributions(text)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # quotes350: a colon tag whose verb issues a statement (The Hollywood Reporter, Vox shapes)
        (
            (
                "The Council of Fashion Designers of Canada issued a statement reading: \u201cThe council condemns "
                "Saturday\u2019s attack and stands with the victims.\u201d"
            ),
            "Council of Fashion Designers of Canada",
        ),
        (
            (
                "After the vote, Microsoft issued a statement to Reuters that it would \u201creview\u201d the "
                "ruling and its options:\n\u201cWe respect the court, but we believe the law was misread.\u201d"
            ),
            "Microsoft",
        ),
    ],
)
def test_a_colon_tag_that_issues_a_statement_speaks_for_its_issuer(text, speaker):
    quotes, _ = quotes_and_attributions(text)
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # quotes350: the statement is no speaker; whoever issued it is (CBS News, 247Sports, DW shapes)
        (
            (
                "The Harbor Authority declined an interview but provided a statement that said in part:\n"
                "\"The new gates are safe and were inspected twice this year.\""
            ),
            "Harbor Authority",
        ),
        (
            (
                "\"Jimmy Larson is being treated at Mercy Hospital and is in stable condition,\" read a statement "
                "by IndyCar."
            ),
            "IndyCar",
        ),
        (
            (
                "The Hamas movement issued a statement on Telegram about the talks, saying they had failed. "
                "\"The occupation has chosen to sink the deal. We will not return to the table,\" the statement "
                "said."
            ),
            "Hamas",
        ),
        # a statement nobody is named as issuing keeps its words
        ("\"The roads will reopen on Monday,\" the statement said.", "the statement"),
    ],
)
def test_a_statement_as_the_tags_subject_speaks_for_its_issuer(text, speaker):
    quotes, _ = quotes_and_attributions(text)
    assert quotes[0].speaker is not None and speaker in quotes[0].speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # quotes350: two joined descriptors, the name right before the verb (Popular Science, en_b3; Breitbart, dev gold)
        (
            (
                "\u201cWe found the lung cancer rate was higher overall in naval personnel than in the other armed "
                "services,\u201d study co-author and University of Adelaide medical doctor Richard Gun said in a "
                "statement."
            ),
            "Richard Gun",
        ),
        (
            (
                "Snopes fact checker and staff writer David Emery posted to Twitter asking if there were \u201cany "
                "un-angry Trump supporters?\u201d"
            ),
            "David Emery",
        ),
        # a name after a preposition is someone else: the descriptor stays
        ("\u201cHe will appeal the ruling at once,\u201d a spokesman and adviser for Tom Baker said.", "a spokesman"),
    ],
)
def test_joined_descriptors_speak_for_the_person_named_last_before_the_verb(text, speaker):
    quotes, _ = quotes_and_attributions(text)
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # quotes375: a descriptor's "of" phrase with the person after a comma (Evening Standard; Tech Monitor's
        # "said the director of the US National Institute of Standards and Technology, Laurie Locascio")
        (
            (
                "On Leadership has generated praise from Blair\u2019s brethren. \u201cWhat this book captures about "
                "Blair is not just his mastery of the political arts, but his infectious optimism about politics "
                "itself,\u201d says the former editor of the Standard, George Osborne."
            ),
            "George Osborne",
        ),
        # the guard: a body set off after the comma is no person; the body the descriptor heads still speaks
        (
            (
                "\u201cWe will appeal the ruling at once,\u201d said the head of Acme Corporation, the firm that made "
                "the parts."
            ),
            "Acme Corporation",
        ),
    ],
)
def test_a_person_set_off_after_a_descriptors_body_is_the_speaker(text, speaker):
    quotes, _ = quotes_and_attributions(text)
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # quotes385: a "he"/"she" tag continues the subject of the sentence before, not a person named further back
        # as a main clause's subject (Teen Vogue's Bnxn, whom the small model does not tag, after Burna Boy)
        (
            ("Burna Boy asked Bnxn to work on the remix of his hit song, and the two spent most of 2020 together.\n"
            "Bnxn\u2019s most impressive power lies in his ability to turn gritty lyricism into soft, lush landscapes. "
            "Bnxn attributes these wistful elements to real experiences, like toxic relationships from his past. "
            "\u201cIt might come out as sad because it's real,\u201d he says."),
            "Bnxn",
        ),
        # Fast Company: Ukaegbu, the subject two sentences up, not the firm named before him
        (
            ("According to McKinsey, diverse companies are more likely to outperform their peers.\n"
            "To illustrate this, Ukaegbu recalls a demo day he went to recently that had two white men and one black "
            "woman as judges. Although Ukaegbu is a biomedical engineer by training, he says the hairstylists "
            'platform founders "killed it" in their presentation. "But they lost to the other group," he says.'),
            "Ukaegbu",
        ),
        # the guard: a body as the nearest subject leaves the older reading (the person named before) in charge
        (
            ("Florida State trustee Drew Weatherford spoke after the vote.\n"
            "ESPN reported there is a gap per school between the conferences. "
            '"It\'s not a matter of \'if we leave,\' in my opinion," he said.'),
            "Drew Weatherford",
        ),
        # the guard: an indefinite description set before a name is that named person, nobody new (The New Yorker)
        (
            (
                "For decades, Mohammed Ahmed has run the shop.\n"
                "An immigrant, originally from Hyderabad, India, Ahmed did not waste his words as he explained that "
                "the shop\u2019s future was contingent on the industry. He is searching for a large investor to come in "
                "as a benefactor. \u201cSince 2010,\u201d he said, \u201cbusiness has been going down every year.\u201d"
            ),
            "Mohammed Ahmed",
        ),
    ],
)
def test_a_pronoun_tag_continues_the_nearest_named_subject(text, speaker):
    quotes, _ = quotes_and_attributions(text)
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # quotes385: somebody introduced without a name between the last named person and the "he": the quote is
        # theirs, so no name is given (CBS News "a community member voiced his concerns"; Mother Jones "an
        # Amalgamated supervisor says to me")
        (
            "Los Angeles Police Chief Michel Moore defended the program at the meeting.\n"
            "But during the public comment period, a community member voiced his concerns that location-based "
            "predictive policing is a covert way to justify racial profiling.\n"
            '"Place-based policing is not inherently benign. Place is a proxy for race," he said.'
        ),
        (
            "Matt Jones, the store's manager, showed me around on my first day.\n"
            "\u201cYou look way too happy,\u201d an Amalgamated supervisor says to me. He has appeared next to me as I "
            "work. \u201cNobody is happy in week one,\u201d he says."
        ),
    ],
)
def test_a_pronoun_after_somebody_unnamed_gets_no_name(text):
    quotes, _ = quotes_and_attributions(text)
    assert quotes[-1].speaker is None
