#!/usr/bin/env python3
"""Writes the hand-made test plans in good/, warn/, bad/ and old/. Run from this folder, then
re-save good/ files with `coplan-cli upgrade F -o F` so they are in the exact saved layout."""
import json

def sync(rev=1, by="c0ffee0000000001", n=1, at="2026-11-20T10:00:00Z", **dots):
    s = {"rev": rev, "at": at, "by": by, "created": f"{by}:{n}"}
    if dots:
        s["dots"] = dots
    return s

VISION = ("We all want to live in the place we call home with the people and things that we love, in "
          "communities where we look out for one another, doing the things that matter to us.")
PARTS = ["the place we call home", "the people and things that we love",
         "communities where we look out for one another", "doing the things that matter to us"]
CHANGES = ["Communities where everyone belongs", "Living in the place we call home",
           "Leading the lives we want to live", "More resources, better used", "Sharing power as equals"]

def workshop():
    plan = {
        "format": "coplan", "version": 2, "title": "Anytown: a better social care future",
        "place": "Anytown", "group": "Anytown co-production group",
        "description": "What we agreed at the March workshop, and what we will do next.",
        "created_at": "2026-03-04T10:00:00Z", "changed_at": "2026-11-20T10:00:00Z",
        "settings": {"making_it_real": True},
        "vision": {"statement": VISION, "parts": [
            {"id": f"vp{i}", "text": t, "sync": sync()} for i, t in enumerate(PARTS, 1)]},
        "changes": [{"id": f"ch{i}", "title": t, "description": "", "is_key_change": True, "sync": sync()}
                    for i, t in enumerate(CHANGES, 1)] +
                   [{"id": "ch6", "title": "Getting about", "is_key_change": False, "sync": sync()}],
        "actions": [
            {"id": "a1", "title": "Monthly open café at the library", "changes": ["ch1"], "vision_parts": ["vp3"],
             "lead": "Priya", "lead_has_lived_experience": True, "involved": ["Library staff", "Sam (council)"],
             "involvement": "co-produce", "when": "now", "start_date": "2026-04-01", "status": "in-progress",
             "needs": {"money": "£40 a month for cake", "places": "Library back room"},
             "how_we_will_know": ["I know people on my street", "I go out more than once a week"],
             "tags": ["belonging"], "position": {"x": 20, "y": 352}, "colour": "#f4c542",
             "sync": sync(3, "c0ffee0000000002", 4, lead="c0ffee0000000002:5", status="c0ffee0000000002:6")},
            {"id": "a2", "title": "Ask the council to publish what each care budget can pay for",
             "changes": ["ch3", "ch4"], "lead": "Sam", "involvement": "consult", "when": "next",
             "status": "agreed", "position": {"x": 772, "y": 352}, "sync": sync()},
            {"id": "a3", "title": "Accessible bus map made with wheelchair users", "changes": ["ch6"],
             "vision_parts": ["vp4"], "lead": "", "involvement": "co-design", "when": "later",
             "status": "idea", "position": {"x": 1900, "y": 352.5}, "sync": sync()},
            {"id": "a4", "title": "Old idea we dropped", "changes": ["ch2"], "involvement": "not-set",
             "when": "not-set", "status": "paused", "position": {"x": 0, "y": 0}, "deleted": True,
             "sync": sync(2, "c0ffee0000000002", 2, deleted="c0ffee0000000002:3")},
        ],
        "notes": [
            {"id": "n1", "kind": "question", "text": "Who can we ask about rooms in the evening?",
             "position": {"x": 436, "y": 530}, "sync": sync()},
            {"id": "n2", "kind": "example", "text": "Wigan's community deal: small grants decided by residents",
             "position": {"x": 60, "y": 530}, "colour": "#9ad0f5", "sync": sync()},
        ],
        "links": [{"id": "l1", "from": "a2", "to": "a1", "kind": "supports", "sync": sync()}],
        "people": [
            {"id": "p1", "name": "Priya", "role": "draws-on-care", "agrees_to_be_named": True, "sync": sync()},
            {"id": "p2", "name": "Sam", "role": "council", "agrees_to_be_named": True, "sync": sync()},
            {"id": "p3", "name": "A family carer", "role": "family-carer", "agrees_to_be_named": False, "sync": sync()},
        ],
        "sync": {"lineage": "1a2b3c4d5e6f7a8b", "saved_by": "c0ffee0000000002",
                 "seen": [{"copy": "c0ffee0000000001", "counter": 1, "at": "2026-03-04T10:00:00Z"},
                          {"copy": "c0ffee0000000002", "counter": 6, "at": "2026-11-20T10:00:00Z"}],
                 "plan": sync()},
    }
    return plan

def write(path, value):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(value, f, indent=2, ensure_ascii=False)
        f.write("\n")

def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)

