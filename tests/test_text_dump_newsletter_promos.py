"""Issue 12: a newsletter's promotion, a podcast player's episode, a pointer to more of the site or a related link
copied among a story's lines goes from a text dump (``text_regions.DUMP_PROMO_LINE``,
``data/<language>/dump_promo_lines.txt``); the page's markup keeps it in a box of its own, so the HTML cleaner never
sees it as a paragraph."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import DUMP_PROMO_LINE
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "promo"),
    [
        ("waz_2025-11-05_unbekannte-maya-stadte-werfen__fundus",
         "Sie mögen den Tag kompakt zusammengefasst? Dann sind Sie beim täglichen WAZ-Newsletter richtig"),
        ("spektrum_2022-07-19_geheimnis-parasitischen-rafflesien__pl",
         "Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter"),
        ("gothamist_2017-03-09_fallout-shelters__pl",
         "NYC news never sleeps. Get the Gothamist Daily newsletter and don't miss a moment."),
    ],
)
def test_newsletter_promotion_addressing_the_reader_goes_from_a_copied_story(case_id, promo):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert promo in dump and promo not in body
    assert promo not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read


def test_story_sentence_about_a_newsletter_stays():
    """A sentence reporting on a newsletter neither addresses the reader nor calls to sign up."""
    assert not DUMP_PROMO_LINE.fullmatch("The company said its newsletter had lost a third of its readers in a year.")
    assert not DUMP_PROMO_LINE.fullmatch("Der Verlag stellte den Newsletter im Frühjahr nach zwölf Jahren ein.")


@pytest.mark.parametrize(
    ("case_id", "episode"),
    [
        ("bsz_2025-09-09_ampeln-tot-s-bahnen__fundus", "#1 Robert Habeck über Krieg, Frieden und Waffen"),
        ("hamburgerabendblatt_2025-11-06_teufel-begegnet-deutsche-hamas__fundus",
         "#27 Dorothee Bär über Kinder im Bundestag und den Feminismus-Faktor von Friedrich Merz"),
    ],
)
def test_podcast_episode_set_inside_a_copied_story_goes(case_id, episode):
    """A podcast player set between two paragraphs copies as its episode, "#<number> <guest> über <topic>", over the
    show's name; the page's markup keeps it in the player (a line starting with "#" is a data file's comment, so the
    entry opens with "[#]")."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert episode in dump.splitlines() and episode not in body
    assert episode not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read


@pytest.mark.parametrize(
    ("case_id", "pointer"),
    [
        ("adac_2018-10-23_kindersitze-test-vier-fallen-durch__hd",
         "Detaillierte Ergebnisse aller ADAC Kindersitztests finden Sie hier"),
        ("berlinermorgenpost_2025-09-09_ezb-zinsentscheid-am-donnerstag__fundus",
         ">> Hier finden Sie außerdem alle EZB-Termine für 2025 im Überblick"),
        ("srf_2024-04-15_israelische-zuruckhaltung-hat-viel__fundus",
         "Hier finden Sie alle unsere Inhalte zum Krieg im Nahen Osten."),
    ],
)
def test_pointer_to_more_of_the_site_goes_from_a_copied_story(case_id, pointer):
    """A line closing with "... finden Sie hier" or "Hier finden Sie ..." points to the site's other pages (a test's
    full results, a list of dates, a dossier under the interview on SRF); a link a story introduces with a colon stays
    (``test_link_introduced_with_a_colon_is_no_pointer``)."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert pointer in dump and pointer not in body
    assert pointer not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read


def test_link_introduced_with_a_colon_is_no_pointer():
    """The Berliner Morgenpost's reference keeps "Lesen Sie hier: <headline>" inside its story."""
    assert not DUMP_PROMO_LINE.fullmatch("Lesen Sie hier: Gefährliche Giftwolke über Berlin: Wie Anwohner richtig "
                                         "reagieren")
    assert DUMP_PROMO_LINE.fullmatch("Mehr über die Füchse Berlin lesen Sie hier.")


def test_related_link_between_paragraphs_goes_and_a_related_article_line_stays():
    """Today.com sets "RELATED: <headline>" links between its paragraphs (Global News too); OK!'s references keep their
    "Related article: <headline>" lines, so only the bare label marks a link to drop."""
    body, dump = copied_page("today_2016-12-22_zsa-zsa-gabor-palm-springs__pl")
    link = "RELATED: Pat Benatar is moving on from her gorgeous Maui home — see inside!"
    text = clean_dump(dump).text
    assert link in dump and link not in body
    assert link not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read
    assert not DUMP_PROMO_LINE.fullmatch("Related article: Josie Cunningham is engaged")


