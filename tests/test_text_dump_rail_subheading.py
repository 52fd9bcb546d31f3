"""A story's subheading right under a related rail of cards, each a headline over its author, stays (issue 12,
dumpsR277).

``labelled_cards.card_runs`` reads a run of label-over-headline pairs as a teaser box; under a related label the
cards stand headline over author, so the pairs fall one line late and the run's last "headline" is the story's
subheading with its paragraph right under it (LeadDev's "More like this", La Vanguardia's "Lee también" on the dev
dumps). Synthetic regions in that shape.
"""
from extractors.clean.labelled_cards import card_runs

ABOVE = (
    ("Automation has always been a double-edged sword. It makes the good things happen faster, and the bad things "
    "too, which is why the teams running these systems are asking for controls they never needed before."),
    ("A third concern is accountability. When systems are given room to act on their own, figuring out exactly what "
    "happened can take days, and the logs rarely say who asked for what and on whose behalf it was done."),
)
BELOW = (
    ("The platform is not really about a new category of security, it is about identity, says the chief executive "
    "of a company that sells access controls to engineering teams of every size around the world."),
    ("What we are seeing is a clear warning for business leaders, he says. These systems are beginning to act with a "
    "level of independence that the old controls were never designed to handle, and that will not change soon."),
)


ARRIBA = (
    ("El fuego ha vuelto hacia el municipio, ha advertido el alcalde, que ha pedido a los vecinos que sigan las "
    "indicaciones de los servicios de emergencia y que no regresen a sus casas hasta que se les autorice."),
    ("Mientras el dispositivo continúa trabajando para contener el fuego, las primeras investigaciones empiezan a "
    "señalar el origen del incendio en una finca agrícola situada a las afueras del pueblo."),
)
ABAJO = (
    ("La tragedia ha provocado una inmediata cascada de condolencias desde las principales instituciones españolas "
    "y europeas, que han trasladado su apoyo a las familias de las víctimas y a los equipos de extinción."),
    ("Por su parte, el presidente del Gobierno manifestó su enorme tristeza por las consecuencias del incendio y "
    "trasladó sus condolencias a los familiares de los fallecidos durante una comparecencia en Bruselas."),
    ("Las evacuaciones han afectado ya a más de mil personas, de las que casi doscientas permanecen realojadas en los "
    "albergues habilitados por el ayuntamiento y por la diputación provincial en los pueblos vecinos."),
    ("La Guardia Civil mantiene cortadas varias carreteras como medida preventiva ante el riesgo de que el humo "
    "reduzca la visibilidad de los conductores durante la noche y la madrugada del sábado."),
)


def test_subheading_under_a_more_like_this_rail_is_no_card():
    cards = [
        "High-profile cloud outages highlight the risks of automated systems", "Carly Page",
        "What one open source library teaches us about funding in the age of AI", "Kari McMahon",
    ]
    subheading = "Security versus the identity problem at the heart of it"
    lines = [*ABOVE, "More like this", *cards, subheading, *BELOW]
    found = card_runs(lines, 0, len(lines))
    assert lines.index(subheading) not in found
    assert {lines.index(card) for card in cards} <= found


def test_subheading_under_a_lee_tambien_rail_is_no_card():
    cards = [
        "Controlado el incendio de la sierra mientras avanza la investigación del origen", "La Vanguardia",
        "Los bomberos alertan del riesgo prolongado y acumulativo de incendios este verano", "REDACCIÓN",
    ]
    subheading = "La tragedia del pueblo despierta una ola de solidaridad desde la capital hasta Bruselas"
    lines = [*ARRIBA, "Lee también", *cards, subheading, *ABAJO]
    found = card_runs(lines, 0, len(lines))
    assert lines.index(subheading) not in found
    assert {lines.index(card) for card in cards} <= found
