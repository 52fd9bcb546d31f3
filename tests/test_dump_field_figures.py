"""Figures under their labels, one a line ("➡️ Aplicaciones totales: 7.818.781"), are rows of the story's data: they
carry the story on across its numbered sections (``text_regions.is_field_figure``) instead of reading as furniture,
and a run of sections holding them is no rail of teasers (``text_regions._before_teasers``). Lines from Página/12's
dev page (the ministry's report under its story); the labelled sales and spec lines of Xataka and Blister."""
from __future__ import annotations

from extractors.clean.text_regions import is_field_figure, line_kind, story_region

STORY = [
    ("El reporte del Ministerio de Salud confirmó 26.053 nuevos contagios en las últimas 24 horas, un número por encima "
     "al de ayer y que confirma la consolidación de la segunda ola en todo el país."),
    ("Este fue otro día negro además para la provincia de Buenos Aires y la Ciudad de Buenos Aires, donde se detectaron "
     "12.208 y 2.972 casos positivos respectivamente."),
    ("Por otro lado, fueron realizados en el día 84.085 tests y desde el inicio del brote se practicaron 11.064.135 "
     "pruebas diagnósticas para esta enfermedad."),
    ("Hay por el momento 5.317 personas internadas en Unidades de Terapia Intensiva: las camas de UTI están ocupadas en "
     "un 68,4 por ciento a nivel nacional."),
]
REPORT = [
    "El reporte completo",
    "1. PLAN DE VACUNACIÓN",
    "➡️ Aplicaciones totales: 7.818.781",
    "➡️ Vacunados con 1 dosis: 6.896.293 personas",
    "2. DISTRIBUCIÓN DE DOSIS",
    "➡️ Total de dosis distribuidas a las jurisdicciones: 9.326.408",
    "Más info sobre el Monitoreo Público de Vacunación: https://www.argentina.gob.ar/coronavirus/vacuna/aplicadas",
    "3. CASOS POSITIVOS",
    "➡️ Nuevos casos registrados en las últimas 24 hs: 26.053",
    "➡️ Casos totales confirmados: 2.954.943",
    "4. FALLECIMIENTOS",
    "➡️ Muertes notificadas en las últimas 24 hs.: 561",
    "➡️ Muertes totales notificadas: 63.508",
    "5. TESTEOS",
    "➡️ Testeos realizados durante el día: 84.085",
    "➡️ Testeos totales realizados: 11.064.135",
    "6. DATOS DE CONTEXTO CRÍTICO EN ESTABLECIMIENTOS DE SALUD",
    "➡️ Total actual pacientes internados en UTI: 5.317",
    "➡️ Ocupación actual camas UTI en el AMBA: 76,6%",
]

#: The appeal under the report: a paragraph alone under a line, as the report's numbered sections are.
APPEAL = [
    "Si llegaste hasta acá...",
    ("Es porque te interesa la información rigurosa, porque valorás tener otra mirada más allá del bombardeo cotidiano "
     "de la gran mayoria de los medios. Página/12 tiene un compromiso de más de 30 años con ella y cuenta con vos para "
     "renovarlo cada día. Defendé la otra mirada."),
    "Defendé tu voz.",
]


def test_figures_under_labels_read_as_data_rows():
    for line in ("➡️ Aplicaciones totales: 7.818.781", "Toyota C-HR: 2.818 unidades", "Stated Weight per Ski: 2030 grams"):
        assert is_field_figure(line)
        assert line_kind(line) == "data"


def test_labels_without_a_quantity_are_no_data_rows():
    for line in ("Temas en esta nota: Coronavirus", "Views: 12", "Lesezeit: 5 Minuten"):
        assert not is_field_figure(line)


def test_numbered_sections_of_labelled_figures_stay_in_the_story():
    lines = [*STORY, *REPORT]
    assert story_region(lines).end == len(lines)


def test_sections_of_labelled_figures_are_no_rail_of_teasers():
    lines = [*STORY, *REPORT, *APPEAL]
    assert story_region(lines).end >= len(STORY) + len(REPORT)