@pytest.mark.parametrize(
    ("case_id", "link"),
    [
        ("abcnews_2020-02-18_cdc-cruise-ship-travel-restrictions__brv",
         "MORE: What life is like under novel coronavirus quarantine"),
        ("time_2011-08-24_washington-monument-crack__gsl",
         "(MORE: 'Laughter Shocks': 13 Best Tweets About the East Coast Earthquake)"),
    ],
)
def test_more_label_link_between_paragraphs_goes(case_id, link):
    """ABC News and Time set "MORE: <headline>" links between their paragraphs (Time in brackets)."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert link in dump and link not in body
    assert link not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 4  # the story itself is read


@pytest.mark.parametrize(
    ("case_id", "link"),
    [
        ("zdnet_2024-05-02_april-windows-update-vpn__mgh3",
         "Also: Windows 11: Do these six things right away after you finish setup"),
        ("usatoday_2010-08-18_gm-files-for-ipo-taxpayers__snk2",
         "ALSO ON DRIVE ON:\xa0Your questions answered about GM's IPO."),  # a no-break space after the label
    ],
)
def test_also_label_link_between_paragraphs_goes(case_id, link):
    """ZDNet sets "Also: <headline>" links between its paragraphs, USA Today's blogs "ALSO ON <blog>: <headline>"."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert link in dump and link not in body
    assert link not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 4  # the story itself is read


def test_german_paragraph_opening_with_also_stays():
    """German "Also:" opens a sentence (futurezone's reference keeps one): a full stop inside it marks no headline."""
    assert not DUMP_PROMO_LINE.fullmatch("Also: Lockerer machen lässt sich eine Lizenz schon, allerdings nicht "
                                         "strenger. Dies soll all jenen Rechtssicherheit geben.")


def test_story_line_opening_with_more_stays():
    """Only the label and its colon mark a link: a story's line opening with "More" and a short "More:" stay."""
    assert not DUMP_PROMO_LINE.fullmatch("More than 2,000 people were evacuated from the ship on Tuesday.")
    assert not DUMP_PROMO_LINE.fullmatch("More on the email:")


@pytest.mark.parametrize(
    ("case_id", "appeal"),
    [
        ("kut_2020-08-16_andy-brown-democratic-nominee-county-judge__hd4",
         "Your gift pays for everything you find on KUT.org. Thanks for donating today."),
        ("vox_2016-12-10_trump-twitter-harassment-policy__pl", "Will you support Vox’s explanatory journalism?"),
        ("washingtonpost_2020-07-09_federal-workers-returning-office__hd2", "Support our journalism. Subscribe today."),
        ("cricket_2014-12-30_third-test-day-five__n3k",
         "The opinions expressed here are the views of the writer and do not necessarily reflect the views"),
    ],
)
def test_appeal_to_fund_the_journalism_or_a_views_disclaimer_goes_from_a_copied_story(case_id, appeal):
    """A plea to donate (KUT, The Gateway Pundit), a call to support the site's journalism (Vox, The Washington Post,
    Times LIVE) and a disclaimer that the views expressed are not the site's (Cricket Australia, MailOnline) sit in
    boxes of their own in the markup; a copy puts them among the story's lines."""
    body, dump = copied_page(case_id)
    assert appeal in dump and appeal not in body
    text = clean_dump(dump).text
    assert appeal not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5


def test_authors_own_line_asking_for_support_stays():
    """ChinaTalk's "Please consider supporting ChinaTalk." closes its reference: no donation named, no journalism."""
    assert not DUMP_PROMO_LINE.fullmatch("Please consider supporting ChinaTalk.")
    assert DUMP_PROMO_LINE.fullmatch("Please Donate Here Please consider supporting the work of The Gateway Pundit.")


@pytest.mark.parametrize(
    ("case_id", "promo"),
    [
        ("lemonde_2019-05-07_sombres-perspectives-economiques-commission__pl",
         "vous pouvez vous inscrire à cette lettre quotidienne en suivant ce lien"),
        ("g1_2020-03-08_vaquinha-pitbull-abandonado__hd3", "Você acaba de se inscrever na newsletter Resumo do dia."),
    ],
)
def test_french_or_portuguese_newsletter_promotion_goes_from_a_copied_story(case_id, promo):
    """Le Monde and Le Figaro ("Recevez nos newsletters", "Inscrivez-vous aux newsletters"), G1 and Folha ("Inscreva-se
    e receba a newsletter", "Quais newsletter você gostaria de assinar?") address the reader about their newsletters as
    the English pages do; Le Monde's runs to 329 characters."""
    body, dump = copied_page(case_id)
    assert promo in dump and promo not in body
    text = clean_dump(dump).text
    assert promo not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5