def main():
    good = workshop()
    write("good/workshop.coplan.json", good)

    future = workshop()
    future["sketches"] = [{"id": "s1", "strokes": [[0, 0], [10, 12.5]], "pen": {"width": 2}}]
    future["vision"]["mood"] = "hopeful"
    future["settings"]["lenses"] = ["making-it-real", "pledge"]
    future["actions"][0]["budget_pence"] = 4000
    future["actions"][0]["photos"] = [{"file": "café.jpg", "alt": "People at the café"}]
    future["people"][0]["pronouns"] = "she/her"
    write("good/unknown-fields.coplan.json", future)

    text = json.dumps(workshop(), indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n"
    write_bytes("warn/bom-crlf.coplan.json", b"\xef\xbb\xbf" + text.encode("utf-8"))

    # Version 1: one change per action, "lead_lived_experience", status words with spaces, no sync.
    v1 = {"format": "coplan", "version": 1, "title": "Anytown plan (first version)", "place": "Anytown",
          "vision": {"statement": VISION, "parts": [{"id": f"vp{i}", "text": t} for i, t in enumerate(PARTS, 1)]},
          "changes": [{"id": f"ch{i}", "title": t, "is_key_change": True} for i, t in enumerate(CHANGES, 1)],
          "actions": [
              {"id": "a1", "title": "Monthly open café", "change": "ch1", "lead": "Priya",
               "lead_lived_experience": True, "status": "in progress", "when": "now", "involvement": "co-produce",
               "position": {"x": 40, "y": 120}},
              {"id": "a2", "title": "Publish what budgets pay for", "change": "ch4", "lead": "Sam",
               "lead_lived_experience": False, "status": "agreed", "position": {"x": 400, "y": 120}}],
          "notes": [{"id": "n1", "kind": "question", "text": "Rooms?", "position": {"x": 0, "y": 400}}],
          "links": [{"id": "l1", "from": "a2", "to": "a1", "kind": "supports"}],
          "people": []}
    write("old/v1-workshop.coplan.json", v1)

    # Repairable: these load, with warnings.
    dangling = workshop()
    dangling["links"].append({"id": "l2", "from": "a1", "to": "gone", "kind": "depends-on"})
    dangling["actions"][1]["changes"].append("no-such-change")
    write("warn/dangling-links.coplan.json", dangling)
    text = json.dumps(workshop(), indent=2)
    text = text.replace('"x": 772,', '"x": 1e300,', 1).replace('"y": 352.5', '"y": -5e12', 1)
    write_bytes("warn/huge-coordinates.coplan.json", text.encode())
    odd = workshop()
    odd["actions"][1]["status"] = "finished"
    odd["actions"][1]["due_date"] = "next Tuesday"
    odd["actions"][1]["colour"] = "red"
    write("warn/unknown-words.coplan.json", odd)
    text = json.dumps(workshop(), indent=2).replace('"title": "Anytown: a better social care future",',
        '"title": "First title",\n  "title": "Anytown: a better social care future",', 1)
    write_bytes("warn/duplicate-key.coplan.json", text.encode())

    # Bad: these do not load, and say why.
    write_bytes("bad/empty.coplan.json", b"")
    write_bytes("bad/not-json.coplan.json", b"Hi all, the plan is attached. Thanks, Sam\n")
    full = json.dumps(workshop(), indent=2).encode()
    write_bytes("bad/truncated.coplan.json", full[: len(full) // 2])
    write("bad/wrong-format.coplan.json", {"format": "trello", "version": 2, "title": "Board"})
    write("bad/not-an-object.coplan.json", [1, 2, 3])
    newer = workshop(); newer["version"] = 3
    write("bad/newer-version.coplan.json", newer)
    types = workshop(); types["actions"][1]["title"] = 5; types["actions"][2]["lead_has_lived_experience"] = "yes"
    write("bad/wrong-types.coplan.json", types)
    missing = workshop(); del missing["actions"][2]["id"]
    write("bad/missing-id.coplan.json", missing)
    dup = workshop(); dup["actions"][2]["id"] = "a1"
    write("bad/duplicate-ids.coplan.json", dup)
    write_bytes("bad/invalid-utf8.coplan.json",
                json.dumps(workshop(), indent=2).replace("Anytown", "Anyt\\u00f6wn", 1).encode()
                .replace(b"Anyt\\u00f6wn", b"Anyt\xf6wn", 1))
    deep = json.dumps(workshop(), indent=2)
    deep = deep.replace('"place": "Anytown",', '"place": "Anytown",\n  "x_deep": ' + "[" * 5000 + "]" * 5000 + ",", 1)
    write_bytes("bad/deep-nesting.coplan.json", deep.encode())
    huge = json.dumps(workshop(), indent=2).replace('"x": 772,', '"x": 1e999,', 1)
    write_bytes("bad/huge-number.coplan.json", huge.encode())

    # Bad: more than a plan may hold (io/plan_file.h).
    long_title = workshop(); long_title["actions"][1]["title"] = "Publish what budgets pay for. " * 67
    write("bad/long-title.coplan.json", long_title)
    many_tags = workshop(); many_tags["actions"][0]["tags"] = [f"tag {i}" for i in range(1001)]
    write("bad/too-many-tags.coplan.json", many_tags)

main()
