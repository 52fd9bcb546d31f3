"""A code listing's short lines are the listing's, not loose lines set into the story (issue 12, dumpsR277).

``drop_unrelated_lines`` drops a short line sharing no content word with the story; inside a code listing
(``text_regions.code_blocks``) a command such as "sleep 30s" or a JSON field such as '"votes": 0' shares none and
went with the loose lines (cnblogs' Docker scripts, umputun's API replies on the dev dumps). Synthetic dumps in
their shape.
"""
from extractors.clean.text import clean_text_dump

PROSE = (
    ("Running the configuration service and its admin service on one small server takes some care, because both of "
    "them start slowly and the second one needs the first one to answer before it can register itself."),
    ("The script below stops the old containers, starts the configuration service, waits until it answers and only "
    "then starts the admin service, so that nothing has to be restarted by hand after an upgrade of the images."),
    ("With the waiting in place the whole upgrade runs unattended from a cron job every night, and the logs show "
    "each service coming up in the right order without any of the errors we used to see in the morning."),
)


def _dump(listing: list[str]) -> str:
    return "\n\n".join([
        "Home", "Blog", "Running configuration services with Docker on one server", "2024-05-09 10:12",
        PROSE[0], PROSE[1], *listing, PROSE[2], "Comments", "Privacy policy",
    ])


def test_short_shell_command_in_a_listing_is_kept():
    # cnblogs' shape: a command with no option between two "docker run" commands continued with backslashes
    listing = [
        "docker stop config-service && docker rm config-service",
        "docker run -p 28080:8080 \\",
        "--init \\",
        "-v /etc/localtime:/etc/localtime:ro \\",
        "-e JAVA_OPTS='-Xmx128m -Xms128m' \\",
        "-d -v /tmp/logs:/opt/logs --name config-service example/config-service:$version",
        "sleep 30s",
        "docker run -p 28090:8090 \\",
        "--init \\",
        "--link config-service:config-service \\",
        "-d -v /tmp/logs:/opt/logs --name admin-service example/admin-service:$version",
    ]
    paragraphs = clean_text_dump(_dump(listing)).paragraphs
    assert "sleep 30s" in paragraphs
    assert PROSE[2] in paragraphs


def test_short_json_field_in_a_listing_is_kept():
    # umputun's shape: a JSON reply, its last field on a line of its own above the closing brace
    listing = [
        "{",
        '"ats": "2015-11-26T21:05:21.239Z",',
        '"del": false,',
        '"id": "5657741292d7e8a4ace10c5a",',
        '"position": 6,',
        '"title": "Configuration services on one server",',
        '"ts": "2014-07-08T18:10:23Z",',
        '"votes": 0',
        "}",
    ]
    paragraphs = clean_text_dump(_dump(listing)).paragraphs
    assert '"votes": 0' in paragraphs