@pytest.mark.parametrize(
    ("case_id", "notice"),
    [
        ("newyorker_2020-07-09_lighthouse-for-magazines__nwj",
         "To revisit this article, visit My Profile, then View saved stories."),  # Condé Nast's save button
        ("washingtonpost_2020-02-19_boston-rising-seas__brv2",
         "Keep supporting great journalism by turning off your ad blocker."),  # an ad blocker notice
        ("techcrunch_2024-05-09_luminar-tesla-motional-mobility__mgh3", "Got a tip for us? Email Kirsten Korosec"),
    ],
)
def test_save_note_ad_blocker_notice_or_call_for_tips_goes_from_a_copied_story(case_id, notice):
    """The New Yorker's (GQ's, Vogue's) saved-story note, The Washington Post's (Forbes') ad blocker notice, and
    TechCrunch's (KUT's, MacRumors', Uproxx's) call for tips are copied among the story's lines."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert notice in dump and notice not in body
    assert notice not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read


def test_story_sentences_on_ad_blockers_and_tips_stay():
    """Macworld's guide to ad blockers and a story's tip line name them without asking anything of the reader."""
    assert not DUMP_PROMO_LINE.fullmatch("To set up an ad blocker you'll first need to acquire one from the App Store.")
    assert not DUMP_PROMO_LINE.fullmatch("Police said they got a tip about the car on Tuesday.")
    assert DUMP_PROMO_LINE.fullmatch("Have a tip for us? tips@uproxx.com")


@pytest.mark.parametrize(
    ("case_id", "call"),
    [
        ("mirror_2020-05-09_real-set-arsenal-aubameyang-deadline__hd7",
         "Mirror Football email - sign-up for all the latest transfer news and gossip"),
        ("carnegieendowment_2019-08-06_washington-tax-capital-inflows__hd6",
         "Follow the conversation—Sign up to receive email updates when comments are posted to this article."),
    ],
)
def test_call_to_sign_up_for_the_sites_emails_goes_from_a_copied_story(case_id, call):
    """A sign-up call naming the newsletter by its medium ("email"), the hyphenated "sign-up" too."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert call in dump and call not in body
    assert call not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read


def test_story_sentence_about_signing_up_by_email_stays():
    """Inside a reported sentence "sign up" opens neither the line nor a clause after a dash or colon."""
    assert not DUMP_PROMO_LINE.fullmatch(
        "He sent an email to sign up volunteers, said Smith, who later resigned from the board in protest.")


@pytest.mark.parametrize(
    ("case_id", "rules"),
    [
        ("usatoday_2014-01-25_namm-ik-multimedia-irings__unf",
         "Your Take contributions have not been reviewed for accuracy by USA TODAY."),
        ("fool_2014-12-22_7-top-stocks-to__n3k", "Help us keep this a respectfully Foolish area!"),
        ("carnegieendowment_2019-08-06_washington-tax-capital-inflows__hd6", "Comments are moderated"),
    ],
)
def test_comment_section_rules_addressing_readers_go_from_a_copied_story(case_id, rules):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert rules in dump and rules not in body
    assert rules not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 3  # the story itself is read


def test_story_sentence_about_a_platforms_rules_stays():
    """A report on a platform's rules speaks of its users, not to "you" or "us"."""
    assert not DUMP_PROMO_LINE.fullmatch("The platform said the posts violated its terms of service and removed the comments.")


@pytest.mark.parametrize(
    ("case_id", "pitch"),
    [
        ("fool_2014-12-22_7-top-stocks-to__n3k", "Track the companies that matter to you. It's FREE!"),
        ("topicseed_2018_content-depth-seo__moz", "Optimize one of your blog posts immediately – for FREE!"),
    ],
)
def test_pitch_shouting_free_goes_from_a_copied_story(case_id, pitch):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert pitch in dump and pitch not in body
    assert pitch not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 3  # the story itself is read


def test_story_sentence_saying_free_in_lower_case_stays():
    assert not DUMP_PROMO_LINE.fullmatch("Entry to the museum is free!")


@pytest.mark.parametrize(
    ("case_id", "call_out"),
    [
        ("washingtonpost_2020-02-19_how-coronavirus-kills__brv",
         "Are you in isolation or quarantine because of the coronavirus? We want to hear about it."),
        ("huffingtonpost_2020-04-16_exposed-coronavirus-singapore__snk",
         "What coronavirus questions are on your mind right now? We want to help you find answers."),
    ],
)
def test_call_out_asking_readers_a_question_goes_from_a_copied_story(case_id, call_out):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert call_out in dump and call_out not in body
    assert call_out not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 3  # the story itself is read


def test_story_saying_what_its_author_wants_to_know_stays():
    """No question to the reader comes before a story's "We want to know ..." (DZone's)."""
    assert not DUMP_PROMO_LINE.fullmatch(
        "The difference is that we ask this question in our context. We want to know the best language for us.")
