#!/usr/bin/env python3
"""Remakes the seed projects of the fuzzer's corpus (tests/fuzz/corpus/project-*).

Usage: tests/fuzz/make_corpus.py build/app/cli/factbench-cli

The seeds are real project files: `factbench-cli new` over the program's own sample articles
(resources/sample, never the shared articles), variants of them with an editor's review in
them, and small hand-made projects whose texts have no SHA-256 (as older files), so that the
fuzzer can change a text and still reach the claims and facts behind it. The version 0 sample
is copied from tests/data/project. Inputs named crash-* are regression inputs: keep them.
"""

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
checkout = here.parent.parent
corpus = here / "corpus"
samples = sorted((checkout / "resources" / "sample").glob("*.md"))


def write(name, project):
    (corpus / name).write_text(
        json.dumps(project, indent=4, ensure_ascii=False) + "\n", encoding="utf-8")


def cli_new(cli, name, articles):
    """Runs `factbench-cli new` into the corpus; its sources come out relative to the corpus."""
    path = corpus / name
    subprocess.run([cli, "new", str(path)] + [str(a) for a in articles], check=True,
                   stdout=subprocess.DEVNULL)
    return json.loads(path.read_text(encoding="utf-8"))


def reviewed(project):
    """The sample with an editor's review: every status, texts, corrections, an orphan, a
    deleted claim, a log."""
    project = copy.deepcopy(project)
    facts, claims = project["facts"], project["claims"]
    statuses = ["confirmed", "rejected", "disputed"]
    for fact, status in zip(facts, statuses):
        fact["status"] = status
    facts[0].update(verifiedValue="340", verdict="accurate", note="Two outlets round it.")
    held = {member for fact in facts for member in fact["members"]}
    loose = [c for c in claims if c["id"] not in held]
    figure = next(c for c in claims if c["kind"] == "figure" and c["id"] in held)
    figure["correction"] = {"value": 341, "counted": "houses"}
    quote = next((c for c in claims if c["kind"] == "quote"), None)
    if quote:
        quote["correction"] = {"speaker": "Mayor Ann Lee"}
    if loose:
        orphan = loose[0]
        orphan.pop("start"), orphan.pop("end")
        orphan["orphaned"] = True
        orphan["prefix"], orphan["suffix"] = "officials said on Friday that ", " were hurt"
    if len(loose) > 2:  # Deleted by the editor: kept apart, never extracted again.
        claims.remove(loose[-1])
        project["dismissed"] = [loose.pop()]
    loose_figures = [c for c in loose[1:] if c["kind"] == "figure"]
    if loose_figures:
        loose_figures[0]["origin"] = "editor"
        facts.append({"id": "f%d" % (len(facts) + 1), "kind": "figure", "origin": "editor",
                      "label": "made by hand", "status": "proposed",
                      "members": [loose_figures[0]["id"]], "verifiedValue": "", "verdict": "",
                      "note": "", "divergent": False, "agreement": "single", "reason": ""})
    project["articles"][0]["published"] = "2025-07-04T09:30:00+02:00"
    project["articles"][-1]["line"] = 3
    project["log"] = [
        {"time": "2025-07-04T09:30:00.000Z", "editor": "Test Editor", "action": "confirm",
         "fact": facts[0]["id"], "detail": ""},
        {"time": "2025-07-04T09:31:12.250Z", "editor": "Test Editor", "action": "edit-note",
         "fact": facts[0]["id"], "detail": ""},
        {"time": "2025-07-04T09:32:00.000Z", "editor": "", "action": "add-article", "fact": "",
         "detail": "a1"},
    ]
    return project


def small(text, claims, facts, log=()):
    """One article without a SHA-256; claims as (kind, exact text, extra fields)."""
    rows = []
    for number, (kind, exact, extra) in enumerate(claims, 1):
        start = text.index(exact)  # Python counts code points, as the file does.
        row = {"id": "c%d" % number, "article": "a1", "kind": kind, "origin": "program",
               "start": start, "end": start + len(exact), "text": exact}
        row.update(extra)
        rows.append(row)
    return {
        "format": "factbench-project", "formatVersion": 1, "appVersion": "0.1.0",
        "articles": [{"id": "a1", "source": "story.txt", "title": "Storm", "outlet": "The Example",
                      "url": "", "byline": "", "published": "2025-07-04",
                      "boilerplate": [[0, 6]], "text": text.split("\n")}],
        "claims": rows, "facts": list(facts), "log": list(log)}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cli = sys.argv[1]
    corpus.mkdir(exist_ok=True)
    for old in corpus.glob("project-*"):
        old.unlink()

    sample = cli_new(cli, "project-sample.factbench", samples)
    for article in samples:
        cli_new(cli, "project-%s.factbench" % article.stem, [article])
    write("project-reviewed.factbench", reviewed(sample))
    autosave = reviewed(sample)
    autosave = {"format": autosave.pop("format"), "formatVersion": autosave.pop("formatVersion"),
                "appVersion": autosave.pop("appVersion"), "autosaveOf": "review.factbench",
                **autosave}
    write("project-autosave.factbench", autosave)
    write("project-empty.factbench",
          {"format": "factbench-project", "formatVersion": 1, "appVersion": "0.1.0",
           "articles": [], "claims": [], "facts": [], "log": []})

    figure = {"value": 45, "valueHigh": None, "qualifier": "=", "figureKind": "count",
              "unit": "person", "counted": "people", "concept": "people rescued",
              "attribution": "Officials"}
    write("project-small.factbench", small(
        "STORM\nOfficials said 45 people were rescued.\nThe mayor said “we will rebuild”.",
        [("figure", "45", figure),
         ("quote", "we will rebuild", {"speaker": "The mayor", "partial": False})],
        [{"id": "f1", "kind": "figure", "origin": "program", "label": "people rescued",
          "status": "confirmed", "members": ["c1"], "verifiedValue": "45", "verdict": "",
          "note": "", "divergent": False, "agreement": "single", "reason": ""}],
        [{"time": "2025-07-04T09:30:00.000Z", "editor": "Ed", "action": "confirm", "fact": "f1",
          "detail": ""}]))
    write("project-unicode.factbench", small(
        "🌊🌊🌊\nAbout 1.5 million 🏠 flooded, “never again” 👍 said Zoë.",
        [("figure", "About 1.5 million", dict(figure, value=1500000, qualifier="~")),
         ("quote", "never again", {"speaker": "Zoë", "partial": True,
                                   "correction": {"speaker": "Zoë Ng"}})],
        [{"id": "f1", "kind": "quote", "label": "Zoë", "status": "disputed", "members": ["c2"],
          "agreement": "truncated", "divergent": True, "reason": "“never” → “not”"}]))
    shutil.copy(checkout / "tests" / "data" / "project" / "version0.factbench",
                corpus / "version0.factbench")


if __name__ == "__main__":
    main()
